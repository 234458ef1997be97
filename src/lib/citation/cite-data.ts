import type { PaperMetadata } from '../../model/paper';

/** What a citation is made of: what the corpus gave about a paper, and its page in the atlas. */
export interface CitablePaper extends PaperMetadata {
  slug: string;
  title: string;
  abstract: string;
}

const PROCEEDINGS = /\b(?:proceedings|conference|workshop|symposium|meeting|congress)\b|^(?:Proc\.|In )/iu;

/** Whether a venue is a conference's or workshop's proceedings rather than a journal, by its name. */
export const isProceedings = (venue: string) => PROCEEDINGS.test(venue);

/** An author's name in parts, as reference formats want it; a one-word name is kept whole. */
export type NameParts = { family: string; given: string } | { literal: string };

/** Words that belong to the family name when they come before it: "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'bin',
  'al',
]);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/**
 * Splits a name as the corpus gives it ("Sadhika Malladi", "Edward J. Hu", "Jan van Leeuwen") into
 * family and given names: the last word, with the particles before it, is the family name.
 */
export function nameParts(name: string): NameParts {
  const words = name.trim().split(/\s+/u);
  if (words.length >= 3 && SUFFIX.test(words.at(-1) ?? '')) {
    const suffix = words.pop() as string;
    const parts = nameParts(words.join(' '));
    return 'family' in parts ? { family: parts.family, given: `${parts.given}, ${suffix}` } : parts;
  }
  if (words.length < 2) return { literal: name.trim() };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] as string).toLowerCase())) start -= 1;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

/** The date parts a paper has: `[2023, 5, 27]`, `[2023, 5]` or `[2023]`; empty without a year. */
export function dateParts(paper: PaperMetadata): number[] {
  if (paper.date) return paper.date.split('-').map(Number);
  return paper.year !== undefined ? [paper.year] : [];
}

/** Words a cite key skips at the start of a title. */
const FUNCTION_WORDS = new Set(
  'a an the on of in for to and or with from towards toward via by at is are do does can how what when why which'.split(
    ' ',
  ),
);

/** Letters only, lower case, accents dropped: "Müller" → "muller". */
const keyPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');

/** The cite key a paper would have on its own: first author's family name, year, first word of the title. */
export function baseCiteKey(paper: CitablePaper): string {
  const first = paper.authors?.[0];
  const parts = first ? nameParts(first) : undefined;
  const family = parts ? keyPart('family' in parts ? parts.family : parts.literal) : '';
  // The title's words as a reader sees them: TeX marks and maths are not words.
  const words = paper.title
    .replace(/\$[^$]*\$|\\[A-Za-z]+/gu, ' ')
    .split(/[\s:/]+/u)
    .map(keyPart)
    .filter((word) => word !== '');
  const meaningful = words.filter((word) => !FUNCTION_WORDS.has(word));
  const word = meaningful[0] ?? words[0] ?? '';
  // Without an author, two title words tell papers apart better than one.
  const key = family ? `${family}${paper.year ?? ''}${word}` : `${word}${paper.year ?? ''}${meaningful[1] ?? ''}`;
  return key || 'paper';
}

/**
 * A cite key for every paper of the atlas, unique across it: `malladi2023finetuning`; papers
 * whose keys would be the same get `a`, `b`, … in order of date, then arXiv id, then slug, so the
 * paper published first keeps the plain key and a paper added later rarely changes another's.
 */
export function citeKeys(papers: readonly CitablePaper[]): Map<string, string> {
  const byBase = new Map<string, CitablePaper[]>();
  for (const paper of papers) {
    const base = baseCiteKey(paper);
    byBase.set(base, [...(byBase.get(base) ?? []), paper]);
  }
  const keys = new Map<string, string>();
  const taken = new Set(byBase.keys());
  const order = (paper: CitablePaper) => [paper.date ?? String(paper.year ?? '9999'), paper.arxivId ?? '~', paper.slug];
  const compare = (a: CitablePaper, b: CitablePaper) => {
    const [x, y] = [order(a), order(b)];
    for (let index = 0; index < x.length; index += 1)
      if (x[index] !== y[index]) return (x[index] as string) < (y[index] as string) ? -1 : 1;
    return 0;
  };
  for (const [base, group] of byBase) {
    const sorted = [...group].sort(compare);
    keys.set((sorted[0] as CitablePaper).slug, base);
    let suffix = 0;
    for (const paper of sorted.slice(1)) {
      let key: string;
      do key = `${base}${suffixName(suffix++)}`;
      while (taken.has(key));
      taken.add(key);
      keys.set(paper.slug, key);
    }
  }
  return keys;
}

/** 0 → a, 25 → z, 26 → aa: as reference managers disambiguate keys. */
function suffixName(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : `${suffixName(Math.floor(index / 26) - 1)}${letter}`;
}
