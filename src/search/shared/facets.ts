import { FILTER_FACETS, type FilterKey } from '../../model/facets';

/**
 * The facets a search can narrow by, in the order the filter pane shows them: the kind of page,
 * the paper facets the facet registry (src/model/facets.ts) makes search filters, code, and the
 * datasets a paper claims results on.
 */
export type FacetName = 'kind' | FilterKey | 'code' | 'results';
export const FACET_NAMES: readonly FacetName[] = [
  'kind',
  ...FILTER_FACETS.map((filter) => filter.key as FilterKey),
  'code',
  'results',
];

/** A page's value(s) for each facet. */
export type FacetValues = Partial<Record<FacetName, string[]>>;
