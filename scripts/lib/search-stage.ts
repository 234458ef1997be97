import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
import { EXCLUDED_FROM_SEARCH, SEARCHABLE_HTML_VERSION, searchableHtml } from '../../src/search/build/searchable-html';
import {
  PAGEFIND_PART_PAGES,
  PAGEFIND_PARTS_FILE,
  pagefindParts,
  pagefindPartsList,
  type PagefindPart,
  type PagefindPartsList,
} from '../../src/search/shared/pagefind-parts';
import {
  PAGEFIND_UPDATE_FOLDER,
  PAGEFIND_UPDATE_SHARE,
  planPagefindUpdate,
  type PagefindBase,
} from '../../src/search/build/pagefind-update';
import { readFragments } from '../../src/search/build/pagefind-fragments';
import { mapInBatches } from '../../src/lib/in-batches';
import { linkFiles } from '../../src/lib/link-files';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import { recordedReader, type FileRecord } from '../../src/lib/file-record';

const SEARCH_CLIENT = resolve(import.meta.dirname, '../../src/search/browser/main.ts');
const PAGEFIND_PACKAGE = resolve(import.meta.dirname, '../../node_modules/pagefind/package.json');

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
 * The share of the base's pages an update may hold: `ATLAS_PAGEFIND_UPDATE_SHARE` (on a small
 * site one paper changes a large share of the pages), else `PAGEFIND_UPDATE_SHARE`.
 */
function updateShare(): number {
  const asked = Number(process.env.ATLAS_PAGEFIND_UPDATE_SHARE);
  return Number.isFinite(asked) && asked >= 0 ? asked : PAGEFIND_UPDATE_SHARE;
}

/** What an index depends on besides the pages: an index made with other settings is not updated. */
async function pagefindSettings(): Promise<string> {
  const { version } = JSON.parse(await readFile(PAGEFIND_PACKAGE, 'utf8')) as { version: string };
  // `digest` names how pages are compared with the base (`digestPages`): a base whose pages were
  // digested otherwise cannot tell which pages changed.
  return JSON.stringify({
    version,
    excluded: EXCLUDED_FROM_SEARCH,
    partPages: partPages(),
    digest: `searchable-${SEARCHABLE_HTML_VERSION}`,
  });
}

// A string is digested as its UTF-8 bytes, as its file holds it.
const digestOf = (content: Buffer | string) => createHash('sha256').update(content).digest('base64url').slice(0, 22);

/** Where the last whole index is kept: the site it was published in, and the record of it in the build's cache. */
export interface PagefindBaseSource {
  /** The published site, or null when the build must not take anything from it. */
  published: string | null;
  record: string;
  /**
   * What an index written whole waits for before its first service starts: the atlas index's
   * process, which holds every searched document (2.0 GB at 50,000 papers) as a whole index's
   * service holds its part (2.2 GB). An update's service holds only the changed pages and starts at once.
   */
  wholeAfter?: Promise<unknown>;
}

/**
 * Indexes the searched pages of the built site (`urls`: the atlas index's documents, by path) with
 * Pagefind into `<dist>/pagefind/`. When the published site's index was written whole with today's
 * settings and few pages differ from it, it is taken as it is and only those pages are indexed, into
 * an update part (src/search/build/pagefind-update.ts); otherwise the index is written whole, a part
 * of at most `partPages()` pages at a time (src/search/shared/pagefind-parts.ts), each by a
 * Pagefind service of its own so that its memory is handed back before the next part, and recorded
 * as the base of later updates. Pagefind reports problems as arrays of strings; any of them fails
 * the build here, with Pagefind's own words.
 */
