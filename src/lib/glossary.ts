import { findAcronymDefinitions, singularAcronym } from '../pipeline/acronyms';
import { toSlug } from '../pipeline/slug';
import { escapeRegExp } from '../pipeline/text';
import { byText } from './text-order';

/** What a glossary needs of a paper. */
export interface GlossaryPaper {
  slug: string;
  title: string;
  abstract: string;
}

/** One acronym of the corpus: how papers expand it, which papers define it and which use it. */
export interface GlossaryEntry {
  acronym: string;
  /** The fragment id of the entry on its page of the glossary (/glossary/, /glossary/page/<n>/). */
  anchor: string;
  /** Each distinct long form (case, hyphens and spacing aside), most often written first. */
  expansions: Array<{ longForm: string; definedIn: string[] }>;
  /** Papers whose title or abstract mentions the acronym (or its plural), in the order given. */
  usedBy: string[];
}

const byLetterThenCodeUnit = (a: string, b: string) => byText(a, b) || (a < b ? -1 : a > b ? 1 : 0);
/** Long forms that differ only in case, hyphens, spacing or a final plural are one expansion. */
const expansionKey = (longForm: string) =>
  longForm
    .toLowerCase()
    .replace(/[\s\-‐–]+/gu, ' ')
    .trim()
    .replace(/(?<=\p{L}{3})s$/u, '');
/** A long form spanning a sentence boundary was read past the start of its phrase. */
const crossesSentence = (longForm: string) => /[.!?;:]\s/u.test(longForm);

/** Whether a text mentions an acronym as a whole word, written exactly, or its plural (`LLMs`). */
function mentionOf(acronym: string): (text: string) => boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}s?(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(text);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * `mentionOf(acronym)` over every paper for one acronym at a time, without testing every paper: papers are
 * indexed by their words (runs of letters and digits), and only papers holding the acronym's first
 * word are tested. Papers come back in the order given.
 */
function mentionIndex(papers: GlossaryPaper[]): (acronym: string) => number[] {
  const texts = papers.map((paper) => `${paper.title} ${paper.abstract}`);
  const byWord = new Map<string, number[]>();
  texts.forEach((text, index) => {
    for (const word of new Set(text.match(WORD) ?? [])) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  return (acronym) => {
    const first = acronym.match(WORD)?.[0];
    // An acronym of one word is mentioned exactly where it or its plural is a word of the text:
    // the index is the answer, with no text to test (a pattern per acronym tested on each
    // candidate text cost a second at 10,000 papers).
    if (first === acronym)
      return [...new Set([...(byWord.get(first) ?? []), ...(byWord.get(`${first}s`) ?? [])])].sort((a, b) => a - b);
    const mentions = mentionOf(acronym);
    // An acronym that does not start with a word has no first word to look up.
    if (first === undefined || !acronym.startsWith(first))
      return texts.flatMap((text, index) => (mentions(text) ? [index] : []));
    return (byWord.get(first) ?? []).filter((index) => mentions(texts[index]!));
  };
}

/** Each acronym the papers define, with its long forms: for each, how it is spelled and which papers define it. */
export type AcronymDefinitions = Map<string, Map<string, { spellings: Map<string, number>; definedIn: string[] }>>;

/**
 * The acronyms the papers define ("Direct Preference Optimization (DPO)") and their long forms,
 * read as the glossary reads them: plural definitions ("LLMs") count for the singular, long forms
 * that differ only in case, hyphens, spacing or a final plural are one. For the glossary page and
 * for search, which takes an acronym and its long forms for one word.
 */
export function acronymDefinitions(papers: readonly GlossaryPaper[]): AcronymDefinitions {
  const definitions: AcronymDefinitions = new Map();
  for (const paper of papers) {
    for (const { acronym, longForm } of findAcronymDefinitions(`${paper.title}. ${paper.abstract}`)) {
      if (crossesSentence(longForm)) continue;
      const singular = singularAcronym(acronym);
      const expansions = definitions.get(singular) ?? new Map();
      definitions.set(singular, expansions);
      const key = expansionKey(longForm);
      const expansion = expansions.get(key) ?? { spellings: new Map<string, number>(), definedIn: [] };
      expansions.set(key, expansion);
      expansion.spellings.set(longForm, (expansion.spellings.get(longForm) ?? 0) + 1);
      if (!expansion.definedIn.includes(paper.slug)) expansion.definedIn.push(paper.slug);
    }
  }
  return definitions;
}

/**
 * Every acronym the papers define, in alphabetical order, with its expansions and the papers that
 * use it (see `acronymDefinitions`).
 */
export function buildGlossary(papers: GlossaryPaper[]): GlossaryEntry[] {
  const definitions = acronymDefinitions(papers);
  const papersMentioning = mentionIndex(papers);
  const entries: GlossaryEntry[] = [];
  const anchors = new Set<string>();
  for (const [acronym, expansions] of definitions) {
    const ranked = [...expansions.values()]
      .map(({ spellings, definedIn }) => ({
        // The spelling most papers use; ties go to the one written first (the sort is stable).
        longForm: [...spellings].sort((a, b) => b[1] - a[1])[0]![0],
        definedIn,
      }))
      .sort((a, b) => b.definedIn.length - a.definedIn.length || byLetterThenCodeUnit(a.longForm, b.longForm));
    const usedBy = papersMentioning(acronym).map((index) => papers[index]!.slug);
    entries.push({ acronym, anchor: '', expansions: ranked, usedBy });
  }
  entries.sort((a, b) => byLetterThenCodeUnit(a.acronym, b.acronym));
  // Acronyms that differ only in case ("SOTA", "SoTA") get numbered anchors, in page order.
  for (const entry of entries) {
    const base = toSlug(entry.acronym) || 'acronym';
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `${base}-${n}`;
    anchors.add(anchor);
    entry.anchor = anchor;
  }
  return entries;
}
