import { OCCURRENCE } from '../shared/index-format';

/** Where a query word (or an acronym's long form, or a correction) matched. */
export interface WordMatches {
  /** Each document's best match score, rarity included. */
  byDoc: Map<number, number>;
  /** Documents with the word as typed (or begun, for the last word) in the title, and in the method name. */
  inTitle: Set<number>;
  inMethod: Set<number>;
  /** Documents whose whole method name is the word as typed. */
  isMethod: Set<number>;
  /** Index words that matched, to mark in excerpts. */
  words: Set<string>;
}

export const noMatches = (): WordMatches => ({
  byDoc: new Map(),
  inTitle: new Set(),
  inMethod: new Set(),
  isMethod: new Set(),
  words: new Set(),
});

// Title and method name outrank topic labels, which outrank abstract text, as on the pages
// (data-pagefind-weight on the page's heading and method name).
const WEIGHT = { title: 10, method: 8, topic: 3 } as const;

/** How much a match counts: the word itself, another form of it (same stem), a longer word it begins. */
export const MATCH = { exact: 1, sameStem: 0.9, prefix: 0.5 } as const;
/** How much a correction counts: the one the reader is told of, and the others searched with it. */
export const CORRECTED = { best: 0.8, other: 0.6 } as const;

/** The score of one occurrence of a word in a document. */
export function occurrenceScore(bits: number): number {
  // Repeats in the abstract help, with diminishing returns, so a long abstract cannot outweigh a title.
  return (
    BODY_SCORE[bits & OCCURRENCE.body]! +
    (bits & OCCURRENCE.title ? WEIGHT.title : 0) +
    (bits & OCCURRENCE.method ? WEIGHT.method : 0) +
    (bits & OCCURRENCE.topic ? WEIGHT.topic : 0)
  );
}
/** The score of 0–3 (3 or more) occurrences in the abstract. */
const BODY_SCORE = [0, 1, 2, 3].map((count) => (count === 0 ? 0 : 1 + Math.log2(count + 0.5)));

/**
 * Matches that count for either of two readings of the same words (a typed word and its
 * correction, or an acronym and its long form): each document's better score, `scale`d for the
 * second; a document counts as having the words in its title if either reading has them there.
 */
export function eitherOf(first: WordMatches, second: WordMatches, scale = 1): WordMatches {
  const union = <T>(a: Set<T>, b: Set<T>) => {
    const all = new Set(a);
    for (const item of b) all.add(item);
    return all;
  };
  const merged: WordMatches = {
    byDoc: new Map(first.byDoc),
    inTitle: union(first.inTitle, second.inTitle),
    inMethod: union(first.inMethod, second.inMethod),
    isMethod: union(first.isMethod, second.isMethod),
    words: union(first.words, second.words),
  };
  for (const [id, score] of second.byDoc)
    if (score * scale > (merged.byDoc.get(id) ?? 0)) merged.byDoc.set(id, score * scale);
  return merged;
}

/** Matches of several words that must all be in a document: their scores added. */
export function allOf(parts: readonly WordMatches[]): WordMatches {
  const [first, ...rest] = [...parts].sort((a, b) => a.byDoc.size - b.byDoc.size);
  const matches = noMatches();
  if (!first) return matches;
  for (const [id] of first.byDoc) {
    if (!rest.every((part) => part.byDoc.has(id))) continue;
    matches.byDoc.set(
      id,
      parts.reduce((sum, part) => sum + (part.byDoc.get(id) ?? 0), 0),
    );
    if (parts.every((part) => part.inTitle.has(id))) matches.inTitle.add(id);
    if (parts.every((part) => part.inMethod.has(id))) matches.inMethod.add(id);
  }
  for (const part of parts) for (const word of part.words) matches.words.add(word);
  return matches;
}
