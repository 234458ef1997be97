import type { FacetName } from '../../lib/search-facets';
import { hydrateFallbackIndex, searchFallback, type StoredFallbackIndex } from './fallback-engine';
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

/** Something that answers searches: Pagefind over HTTP, or the bundled index from disk. */
export interface SearchEngine {
  name: 'pagefind' | 'fallback';
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
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }>; filters: Record<string, Record<string, number>> } | null>;
}

/** Pagefind's filters, chosen values all required (narrowing, as the counts show). */
const pagefindFilters = (filters: SearchState['filters']) =>
  Object.fromEntries(Object.entries(filters).filter(([, values]) => (values ?? []).length > 0).map(([name, values]) => [name, { all: values }]));

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

/** The small index bundled for a site opened from disk, loaded by a classic script. */
export async function loadFallbackEngine(root: URL): Promise<SearchEngine> {
  const stored = await new Promise<StoredFallbackIndex>((resolve, reject) => {
    const existing = (window as { atlasFallbackIndex?: StoredFallbackIndex }).atlasFallbackIndex;
    if (existing) return resolve(existing);
    const script = document.createElement('script');
    script.src = new URL('search/fallback-index.js', root).href;
    script.onload = () => {
      const loaded = (window as { atlasFallbackIndex?: StoredFallbackIndex }).atlasFallbackIndex;
      if (loaded) resolve(loaded);
      else reject(new Error('search/fallback-index.js did not define the index'));
    };
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
  const index = hydrateFallbackIndex(stored);
  return {
    name: 'fallback',
    async search(state, limit) {
      const outcome = searchFallback(index, state.query, state.filters, limit);
      return {
        total: outcome.total,
        counts: outcome.counts,
        hits: outcome.hits.map(({ page, excerpt }) => ({
          path: page.u,
          title: page.t,
          kind: page.k,
          method: page.m ?? '',
          topics: page.p ?? '',
          excerpt,
        })),
      };
    },
  };
}

/**
 * The engine for this page: Pagefind when served over HTTP, the bundled index when opened from
 * disk, where browsers refuse module scripts and fetch. If Pagefind fails to load, the bundled
 * index answers instead.
 */
export async function loadEngine(root: URL): Promise<SearchEngine> {
  if (root.protocol === 'file:') return loadFallbackEngine(root);
  try {
    return await loadPagefindEngine(root);
  } catch {
    return loadFallbackEngine(root);
  }
}
