import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, withTrailingSlash } from './built-pages';
import { pagePathOfFile, sitemapXml } from '../lib/sitemap';
import { mapInBatches } from '../lib/in-batches';
import { isContinuingPage } from '../lib/list-pages';
import { readCacheFile, writeCacheFile } from '../lib/cache-file';
import { recordedReader, type FileRecord } from '../lib/file-record';
import { atlasPaths } from '../lib/paths';

/** Pages read at once. */
const READ_BATCH = 64;
/** The cache file of whether each listed page may be indexed, with the file it was read from (`RecordedFile`). */
const SITEMAP_RECORD = 'sitemap-pages.json';

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
        const listed: Array<{ file: string; path: string }> = [];
        for await (const page of builtPages(out)) {
          // A topic or dataset is listed by its own page; the later pages of its list only continue it.
          if (isContinuingPage(page.path)) continue;
          const path = pagePathOfFile(page.path);
          if (path !== null) listed.push({ file: page.file, path });
        }
        // Redirect pages of old URLs say noindex: a sitemap lists only pages to index. A page is read
        // to know, a batch at a time, unless it is the very file the last build read (a reused page):
        // reading all 19,000 pages of a 10,000-paper atlas took 2.8 s of every rebuild.
        const recordFile = join(atlasPaths.cache, SITEMAP_RECORD);
        const pages = recordedReader(
          ((await readCacheFile(recordFile)) ?? {}) as FileRecord<boolean>,
          async (file) => !/<meta name="robots" content="noindex"/u.test(await readFile(file, 'utf8')),
        );
        const indexed = await mapInBatches(listed, READ_BATCH, (page) => pages.read(page.path, page.file));
        await writeCacheFile(recordFile, pages.record);
        const urls = listed.filter((_, i) => indexed[i]).map((page) => new URL(page.path, root).href);
        await writeFile(join(out, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}
