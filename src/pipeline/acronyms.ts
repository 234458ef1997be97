import { FUNCTION_WORDS } from './text';

/** An acronym a paper defines, joined to its long form: "Direct Preference Optimization (DPO)". */
export interface AcronymDefinition {
  acronym: string;
  longForm: string;
}

/**
 * The letters an acronym spells, lower-cased. A superscript count repeats its letter, as in
 * "S^{2}FT" for Structured Sparse Fine-Tuning; other digits are not spelled by the long form.
 */
function acronymLetters(acronym: string): string {
  return acronym
    .replace(/(\p{L})\^\{?(\d)\}?/gu, (_, letter: string, count: string) => letter.repeat(Number(count)))
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** Initials of words, and of the parts of hyphenated words ("Fine-Tuning" gives f and t). */
function initials(words: string[], splitHyphens: boolean): string {
  return words
    .flatMap((word) => (splitHyphens ? word.split('-') : [word]))
    .map((word) => word.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() ?? '')
    .join('');
}

/**
 * Whether a phrase is written out letter for letter by an acronym: the initials of its words, or of
 * the parts of its hyphenated words, spell it ("computer-aided design" for CAD, "large language
 * model" for LLMs).
 */
export function spellsAcronym(phrase: string, acronym: string): boolean {
  const letters = acronymLetters(singularAcronym(acronym));
  const words = phrase.split(/\s+/u);
  return letters.length >= 2 && (initials(words, false) === letters || initials(words, true) === letters);
}

/** Two or more capitals, at most 15 characters, allowing LaTeX-ish marks ("S^{2}FT") and hyphens. */
export function looksLikeAcronym(text: string): boolean {
  return (
    !FUNCTION_WORDS.has(text.toLowerCase()) &&
    text.length <= 15 &&
    /^[\p{L}\p{N}][\p{L}\p{N}^{}\-_*]*$/u.test(text) &&
    (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2
  );
}

/**
 * The shortest run of words before a parenthesis whose letters spell the acronym in order, the first
 * letter starting a word (Schwartz & Hearst, 2003). Returns null when the words do not spell it.
 */
export function findLongForm(acronym: string, before: string): string | null {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return null;
  const words = before
    .trim()
    .replace(/["'“”‘’]+$/u, '')
    .split(/\s+/u);
  // A long form has at most min(|A| + 5, |A| * 2) words.
  const window = words.slice(-Math.min(letters.length + 5, letters.length * 2));
  // Best case: the words' initials spell the acronym ("Proximal Policy Optimization" for PPO).
  for (let count = 1; count <= window.length; count += 1) {
    const tail = window.slice(-count);
    if (initials(tail, false) === letters || initials(tail, true) === letters) {
      return tail.join(' ').replace(/^[^\p{L}\p{N}]+/u, '');
    }
  }
  const candidate = window.join(' ');
  let letterIndex = letters.length - 1;
  let charIndex = candidate.length - 1;
  while (letterIndex >= 0) {
    const letter = letters[letterIndex] as string;
    while (
      charIndex >= 0 &&
      (candidate[charIndex]?.toLowerCase() !== letter ||
        (letterIndex === 0 && charIndex > 0 && /[\p{L}\p{N}]/u.test(candidate[charIndex - 1] as string)))
    ) {
      charIndex -= 1;
    }
    if (charIndex < 0) return null;
    letterIndex -= 1;
    charIndex -= 1;
  }
  const start = candidate.lastIndexOf(' ', charIndex) + 1;
  const longForm = candidate
    .slice(start)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
  // The long form must be longer than the acronym and not just repeat it.
  if (longForm.length <= acronym.length || acronymLetters(longForm) === letters) return null;
  return longForm;
}

/** "(ACR)", "(ACR; …)", "(ACR, …)", and "(ACR for short)". */
const DEFINITION = /\(([^()\s;,]{2,15})(?:[;,][^()]*|,?\s+for\s+short)?\)/gu;

/** The singular of a plural acronym: "LLMs" → "LLM"; other acronyms are returned as they are. */
export function singularAcronym(acronym: string): string {
  return /^[\p{Lu}][\p{L}\p{N}-]*\p{Lu}s$/u.test(acronym) ? acronym.slice(0, -1) : acronym;
}

/** Every "Long Form (ACRONYM)" an abstract defines, in the order written. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[1] as string;
    if (!looksLikeAcronym(acronym)) continue;
    const before = text.slice(Math.max(0, match.index - 160), match.index);
    const longForm = findLongForm(acronym, before);
    if (longForm) definitions.push({ acronym, longForm });
  }
  return definitions;
}

/**
 * Whether the abstract writes `after` right after one of the brackets that define `acronym`
 * ("… (HFR) module", "… (PPM) algorithm", "… (G2P) conversion"), within `reach` characters: what
 * an abstract calls an acronym once spelled out. `after` must be anchored at its start.
 */
export function writtenAfterDefinition(abstract: string, acronym: string, after: RegExp, reach = Infinity): boolean {
  const defined = `(${acronym})`;
  for (let at = abstract.indexOf(defined); at >= 0; at = abstract.indexOf(defined, at + 1)) {
    const end = at + defined.length;
    if (after.test(abstract.slice(end, end + reach))) return true;
  }
  return false;
}
