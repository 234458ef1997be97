import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { buildAtlasIndex } from '../../src/search/build/atlas-index';
import {
  searchDocuments,
  type ExportedPaper,
  type ExportedTopic,
  type SearchDocument,
} from '../../src/search/build/documents';
import { indexFiles } from '../../src/search/build/index-files';
import { pagefindPages } from '../../src/search/build/searched-pages';
import {
  PAGEFIND_PART_PAGES,
  PAGEFIND_PARTS_FILE,
  pagefindParts,
  pagefindPartsList,
  type PagefindPart,
} from '../../src/search/shared/pagefind-parts';
import { mapInBatches } from '../../src/lib/in-batches';

const SEARCH_CLIENT = resolve(import.meta.dirname, '../../src/search/browser/main.ts');

const exportedTopics = async (dist: string) =>
  JSON.parse(await readFile(join(dist, 'api', 'topics.json'), 'utf8')) as ExportedTopic[];

/**
 * The pages search finds, from the site's own JSON export: both indexes list these. Only pages
 * that were built are listed.
 */
export async function searchedDocuments(dist: string, topics?: readonly ExportedTopic[]): Promise<SearchDocument[]> {
  const papers = JSON.parse(await readFile(join(dist, 'api', 'papers.json'), 'utf8')) as ExportedPaper[];
  return searchDocuments(papers, topics ?? (await exportedTopics(dist))).filter((document) =>
    existsSync(join(dist, document.u, 'index.html')),
  );
}

/**
 * Pages a Pagefind part holds at most: `ATLAS_PAGEFIND_PART_PAGES` (tests cut a small site into
 * parts with it), else `PAGEFIND_PART_PAGES`.
 */
function partPages(): number {
  const asked = Number(process.env.ATLAS_PAGEFIND_PART_PAGES);
  return Number.isInteger(asked) && asked > 0 ? asked : PAGEFIND_PART_PAGES;
}

/**
 * Indexes the searched pages of the built site (`urls`: the atlas index's documents, by path) with Pagefind into `<dist>/pagefind/`, a part of at
 * most `partPages()` pages at a time (src/search/shared/pagefind-parts.ts), each by a Pagefind
 * service of its own so that its memory is handed back before the next part. Pagefind reports
 * problems as arrays of strings; any of them fails the build here, with Pagefind's own words.
 */
export async function buildPagefindIndex(
  dist: string,
  urls: readonly string[],
): Promise<{ pages: number; parts: number }> {
  const pages = pagefindPages(urls);
  const parts = pagefindParts(pages, partPages());
  for (const part of parts) await indexPart(dist, part);
  await writeFile(join(dist, 'pagefind', PAGEFIND_PARTS_FILE), `${JSON.stringify(pagefindPartsList(parts))}\n`);
  return { pages: pages.length, parts: parts.length };
}

async function indexPart(dist: string, part: PagefindPart): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    // Lists of other papers and diagrams name many papers and methods: indexing them would rank a
    // topic page above the very paper a reader is looking for. Each paper is found on its own page.
    excludeSelectors: ['.paper-list', '.method-diagram', '.relations'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Read a batch at once, but send its pages in their order: Pagefind handles messages one at a
    // time, as sent, and numbers pages in that order.
    for (let start = 0; start < part.pages.length; start += 64) {
      const batch = part.pages.slice(start, start + 64);
      const contents = await Promise.all(batch.map((path) => readFile(join(dist, path), 'utf8')));
      const added = await Promise.all(
        batch.map((path, i) => index.addHTMLFile({ sourcePath: path, content: contents[i]! })),
      );
      const failed = added.findIndex((file) => file.errors.length > 0);
      if (failed >= 0)
        throw new Error(`Pagefind could not index ${batch[failed]}: ${added[failed]!.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(dist, part.folder) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
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

/** Writes the atlas index into `<dist>/search/index/`, replacing the index of an earlier build. */
export async function writeAtlasIndex(
  dist: string,
  documents: readonly SearchDocument[],
  topics: readonly ExportedTopic[],
): Promise<{ pages: number; files: number; bytes: number }> {
  // The topic filter is written as the tree it is (see src/search/shared/facet-tree.ts).
  const parents = { topic: new Map(topics.map((topic) => [topic.id, topic.parent])) };
  const files = indexFiles(buildAtlasIndex(documents, { parents }));
  await rm(join(dist, 'search', 'index'), { recursive: true, force: true });
  const folders = new Set(files.map((file) => dirname(join(dist, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapInBatches(files, 256, (file) => writeFile(join(dist, file.path), file.text));
  const bytes = files.reduce((total, file) => total + Buffer.byteLength(file.text), 0);
  return { pages: documents.length, files: files.length, bytes };
}

/**
 * The part of the search stage that reads the site's export: the search client and the atlas index
 * (the search dialog's, and the search page's from disk). Returns the paths of the pages it lists,
 * which Pagefind is then given (`buildPagefindIndex`). The build runs this in a process of its own
 * (scripts/lib/stage-child.ts): at 50,000 papers the export's documents held 2.1 GB of the build
 * process beside Pagefind's service.
 */
export async function buildAtlasSearch(dist: string): Promise<{ urls: string[] }> {
  const topics = await exportedTopics(dist);
  const documents = await searchedDocuments(dist, topics);
  await writeSearchClient(dist);
  await writeAtlasIndex(dist, documents, topics);
  return { urls: documents.map((document) => document.u) };
}
