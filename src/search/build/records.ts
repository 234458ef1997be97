import type { Catalog, PaperRecord } from '../../lib/catalog';
import type { TopicId } from '../../model/brands';
import { paperFilters, type FilterFacet } from '../../model/facets';
import type { FacetValues } from '../shared/facets';

/** How search reads the taxonomy: a topic's label, and its lineage (ancestors' ids, root first, then its own). */
export interface TopicLookup {
  label(id: string): string;
  lineage(id: string): string[];
}

/** The taxonomy as the catalog holds it (pages, at build time). */
export function topicsOfCatalog(catalog: Pick<Catalog, 'topicById'>): TopicLookup {
  return {
    label: (id) => catalog.topicById.get(id)?.label ?? id,
    lineage: (id) => {
      const topic = catalog.topicById.get(id);
      return topic ? [...topic.ancestors.map((ancestor) => ancestor.id), id] : [id];
    },
  };
}

/** The taxonomy as `api/topics.json` exports it (the atlas index, written from the export). */
export function topicsOfList(topics: ReadonlyArray<{ id: string; label: string; parent: string | null }>): TopicLookup {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  return {
    label: (id) => byId.get(id)?.label ?? id,
    lineage: (id) => {
      const chain: string[] = [];
      // A parent loop in a hand-edited taxonomy must not hang the build.
      for (let current = byId.get(id); current && !chain.includes(current.id); current = byId.get(current.parent ?? ''))
        chain.unshift(current.id);
      return chain.length > 0 ? chain : [id];
    },
  };
}

/**
 * A topic and all its ancestors, root first, without repeats. A page is filed under each of them,
 * so filtering by a parent topic also finds the papers of its subtopics.
 */
export function topicWithAncestors(ids: readonly string[], topics: Pick<TopicLookup, 'lineage'>): string[] {
  return [...new Set(ids.flatMap((id) => topics.lineage(id)))];
}

/** Whether a paper links to code or a project page. */
export const hasCode = (paper: Pick<PaperRecord, 'links'>) => paper.links.length > 0;

/** The datasets a paper claims results on, for the "Has results on" filter. */
export const resultDatasets = (paper: Partial<Pick<PaperRecord, 'results'>>) => [
  ...new Set(
    (paper.results ?? []).flatMap((claim) => (claim.dataset && claim.kind !== 'other' ? [claim.dataset] : [])),
  ),
];

/** The fields of a paper its search facets are read from. */
export type FacetedPaper = Pick<PaperRecord, FilterFacet | 'links'> & Partial<Pick<PaperRecord, 'results'>>;

/**
 * A paper's facet values: the one place they are computed, for the Pagefind records of paper pages
 * and for the atlas index alike.
 */
export function paperFacets(paper: FacetedPaper, topics: Pick<TopicLookup, 'lineage'>): FacetValues {
  return {
    kind: ['Paper'],
    ...paperFilters(paper, (ids: readonly TopicId[]) => topicWithAncestors(ids, topics)),
    code: [hasCode(paper) ? 'yes' : 'no'],
    results: resultDatasets(paper),
  };
}

/** What search records of a page besides its text: its kind, what a result shows, its facet values. */
export interface SearchRecord {
  kind: 'Paper' | 'Topic' | 'Method';
  /** The method a paper introduces, or a method page's name. */
  method?: string;
  /** Topics for display: a paper's, or a topic page's lineage. */
  topics?: string;
  facets: FacetValues;
}

/** The search record of a paper page. */
export function paperRecord(paper: FacetedPaper & Pick<PaperRecord, 'name'>, topics: TopicLookup): SearchRecord {
  const record: SearchRecord = { kind: 'Paper', facets: paperFacets(paper, topics) };
  if (paper.name) record.method = paper.name;
  const labels = paper.topics.map((id) => topics.label(id)).join(', ');
  if (labels) record.topics = labels;
  return record;
}

/** The search record of a topic page: filed under itself and its ancestors, like its papers. */
export function topicRecord(id: string, topics: TopicLookup): SearchRecord {
  const lineage = topics.lineage(id);
  return {
    kind: 'Topic',
    topics: lineage.map((entry) => topics.label(entry)).join(' › '),
    facets: { kind: ['Topic'], topic: lineage },
  };
}

/** The search record of a method page. */
export const methodRecord = (name: string): SearchRecord => ({
  kind: 'Method',
  method: name,
  facets: { kind: ['Method'] },
});
