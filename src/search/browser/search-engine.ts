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
  /** Whether the page has only some of the query's words (listed after every page with all). */
  partial?: boolean;
}

export interface Outcome {
  /** Pages with every word of the query. */
  total: number;
  /** Pages with only some of them, listed after those. */
  partial?: number;
  hits: Hit[];
  counts: Partial<Record<FacetName, Record<string, number>>>;
  /** The query as searched, when misspelled words were read as others. */
  searched?: string;
}

export interface SearchOptions {
  /** Whether this search is still the one to show; details are only fetched while it is. */
  isCurrent?: () => boolean;
  /** Whether facet counts are wanted (the search page); the dialog does without. */
  counts?: boolean;
  /** Whether misspelled words may be read as others (default), or the words searched as typed. */
  correct?: boolean;
  /** Whether excerpts are wanted (default): the atlas index fetches a file for each. */
  excerpts?: boolean;
}

/** Something that answers searches: the atlas index (see `atlasEngine`), or Pagefind for the full text of pages. */
export interface SearchEngine {
  name: 'pagefind' | 'atlas';
  /**
   * Finds the pages of a search and the details of the first `limit` of them. Details are not
   * fetched once `isCurrent` says a newer search has started.
   */
  search(state: SearchState, limit: number, options?: SearchOptions): Promise<Outcome>;
}
