import type { Outcome, SearchEngine } from './search-engine';
import type { SearchState } from './search-state';
import { liveResults, PAGEFIND_PARTS_FILE, type PagefindPartsList } from '../shared/pagefind-parts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
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

/**
 * The later parts of the index (src/search/shared/pagefind-parts.ts) and the page ids of records
 * they supersede (src/search/build/pagefind-update.ts); none when the list cannot be read.
 */
async function laterParts(root: URL): Promise<{ parts: string[]; superseded: Set<string> }> {
  const none = { parts: [], superseded: new Set<string>() };
  try {
    const response = await fetch(new URL(`pagefind/${PAGEFIND_PARTS_FILE}`, root));
    if (!response.ok) return none;
    const list = (await response.json()) as Partial<PagefindPartsList>;
    const strings = (values: unknown) =>
      Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
    return { parts: strings(list.parts), superseded: new Set(strings(list.superseded)) };
  } catch {
    return none;
  }
}

/** Pagefind, loaded as a module from `<root>/pagefind/`, with the later parts of its index merged in. */
export async function loadPagefindEngine(root: URL): Promise<SearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href)) as PagefindModule;
  const options = {
    excerptLength: 24,
    // A match in a method name counts double a match in a title, so searching a method's name
    // brings up the paper that introduces it, not only papers that mention it in their titles.
    ranking: { metaWeights: { title: 5, method: 10 } },
  };
  await pagefind.options({
    basePath: new URL('pagefind/', root).pathname,
    // The worker is another 40 KB to fetch; searches at this size are quick on the main thread.
    noWorker: true,
    ...options,
  });
  await pagefind.init();
  const { parts, superseded } = await laterParts(root);
  // A merged index takes only the options given with it: each part ranks as the first does.
  for (const part of parts) await pagefind.mergeIndex(new URL(`pagefind/${part}`, root).pathname, options);
  // Pagefind counts facet values only once their filter index is loaded; load it when first asked.
  let filtersLoaded: Promise<unknown> | undefined;
  return {
    name: 'pagefind',
    async search(state, limit, { isCurrent = () => true, counts = false } = {}) {
      if (counts) await (filtersLoaded ??= pagefind.filters());
      const term = state.query.trim() === '' ? null : state.query;
      const response = await pagefind.search(term, { filters: pagefindFilters(state.filters) });
      if (!response) return { total: 0, hits: [], counts: {} };
      const results = liveResults(response.results, superseded);
      // Typing fast starts a search per keystroke: fetch result fragments for the latest only.
      const wanted = isCurrent() ? results.slice(0, limit) : [];
      const data = await Promise.all(wanted.map((result) => result.data()));
      return {
        total: results.length,
        // Still counting superseded records: the full-text search this engine serves shows no counts.
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
