import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativizeHtml } from '../lib/relative-links';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

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
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const file of htmlFiles(root)) {
          const path = relative(root, file).split(sep).join('/');
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
