import { join } from 'node:path';
import { base as configuredBase } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog';
import { buildGlossary, type GlossaryEntry } from './glossary';
import { readCacheFile, writeCacheFile } from './cache-file';
import { atlasUpdated, entryDates, sourceDateEpoch, type EntryDates } from './paper-dates';
import { readPaperPages, type LoadedPaper } from './paper-store';
import { atlasPaths } from './paths';
import { datasetLedger, type DatasetRecord } from './results-ledger';

let papers: Promise<LoadedPaper[]> | undefined;
let catalog: Promise<Catalog> | undefined;

/** Every generated paper page, read once per build (see src/lib/paper-store.ts). */
export function getPapers(): Promise<LoadedPaper[]> {
  papers ??= readPaperPages(atlasPaths.papers, { cacheDir: atlasPaths.cache });
  return papers;
}

/** The whole atlas, built once per build from the collections and shared by every page. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [pages, topics, methodTerms] = await Promise.all([
      getPapers(),
      getCollection('topics'),
      getCollection('methodTerms'),
    ]);
    return buildCatalog(
      pages.map((page) => page.data),
      topics.map((entry) => entry.data),
      methodTerms.map((entry) => entry.data),
    );
  })();
  return catalog;
}

let glossary: Promise<GlossaryEntry[]> | undefined;

/** The acronyms of the atlas (src/lib/glossary.ts), found once per build for all the glossary's pages. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= getCatalog().then((atlas) => buildGlossary(atlas.papers));
  return glossary;
}

let datasets: Promise<DatasetRecord[]> | undefined;

/** Every dataset some paper claims a result on, with its ledger, built once per build. */
export function getDatasets(): Promise<DatasetRecord[]> {
  datasets ??= getCatalog().then((atlas) => datasetLedger(atlas.papers));
  return datasets;
}

/** A site path under the configured base: `url('/papers/x/')` → `/atlas/papers/x/`. */
export function url(path: string): string {
  // From the configuration itself: `import.meta.env.BASE_URL` yields to a BASE_URL environment variable.
  const base = configuredBase.replace(/\/$/u, '');
  return `${base}${path}`;
}

export const paperUrl = (slug: string) => url(`/papers/${slug}/`);
export const topicUrl = (id: string) => url(`/topics/${id}/`);
export const methodUrl = (slug: string) => url(`/methods/${slug}/`);
export const datasetUrl = (slug: string) => url(`/datasets/${slug}/`);

let abstracts: Promise<Map<string, string>> | undefined;

/** Each paper's abstract as HTML, by slug (for feeds). */
export function getAbstractHtml(): Promise<Map<string, string>> {
  abstracts ??= getPapers().then((pages) => new Map(pages.map((page) => [page.id, page.html])));
  return abstracts;
}

let dates: Promise<Map<string, Date>> | undefined;
/** The record of feed entries' dates, in the cache folder. */
const ENTRY_DATES_FILE = 'feed-entry-dates.json';

/**
 * When each paper's feed entry last changed, by slug (src/lib/paper-dates.ts), from the record
 * the last build left in the cache folder; the record is written anew for the next build.
 */
export function getPaperDates(): Promise<Map<string, Date>> {
  dates ??= (async () => {
    const pages = await getPapers();
    const entries = pages.map((page) => ({
      slug: page.id,
      title: page.data.title,
      abstractHtml: page.html,
      topics: page.data.topics,
    }));
    // A reproducible build dates every entry alike, and neither reads nor writes the record.
    const epoch = sourceDateEpoch();
    if (epoch) return new Map(entries.map((entry) => [entry.slug, epoch]));
    const file = join(atlasPaths.cache, ENTRY_DATES_FILE);
    const previous = ((await readCacheFile(file)) ?? {}) as EntryDates;
    const { dates: dated, record } = entryDates(entries, previous, atlasUpdated(atlasPaths.corpus));
    await writeCacheFile(file, record);
    return dated;
  })();
  return dates;
}

/** The site's URL builders, for graph helpers that must not import Astro (src/lib/method-graph.ts). */
export const graphLinks = { method: methodUrl, paper: paperUrl, topic: topicUrl };
