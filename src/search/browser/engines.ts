import { AtlasSearch } from './atlas-search';
import { loadPagefindEngine } from './pagefind-engine';
import { loadIndexScript } from './script-loader';
import type { SearchEngine } from './search-engine';

/**
 * The atlas index (`search/index/`): small files fetched per query word and per result shown. It
 * answers both the dialog and the /search/ page, from disk and over HTTP, so the same query and
 * filters list the same pages in the same order in both.
 */
export function atlasEngine(root: URL): SearchEngine {
  const atlas = new AtlasSearch(loadIndexScript(root));
  return {
    name: 'atlas',
    async search(state, limit, { isCurrent, counts = false, correct = true, excerpts = true } = {}) {
      const outcome = await atlas.search(state.query, state.filters, { limit, counts, isCurrent, correct, excerpts });
      return {
        total: outcome.total,
        partial: outcome.partial,
        counts: outcome.counts,
        searched: outcome.searched,
        hits: outcome.hits.map(({ doc, excerpt, partial }) => ({
          path: doc.u,
          title: doc.t,
          kind: doc.k,
          method: doc.m ?? '',
          topics: doc.p ?? '',
          excerpt,
          partial,
        })),
      };
    },
  };
}

/**
 * Pagefind, for the full text of the built pages (names of authors, a method page's text) that the
 * atlas index does not hold; it never reorders the atlas index's results. Only over HTTP: browsers
 * refuse the module scripts and fetches it needs from disk. Loaded on first use.
 */
export function fullTextEngine(root: URL): (() => Promise<SearchEngine>) | null {
  if (root.protocol === 'file:') return null;
  let loading: Promise<SearchEngine> | undefined;
  return () => {
    loading ??= loadPagefindEngine(root);
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
