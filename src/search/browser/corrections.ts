import { maxTypoCost, typoCost } from './typo-cost';

/** A word of the index a typed word may have meant. */
export interface Correction {
  word: string;
  /** What reading the typed word as this one costs (see `typoCost`). */
  cost: number;
  /** How many documents the word is in. */
  documents: number;
}

/** How many corrections of one word are searched, at most; the first is the one the reader is told of. */
const MOST = 3;
/** Corrections costing up to this much more than the best are searched with it. */
const SPREAD = 0.45;
/** What a word that is only begun by the typed one costs on top of its typos. */
const UNFINISHED = 0.2;

/** Whether a typed word is one a search tries to correct: letters a–z only, four or more of them. */
export const isCorrectable = (word: string) => /^[a-z]+$/u.test(word) && maxTypoCost(word.length) > 0;

/**
 * The words of `candidates` (from the word lists around the typed word) that `typed` most likely
 * meant: the cheapest typos first, then the words more documents have. With `unfinished`, the
 * typed word may also be the beginning of a word, typos and all (the last word, while typing).
 */
export function bestCorrections(
  typed: string,
  candidates: Iterable<readonly [word: string, documents: number]>,
  unfinished = false,
): Correction[] {
  const max = maxTypoCost(typed.length);
  const found = new Map<string, Correction>();
  for (const [word, documents] of candidates) {
    if (word === typed || found.has(word)) continue;
    let cost = typoCost(typed, word, max);
    if (unfinished && word.length > typed.length) cost = Math.min(cost, typoCost(typed, word, max, true) + UNFINISHED);
    if (cost === Infinity || cost > max + 1e-9) continue;
    found.set(word, { word, cost, documents });
  }
  const ranked = [...found.values()].sort(
    (a, b) => a.cost - b.cost || b.documents - a.documents || (a.word < b.word ? -1 : 1),
  );
  const best = ranked[0];
  return best ? ranked.filter((entry) => entry.cost <= best.cost + SPREAD).slice(0, MOST) : [];
}
