/**
 * `npm run content`: corpus → one MDX page per paper in content/papers/.
 * Set ATLAS_CORPUS to a file or folder to build from other papers.
 */
import { buildContent, printContentReport } from './lib/content-stage';
import { resolvePaths } from '../src/lib/paths';
import { InputError, timed } from './lib/report';

try {
  const result = await timed(
    'content',
    () => buildContent(resolvePaths()),
    (r) => r.papers.length,
  );
  printContentReport(result);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  console.error('[atlas] nothing was written; content/papers/ is as it was.');
  process.exitCode = 1;
}
