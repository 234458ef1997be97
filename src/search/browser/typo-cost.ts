/**
 * What a typo costs: a weighted Damerau–Levenshtein distance between what was typed and a word,
 * in which the slips of a typing hand cost less than other edits. A neighbouring key, two letters
 * swapped, a doubled letter typed once or a single one typed twice cost 0.6; a vowel for another
 * 0.8; any other letter left out, added or changed 1.
 */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Keys next to each other on a QWERTY keyboard, in the same row or the rows above and below. */
const NEIGHBOURS = new Set<string>();
ROWS.forEach((row, r) => {
  [...row].forEach((key, c) => {
    const near = [
      row[c - 1],
      row[c + 1],
      ROWS[r - 1]?.[c],
      ROWS[r - 1]?.[c + 1],
      ROWS[r + 1]?.[c],
      ROWS[r + 1]?.[c - 1],
    ];
    for (const other of near) if (other) NEIGHBOURS.add(key + other);
  });
});
const VOWELS = new Set('aeiouy');

const SLIP = 0.6;
const VOWEL = 0.8;
const EDIT = 1;

function substitution(typed: string, meant: string): number {
  if (typed === meant) return 0;
  if (NEIGHBOURS.has(typed + meant)) return SLIP;
  return VOWELS.has(typed) && VOWELS.has(meant) ? VOWEL : EDIT;
}

/**
 * The most a word of this length may cost to be corrected: none below four letters (mostly
 * acronyms, where one letter more or less is another word), one edit up to five letters, one and
 * a slip up to seven, two beyond.
 */
export function maxTypoCost(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return EDIT;
  return length <= 7 ? EDIT + SLIP : 2 * EDIT;
}

/**
 * The cost of reading `typed` as `word`, or Infinity if it is more than `max`. With `prefix`, the
 * cost of reading it as the beginning of `word` (a word still being typed).
 */
export function typoCost(typed: string, word: string, max: number, prefix = false): number {
  const n = typed.length;
  const m = word.length;
  if (!prefix && Math.abs(n - m) > max) return Infinity;
  // Three rows of the table: two back for swapped letters.
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j * EDIT);
  for (let j = 2; j <= m; j += 1) if (word[j - 1] === word[j - 2]) previous[j] = (previous[j - 1] as number) + SLIP;
  for (let i = 1; i <= n; i += 1) {
    const current = new Array<number>(m + 1);
    const t = typed[i - 1] as string;
    // A letter typed twice where the word has it once is a slip.
    current[0] = (previous[0] as number) + (i > 1 && typed[i - 2] === t ? SLIP : EDIT);
    let best = current[0] as number;
    for (let j = 1; j <= m; j += 1) {
      const w = word[j - 1] as string;
      let cost = (previous[j - 1] as number) + substitution(t, w);
      // An extra letter typed: a slip when it repeats the letter before it.
      cost = Math.min(cost, (previous[j] as number) + (t === typed[i - 2] || t === w ? SLIP : EDIT));
      // A letter left out: a slip when the word has it twice in a row.
      cost = Math.min(cost, (current[j - 1] as number) + (w === word[j - 2] ? SLIP : EDIT));
      if (i > 1 && j > 1 && t === word[j - 2] && typed[i - 2] === w && t !== w)
        cost = Math.min(cost, (before[j - 2] as number) + SLIP);
      current[j] = cost;
      if (cost < best) best = cost;
    }
    if (best > max) return Infinity;
    before = previous;
    previous = current;
  }
  const cost = prefix ? Math.min(...previous) : (previous[m] as number);
  return cost <= max + 1e-9 ? cost : Infinity;
}
