/**
 * How sure the atlas is of a relation, from how the abstract states it. Pages draw and count only
 * relations at or above `CONFIDENT` (src/model/relations.ts); the others are listed apart, and the
 * curation review queue shows them first.
 */

/** The frame a relation was read from, surest first. */
export type RelationFrame =
  /** The paper's method name contains the target's: LoRA-GA builds on LoRA. */
  | 'name-contains'
  /** A verb or preposition right before the target: "outperforms LoRA", "based on SAM". */
  | 'cue-object'
  /** A role after the target: "SAM as the backbone", "SVD is employed". */
  | 'role'
  /** A title that develops the target: "Accelerating GaLore for …". */
  | 'title-cue'
  /** A title that says the work is done with the target: "… Classification Using mBERT". */
  | 'title-means'
  /** Examples after a cue's object: "compared with methods such as DPO". */
  | 'examples'
  /** A model the work ran on: "experiments on Llama-2-7B". */
  | 'worked-on'
  /** "a novel PEFT method", "LoRA-based": the paper's method is a kind of the target. */
  | 'kind-of'
  /** A part of a system, listed after a colon: "integrates three components: a Lean proof search system, …". */
  | 'part'
  /** What the work makes is named as a kind of the target: "we present a dual-decoder U-Net architecture". */
  | 'made-kind'
  /** The owner of a piece of software the work takes: "We repurpose LangGraph's tool functionality". */
  | 'owned-tool'
  /** Software named by its kind in a sentence about the work: "within the Godot engine", "the SMT solver Z3". */
  | 'named-tool'
  /** A model named by a study that evaluates models: "We evaluate four LLMs: …". */
  | 'evaluated'
  /**
   * Examples of a kind of method no cue governs, typed by the sentence's role: "Traditional tools
   * such as LIWC have long served …" (earlier work the paper sets itself against).
   */
  | 'exemplar'
  /** The nearest cue before the target in its clause, which does not govern it directly. */
  | 'nearest-cue'
  /** A known model named in a sentence about the work, with no cue that governs it. */
  | 'named-in-work'
  /** A specific method the background sets up and the abstract names again: "DP-SGD … fails to …". */
  | 'background-subject';

/**
 * A starting confidence per frame: the share of its readings of a target the atlas knows that
 * were right, from two estimates that err in opposite directions, averaged: an audit of 480
 * readings of unlabelled bench papers, each judged by someone who saw the claim
 * (tests/eval/relation-audit.yaml, which tends to accept a plausible claim), and the tuning labels,
 * written by people who listed relations without seeing any (which miss some). A confidence of at
 * least `CONFIDENT` draws the relation, so this decides what diagrams show.
 */
const FRAME_CONFIDENCE: Record<RelationFrame, number> = {
  'name-contains': 0.7,
  'cue-object': 0.8,
  role: 0.8,
  'title-cue': 0.75,
  'title-means': 0.65,
  examples: 0.9,
  'worked-on': 0.85,
  'kind-of': 0.8,
  part: 0.65,
  'made-kind': 0.6,
  'owned-tool': 0.6,
  'named-tool': 0.6,
  evaluated: 0.75,
  exemplar: 0.6,
  'nearest-cue': 0.6,
  'named-in-work': 0.65,
  'background-subject': 0.45,
};

/** A target neither the vocabulary nor a corpus paper names: only its shape says it is a method. */
const UNKNOWN_TARGET = 0.15;
/**
 * Frames where such a target is right less than half as often as a known one, by both estimates
 * (audit 0.45 and 0.33, tuning labels 0.40 and 0.24): a name-shaped word a study of models lists,
 * or the nearest cue only precedes, is as often a unit, a benchmark or a placeholder ("USD 100",
 * "System 2"). Listed, not drawn.
 */
const UNKNOWN_TARGET_BY_FRAME: Partial<Record<RelationFrame, number>> = { evaluated: 0.3, 'nearest-cue': 0.3 };
/**
 * A cue that often governs something other than a method ("using", "over", "through"): the tuning
 * labels find its readings somewhat less often right, the audit does not.
 */
const WEAK_CUE = 0.05;

export interface RelationReading {
  frame: RelationFrame;
  /** The target is a method or model the atlas knows. */
  known: boolean;
  weak: boolean;
}

const round = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;

export function relationConfidence({ frame, known, weak }: RelationReading): number {
  const unknown = known ? 0 : (UNKNOWN_TARGET_BY_FRAME[frame] ?? UNKNOWN_TARGET);
  return round(FRAME_CONFIDENCE[frame] - unknown - (weak ? WEAK_CUE : 0));
}

/** A relation stated again in another sentence is surer than either statement alone. */
export function restated(confidence: number): number {
  return round(confidence + (1 - confidence) / 3);
}
