/**
 * The one definition of a published paper: what a generated MDX page holds in its frontmatter.
 * The pipeline writes it (src/pipeline/write-paper.ts), the site reads it back through this schema
 * (src/lib/paper-store.ts), and the catalog, pages, JSON export and search take its type from here.
 */
import { z } from 'zod';
import { isSlug, isTopicId, KEBAB_CASE_EXPECTED } from './brands';
import { FACET_NAMES, FACETS, type FacetName, type FacetValue } from './facets';
import { RELATION_TYPES } from './relations';

const slug = z.string().refine(isSlug, `a slug: ${KEBAB_CASE_EXPECTED}`);
const topicId = z.string().refine(isTopicId, `a topic id: ${KEBAB_CASE_EXPECTED}`);

/** Where a piece of input came from. */
export const sourceLocationSchema = z.object({ file: z.string(), line: z.number().int() });

/**
 * What a richer corpus format (BibTeX, JSON, CSV, arXiv Atom) may say about a paper besides its
 * title and abstract. Every field is optional: the listing dump carries none of them.
 */
export const paperMetadataSchema = z.object({
  /** Author names as written, e.g. "Sadhika Malladi", in the order of the source. */
  authors: z.array(z.string()).optional(),
  /** Year of publication. */
  year: z.number().int().optional(),
  /** Publication date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/u)
    .optional(),
  /** arXiv identifier without version, e.g. `2305.17333` or `hep-th/9901001`. */
  arxivId: z.string().optional(),
  /** DOI in lower case without resolver prefix, e.g. `10.48550/arxiv.2305.17333`. */
  doi: z.string().optional(),
  /** The paper's landing page. */
  url: z.string().url().optional(),
  /** Where it was published, as the source names it: a journal, proceedings or conference. */
  venue: z.string().optional(),
});

/** The metadata fields, in the order files and exports list them. */
export const METADATA_FIELDS = Object.keys(paperMetadataSchema.shape) as Array<keyof PaperMetadata>;

/** Where a relation comes from: read from the abstract, or added or confirmed in `content/curation.yaml`. */
export const RELATION_SOURCES = ['extracted', 'curated'] as const;

/** A typed link from a paper to a method it names, with the sentence that says so. */
export const relationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  /** The method's display name, e.g. "MeZO". */
  target: z.string(),
  /** The model's sizes the abstract names with it ("7B", "70B Instruct"), when it names any. */
  sizes: z.array(z.string()).optional(),
  /** The paper of the atlas that introduces the target, if any. */
  targetSlug: slug.nullable(),
  /** The sentence of the abstract the relation was read from; a curator's quote, or empty, for a curated one. */
  evidence: z.string(),
  /**
   * How sure the reading is, 0–1 (src/pipeline/relation-confidence.ts); below `CONFIDENT` a
   * relation is listed apart and not drawn. A relation written by hand is sure.
   */
  confidence: z.number().min(0).max(1).default(1),
  source: z.enum(RELATION_SOURCES).default('extracted'),
});

