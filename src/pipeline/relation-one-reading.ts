/**
 * One reading of one mention. Frames read a sentence independently, so a name written once can come
 * out of one sentence both used and compared with ("We evaluate the pipeline using multiple LLMs
 * (Llama3-8B, …)": "evaluate" and "using" both reach it). A name written once in a sentence plays one
 * part there, and the cue nearest before it is the one that governs it (English attaches a phrase to
 * the closest head that can take it): "using" above, "over" in "a 5.57x improvement in fps over the
 * previous state of the art, MonoGS". A relation read in another sentence too stands on that reading.
 */
import type { AcronymDefinition } from './acronyms';
import { ownNameSpans } from './mention-context';
import { cuesIn, type PlacedCue } from './relation-cues';
import { blankMarkup } from './relation-frames';
import type { Relation, RelationType } from './types';

/** How far past its cue a name may stand for the cue to be taken to govern it, in characters. */
const REACH = 80;
/** Cues of measuring: "evaluated on", "benchmark". A model the work is measured on is as often one it runs. */
const EVALUATION = /^(?:evaluat|benchmark)/iu;
/** A past participle, one word: "finetuned", "pre-trained", "used" (of "widely used"). */
const PARTICIPLE = /^[\p{L}-]+ed\s*$/u;
/**
 * Words after which a participle qualifies the noun that follows it: determiners, numbers,
 * prepositions and conjunctions ("and finetuned PaLM2", "the pre-trained CLIP"); not a subject,
 * an auxiliary or "when" ("we fine-tuned X", "is used with X", "when used with X"), after which
 * it is a verb.
 */
const BEFORE_ADJECTIVE =
  /^(?:\d[\p{L}\p{N}.]*|a|an|the|its|their|our|his|her|these|those|this|of|in|on|at|for|to|and|or|nor|with|by|from|as|than|over|both|two|three|four|five|six|several|many|all|some|other|such|including|versus|vs|against|like)$/iu;
/** An adverb: "widely", "newly"; not "apply", "rely", "only" or "family". */
const ADVERB = /^\p{L}{3,}(?<!pp|ep|on|mi)ly$/iu;

/**
 * How the work relates to a name a cue governs: the cue's own type, save where the reading of the
 * name retypes it ("based on Llama-3-8B": a model the work is built on is one it uses).
 */
export type CueReading = (relation: Relation, cue: PlacedCue, text: string, nameEnd: number) => RelationType;

/**
 * The relations kept once each target written once in a sentence keeps only the type of the cue
 * nearest before it there. `sentencesOf` gives the sentences each relation was read in;
 * `definitions` the acronyms the abstract defines, whose long forms start their names.
 */
export function oneReadingPerMention<R extends Relation>(
  relations: readonly R[],
  sentencesOf: (relation: R) => ReadonlySet<string>,
  definitions: readonly AcronymDefinition[] = [],
  reading: CueReading = (_, cue) => cue.type,
): R[] {
  const byMention = new Map<string, R[]>();
  for (const relation of relations) {
    if (sentencesOf(relation).size !== 1) continue;
    const key = `${relation.target.toLowerCase()}\u0000${relation.evidence}`;
    byMention.set(key, [...(byMention.get(key) ?? []), relation]);
  }
  const dropped = new Set<R>();
  for (const readings of byMention.values()) {
    if (readings.length < 2) continue;
    const { target, evidence } = readings[0]!;
    const text = blankMarkup(evidence);
    const place = onlyPlace(text, target, definitions);
    if (!place) continue;
    const { start: at, end } = place;
    const before = cuesIn(text)
      .filter((cue) => cue.end <= at && !modifiesNoun(text, cue))
      .sort((a, b) => b.end - a.end);
    const governing = before[0];
    if (!governing || at - governing.end > REACH || EVALUATION.test(text.slice(governing.start, governing.end)))
      continue;
    // "improves the baseline RetinaNet": the same words read as a shorter cue ("improves") govern the
    // name too, through the noun phrase the longer one ends in.
    const types = new Set(
      before
        .filter((cue) => cue === governing || (cue.start === governing.start && cue.end < governing.end))
        .map((cue) => reading(readings[0]!, cue, text, end)),
    );
    if (!readings.some((relation) => types.has(relation.type))) continue;
    for (const relation of readings) if (!types.has(relation.type)) dropped.add(relation);
  }
  return relations.filter((relation) => !dropped.has(relation));
}

/** Whether a cue is a participle or a compound used as an adjective ("and finetuned PaLM2"), which governs nothing. */
function modifiesNoun(text: string, cue: PlacedCue): boolean {
  // "surpassing retrieval-augmented GPT-4": a cue that ends a compound adjective is part of the noun
  // phrase the cue before it governs.
  if (text[cue.start - 1] === '-') return true;
  if (!PARTICIPLE.test(text.slice(cue.start, cue.end))) return false;
  const before = text.slice(0, cue.start).trimEnd();
  if (before === '' || /[,;:(]$/u.test(before)) return true;
  const word = before.match(/[\p{L}\p{N}.-]+$/u)?.[0] ?? '';
  return BEFORE_ADJECTIVE.test(word) || ADVERB.test(word);
}

/**
 * Where a name is written in a sentence, when it is written there exactly once as a word of its own;
 * letters defined there start where their long form does ("fine-tuning the LLM with a variant of
 * Rejection Sampling Finetuning (RSF)": the cue of "Finetuning" is part of the name, not before it).
 */
function onlyPlace(
  text: string,
  name: string,
  definitions: readonly AcronymDefinition[],
): { start: number; end: number } | null {
  const spans = ownNameSpans(text, name);
  if (spans.length !== 1) return null;
  const { start, end } = spans[0]!;
  if (text[start - 1] !== '(') return { start, end };
  const longForm = definitions.find((definition) => definition.acronym === name)?.longForm;
  const longStart = longForm ? text.lastIndexOf(longForm, start) : -1;
  return { start: longStart >= 0 ? longStart : start, end };
}
