import type { FacetName } from '../shared/facets';
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