/** What a claimed number is: a result, an improvement over something, or a ratio of costs or performance. */
export const CLAIM_KINDS = ['score', 'gain', 'ratio', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * A quantitative result as the authors claim it in their abstract ("a 9% absolute accuracy
 * improvement … over MeZO on the RTE task"), read by src/pipeline/extract-claims.ts.
 */
export const claimSchema = z.object({
  /** The measure, by its vocabulary name ("accuracy", "FID"), else as written; null when unnamed. */
  metric: z.string().nullable(),
  /** Whether higher or lower is better for the metric, when the vocabulary says. */
  direction: z.enum(['higher', 'lower']).nullable(),
  /** The number with its unit as written, LaTeX leftovers read ("9%", "3.5x", "1.5-2.7x"). */
  value: z.string(),
  kind: z.enum(CLAIM_KINDS),
  /** The dataset or benchmark it was measured on: a value of the paper's datasets facet. */
  dataset: z.string().nullable(),
  /** What it is measured against ("MeZO", "the SFT baseline"). */
  comparator: z.string().nullable(),
  /** The method or model the number is about, when the sentence names it. */
  model: z.string().nullable(),
  /** The clause of the abstract that states it, quoted exactly. */
  evidence: z.string(),
});

/** The fields of a paper a curator can correct (src/pipeline/curation/): its method's name, each facet, its relations. */
export const CURATABLE_FIELDS = ['name', ...FACET_NAMES, 'relations'] as const;
export type CuratableField = (typeof CURATABLE_FIELDS)[number];

type FacetSchemas = { [F in FacetName]: z.ZodType<FacetValue<F>[], z.ZodTypeDef, unknown> };

/** One list of values per facet: topic ids for topics, display names for the others. */
const facetValuesShape = Object.fromEntries(
  FACET_NAMES.map((name) => [
    name,
    z.array(FACETS[name].source.kind === 'taxonomy' ? topicId : z.string()).default([]),
  ]),
) as unknown as FacetSchemas;

const phrases = z.record(z.string(), z.string());
const facetEvidenceShape = Object.fromEntries(FACET_NAMES.map((name) => [name, phrases.optional()])) as {
  [F in FacetName]: z.ZodOptional<typeof phrases>;
};

const scores = z.record(z.string(), z.number().min(0).max(1));
const facetConfidenceShape = Object.fromEntries(FACET_NAMES.map((name) => [name, scores.optional()])) as {
  [F in FacetName]: z.ZodOptional<typeof scores>;
};
const curatedValues = z.array(z.string());
const curatedTagsShape = Object.fromEntries(FACET_NAMES.map((name) => [name, curatedValues.optional()])) as {
  [F in FacetName]: z.ZodOptional<typeof curatedValues>;
};

/** The frontmatter of a generated paper page. Fields follow in the order the writer puts them. */
export const paperFrontmatterSchema = z
  .object({
    slug,
    title: z.string(),
    /** The method the paper introduces, e.g. "Sparse MeZO"; null for surveys, analyses, reports. */
    name: z.string().nullable(),
    /** Other names of the paper's method: its long form or acronym. */
    aliases: z.array(z.string()).default([]),
  })
  .merge(paperMetadataSchema)
  .extend(facetValuesShape)
  .extend({
    /** Noun phrases scored over the corpus, for papers the vocabulary says little about. */
    keyphrases: z.array(z.string()).default([]),
    /** Code and project URLs found in the abstract. */
    links: z.array(z.string().url()),
    relations: z.array(relationSchema),
    /** The quantitative results the abstract claims, in the order it states them. */
    results: z.array(claimSchema).default([]),
    /** For each facet, value → the exact words of the paper that produced it. */
    evidence: z.object(facetEvidenceShape).default({}),
    /** For each facet, value → how sure the reading is, 0–1; a value missing here is sure. */
    confidence: z.object(facetConfidenceShape).default({}),
    /** The fields whose published value a curator set (content/curation.yaml), in CURATABLE_FIELDS order. */
    curated: z.array(z.enum(CURATABLE_FIELDS)).default([]),
    /** For each facet, the values a curator added or confirmed: pages mark them. */
    curatedTags: z.object(curatedTagsShape).default({}),
    /** Where the paper was first read, and every other place it was merged from. */
    source: sourceLocationSchema,
    alsoIn: z.array(sourceLocationSchema).optional(),
  });

export type PaperMetadata = z.infer<typeof paperMetadataSchema>;
export type SourceLocation = z.infer<typeof sourceLocationSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type RelationSource = Relation['source'];
export type PaperFrontmatter = z.infer<typeof paperFrontmatterSchema>;

/** A paper as the site sees it: its frontmatter and the text of its abstract. */
export type PaperRecord = PaperFrontmatter & { abstract: string };
