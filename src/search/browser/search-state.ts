import { FACET_NAMES, type FacetName } from '../shared/facets';

/** What a search is: the words typed and the facet values chosen. Lives in the page's URL. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FacetName, string[]>>;
}

const QUERY_PARAM = 'q';

/** Reads a search from a URL's query string (`?q=mezo&topic=optimization&code=yes`). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FACET_NAMES) {
    const values = [...new Set(params.getAll(name).filter((value) => value !== ''))].sort();
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get(QUERY_PARAM) ?? '').trim(), filters };
}

/**
 * The query string of a search, facets in a fixed order and values sorted, so the same search
 * always has the same link. Empty when there is nothing to search for.
 */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query !== '') params.set(QUERY_PARAM, query);
  for (const name of FACET_NAMES) {
    for (const value of [...new Set(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The search with one facet value switched on or off. */
export function toggleFilter(state: SearchState, name: FacetName, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value].sort();
  const filters = { ...state.filters };
  if (next.length > 0) filters[name] = next;
  else delete filters[name];
  return { query: state.query, filters };
}

/** Whether a search asks for anything: words, or at least one facet value (browse mode). */
export const isActive = (state: SearchState) =>
  state.query.trim() !== '' || Object.values(state.filters).some((values) => values.length > 0);

/** The shortest last word searched while the reader is still typing. */
const TYPED_WORD_MIN_LENGTH = 3;

/**
 * The part of a half-typed query worth searching yet. A last word of one or two letters is most
 * likely the start of a longer word, and would be searched for nothing: it waits until it is
 * longer, or until the reader pauses. From three letters it is searched as typed (acronyms: GAN,
 * RAG), and from four letters also as the beginning of longer words (see PREFIX_MIN_LENGTH).
 */
export function queryWhileTyping(text: string): string {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const last = words[words.length - 1];
  if (last === undefined) return '';
  return (last.length < TYPED_WORD_MIN_LENGTH ? words.slice(0, -1) : words).join(' ');
}

/**
 * Whether an edit of the search box put several characters in at once (a paste, a drop, an
 * autocompletion) rather than a key's worth: the text that is new between what the two have in
 * common at the start and at the end. Such a query is finished, and is searched whole at once.
 */
export function enteredAtOnce(before: string, after: string): boolean {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  return after.length - start - end > 1;
}
