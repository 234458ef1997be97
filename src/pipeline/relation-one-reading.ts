/**
 * One reading of one mention. Frames read a sentence independently, so a name written once can come
 * out of one sentence both used and compared with ("We evaluate the pipeline using multiple LLMs
 * (Llama3-8B, …)": "evaluate" and "using" both reach it). A name written once in a sentence plays one
 * part there, and the cue nearest before it is the one that governs it (English attaches a phrase to
 * the closest head that can take it): "using" above, "over" in "a 5.57x improvement in fps over the
 * previous state of the art, MonoGS". A relation read in another sentence too stands on that reading.
 */
import { findAcronymDefinitions } from './acronyms';
import { cuesIn, type PlacedCue } from './relation-cues';
import { blankMarkup } from './relation-frames';
import type { Relation } from './types';

/** At most three words, no punctuation, between a cue and the name: the name is in the cue's object. */
const ADJOINING = /^\s*(?:[\p{L}-]+\s+){0,3}$/u;

/** How far past its cue a name may stand for the cue to be taken to govern it, in characters. */
const REACH = 80;
/** Verbs of measuring: "evaluated on", "tested with", "benchmark". */
const EVALUATION = /^(?:evaluat|test|benchmark|assess|validat)/iu;
/** A past participle, one word: "finetuned", "widely used", "pre-trained". */
const PARTICIPLE = /^[\p{L}-]+(?:ed|en)\s*$/u;
/** What comes before an adjective rather than a verb: a determiner, number, adverb, conjunction or preposition. */
const MODIFIER_BEFORE =
  /(?:^|[,;:(]|\b(?:a|an|the|and|or|nor|than|over|with|to|against|of|as|including|versus|vs|both|its|their|our|these|those|this|two|three|four|five|six|several|many|all|some|other|[\p{L}]+ly|\d+))\s*$/iu;

/** Whether a cue is a participle used as an adjective ("and finetuned PaLM2"), which governs nothing. */
function modifiesNoun(text: string, cue: PlacedCue): boolean {
  return PARTICIPLE.test(text.slice(cue.start, cue.end)) && MODIFIER_BEFORE.test(text.slice(0, cue.start));
}

/**
 * The relations kept once each target written once in a sentence keeps only the type of the cue
 * nearest before it there. `readIn` gives the sentences each relation was read in.
 */
export function oneReadingPerMention<R extends Relation>(
  relations: readonly R[],
  readIn: (relation: R) => ReadonlySet<string>,
): R[] {
  const byMention = new Map<string, R[]>();
  for (const relation of relations) {
    const sentences = readIn(relation);
    if (sentences.size !== 1) continue;
    const key = `${relation.target.toLowerCase()}\u0000${relation.evidence}`;
    byMention.set(key, [...(byMention.get(key) ?? []), relation]);
  }
  const dropped = new Set<R>();
  for (const readings of byMention.values()) {
    if (readings.length < 2) continue;
    const { target, evidence } = readings[0]!;
    const at = onlyPlace(evidence, target);
    if (at === null) continue;
    const text = blankMarkup(evidence);
    const before = cuesIn(text)
      .filter((cue) => cue.end <= at && !modifiesNoun(text, cue))
      .sort((a, b) => b.end - a.end);
    const governing = before[0];
    if (!governing || at - governing.end > REACH || !readings.some((reading) => reading.type === governing.type))
      continue;
    // "evaluate on LLaMA3-8B": a model the work is measured on is as often the one it was applied to.
    if (EVALUATION.test(text.slice(governing.start, governing.end))) continue;
    // "improves the baseline RetinaNet": a cue whose object is the nearer cue's noun phrase governs
    // the name too.
    const alsoGoverning = new Set(
      before.filter((cue) => cue.end < governing.end && ADJOINING.test(text.slice(cue.end, at))).map((cue) => cue.type),
    );
    for (const reading of readings)
      if (reading.type !== governing.type && !alsoGoverning.has(reading.type)) dropped.add(reading);
  }
  return relations.filter((relation) => !dropped.has(relation));
}

/**
 * Where a name starts in a sentence, when it is written there exactly once as a word of its own;
 * letters defined there start where their long form does ("fine-tuning the LLM with a variant of
 * Rejection Sampling Finetuning (RSF)": the cue of "Finetuning" is part of the name, not before it).
 */
function onlyPlace(sentence: string, name: string): number | null {
  const lowered = sentence.toLowerCase();
  const wanted = name.toLowerCase();
  const places: number[] = [];
  for (let at = lowered.indexOf(wanted); at >= 0; at = lowered.indexOf(wanted, at + 1))
    if (!/[\p{L}\p{N}]/u.test(lowered[at - 1] ?? '')) places.push(at);
  if (places.length !== 1) return null;
  const at = places[0]!;
  if (sentence[at - 1] !== '(') return at;
  const longForm = findAcronymDefinitions(sentence).find(
    (definition) => definition.acronym.toLowerCase() === wanted,
  )?.longForm;
  const start = longForm ? sentence.lastIndexOf(longForm, at) : -1;
  return start >= 0 ? start : at;
}
