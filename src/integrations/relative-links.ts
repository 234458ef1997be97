import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, withTrailingSlash } from './built-pages';
import { relativizeHtml } from '../lib/relative-links';

/**
 * Makes the links of every built page relative. The 404 page is served at whatever URL was
 * missing, so it alone keeps root-absolute links.
 */
export function relativeLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas-relative-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const { file, path } of builtPages(root)) {
          if (path === '404.html') continue;
          const pagePath = base + path.replace(/index\.html$/u, '');
          const html = await readFile(file, 'utf8');
          const rewritten = relativizeHtml(html, pagePath);
          if (rewritten !== html) await writeFile(file, rewritten);
          count += 1;
        }
        logger.info(`made links relative in ${count} pages`);
      },
    },
  };
}
