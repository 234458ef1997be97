/** Small text utilities shared by the extraction stages (and, having no imports, by search in the browser). */

/** Lower case, accents removed, every run of non-letters and non-digits a single space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Sentence {
  text: string;
  start: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|Sec|approx|resp|w\.r\.t|a\.k\.a)\.$/iu;

/**
 * A sentence's end with the space after it lost: "…efficiency.To address these issues, we …". The
 * word before it is in lower case throughout, so names with a dot in them ("Abs.Rel", "NeuRex.Edge",
 * "Leonardo.Ai") stay whole; a lost space after a capitalised word ("Transformer.We") is missed.
 * The mark comes first and the look back after it: a look back first is tried at every character
 * of the text, which made splitting an abstract some 80 times slower.
 */
export const GLUED_SENTENCE_END = String.raw`[.!?](?<=(?<![\p{L}\p{N}.])\p{Ll}{2,}[.!?])(?=\p{Lu}\p{Ll})`;

/**
 * Splits an abstract into sentences at `.`, `!` or `?` followed by a space and a capital, digit or
 * bracket, or glued to the next sentence (`GLUED_SENTENCE_END`), leaving abbreviations ("e.g.",
 * "et al.") and decimals ("3.5x") inside their sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = new RegExp(String.raw`[.!?](?=\s+[\p{Lu}\p{N}(["'“])|${GLUED_SENTENCE_END}`, 'gu');
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 12), end))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push({ text: sentence, start });
    start = end;
    while (start < text.length && /\s/u.test(text[start] as string)) start += 1;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push({ text: last, start });
  return sentences;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}]+/giu;

/** Code and project URLs written in an abstract, without the sentence punctuation that follows them. */
export function findLinks(text: string): string[] {
  const links = Array.from(text.matchAll(URL_PATTERN), (match) => match[0].replace(/[.,;:!?)\]]+$/u, ''));
  return Array.from(new Set(links));
}

/**
 * English function words. Written in capitals they are still not acronyms or names ("AS", "IS",
 * "OR" in an all-caps title or a definition like "(OR)").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the of in on at for to and or nor but with by from as is are was were be been being it its this that these those we our us you your he she they them their which who whom whose what when where why how not no do does did can could will would shall should may might must than then so if'.split(
    ' ',
  ),
);

/** LaTeX text commands keep their words: "(\\textit{i.e.,} X, Y)" reads "(i.e., X, Y)". */
export const unmark = (text: string) => text.replace(/\\(?:text\w*|emph|mathrm|mathbf|mathit)\{([^{}]*)\}/gu, '$1');

/**
 * As `unmark`, and a name set in inline maths is read as written ("$\\texttt{JailBreakBench}$");
 * maths with a script or a symbol ("$^3$", "$\\alpha$") is left as it is.
 */
export const unmarkNames = (text: string) => unmark(text).replace(/\$(\p{L}[\p{L}\p{N}.+-]{0,39})\$/gu, '$1');

/**
 * As `unmark`, and a symbol or short name set in inline maths is read as written, for reading names:
 * "$τ$-Bench", "($\\mathtt{PAE}$)".
 */
export const unmarkMaths = (text: string) =>
  unmark(text)
    .replace(/\\math(?:tt|sf)\{([^{}]*)\}/gu, '$1')
    .replace(/\$([^\s$\\]{1,12})\$/gu, '$1');

/**
 * `read` remembered per word: extraction asks the same questions of the same words in every
 * sentence of every paper, and a corpus has far fewer distinct words than words. The memory is
 * emptied when it holds `limit` words, so a large corpus cannot grow it without end.
 */
export function rememberedPerWord<T>(read: (word: string) => T, limit: number): (word: string) => T {
  const remembered = new Map<string, T>();
  return (word) => {
    if (remembered.has(word)) return remembered.get(word) as T;
    if (remembered.size >= limit) remembered.clear();
    const value = read(word);
    remembered.set(word, value);
    return value;
  };
}

/** A text to match literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
