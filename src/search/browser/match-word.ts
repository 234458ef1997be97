import { stemmer } from 'stemmer';
import { OCCURRENCE, PREFIX_MIN_LENGTH, shardsFor, termOfKey } from '../shared/index-format';
import { bestCorrections, isCorrectable, type Correction } from './corrections';
import type { IndexReader } from './index-reader';
import { CORRECTED, eitherOf, MATCH, noMatches, occurrenceScore, type WordMatches } from './word-matches';

/** The most shards (about 5 KB each) a word's other forms and longer words are looked up in. */
const MAX_RANGE_SHARDS = 4;
/** How much a page that writes an acronym's long form counts, for the acronym, against one that writes it. */
const LONG_FORM = 0.9;

/** The longest common beginning of two words. */
function commonPrefix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return a.slice(0, length);
}

/**
 * Where one query word matches: in the form typed, another form with the same stem ("optimizers"
 * finds "optimizer"), or, for the last word (`isLast`), as the beginning of a longer one; words of
 * three letters or fewer, and words whose forms would fill more than four shards (about 20 KB), only as typed.
 * Scores include the word's rarity.
 */
export function matchWord(
  reader: IndexReader,
  word: string,
  isLast: boolean,
  { longForms = true }: { longForms?: boolean } = {},
): Promise<WordMatches> {
  // Matches are never changed once made (see `eitherOf`, `allOf`), so searches can share them.
  return reader.remember(`${word}\u0000${isLast}\u0000${longForms}`, () => lookUp(reader, word, isLast, longForms));
}

async function lookUp(reader: IndexReader, word: string, isLast: boolean, longForms: boolean): Promise<WordMatches> {
  const matches = noMatches();
  const stem = stemmer(word);
  // Other forms of a word share its stem, and so the stem's beginning, which begins the word too;
  // a stem that ends in an "i" where the word had a suffix may be a "y" in other forms (policies,
  // policy: "polici"), so that "i" is left out.
  const base = stem.endsWith('i') && stem.length < word.length ? stem.slice(0, -1) : stem;
  const stemPrefix = commonPrefix(base, word);
  const range = stemPrefix.length >= 3 ? stemPrefix : word;
  // Short words match only as typed (see PREFIX_MIN_LENGTH), and so does a word whose beginning
  // is shared by so many words that their shards would be much of a first query (comp…).
  const expand = word.length >= PREFIX_MIN_LENGTH && shardsFor(reader.meta.shards, range).length <= MAX_RANGE_SHARDS;
  const candidates = expand ? await reader.wordsStartingWith(range) : await reader.wordsStartingWith(word, true);
  for (const [key, postings] of candidates) {
    // An acronym's long forms count as the acronym written out, a little below the acronym itself
    // (`longForms` false: only pages that write the acronym).
    const term = termOfKey(key);
    if (term !== null && !longForms) continue;
    const candidate = term ?? key;
    const sameStem = candidate !== word && stemmer(candidate) === stem;
    const kind =
      candidate === word ? 'exact' : candidate.startsWith(word) && isLast ? 'prefix' : sameStem ? 'sameStem' : null;
    if (kind === null) continue;
    // Another form of the word counts more than a longer word the last one only begins.
    const weight = (kind === 'prefix' && sameStem ? MATCH.sameStem : MATCH[kind]) * (term === null ? 1 : LONG_FORM);
    matches.words.add(candidate);
    const { ids, occurrences } = postings;
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index] as number;
      const bits = occurrences[index] as number;
      const score = weight * occurrenceScore(bits);
      if (score > (matches.byDoc.get(id) ?? 0)) matches.byDoc.set(id, score);
      if (kind === 'sameStem') continue;
      if (bits & OCCURRENCE.title) matches.inTitle.add(id);
      if (bits & OCCURRENCE.method) matches.inMethod.add(id);
      if (bits & OCCURRENCE.wholeMethod && kind === 'exact') matches.isMethod.add(id);
    }
  }
  // A word found in few pages tells more than one found in many (inverse document frequency),
  // counted over all its forms so a rare form of a common word gains nothing.
  const rarity = Math.log(1 + reader.meta.docs / Math.max(1, matches.byDoc.size));
  for (const [id, score] of matches.byDoc) matches.byDoc.set(id, score * rarity);
  // An acronym's long forms, marked in the excerpts of pages that only spell it out.
  const shard = await reader.shardOf(word);
  if (longForms)
    for (const longForm of shard.a?.[word] ?? []) for (const part of longForm.split(' ')) matches.words.add(part);
  return matches;
}

/**
 * A word read as the indexed words it most likely misspells (see `bestCorrections`), from the words
 * near it in the word lists and the `context` words the query makes likely, with `matches` of it
 * as typed: each correction's matches count for less than a match of what was typed, the first
 * most. Returns the correction the reader is told of, if any matched.
 */
export async function withCorrections(
  reader: IndexReader,
  word: string,
  unfinished: boolean,
  matches: WordMatches,
  {
    context = [],
    isBetter = () => true,
  }: { context?: readonly string[]; isBetter?: (correction: Correction) => boolean } = {},
): Promise<{ matches: WordMatches; corrected?: string }> {
  if (!isCorrectable(word)) return { matches };
  const near = await reader.wordsNear(word);
  const known = new Set(near.map(([candidate]) => candidate));
  const likely = context
    .filter((candidate) => !known.has(candidate))
    .map((candidate): [string, number] => [candidate, 1]);
  const corrections = bestCorrections(word, [...near, ...likely], unfinished).filter(isBetter);
  let merged = matches;
  let corrected: string | undefined;
  for (const [index, correction] of corrections.entries()) {
    // A word the unfinished one only begins is no typo: `matchWord` matched the words it begins
    // unless they would fill more than four shards ("lear…"), and then it waits for more letters.
    if (unfinished && correction.word.startsWith(word)) continue;
    const found = await matchWord(reader, correction.word, false);
    if (found.byDoc.size === 0) continue;
    corrected ??= correction.word;
    merged = eitherOf(merged, found, index === 0 ? CORRECTED.best : CORRECTED.other);
  }
  return { matches: merged, corrected };
}
