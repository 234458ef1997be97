/**
 * Matches of the corpus's methods in each text, kept between builds as digests. Which methods a
 * text mentions is part of what its tags depend on (`paperDependencyKey`), so every build matched
 * every text against the corpus's method names, about 0.4 ms a paper, only to find that most
 * texts' keys had not changed. A text's matches can only change where the matchers changed a phrase
 * the text could match: a phrase is looked up by its first word (`PhraseMatcher`), so the record
 * keeps a digest of the phrases under each first word, and a text that holds none of the words
 * whose phrases changed has the matches it had.
 */
import { createHash } from 'node:crypto';
import { lookupKeysIn, type PhraseMatcher, type PhrasePattern } from './match-terms';

export interface MethodMatchRecord {
  /** Digest of the phrases the matchers look up under each first word (lower case). */
  phrases: Record<string, string>;
  /** Digest of each text's matches (`matchesDigest`), by the text's key (`matchTextKey`). */
  texts: Record<string, string>;
}

const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/** The key of a paper's text in the record: its title and abstract. */
export const matchTextKey = (title: string, abstract: string) => digest(`${title}\0${abstract}`);

/** The digest of a text's matches, as `factOf` writes each match: what the text's tags can see of them. */
export const matchesDigest = (facts: unknown) => digest(JSON.stringify(facts));

/**
 * Digests of the matchers' phrases by first word: everything a phrase matches by (its words, which
 * are case-sensitive, its suffix, whether it takes a version) and what `factOf` says of its term.
 */
export function phraseDigests<T>(
  matchers: ReadonlyArray<PhraseMatcher<T>>,
  factOf: (term: T) => unknown,
): Record<string, string> {
  // A term has a phrase under many words (its aliases and their spellings): its fact is written once.
  const termFacts = new Map<T, string>();
  const termFact = (term: T) => {
    let fact = termFacts.get(term);
    if (fact === undefined) termFacts.set(term, (fact = JSON.stringify(factOf(term))));
    return fact;
  };
  const byWord = new Map<string, string[]>();
  matchers.forEach((matcher, place) => {
    for (const [word, patterns] of matcher.patternsByFirstWord()) {
      const facts = byWord.get(word) ?? [];
      for (const pattern of patterns) facts.push(`${place}\0${patternFact(pattern)}\0${termFact(pattern.term)}`);
      byWord.set(word, facts);
    }
  });
  // Sorted, so the same phrases give the same digest whatever order the corpus named them in.
  return Object.fromEntries([...byWord].map(([word, facts]) => [word, digest(facts.sort().join('\n'))]));
}

const patternFact = (pattern: PhrasePattern<unknown>) =>
  JSON.stringify([pattern.phrase, pattern.words, pattern.caseSensitive, pattern.prefix, pattern.suffix]);

/** The first words whose phrases differ between two records' `phrases`: added, changed or gone. */
export function changedFirstWords(before: Record<string, string>, now: Record<string, string>): string[] {
  const words = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...words].filter((word) => before[word] !== now[word]);
}

/**
 * Whether a text holds a word under which any of `words` is looked up (`lookupKeysIn`). Most texts
 * hold none: each is first searched for the words as written, or but for a last "y" (the singular of
 * "proxies" is "proxy"), and only a text that holds one is read word by word.
 */
export function firstWordFinder(words: readonly string[]): (text: string) => boolean {
  const stems = words.map((word) => [word, word.endsWith('y') ? word.slice(0, -1) : word] as const);
  return (text) => {
    const lower = text.toLowerCase();
    const present = new Set(stems.filter(([, stem]) => lower.includes(stem)).map(([word]) => word));
    if (present.size === 0) return false;
    for (const keys of lookupKeysIn(text)) if (keys.some((key) => present.has(key))) return true;
    return false;
  };
}

/**
 * Each text's matches digest as the last build recorded it, where it still holds: the text was
 * recorded and holds no word whose phrases changed since. Null where the text must be matched.
 */
export function recordedMatches(
  record: MethodMatchRecord | null,
  phrases: Record<string, string>,
  texts: ReadonlyArray<{ title: string; abstract: string }>,
): Array<string | null> {
  if (!record) return texts.map(() => null);
  const mayMatchChanged = firstWordFinder(changedFirstWords(record.phrases, phrases));
  return texts.map(({ title, abstract }) => {
    const recorded = record.texts[matchTextKey(title, abstract)];
    return recorded !== undefined && !mayMatchChanged(`${title}\n${abstract}`) ? recorded : null;
  });
}
