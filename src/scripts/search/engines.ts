import type { FacetName } from '../../lib/search-facets';
import { AtlasSearch, type IndexLoader } from './atlas-engine';
import { INDEX_CALLBACK } from './index-format';
import type { SearchState } from './search-state';

/** One search result as the UI shows it. */
export interface Hit {
  /** Path from the site root, without a leading slash, e.g. `papers/mezo/`. */
  path: string;
  title: string;
  kind: string;
  method: string;
  topics: string;
  /** HTML with the matching words in `<mark>`; text from the site, already escaped. */
  excerpt: string;
}

export interface Outcome {
  total: number;
  hits: Hit[];
  counts: Partial<Record<FacetName, Record<string, number>>>;
}

export interface SearchOptions {
  /** Whether this search is still the one to show; details are only fetched while it is. */
  isCurrent?: () => boolean;
  /** Whether facet counts are wanted (the search page); the dialog does without. */
  counts?: boolean;
}

/** Something that answers searches: Pagefind, or the atlas index (see `atlasEngine`). */
export interface SearchEngine {
  name: 'pagefind' | 'atlas';
  /**
   * Finds the pages of a search and the details of the first `limit` of them. Details are not
   * fetched once `isCurrent` says a newer search has started.
   */
  search(state: SearchState, limit: number, options?: SearchOptions): Promise<Outcome>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{
    results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
    filters: Record<string, Record<string, number>>;
  } | null>;
}

/** Pagefind's filters, chosen values all required (narrowing, as the counts show). */
const pagefindFilters = (filters: SearchState['filters']) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => (values ?? []).length > 0)
      .map(([name, values]) => [name, { all: values }]),
  );

/** Pagefind, loaded as a module from `<root>/pagefind/`. */
export async function loadPagefindEngine(root: URL): Promise<SearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href)) as PagefindModule;
  await pagefind.options({
    basePath: new URL('pagefind/', root).pathname,
    // The worker is another 40 KB to fetch; searches at this size are quick on the main thread.
    noWorker: true,
    excerptLength: 24,
    // A match in a method name counts double a match in a title, so searching a method's name
    // brings up the paper that introduces it, not only papers that mention it in their titles.
    ranking: { metaWeights: { title: 5, method: 10 } },
  });
  await pagefind.init();
  // Pagefind counts facet values only once their filter index is loaded; load it when first asked.
  let filtersLoaded: Promise<unknown> | undefined;
  return {
    name: 'pagefind',
    async search(state, limit, { isCurrent = () => true, counts = false } = {}) {
      if (counts) await (filtersLoaded ??= pagefind.filters());
      const term = state.query.trim() === '' ? null : state.query;
      const response = await pagefind.search(term, { filters: pagefindFilters(state.filters) });
      if (!response) return { total: 0, hits: [], counts: {} };
      // Typing fast starts a search per keystroke: fetch result fragments for the latest only.
      const wanted = isCurrent() ? response.results.slice(0, limit) : [];
      const data = await Promise.all(wanted.map((result) => result.data()));
      return {
        total: response.results.length,
        counts: response.filters as Outcome['counts'],
        hits: data.map((item) => ({
          path: item.url.replace(/^\/+/, ''),
          title: item.meta.title ?? item.url,
          kind: item.meta.kind ?? '',
          method: item.meta.method ?? '',
          topics: item.meta.topics ?? '',
          excerpt: term === null ? '' : item.excerpt,
        })),
      };
    },
  };
}

/** Loads waiting for a file of the atlas index, by the file's address: the key each expects, and how to answer. */
const waitingFor = new Map<string, Array<{ key: string; resolve: (payload: unknown) => void }>>();

/** Stops the loads of an address that `matches` picks, and returns them. */
function takeWaiting(
  address: string,
  matches: (entry: { key: string }) => boolean,
): Array<{ key: string; resolve: (payload: unknown) => void }> {
  const waiting = waitingFor.get(address) ?? [];
  const rest = waiting.filter((entry) => !matches(entry));
  if (rest.length > 0) waitingFor.set(address, rest);
  else waitingFor.delete(address);
  return waiting.filter(matches);
}

/**
 * Loads a file of the atlas index with a script element, which works from disk too. Each file
 * calls `atlasIndex(key, payload)` as it runs; the call answers the loads of that script's address
 * that expect that key (two builds' files may share a key, never an address). There is one
 * callback for the page, however many searches load files.
 */
function loadIndexScript(root: URL): IndexLoader {
  const global = window as unknown as Record<string, unknown>;
  global[INDEX_CALLBACK] ??= (key: string, payload: unknown) => {
    const address = (document.currentScript as HTMLScriptElement | null)?.src ?? '';
    for (const entry of takeWaiting(address, (waiting) => waiting.key === key)) entry.resolve(payload);
  };
  return (key, path) =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(path, root).href;
      const entry = { key, resolve };
      waitingFor.set(script.src, [...(waitingFor.get(script.src) ?? []), entry]);
      /** Stops waiting; false if the file had answered already. */
      const stopWaiting = () => takeWaiting(script.src, (waiting) => waiting === entry).length > 0;
      script.onload = () => {
        script.remove();
        // A file that ran but did not answer is not the index file it should be.
        if (stopWaiting()) reject(new Error(`${path} is not a file of this search index: rebuild the site`));
      };
      script.onerror = () => {
        script.remove();
        stopWaiting();
        reject(new Error(`could not load ${script.src}`));
      };
      document.head.append(script);
    });
}

/** The atlas index (`search/index/`): small files fetched per query word and per result shown. */
export function atlasEngine(root: URL): SearchEngine {
  const atlas = new AtlasSearch(loadIndexScript(root));
  return {
    name: 'atlas',
    async search(state, limit, { isCurrent, counts = false } = {}) {
      const outcome = await atlas.search(state.query, state.filters, { limit, counts, isCurrent });
      return {
        total: outcome.total,
        counts: outcome.counts,
        hits: outcome.hits.map(({ doc, excerpt }) => ({
          path: doc.u,
          title: doc.t,
          kind: doc.k,
          method: doc.m ?? '',
          topics: doc.p ?? '',
          excerpt,
        })),
      };
    },
  };
}

/**
 * The engine for the search page: Pagefind when served over HTTP, for its stemmed full-text
 * ranking, excerpts and facet counts; the atlas index when opened from disk, where browsers refuse
 * module scripts and fetch, or if Pagefind fails to load.
 */
export async function loadPageEngine(root: URL): Promise<SearchEngine> {
  if (root.protocol === 'file:') return atlasEngine(root);
  try {
    return await loadPagefindEngine(root);
  } catch {
    return atlasEngine(root);
  }
}
