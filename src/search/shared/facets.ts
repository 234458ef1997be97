/** The facets a search can narrow by, in the order the filter pane shows them. */
export const FACET_NAMES = ['kind', 'topic', 'task', 'modality', 'code'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** A page's value(s) for each facet. */
export type FacetValues = Partial<Record<FacetName, string[]>>;
