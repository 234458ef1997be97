/**
 * The Astro stage's process, started by `runStage` (stage-child.ts). Plain JavaScript, run without
 * tsx's loader: with it, every chunk Astro's build loads went through the loader and source maps
 * were kept for all of them, 600 MB more at 10,000 papers. The two TypeScript helpers it needs are
 * loaded through tsx's scoped import, which leaves every other import alone.
 */
import { tsImport } from 'tsx/esm/api';

const sourceMaps = process.sourceMapsEnabled;
const [{ withAstroProgress }, { timed }] = await Promise.all([
  tsImport('./astro-progress.ts', import.meta.url),
  tsImport('./report.ts', import.meta.url),
]);
// tsx turns source maps on for the whole process while it registers; Astro's chunks do not need them.
process.setSourceMapsEnabled(sourceMaps);
const { build } = await import('astro');

const { outDir, expectedPages } = JSON.parse(process.argv[3]);
const send = (message) => new Promise((done) => process.send(message, () => done()));
try {
  const astro = await timed(
    'astro',
    () =>
      withAstroProgress(expectedPages, () => build({ outDir, logLevel: process.env.ATLAS_LOG ?? 'info' }), {
        showAstroLog: process.env.ATLAS_LOG !== undefined,
      }),
    (result) => result.pages,
  );
  await send({ result: { pages: astro.pages } });
} catch (error) {
  await send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
process.exit(0);
