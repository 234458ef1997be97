/**
 * The facets of a paper: every kind of tag the extractor gives it, in one table. The frontmatter
 * schema and writer, the paper page's tag groups, the JSON export, the vocabulary loader, the
 * extractor's matchers and the search filters are all derived from this table, so adding a facet
 * is one entry here (plus its vocabulary section and tests).
 */
import type { TopicId } from './brands';

/** Where a facet's values come from. */
export type FacetSource =
  /**
   * Topic ids of `content/taxonomy.yaml`, weighed by where the abstract names them (see
   * src/pipeline/extract-topics.ts): `about` what the paper contributes, or only `evaluated-on`
   * in its experiments.
   */
  | { kind: 'taxonomy'; reading: 'about' | 'evaluated-on' }
  /** Named methods: the vocabulary's `methods` section and the names papers of the corpus introduce. */
  | { kind: 'methods' }
  /**
   * The terms of the section of `content/vocabulary.yaml` named like the facet; each first mention
   * a tag. `field` terms name a kind of work (a task, a modality): no paper introduces a method by
   * such a name. `named` terms name things that are not methods (a model, a dataset), so a
   * relation cue before one does not make it a method.
   */
  | { kind: 'vocabulary'; terms: 'field' | 'named' };

/** How a paper page shows a facet's values. */
export type FacetDisplay =
  /** Topic chips with their place in the taxonomy, each level a link. */
  | 'topic-chips'
  /** Chips linking to the method's page where it has one. */
  | 'method-links'
  /** Plain chips. */
  | 'chips';

/** A search filter a facet feeds: its key in the address (`/search/?task=…`) and its heading. */
export interface FacetFilter {
  key: string;
  label: string;
}

export interface FacetSpec {
  /** The heading of the facet's group on a paper page. */
  label: string;
  source: FacetSource;
  show: FacetDisplay;
  /** The search filter of the facet, or null when search does not narrow by it. */
  filter: FacetFilter | null;
}

export const FACETS = {
  topics: {
    label: 'Topics',
    source: { kind: 'taxonomy', reading: 'about' },
    show: 'topic-chips',
    filter: { key: 'topic', label: 'Topic' },
  },
  evaluatedOn: {
    label: 'Evaluated on',
    source: { kind: 'taxonomy', reading: 'evaluated-on' },
    show: 'topic-chips',
    filter: null,
  },
  methods: { label: 'Methods', source: { kind: 'methods' }, show: 'method-links', filter: null },
  tasks: {
    label: 'Tasks',
    source: { kind: 'vocabulary', terms: 'field' },
    show: 'chips',
    filter: { key: 'task', label: 'Task' },
  },
  modalities: {
    label: 'Modalities',
    source: { kind: 'vocabulary', terms: 'field' },
    show: 'chips',
    filter: { key: 'modality', label: 'Modality' },
  },
  models: { label: 'Models', source: { kind: 'vocabulary', terms: 'named' }, show: 'chips', filter: null },
  datasets: { label: 'Datasets', source: { kind: 'vocabulary', terms: 'named' }, show: 'chips', filter: null },
} as const satisfies Record<string, FacetSpec>;

export type FacetName = keyof typeof FACETS;

/** Every facet, in the order pages, files and exports list them. */
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** The facets read from a section of the vocabulary of the same name. */
export type VocabularyFacet = {
  [F in FacetName]: (typeof FACETS)[F]['source'] extends { kind: 'vocabulary' } ? F : never;
}[FacetName];

export const VOCABULARY_FACETS = FACET_NAMES.filter(
  (name): name is VocabularyFacet => FACETS[name].source.kind === 'vocabulary',
);

/** The vocabulary facets whose terms are of one kind (see FacetSource). */
export const vocabularyFacetsOf = (terms: 'field' | 'named'): VocabularyFacet[] =>
  VOCABULARY_FACETS.filter((name) => FACETS[name].source.terms === terms);

/** The sections of `content/vocabulary.yaml` that list terms: one per vocabulary facet, and the named methods. */
export type VocabularySection = VocabularyFacet | 'methods';
export const VOCABULARY_SECTIONS: readonly VocabularySection[] = [...VOCABULARY_FACETS, 'methods'];

/** The facets whose values are topic ids of the taxonomy. */
export type TaxonomyFacet = {
  [F in FacetName]: (typeof FACETS)[F]['source'] extends { kind: 'taxonomy' } ? F : never;
}[FacetName];

export const TAXONOMY_FACETS = FACET_NAMES.filter(
  (name): name is TaxonomyFacet => FACETS[name].source.kind === 'taxonomy',
);

/** What one value of a facet is: a topic id for the taxonomy's facets, a display name for the others. */
export type FacetValue<F extends FacetName> = F extends TaxonomyFacet ? TopicId : string;

/** A paper's values of every facet. */
export type FacetValues = { [F in FacetName]: FacetValue<F>[] };

/** For each facet, value → the phrase of the paper that produced it. */
export type FacetEvidence = Partial<Record<FacetName, Record<string, string>>>;
/** For each facet, value → how sure the reading is, 0–1. */
export type FacetConfidence = Partial<Record<FacetName, Record<string, number>>>;

/** The facets that are search filters, with their filter. */
export const FILTER_FACETS = FACET_NAMES.flatMap((name) => {
  const filter: FacetFilter | null = FACETS[name].filter;
  return filter ? [{ facet: name, ...filter }] : [];
});

/** The facets that are search filters. */
export type FilterFacet = {
  [F in FacetName]: (typeof FACETS)[F]['filter'] extends null ? never : F;
}[FacetName];

/** The address keys of the facets' search filters (`topic`, `task`, …). */
export type FilterKey = {
  [F in FacetName]: (typeof FACETS)[F]['filter'] extends { key: infer K extends string } ? K : never;
}[FacetName];

/**
 * A paper's values of each facet's search filter. Values from the taxonomy are filed under their
 * ancestors too (`fileUnder`), so filtering by a parent topic also finds its subtopics' papers.
 */
export function paperFilters(
  paper: Pick<FacetValues, FilterFacet>,
  fileUnder: (topics: readonly TopicId[]) => string[],
): Record<FilterKey, string[]> {
  return Object.fromEntries(
    FILTER_FACETS.map(({ facet, key }) => {
      const values = paper[facet as FilterFacet];
      return [key, FACETS[facet].source.kind === 'taxonomy' ? fileUnder(values as TopicId[]) : [...values]];
    }),
  ) as Record<FilterKey, string[]>;
}
