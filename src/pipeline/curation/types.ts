/**
 * The corrections curators write in `content/curation.yaml`, as the build reads them: every entry
 * with the line it was written on, so a stale or wrong correction can be pointed at.
 */
import type { FacetName } from '../../model/facets';
import type { RelationType } from '../../model/relations';

/**
 * What a correction does to a value: `add` it, `remove` it, or `keep` it (a curator confirmed
 * it: pages mark it, and it stays even when a later extractor no longer finds it).
 */
export const CORRECTION_VERBS = ['add', 'remove', 'keep'] as const;
export type CorrectionVerb = (typeof CORRECTION_VERBS)[number];

/** A value with the line of the file it was written on. */
export interface Located<T> {
  value: T;
  line: number;
}

/** A facet's corrections: topic ids for the taxonomy's facets, names for the others. */
export type FacetCorrection = Record<CorrectionVerb, Array<Located<string>>>;

/** A relation a curator adds, removes or confirms. */
export interface RelationCorrection {
  type: RelationType;
  /** The method's name as written, e.g. "MeZO". */
  target: string;
  /** A quote of the abstract that states it (for `add`), shown in place of the extractor's sentence. */
  evidence?: string;
  line: number;
}

/** Everything a curator says about one paper. */
export interface PaperCorrection {
  slug: string;
  line: number;
  /** The method the paper introduces, or null for none; absent when the extractor's name stands. */
  name?: Located<string | null>;
  facets: Partial<Record<FacetName, FacetCorrection>>;
  relations: Record<CorrectionVerb, RelationCorrection[]>;
}

/** An atlas-wide rule: in any paper, this phrase is never evidence for this tag. */
export interface NeverRule {
  facet: FacetName;
  /** A topic id for the taxonomy's facets, a name for the others. */
  id: string;
  phrase: string;
  line: number;
}

/** The whole corrections file. */
export interface Curation {
  file: string;
  papers: PaperCorrection[];
  never: NeverRule[];
}

/** A correction that no longer changes anything, with why, for the curation report. */
export interface StaleCorrection {
  line: number;
  slug: string | null;
  /** The correction in words, e.g. `remove topic "vision"`. */
  what: string;
  why: string;
}

export const emptyCuration = (file: string): Curation => ({ file, papers: [], never: [] });