export async function buildPagefindIndex(
  dist: string,
  urls: readonly string[],
  source: PagefindBaseSource,
): Promise<{ pages: number; parts: number; indexed: number; how: string }> {
  const pages = pagefindPages(urls);
  const settings = await pagefindSettings();
  const digests = await digestPages(dist, pages, join(dirname(source.record), SEARCHED_FILES_RECORD));
  const base = source.published ? await publishedBase(source.published, source.record, settings) : null;
  const plan = planPagefindUpdate(base, settings, digests, updateShare());
  if (plan.kind === 'update' && base && source.published) {
    await linkBaseIndex(source.published, dist);
    const parts = [...base.parts];
    const update = { folder: `pagefind/${PAGEFIND_UPDATE_FOLDER}`, pages: plan.changed };
    if (plan.changed.length > 0) {
      await indexPart(dist, update);
      parts.push(`${PAGEFIND_UPDATE_FOLDER}/`);
    }
    // A page whose HTML changed only where Pagefind reads no words (a link added to a method's
    // name) is indexed again as the very record the base holds, under the same page id: that record
    // stays live, and the search page lists an id once.
    const rewritten = new Set((await pageIds(dist, [update])).values());
    const superseded = plan.superseded.filter((id) => !rewritten.has(id));
    const list: PagefindPartsList = { parts, superseded };
    await writeFile(join(dist, 'pagefind', PAGEFIND_PARTS_FILE), `${JSON.stringify(list)}\n`);
    return {
      pages: pages.length,
      parts: parts.length + 1,
      indexed: plan.changed.length,
      how: `updated the last whole index: ${plan.changed.length} pages indexed, ${superseded.length} records superseded`,
    };
  }
  await source.wholeAfter;
  const parts = pagefindParts(pages, partPages());
  for (const part of parts) await indexPart(dist, part);
  const list = pagefindPartsList(parts);
  await writeFile(join(dist, 'pagefind', PAGEFIND_PARTS_FILE), `${JSON.stringify(list)}\n`);
  const ids = await pageIds(dist, parts);
  const record: PagefindBase = {
    settings,
    entry: digestOf(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'))),
    parts: list.parts,
    pages: Object.fromEntries(
      pages.map((path) => [path, { digest: digests.get(path)!, id: ids.get(path) ?? '' }] as const),
    ),
  };
  await writeCacheFile(source.record, record);
  return {
    pages: pages.length,
    parts: parts.length,
    indexed: pages.length,
    how: `written whole (${plan.kind === 'whole' ? plan.why : 'no published index'})`,
  };
}

/** The cache file of each searched page's file as last digested (`recordedReader`, src/lib/file-record.ts). */
export const SEARCHED_FILES_RECORD = `searched-page-digests-${SEARCHABLE_HTML_VERSION}.json`;

/**
 * The digest of each searched page's HTML as Pagefind reads it, without the elements it leaves out
 * (`searchableHtml`): a page whose related papers alone changed keeps its digest, so it is not
 * indexed again (at 10,250 bench papers + 50, 300 of the 310 searched paper pages that changed). Read
 * from the file, or, for a file the last build digested and this one took unchanged from the
 * published site, from that build's record. At 10,600 paper pages, reading and digesting them all
 * took about 1 s, looking at their files 0.16 s.
 */
async function digestPages(dist: string, pages: readonly string[], record: string): Promise<Map<string, string>> {
  const files = recordedReader(((await readCacheFile(record)) ?? {}) as FileRecord<string>, async (file) =>
    digestOf(searchableHtml(await readFile(file, 'utf8'))),
  );
  const digests = await mapInBatches(
    pages,
    64,
    async (path) => [path, await files.read(path, join(dist, path))] as const,
  );
  await writeCacheFile(record, files.record);
  return new Map(digests);
}

/**
 * The record of the last whole index when the published site still holds that index (a site from
 * another build, or none, has no base to update).
 */
async function publishedBase(published: string, record: string, settings: string): Promise<PagefindBase | null> {
  const base = (await readCacheFile(record)) as PagefindBase | null;
  if (!base || base.settings !== settings || typeof base.pages !== 'object' || !Array.isArray(base.parts)) return null;
  const folder = join(published, 'pagefind');
  const entry = join(folder, 'pagefind-entry.json');
  if (!existsSync(entry) || digestOf(await readFile(entry)) !== base.entry) return null;
  if (!base.parts.every((part) => existsSync(join(folder, part, 'pagefind-entry.json')))) return null;
  return base;
}

/**
 * The published index's files, linked into the new site: all but the update part and the list of
 * parts, which the new site writes afresh (a file written through a link would change the
 * published site too).
 */
async function linkBaseIndex(published: string, dist: string): Promise<void> {
  const from = join(published, 'pagefind');
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)))
    .filter((file) => file !== PAGEFIND_PARTS_FILE && !file.startsWith(`${PAGEFIND_UPDATE_FOLDER}${sep}`));
  const to = join(dist, 'pagefind');
  await rm(to, { recursive: true, force: true });
  await linkFiles(from, to, files);
}

/** Each indexed page's Pagefind page id (the name of its fragment file), by page path. */
async function pageIds(dist: string, parts: readonly PagefindPart[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const part of parts)
    for (const { id, url } of await readFragments(join(dist, part.folder)))
      ids.set(`${url.replace(/^\//u, '')}index.html`, id);
  return ids;
}

async function indexPart(dist: string, part: PagefindPart): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH });
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
 * (the search dialog's, and the search page's from disk). The paths of the pages it lists go to
 * `listed` as soon as they are known, before the index is written: Pagefind is given them
 * (`buildPagefindIndex`) and indexes its pages meanwhile, on the other core. The build runs this in a
 * process of its own (scripts/lib/stage-child.ts): at 50,000 papers the export's documents held
 * 2.1 GB of the build process beside Pagefind's service.
 */
export async function buildAtlasSearch(
  dist: string,
  listed: (urls: string[]) => Promise<void>,
): Promise<{ files: number }> {
  const topics = await exportedTopics(dist);
  const documents = await searchedDocuments(dist, topics);
  await listed(documents.map((document) => document.u));
  await writeSearchClient(dist);
  const { files } = await writeAtlasIndex(dist, documents, topics);
  return { files };
}
