import { FILTER_FACETS, paperFilters, type FilterKey } from '../model/facets';
import type { Catalog, PaperRecord, TopicNode } from './catalog';

/** The facets a search can narrow by, in the order the filter pane shows them. */
export type FacetName = 'kind' | FilterKey | 'code' | 'results';
export const FACET_NAMES = [
  'kind',
  ...FILTER_FACETS.map((filter) => filter.key as FilterKey),
  'code',
  'results',
] as const;

/** What the search index records about one page: metadata shown in results, and facet values. */
export interface SearchFacets {
  meta: Record<string, string>;
  filters: Partial<Record<FacetName, string[]>>;
}

/**
 * A topic and all its ancestors, root first, without repeats. A page is filed under each of them,
 * so filtering by a parent topic also finds the papers of its subtopics.
 */
export function topicWithAncestors(ids: readonly string[], catalog: Pick<Catalog, 'topicById'>): string[] {
  const all = new Set<string>();
  for (const id of ids) {
    const topic = catalog.topicById.get(id);
    for (const ancestor of topic?.ancestors ?? []) all.add(ancestor.id);
    all.add(id);
  }
  return [...all];
}

/** Whether a paper links to code or a project page. */
export const hasCode = (paper: Pick<PaperRecord, 'links'>) => paper.links.length > 0;

/** The datasets a paper claims results on, for the "Has results on" filter. */
export const resultDatasets = (paper: Partial<Pick<PaperRecord, 'results'>>) => [
  ...new Set(
    (paper.results ?? []).flatMap((claim) => (claim.dataset && claim.kind !== 'other' ? [claim.dataset] : [])),
  ),
];

/** The search record of a paper page. */
export function searchFacetsOfPaper(paper: PaperRecord, catalog: Pick<Catalog, 'topicById'>): SearchFacets {
  const topicLabels = paper.topics.map((id) => catalog.topicById.get(id)?.label ?? id);
  return {
    meta: { kind: 'Paper', method: paper.name ?? '', topics: topicLabels.join(', ') },
    filters: {
      kind: ['Paper'],
      ...paperFilters(paper, (ids) => topicWithAncestors(ids, catalog)),
      code: [hasCode(paper) ? 'yes' : 'no'],
      results: resultDatasets(paper),
    },
  };
}

/** The search record of a topic page: filed under itself and its ancestors, like its papers. */
export function searchFacetsOfTopic(topic: TopicNode): SearchFacets {
  return {
    meta: { kind: 'Topic', topics: [...topic.ancestors.map((ancestor) => ancestor.label), topic.label].join(' › ') },
    filters: { kind: ['Topic'], topic: [...topic.ancestors.map((ancestor) => ancestor.id), topic.id] },
  };
}
