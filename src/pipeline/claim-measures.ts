/**
 * A measure named right beside a claimed number, as the abstract writes it: "63.1 HOTA on MOT17",
 * "an NDS of 65.2". The vocabulary's measures are normalised; a measure it does not know is kept as
 * written rather than lost.
 */

/** A word written mostly in capitals (HOTA, IDF1, mAP@100, CIDEr, BLEU-4): how measures are abbreviated. */
const MEASURE_WORD = String.raw`[\p{L}][\p{L}\p{N}@-]{1,11}`;
/** What may follow a measure named after its number: the end of the clause, a preposition, a conjunction. */
const AFTER_MEASURE = String.raw`(?=\s*$|\s*[,.;:)]|\s+(?:on|in|at|and|or|with|over|than|for|compared|while|across|under|when|after|using|respectively|points?|score|gains?|improvements?)\b)`;
const NAMED_AFTER = new RegExp(String.raw`^\s(?<word>${MEASURE_WORD})${AFTER_MEASURE}`, 'u');
const NAMED_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?<word>${MEASURE_WORD})\)?\s+(?:score\s+)?of\s+(?:up to\s+|about\s+|around\s+)?$`,
  'u',
);

/** Whether a word is written like an abbreviated measure: at least two capitals, and at least half its letters. */
function looksLikeMeasure(word: string): boolean {
  const letters = word.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  return capitals >= 2 && capitals * 2 >= letters.length;
}

/**
 * The measure written right after a number or right before it ("X of"; "X by" names a comparator), as written, or null.
 * `names` are the words of the paper that name something else (its datasets, models, own method),
 * lower-case: a dataset after a number is where it was measured, not what.
 */
export function measureBeside(before: string, after: string, names: ReadonlySet<string>): string | null {
  for (const word of [after.match(NAMED_AFTER)?.groups?.word, before.match(NAMED_BEFORE)?.groups?.word])
    if (word && looksLikeMeasure(word) && !names.has(word.toLowerCase())) return word;
  return null;
}
