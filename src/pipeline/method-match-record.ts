/**
 * Matches of the corpus's methods in each text, kept between builds as digests. Which methods a
 * text mentions is part of what its tags depend on (`paperDependencyKey`), so every build matched
 * every text against the corpus's method names, about 0.4 ms a paper, only to find that most
 * texts' keys had not changed. A text's matches can only change where a phrase the matchers gained
 * or lost matches in it: the record keeps each phrase (by a digest of it and of the term it names),
 * and a text that none of the phrases one record has and the other lacks matches has the matches
 * it had.
 */
import { createHash } from 'node:crypto';
import { PhraseMatcher, type PhrasePattern } from './match-terms';

export interface MethodMatchRecord {
  /** What each of the matchers' phrases matches by, under a digest of it and of its term (`recordPhrases`). */
  phrases: Record<string, RecordedPhrase>;
  /** Digest of each text's matches (`matchesDigest`), by the text's key (`matchTextKey`). */
  texts: Record<string, string>;
}

/** A phrase as far as where it matches goes: its words, which are matched as written, its suffix, whether it takes a version. */
export type RecordedPhrase = Pick<PhrasePattern<unknown>, 'words' | 'caseSensitive' | 'prefix' | 'suffix'>;

const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/** The key of a paper's text in the record: its title and abstract. */
export const matchTextKey = (title: string, abstract: string) => digest(`${title}\0${abstract}`);

/** The digest of a text's matches, as `factOf` writes each match: what the text's tags can see of them. */
export const matchesDigest = (facts: unknown) => digest(JSON.stringify(facts));

/**
 * The matchers' phrases by a digest of everything a phrase matches by and of what `factOf` says of
 * its term: a phrase added, dropped, or naming a term the corpus now knows otherwise has a digest
 * the other record lacks.
 */
export function recordPhrases<T>(
  matchers: ReadonlyArray<PhraseMatcher<T>>,
  factOf: (term: T) => unknown,
): Record<string, RecordedPhrase> {
  // A term has many phrases (its aliases and their spellings): its fact is written once.
  const termFacts = new Map<T, string>();
  const termFact = (term: T) => {
    let fact = termFacts.get(term);
    if (fact === undefined) termFacts.set(term, (fact = JSON.stringify(factOf(term))));
    return fact;
  };
  const phrases: Record<string, RecordedPhrase> = {};
  matchers.forEach((matcher, place) => {
    for (const patterns of matcher.patternsByFirstWord().values())
      for (const { words, caseSensitive, prefix, suffix, phrase, term } of patterns) {
        const recorded = { words, caseSensitive, prefix, suffix };
        phrases[digest(`${place}\0${phrase}\0${JSON.stringify(recorded)}\0${termFact(term)}`)] = recorded;
      }
  });
  return phrases;
}

/** The phrases one record has and the other lacks, either way. */
export function changedPhrases(
  before: Record<string, RecordedPhrase>,
  now: Record<string, RecordedPhrase>,
): RecordedPhrase[] {
  const gone = Object.keys(before).filter((key) => !(key in now));
  const added = Object.keys(now).filter((key) => !(key in before));
  return [...gone.map((key) => before[key] as RecordedPhrase), ...added.map((key) => now[key] as RecordedPhrase)];
}

/**
 * Whether a text may be matched by any of `phrases`: matched by them as the matcher reads it, after
 * a search of the text for each phrase's words as written (but for a last "y": the singular of
 * "proxies" is "proxy"), which most texts fail.
 */
export function phraseFinder(changed: readonly RecordedPhrase[]): (text: string) => boolean {
  // A phrase of both matchers, or one that now names a term otherwise, is looked for once.
  const phrases = [...new Map(changed.map((phrase) => [JSON.stringify(phrase), phrase])).values()];
  if (phrases.length === 0) return () => false;
  const matcher = new PhraseMatcher(phrases.map((phrase) => ({ ...phrase, term: null, phrase: '' })));
  const stems = phrases.map(({ words }) =>
    words.map((word) => word.toLowerCase()).map((word) => (word.endsWith('y') ? word.slice(0, -1) : word)),
  );
  // One search for the longest word of each phrase first: one pass over a text that holds none.
  const longest = new Set(stems.map((words) => words.reduce((a, b) => (b.length > a.length ? b : a))));
  const anyLongest = new RegExp(
    [...longest].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'),
    'iu',
  );
  return (text) => {
    if (!anyLongest.test(text)) return false;
    const lower = text.toLowerCase();
    if (!stems.some((words) => words.every((word) => lower.includes(word)))) return false;
    return matcher.match(text).length > 0;
  };
}

/**
 * Each text's matches digest as the last build recorded it, where it still holds: the text was
 * recorded, and no phrase added or dropped since matches in it. Null where the text must be matched.
 */
export function recordedMatches(
  record: MethodMatchRecord | null,
  phrases: Record<string, RecordedPhrase>,
  texts: ReadonlyArray<{ title: string; abstract: string }>,
): Array<string | null> {
  if (!record) return texts.map(() => null);
  const mayMatchChanged = phraseFinder(changedPhrases(record.phrases, phrases));
  return texts.map(({ title, abstract }) => {
    const recorded = record.texts[matchTextKey(title, abstract)];
    return recorded !== undefined && !mayMatchChanged(`${title}\n${abstract}`) ? recorded : null;
  });
}
