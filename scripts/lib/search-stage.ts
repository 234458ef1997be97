import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { buildFallbackIndex, fallbackIndexScript, type ExportedPaper, type ExportedTopic } from '../../src/lib/search-fallback-index';

const SEARCH_CLIENT = resolve(import.meta.dirname, '../../src/scripts/search/main.ts');

/**
 * Indexes the built site with Pagefind into `<dist>/pagefind/`. Pagefind reports problems as arrays
 * of strings; any of them fails the build here, with Pagefind's own words.
 */
export async function buildPagefindIndex(dist: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({
    // Lists of other papers and diagrams name many papers and methods: indexing them would rank a
    // topic page above the very paper a reader is looking for. Each paper is found on its own page.
    excludeSelectors: ['.paper-list', '.method-diagram', '.relations'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/**
 * Bundles the search client into `<dist>/search/atlas-search.js`: one classic script, since a page
 * opened from disk may not load module scripts.
 */
export async function writeSearchClient(dist: string): Promise<{ bytes: number }> {
  const result = await build({
    entryPoints: [SEARCH_CLIENT],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild wrote nothing for ${SEARCH_CLIENT}`);
  await mkdir(join(dist, 'search'), { recursive: true });
  await writeFile(join(dist, 'search', 'atlas-search.js'), code);
  return { bytes: code.byteLength };
}

/**
 * Writes `<dist>/search/fallback-index.js`, the small index a page opened from disk searches
 * instead of Pagefind, from the site's own JSON export. Only pages that were built are listed.
 */
export async function writeFallbackIndex(dist: string): Promise<{ pages: number; bytes: number }> {
  const papers = JSON.parse(await readFile(join(dist, 'api', 'papers.json'), 'utf8')) as ExportedPaper[];
  const topics = JSON.parse(await readFile(join(dist, 'api', 'topics.json'), 'utf8')) as ExportedTopic[];
  const index = buildFallbackIndex(papers, topics);
  index.pages = index.pages.filter((page) => existsSync(join(dist, page.u, 'index.html')));
  const script = fallbackIndexScript(index);
  await mkdir(join(dist, 'search'), { recursive: true });
  await writeFile(join(dist, 'search', 'fallback-index.js'), script);
  return { pages: index.pages.length, bytes: Buffer.byteLength(script) };
}

/**
 * Everything search needs in the built site: the Pagefind index, the search client and the
 * fallback index for reading from disk. Returns the number of pages Pagefind indexed.
 */
export async function buildSearchIndex(dist: string): Promise<{ pages: number }> {
  const indexed = await buildPagefindIndex(dist);
  await writeSearchClient(dist);
  await writeFallbackIndex(dist);
  return indexed;
}
