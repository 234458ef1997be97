/**
 * The data that flows through the pipeline, stage by stage:
 * corpus text → CorpusEntry → Paper → TaggedPaper → MDX / JSON.
 * Every stage is a pure function over these types; I/O lives in scripts/.
 */

/** A URL path segment for a paper or method page. Only `toSlug`/`assignSlugs` make one. */
export type Slug = string & { readonly __brand: 'Slug' };

/** The id of a topic in `content/taxonomy.yaml`. Only the taxonomy loader makes one. */
export type TopicId = string & { readonly __brand: 'TopicId' };

/** Where a piece of input came from, for error messages a person can act on. */
export interface SourceLocation {
  file: string;
  /** 1-based line number. */
  line: number;
}

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

/**
 * What a richer corpus format (BibTeX, JSON, CSV, arXiv Atom) may say about a paper besides its
 * title and abstract. Every field is optional: the listing dump carries none of them.
 */
export interface PaperMetadata {
  /** Author names as written, e.g. "Sadhika Malladi", in the order of the source. */
  authors?: string[];
  /** Year of publication. */
  year?: number;
  /** Publication date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** arXiv identifier without version, e.g. `2305.17333` or `hep-th/9901001`. */
  arxivId?: string;
  /** DOI in lower case without resolver prefix, e.g. `10.48550/arxiv.2305.17333`. */
  doi?: string;
  /** The paper's landing page. */
  url?: string;
  /** Where it was published, as the source names it: a journal, proceedings or conference. */
  venue?: string;
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
}

export type RelationType = 'builds-on' | 'compares-with';

/** A typed link from a paper to a method it names, with the sentence that says so. */
export interface Relation {
  type: RelationType;
  /** The method's display name, e.g. "MeZO". */
  target: string;
  /** The paper in the corpus that introduces the target, if any. */
  targetSlug: Slug | null;
  /** The sentence of the abstract the relation was read from. */
  evidence: string;
}

/** Everything the extractor says about one paper. */
export interface PaperTags {
  /** The method the paper introduces, e.g. "Sparse MeZO"; null for surveys, analyses, reports. */
  name: string | null;
  /** Other names of the paper's method: its long form or acronym ("Direct Preference Optimization" for DPO). */
  aliases: string[];
  topics: Tag<TopicId>[];
  methods: Tag[];
  tasks: Tag[];
  modalities: Tag[];
  models: Tag[];
  datasets: Tag[];
  /** Noun phrases scored over the corpus, for papers the vocabulary says little about. */
  keyphrases: string[];
  /** Code and project URLs found in the abstract. */
  links: string[];
  relations: Relation[];
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

/** A facet vocabulary entry (task, modality, model, dataset, method) from `content/vocabulary.yaml`. */
export interface Term {
  id: string;
  label: string;
  aliases: string[];
}

export interface Vocabulary {
  tasks: Term[];
  modalities: Term[];
  models: Term[];
  datasets: Term[];
  methods: Term[];
}
