import { acronymDefinitions, type GlossaryPaper } from '../../lib/glossary';
import { looksLikeAcronym } from '../../pipeline/acronyms';
import { longFormKey, wordsOf } from '../shared/index-format';

/** An acronym as search reads it: one word, whichever way a page writes it. */
export interface AcronymTerm {
  /** The acronym's letters and digits run together, lower case: `rlhf`, `s2ft`, `fedsb`. */
  term: string;
  /** Its long forms, each as words (`reinforcement learning from human feedback`), with how many papers define it so. */
  longForms: Array<{ words: string[]; papers: number }>;
  /** The acronym as the words a page's text gives (`s 2 ft` for S^{2}FT), when not the term itself. */
  spellings: string[][];
}

/** Names a topic is also known as that are acronyms of its label ("LoRA" for Low-rank adaptation). */
export interface TopicNames {
  label: string;
  aliases: readonly string[];
}

/**
 * Whether a long form can be read as an acronym's: it begins with the acronym's first letter, and
 * has the acronym's letters in order. The glossary's reading of definitions is looser, and at
 * 10,000 papers a few would make "large language models" the long form of BPE.
 */
function spells(term: string, words: readonly string[]): boolean {
  const letters = term.replace(/[^a-z]/gu, '');
  const text = words.join(' ');
  if (letters === '' || text[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * The acronyms the papers define (as the glossary reads them: src/lib/glossary.ts) and the acronyms
 * among topics' other names, each with its long forms, by term. A long form of one word, one that
 * only spells the acronym again, or one that does not spell it (see `spells`) is left out.
 */
export function acronymTerms(
  papers: readonly GlossaryPaper[],
  topics: readonly TopicNames[],
  stopwords: ReadonlySet<string>,
): AcronymTerm[] {
  type Entry = { longForms: Map<string, { words: string[]; papers: number }>; spellings: Map<string, string[]> };
  const byTerm = new Map<string, Entry>();
  const add = (acronym: string, longForm: string, papers: number) => {
    const spelled = wordsOf(acronym);
    const term = spelled.join('');
    const words = wordsOf(longForm);
    if (term.length < 2 || stopwords.has(term) || words.length < 2 || words.join('') === term) return;
    if (!spells(term, words)) return;
    let entry = byTerm.get(term);
    if (!entry) byTerm.set(term, (entry = { longForms: new Map(), spellings: new Map() }));
    const key = words.join(' ');
    const known = entry.longForms.get(key);
    entry.longForms.set(key, { words, papers: (known?.papers ?? 0) + papers });
    if (spelled.length > 1) entry.spellings.set(spelled.join(' '), spelled);
  };
  for (const [acronym, expansions] of acronymDefinitions(papers))
    for (const { spellings, definedIn } of expansions.values())
      for (const longForm of spellings.keys()) add(acronym, longForm, definedIn.length);
  for (const topic of topics)
    for (const alias of topic.aliases) if (looksLikeAcronym(alias)) add(alias, topic.label, 1);
  return [...byTerm]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([term, { longForms, spellings }]) => ({
      term,
      longForms: [...longForms.values()],
      spellings: [...spellings.values()],
    }));
}

/** A word and, for the last word of a long form, its singular or plural (networks, network). */
function formsOf(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`];
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** An acronym found in a run of words: the key it is indexed under, and the words it spans. */
export interface FoundTerm {
  key: string;
  start: number;
  length: number;
}

/**
 * Finds acronyms in a run of words, each where the words write it in other words (`s 2 ft`, the
 * plural `cnns`: indexed under its term) or write one of its long forms (indexed under the term's
 * long form key, so that typing one long form does not find pages with another: VQA is visual
 * question answering and video quality assessment). The last word of a pattern may be in the
 * singular or the plural.
 */
export function termFinder(terms: readonly AcronymTerm[]): (words: readonly string[]) => FoundTerm[] {
  // Patterns by their first two words (the last in each of its forms), so that each word of the
  // atlas's text costs a lookup or two: a word like "visual" begins dozens of long forms.
  const patterns = new Map<string, Array<{ words: string[]; key: string }>>();
  const addPattern = (words: string[], key: string) => {
    const firsts = words.length === 1 ? [`${words[0] as string}s`] : [words[0] as string];
    const seconds = words.length === 1 ? [''] : words.length === 2 ? formsOf(words[1] as string) : [words[1] as string];
    for (const first of firsts) {
      for (const second of seconds) {
        const lookup = `${first} ${second}`;
        let list = patterns.get(lookup);
        if (!list) patterns.set(lookup, (list = []));
        list.push({ words, key });
      }
    }
  };
  for (const { term, longForms, spellings } of terms) {
    for (const { words } of longForms) addPattern(words, longFormKey(term));
    for (const words of spellings) addPattern(words, term);
    addPattern([term], term);
  }
  const rest = (pattern: readonly string[], words: readonly string[], start: number) =>
    pattern.every((expected, offset) => {
      if (offset < 2) return true;
      const actual = words[start + offset];
      if (offset < pattern.length - 1) return actual === expected;
      return actual !== undefined && formsOf(expected).includes(actual);
    });
  // Most words of a text begin no pattern: one set lookup each.
  const firsts = new Set([...patterns.keys()].map((lookup) => lookup.slice(0, lookup.indexOf(' '))));
  return (words) => {
    const found: FoundTerm[] = [];
    words.forEach((word, start) => {
      if (!firsts.has(word)) return;
      for (const lookup of [`${word} `, `${word} ${words[start + 1] ?? ''}`]) {
        for (const pattern of patterns.get(lookup) ?? []) {
          // A one-word pattern is an acronym in the plural: in the singular it is indexed already.
          if (pattern.words.length === 1 ? word === pattern.key : !rest(pattern.words, words, start)) continue;
          found.push({ key: pattern.key, start, length: pattern.words.length });
        }
      }
    });
    return found;
  };
}

/**
 * What a search needs to read a long form typed in full as its acronym: under the long form's first
 * word, the rest of it without function words, and the term. A long form several acronyms have is
 * read as the one most papers define it for (large language models: LLM, not LM or LLMs), so that
 * typing it costs one more shard at most.
 */
export function longFormTable(
  terms: readonly AcronymTerm[],
  stopwords: ReadonlySet<string>,
): Map<string, Array<[rest: string, term: string]>> {
  const best = new Map<string, { first: string; rest: string; term: string; papers: number }>();
  for (const { term, longForms } of terms) {
    for (const { words, papers } of longForms) {
      const content = words.filter((word) => !stopwords.has(word));
      if (content.length < 2) continue;
      const [first, ...rest] = content as [string, ...string[]];
      const key = content.join(' ');
      const known = best.get(key);
      if (!known || papers > known.papers) best.set(key, { first, rest: rest.join(' '), term, papers });
    }
  }
  const table = new Map<string, Array<[string, string]>>();
  for (const { first, rest, term } of best.values()) {
    let list = table.get(first);
    if (!list) table.set(first, (list = []));
    list.push([rest, term]);
  }
  return table;
}
