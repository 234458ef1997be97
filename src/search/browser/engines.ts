import { AtlasSearch } from './atlas-search';
import { loadPagefindEngine } from './pagefind-engine';
import { loadIndexScript } from './script-loader';
import type { SearchEngine } from './search-engine';

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
