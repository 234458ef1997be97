import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import {
  buildAtlasIndex,
  indexFiles,
  searchDocuments,
  type ExportedPaper,
  type ExportedTopic,
} from '../../src/lib/search-index';
import { mapInBatches } from './in-batches';

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
    // Pagefind parses every page it is given to find those marked for search. Paper and topic pages
    // all are; of the method pages only the few of methods no paper introduces, so they are picked
    // out here: parsing the others took a third of Pagefind's time at 10,000 papers.
    const added = await index.addDirectory({ path: dist, glob: '{papers,topics}/**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    let pages = added.page_count;
    for (const page of await pagesMarkedForSearch(dist, 'methods')) {
      const file = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
      if (file.errors.length > 0) throw new Error(`Pagefind could not index ${page.path}: ${file.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}

/** The pages of a folder of the site (`<folder>/<name>/index.html`) marked for search, with their HTML. */
async function pagesMarkedForSearch(dist: string, folder: string): Promise<Array<{ path: string; html: string }>> {
  if (!existsSync(join(dist, folder))) return [];
  const names = (await readdir(join(dist, folder), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  // Only the marked pages are kept: the others (6,000 at 10,000 papers) are dropped as they are read.
  const pages = await mapInBatches(names, 64, async (name) => {
    const path = `${folder}/${name}/index.html`;
    const file = join(dist, path);
    const html = existsSync(file) ? await readFile(file, 'utf8') : '';
    return html.includes('data-pagefind-body') ? { path, html } : null;
  });
  return pages.filter((page) => page !== null);
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
 * Writes the atlas index into `<dist>/search/index/` from the site's own JSON export, replacing
 * the index of an earlier build. Only pages that were built are listed.
 */
export async function writeAtlasIndex(dist: string): Promise<{ pages: number; files: number; bytes: number }> {
  const papers = JSON.parse(await readFile(join(dist, 'api', 'papers.json'), 'utf8')) as ExportedPaper[];
  const topics = JSON.parse(await readFile(join(dist, 'api', 'topics.json'), 'utf8')) as ExportedTopic[];
  const documents = searchDocuments(papers, topics).filter((document) =>
    existsSync(join(dist, document.u, 'index.html')),
  );
  const files = indexFiles(buildAtlasIndex(documents));
  await rm(join(dist, 'search', 'index'), { recursive: true, force: true });
  const folders = new Set(files.map((file) => dirname(join(dist, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapInBatches(files, 256, (file) => writeFile(join(dist, file.path), file.text));
  const bytes = files.reduce((total, file) => total + Buffer.byteLength(file.text), 0);
  return { pages: documents.length, files: files.length, bytes };
}

/**
 * Everything search needs in the built site: the Pagefind index, the search client and the atlas
 * index (the search dialog's, and the search page's from disk). Returns the number of pages
 * Pagefind indexed.
 */
export async function buildSearchIndex(dist: string): Promise<{ pages: number }> {
  // One after the other: writing the atlas index while Pagefind indexes saved no time on two cores
  // and raised the build's peak memory at 10,000 papers from 1.60 to 1.88 GB.
  const indexed = await buildPagefindIndex(dist);
  await writeSearchClient(dist);
  await writeAtlasIndex(dist);
  return indexed;
}
