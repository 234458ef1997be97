import { copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { manifestFiles, reuseState } from '../lib/page-reuse';
import { atlasPaths } from '../lib/paths';

/**
 * Puts the pages a build reused (src/lib/page-reuse.ts) into its output, linked from the previous
 * site, and writes the manifest of the new site for `npm run build` to keep once the site is
 * published. Listed before integrations that read the finished pages (the sitemap).
 */
export function pageReuse(): AstroIntegration {
  return {
    name: 'atlas-page-reuse',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = manifestFiles();
        const template = process.env.ATLAS_REUSE_PAGES;
        const state = reuseState();
        if (!template) {
          // This site was not built for reuse: a manifest left from another build would describe other pages.
          await Promise.all([rm(files.current, { force: true }), rm(files.next, { force: true })]);
          return;
        }
        const out = fileURLToPath(dir);
        for (const file of state.reused) {
          const target = join(out, file);
          await mkdir(dirname(target), { recursive: true });
          // A hard link costs no copy; the previous site is removed once the new one is published.
          await link(join(atlasPaths.dist, file), target).catch(() => copyFile(join(atlasPaths.dist, file), target));
        }
        await mkdir(dirname(files.next), { recursive: true });
        await writeFile(
          files.next,
          JSON.stringify({
            template,
            dist: atlasPaths.dist,
            reused: state.reused.length,
            pages: Object.fromEntries(state.digests),
          }),
        );
        logger.info(`reused ${state.reused.length} of ${state.digests.size} pages from the previous build`);
      },
    },
  };
}
