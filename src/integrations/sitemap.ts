import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, withTrailingSlash } from './built-pages';
import { pagePathOfFile, sitemapXml } from '../lib/sitemap';
import { isContinuingPage } from '../lib/list-pages';

/**
 * Writes `sitemap.xml`: the absolute URL (site + base) of every HTML page the build wrote, so
 * pages added by any part of the site are listed without being declared. Error pages and the
 * later pages of a topic's or a dataset's list are left out.
 */
export function sitemap(): AstroIntegration {
  let root = '';
  return {
    name: 'atlas-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site)
          throw new Error(
            '`site` is not set: set ATLAS_SITE (e.g. https://lab.example.org) so the sitemap can list absolute URLs',
          );
        const base = withTrailingSlash(config.base);
        root = new URL(base, config.site).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const urls: string[] = [];
        for await (const page of builtPages(out)) {
          // A topic or dataset is listed by its own page; the later pages of its list only continue it.
          if (isContinuingPage(page.path)) continue;
          const path = pagePathOfFile(page.path);
          // Redirect pages of old URLs say noindex: a sitemap lists only pages to index.
          const noindex = /<meta name="robots" content="noindex"/u.test(await readFile(page.file, 'utf8'));
          if (path !== null && !noindex) urls.push(new URL(path, root).href);
        }
        await writeFile(join(out, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}
