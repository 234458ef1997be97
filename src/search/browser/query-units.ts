import { allOf, eitherOf, type WordMatches } from './word-matches';

/** A part of a query a page must match: a word, or the words of an acronym's long form typed in full. */
export interface UnitPlan {
  /** The query's words this unit stands for, as typed (folded). */
  words: string[];
  /** The acronyms' terms, when the words are a long form: a page that writes an acronym matches too. */
  terms?: string[];
  /** Whether a page must match it: function words need not, unless the query has nothing else. */
  required: boolean;
  /** Whether the unit ends the query, so its last word may be unfinished. */
  last: boolean;
}

/** Whether the word typed at the end of a query, maybe unfinished, is a long form's word. */
const begins = (typed: string, word: string) => typed.length >= 4 && word.startsWith(typed);

/**
 * The units of a query: its words in order, where a run of them is the long form of an acronym
 * (`longFormsOf` the first word gives the rest of each long form, without function words, and its
 * term) the longest such run as one unit, matched by its words or its acronym; function words are
 * optional units. `stem` compares the long form's words, so "large language model" is the long
 * form of LLM written "large language models".
 */
export function planUnits(
  typed: readonly string[],
  stopwords: ReadonlySet<string>,
  longFormsOf: (word: string) => ReadonlyArray<readonly [rest: string, term: string]>,
  stem: (word: string) => string,
): UnitPlan[] {
  let content = typed.filter((word) => !stopwords.has(word));
  // A query of function words only ("to be or not") is searched for in titles, where they are indexed.
  const onlyFunctionWords = content.length === 0;
  if (onlyFunctionWords) content = [...typed];
  const endsInContent = content.at(-1) === typed.at(-1);
  const units: UnitPlan[] = [];
  const single = new Set<string>();
  for (let start = 0; start < content.length;) {
    const word = content[start] as string;
    // The longest long form that starts here, with every acronym it is the long form of.
    let best: { length: number; terms: string[] } | undefined;
    for (const [rest, term] of longFormsOf(word)) {
      const others = rest.split(' ');
      if (start + others.length >= content.length || (best && best.length > others.length)) continue;
      const matches = others.every((other, offset) => {
        const position = start + 1 + offset;
        const query = content[position] as string;
        const unfinished = endsInContent && position === content.length - 1;
        return query === other || stem(query) === stem(other) || (unfinished && begins(query, other));
      });
      if (!matches) continue;
      if (best?.length === others.length) best.terms.push(term);
      else best = { length: others.length, terms: [term] };
    }
    const end = start + (best?.length ?? 0);
    const last = endsInContent && end === content.length - 1;
    if (best)
      units.push({ words: content.slice(start, end + 1), terms: [...new Set(best.terms)], required: true, last });
    else if (!single.has(word)) units.push({ words: [word], required: true, last });
    single.add(word);
    start = end + 1;
  }
  if (!onlyFunctionWords) {
    for (const word of new Set(typed.filter((entry) => stopwords.has(entry))))
      units.push({ words: [word], required: false, last: false });
  }
  return units;
}

/**
 * The matches of a long form unit: pages with all its words, or that write one of its acronyms;
 * an acronym stands for all the words, so its score counts once for each.
 */
export const longFormMatches = (words: readonly WordMatches[], terms: readonly WordMatches[]): WordMatches =>
  terms.reduce((matches, term) => eitherOf(matches, term, words.length), allOf(words));
