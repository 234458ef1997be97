import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishReuse, linksMade, startReuse } from '../lib/page-reuse';
import { atlasPaths } from '../lib/paths';

/**
 * Runs a build's page reuse (src/lib/page-reuse/): starts it as the build starts, then puts the
 * reused pages into the output and records the new site's manifest. Listed before integrations
 * that read the finished pages (the sitemap).
 */
export function pageReuse(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'atlas-page-reuse',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        if (outDir) await startReuse(atlasPaths.cache, outDir);
      },
      // The reused pages are linked while the others render; all of them before Astro tidies the
      // output (it removes empty folders, some of which are waiting for their link).
      'astro:build:generated': async () => {
        await linksMade();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outcome = await finishReuse(atlasPaths.cache, fileURLToPath(dir));
        if (outcome) logger.info(`reused ${outcome.reused} of ${outcome.pages} pages from the previous build`);
      },
    },
  };
}
