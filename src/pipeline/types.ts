/**
 * The data that flows through the pipeline, stage by stage:
 * corpus text → CorpusEntry → Paper → TaggedPaper → MDX / JSON.
 * Every stage is a pure function over these types; I/O lives in scripts/.
 */

import type { Slug, TopicId } from '../model/brands';
import type { FacetName, FacetValue, VocabularySection } from '../model/facets';
import type { Claim, CuratableField, PaperMetadata, Relation, SourceLocation } from '../model/paper';

export type { MethodId, Slug, TopicId } from '../model/brands';
export type { PaperMetadata, Relation, SourceLocation } from '../model/paper';
export type { RelationType } from '../model/relations';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the input, reported as a value; the CLI prints them all and fails once. */
export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  /** What was found and what was expected. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** One title/abstract pair as it stands in a corpus file, with whatever metadata the format carries. */
export interface CorpusEntry extends PaperMetadata {
  title: string;
  abstract: string;
  source: SourceLocation;
}

/** A paper after normalisation, before it has a URL. */
export type PaperDraft = Omit<Paper, 'slug'>;

/** A paper after normalisation: clean text, a stable identity and a URL. */
export interface Paper extends PaperMetadata {
  /**
   * Stable identity used by the slug registry: `arxiv:<id>` or `doi:<doi>` when the paper has one,
   * else its normalised title (plus an abstract digest when two papers share a title).
   */
  key: string;
  /** Keys the paper was known by before it had an arXiv id or DOI, so it keeps a published slug. */
  formerKeys?: string[];
  slug: Slug;
  title: string;
  abstract: string;
  /** Where the paper was first read. */
  source: SourceLocation;
  /** Every other place the same paper was read and merged from. */
  alsoIn?: SourceLocation[];
}

/** A tag together with the phrase of the title or abstract that triggered it. */
export interface Tag<V extends string = string> {
  value: V;
  /** The exact words in the paper that produced this tag. */
  evidence: string;
  /** How sure the reading is, 0–1 (src/pipeline/tag-confidence.ts); set for every tag a paper gets. */
  confidence?: number;
}

/** A paper's tags of every facet (src/model/facets.ts), each with its evidence. */
export type FacetTags = { [F in FacetName]: Tag<FacetValue<F>>[] };

/** Everything the extractor says about one paper. */
export interface PaperTags extends FacetTags {
  /** The method the paper introduces, e.g. "Sparse MeZO"; null for surveys, analyses, reports. */
  name: string | null;
  /** Other names of the paper's method: its long form or acronym ("Direct Preference Optimization" for DPO). */
  aliases: string[];
  /** Noun phrases scored over the corpus, for papers the vocabulary says little about. */
  keyphrases: string[];
  /** Code and project URLs found in the abstract. */
  links: string[];
  relations: Relation[];
  /** The quantitative results the abstract claims. */
  results: Claim[];
  /** The fields a curator set (src/pipeline/curation/); absent when none. */
  curated?: CuratableField[];
  /** For each facet, the values a curator added or confirmed; absent when none. */
  curatedTags?: Partial<Record<FacetName, string[]>>;
}

export interface TaggedPaper extends Paper {
  tags: PaperTags;
}

/** One node of the topic hierarchy, as written in `content/taxonomy.yaml`. */
export interface Topic {
  id: TopicId;
  label: string;
  parent: TopicId | null;
  aliases: string[];
  description: string;
}

/** An entry of a section of `content/vocabulary.yaml`. */
export interface Term {
  id: string;
  label: string;
  aliases: string[];
}

/** The sections of `content/vocabulary.yaml`: one per vocabulary facet, and the named methods. */
export type Vocabulary = Record<VocabularySection, Term[]>;
