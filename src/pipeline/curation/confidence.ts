/**
 * How sure the extractor can be of a tag or relation, from its evidence alone: the extractor keeps
 * no score of its own, so the review queue derives a simple one. Three signals, each 0–1:
 * where the evidence first stands (the title or a sentence stating the contribution is strong, the
 * background weak: ../sentence-roles.ts), how often the abstract names it, and whether the
 * vocabulary knows the name (a name only the corpus suggests is a guess).
 */
import type { RoledSentence, SentenceRole } from '../sentence-roles';

export type EvidencePlace = SentenceRole | 'title';

export interface Confidence {
  /** 0 (a guess) to 1 (stated in the title, repeated, and known). */
  score: number;
  /** How often the text names it. */
  mentions: number;
  /** Where the evidence first stands, or null when the text does not hold it word for word. */
  place: EvidencePlace | null;
  known: boolean;
}

const PLACE_WEIGHT: Record<EvidencePlace, number> = {
  title: 1,
  contribution: 0.9,
  method: 0.8,
  result: 0.5,
  limitation: 0.4,
  background: 0.3,
};
/** Evidence the text does not hold word for word (a tag implied by another) is weak evidence. */
const UNPLACED_WEIGHT = 0.2;
/** Three mentions say as much as more. */
const MENTIONS_FOR_FULL_WEIGHT = 3;
const WEIGHTS = { place: 0.5, mentions: 0.3, known: 0.2 };

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/**
 * The confidence of one tag or relation of a paper. `text` is the title, a line break and the
 * abstract (as the extractor reads it); `named` is what the abstract names (a tag's words, a
 * relation's target); `evidence` the words it was read from (a tag's words, a relation's sentence).
 */
export function confidenceOf(input: {
  text: string;
  titleLength: number;
  sentences: readonly RoledSentence[];
  named: string;
  evidence: string;
  known: boolean;
  /** Where this kind of evidence belongs, so it is not weak there (datasets stand in the results). */
  expected?: readonly EvidencePlace[];
}): Confidence {
  const lower = input.text.toLowerCase();
  const mentions = countOccurrences(lower, input.named.toLowerCase());
  const at = input.evidence ? lower.indexOf(input.evidence.toLowerCase()) : -1;
  const place: EvidencePlace | null =
    at < 0
      ? null
      : at < input.titleLength
        ? 'title'
        : (input.sentences.find((sentence) => sentence.start <= at && at < sentence.end)?.role ?? null);
  const placeWeight = place
    ? Math.max(PLACE_WEIGHT[place], input.expected?.includes(place) ? PLACE_WEIGHT.contribution : 0)
    : UNPLACED_WEIGHT;
  const score =
    WEIGHTS.place * placeWeight +
    WEIGHTS.mentions * (Math.min(mentions, MENTIONS_FOR_FULL_WEIGHT) / MENTIONS_FOR_FULL_WEIGHT) +
    WEIGHTS.known * (input.known ? 1 : 0);
  return { score: Math.round(score * 100) / 100, mentions, place, known: input.known };
}
