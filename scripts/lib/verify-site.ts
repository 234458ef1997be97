import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { TaggedPaper } from '../../src/pipeline/types';
import { methodPagesOf, type ExportedPaper } from '../../src/search/build/documents';
import { indexFileLoader, readIndexDocs } from '../../src/search/build/index-files';
import { readFragments, readFragmentUrl } from '../../src/search/build/pagefind-fragments';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import { recordedReader, type FileRecord } from '../../src/lib/file-record';
import { mapInBatches } from '../../src/lib/in-batches';
import { heavyPages, pageWeights, papersIndexMismatches, papersIndexSlugs } from './verify-pages';
import { META_PATH, type IndexMeta } from '../../src/search/shared/index-format';
import { PAGEFIND_PARTS_FILE, type PagefindPartsList } from '../../src/search/shared/pagefind-parts';

/** What the check read from files, kept for the next build's check (`verifySite`). */
interface VerifiedFiles {
  /** Each Pagefind fragment's page URL, by its path in the site. */
  fragments: FileRecord<string>;
  /** Whether each method folder's index.html is a page or a redirect, by its path in the site. */
  methodFolders: FileRecord<BuiltMethodFolder>;
}

/** Thrown when the built site lost a paper on the way; names what is missing. */
export class SiteIntegrityError extends Error {
  constructor(readonly missing: string[]) {
    super(`the built site is missing papers or pages:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'SiteIntegrityError';
  }
}

/**
 * The folders of Pagefind's index from the site root, `pagefind/` and the later parts its
 * `parts.json` lists (src/search/shared/pagefind-parts.ts), and the page ids of records the search
 * page drops (src/search/build/pagefind-update.ts).
 */
async function pagefindFolders(dist: string): Promise<{ folders: string[]; superseded: Set<string> }> {
  const list = join(dist, 'pagefind', PAGEFIND_PARTS_FILE);
  if (!existsSync(list)) return { folders: ['pagefind'], superseded: new Set() };
  const { parts, superseded = [] } = JSON.parse(await readFile(list, 'utf8')) as PagefindPartsList;
  return { folders: ['pagefind', ...parts.map((part) => join('pagefind', part))], superseded: new Set(superseded) };
}

/**
 * Pagefind's records by page URL, over every part, less those the search page drops; a record
 * written again under the same page id in a later part is one record, as the search page lists it.
 */
async function searchRecordCounts(
  dist: string,
  { folders, superseded }: { folders: readonly string[]; superseded: ReadonlySet<string> },
  urlOf: (file: string) => Promise<string>,
): Promise<Map<string, number>> {
  const ids = new Map<string, Set<string>>();
  for (const part of folders)
    for (const { id, url } of await readFragments(join(dist, part), urlOf))
      if (!superseded.has(id)) ids.set(url, (ids.get(url) ?? new Set()).add(id));
  return new Map([...ids].map(([url, records]) => [url, records.size]));
}

/** The atlas index's documents by page path (`papers/mezo/`), read back from its files as a browser would. */
async function atlasIndexCounts(dist: string): Promise<Map<string, number> | null> {
  const metaFile = join(dist, META_PATH);
  if (!existsSync(metaFile)) return null;
  const load = indexFileLoader(dist);
  const docs = await readIndexDocs(load, (await load('meta', META_PATH)) as IndexMeta);
  const counts = new Map<string, number>();
  for (const doc of docs) counts.set(doc.u, (counts.get(doc.u) ?? 0) + 1);
  return counts;
}

/** What a folder under `methods/` of the built site holds: a method's page, or a redirect from an old URL. */
export type BuiltMethodFolder = 'page' | 'redirect';

/**
 * Where the built `methods/` folder disagrees with which methods have a page
 * (src/lib/method-pages.ts): a method with a page that was not built, or built as a redirect, and
 * a page for a method that has none (left over from an earlier site, or decided elsewhere).
 */
export function methodPageMismatches(
  paged: readonly string[],
  built: ReadonlyMap<string, BuiltMethodFolder>,
): string[] {
  const expected = new Set(paged);
  const mismatches = paged.flatMap((slug) =>
    built.get(slug) === 'page'
      ? []
      : [`page of method ${slug}${built.has(slug) ? ' (a redirect was built in its place)' : ''}`],
  );
  for (const [slug, kind] of built)
    if (kind === 'page' && !expected.has(slug))
      mismatches.push(
        `(extra) a page for method ${slug}, which has no page of its own: expected a redirect or nothing`,
      );
  return mismatches;
}

/** Whether a method folder's index.html is a redirect (its head says `http-equiv="refresh"`) or a page. */
const readMethodFolder = async (file: string): Promise<BuiltMethodFolder> =>
  (await readFile(file, 'utf8')).includes('http-equiv="refresh"') ? 'redirect' : 'page';

/** The folders under `methods/` with an index.html, each a page or a redirect. */
async function builtMethodFolders(
  dist: string,
  kindOf: (file: string) => Promise<BuiltMethodFolder>,
): Promise<Map<string, BuiltMethodFolder>> {
  const folder = join(dist, 'methods');
  if (!existsSync(folder)) return new Map();
  const slugs = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name);
  const kinds = await mapInBatches(
    slugs,
    256,
    async (slug) => [slug, await kindOf(join(folder, slug, 'index.html'))] as const,
  );
  return new Map(kinds);
}

/**
 * Checks that nothing was lost between the corpus and the site: every paper has its page, exactly
 * one search record in Pagefind's index and one in the atlas index, and its JSON entry, and there
 * are no extras, so papers = pages = search records = JSON entries; the pages of /papers/ list
 * every paper once; and the methods with a page (src/lib/method-pages.ts) are the method pages
 * built. Pages over `PAGE_WEIGHT_LIMIT` are returned as `heavy`, for the build to warn of.
 *
 * With a `record` file, what was read from a search record or a method folder's page is kept with
 * the file (src/lib/file-record.ts): a rebuild reads only the files that are not the very ones the
 * last check read (page reuse and Pagefind's update keep the rest as hard links).
 */
export async function verifySite(
  dist: string,
  papers: readonly Pick<TaggedPaper, 'slug' | 'title' | 'source'>[],
  record?: string,
): Promise<{ pages: number; heavy: string[] }> {
  const recorded = ((record && (await readCacheFile(record))) ?? {}) as Partial<VerifiedFiles>;
  const fragments = recordedReader(recorded.fragments ?? {}, readFragmentUrl);
  const methodFolders = recordedReader(recorded.methodFolders ?? {}, readMethodFolder);
  const inSite =
    <T>(reader: { read: (key: string, file: string) => Promise<T> }) =>
    (file: string) =>
      reader.read(relative(dist, file), file);
  const missing: string[] = [];
  const expected = new Set(papers.map((paper) => paper.slug as string));
  const describe = (slug: string) => {
    const paper = papers.find((p) => p.slug === slug);
    return paper ? `${JSON.stringify(paper.title)} (${paper.source.file}:${paper.source.line})` : slug;
  };

  const built = existsSync(join(dist, 'papers'))
    ? (await readdir(join(dist, 'papers'), { withFileTypes: true }))
        // `papers/page/` holds the later pages of the list of all papers, not a paper.
        .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'papers', entry.name, 'index.html')))
        .map((entry) => entry.name)
    : [];
  // A page is not read here: one that is not marked for search has no record in Pagefind's index,
  // which is checked below. Reading every paper page cost a third of this check at 10,000 papers.
  for (const slug of expected)
    if (!existsSync(join(dist, 'papers', slug, 'index.html'))) missing.push(`page of ${describe(slug)}`);
  for (const slug of built)
    if (!expected.has(slug)) missing.push(`(extra) a page for ${slug}, which is not in the corpus`);

  missing.push(...papersIndexMismatches(expected, await papersIndexSlugs(dist)));
  // A page over the limit is worth knowing, not worth losing the build for: it is still whole.
  const heavy = heavyPages(await pageWeights(dist));

  const exported = JSON.parse(await readFile(join(dist, 'api', 'papers.json'), 'utf8')) as ExportedPaper[];
  const exportedSlugs = new Set<string>(exported.map((paper) => paper.slug));
  for (const slug of expected) if (!exportedSlugs.has(slug)) missing.push(`JSON entry of ${describe(slug)}`);
  if (exported.length !== expected.size)
    missing.push(`papers.json has ${exported.length} entries for ${expected.size} papers`);

  missing.push(
    ...methodPageMismatches(
      methodPagesOf(exported).map((method) => method.slug),
      await builtMethodFolders(dist, inSite(methodFolders)),
    ),
  );

  const pagefindParts = await pagefindFolders(dist);
  for (const part of pagefindParts.folders)
    if (!existsSync(join(dist, part, 'pagefind-entry.json')))
      missing.push(`the Pagefind index (${part}/pagefind-entry.json)`);
  const records = await searchRecordCounts(dist, pagefindParts, inSite(fragments));
  for (const slug of expected) {
    const count = records.get(`/papers/${slug}/`) ?? 0;
    if (count !== 1)
      missing.push(
        count === 0 ? `search record of ${describe(slug)}` : `${count} search records for ${describe(slug)}`,
      );
  }
  const paperRecords = [...records].filter(([url]) => /^\/papers\/[^/]+\/$/u.test(url));
  const recordTotal = paperRecords.reduce((sum, [, count]) => sum + count, 0);
  if (recordTotal !== expected.size)
    missing.push(`the search index has ${recordTotal} paper records for ${expected.size} papers`);

  const atlasDocs = await atlasIndexCounts(dist);
  if (!atlasDocs) missing.push(`the atlas index (${META_PATH})`);
  else {
    for (const slug of expected) {
      const count = atlasDocs.get(`papers/${slug}/`) ?? 0;
      if (count !== 1)
        missing.push(
          count === 0 ? `atlas index entry of ${describe(slug)}` : `${count} atlas index entries for ${describe(slug)}`,
        );
    }
    const paperDocs = [...atlasDocs]
      .filter(([path]) => path.startsWith('papers/'))
      .reduce((sum, [, count]) => sum + count, 0);
    if (paperDocs !== expected.size)
      missing.push(`the atlas index has ${paperDocs} paper entries for ${expected.size} papers`);
  }

  if (record) await writeCacheFile(record, { fragments: fragments.record, methodFolders: methodFolders.record });
  if (missing.length > 0) throw new SiteIntegrityError(missing);
  return { pages: built.length, heavy };
}
