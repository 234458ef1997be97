/**
 * `npm run build`: corpus → MDX pages → Astro site → Pagefind index, then checks that every paper
 * of the corpus made it through each stage. One line per stage with its count and time.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { build } from 'astro';
import { resolvePaths } from '../src/lib/paths';
import { buildContent, printContentReport } from './lib/content-stage';
import { InputError, timed } from './lib/report';
import { buildSearchIndex } from './lib/search-stage';
import { verifySite } from './lib/verify-site';

const paths = resolvePaths();
// The site is built beside dist/ and swapped in only when complete, so a failed build leaves the
// previous site in place.
const staging = `${paths.dist}.staging`;
const started = performance.now();
try {
  const content = await timed('content', () => buildContent(paths), (result) => result.papers.length);
  printContentReport(content);
  await rm(staging, { recursive: true, force: true });
  await timed('astro', () => build({ outDir: staging, logLevel: process.env.ATLAS_LOG ?? 'warn' } as Parameters<typeof build>[0]));
  await timed('pagefind', () => buildSearchIndex(staging), (result) => result.pages);
  await timed('verify', () => verifySite(staging, content.papers), (result) => result.pages);
  const previous = `${paths.dist}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(paths.dist)) await rename(paths.dist, previous);
  await rename(staging, paths.dist);
  await rm(previous, { recursive: true, force: true });
  console.log(`[atlas] built ${content.papers.length} papers into ${paths.dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  console.error('[atlas] the build stopped before writing anything; content/papers/ and dist/ are as they were.');
  process.exitCode = 1;
}
