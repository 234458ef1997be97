import { parseTex } from '../math/tex-source';
import { dateParts, isProceedings, nameParts, type CitablePaper } from './cite-data';

/**
 * Writes papers as BibTeX that LaTeX typesets and reference managers import, and that the atlas
 * reads back exactly (src/pipeline/formats/bibtex.ts): formulas stay TeX (`$\frac{a}{b}$`), every
 * other character is written so it means itself (`50\%`, `\textbackslash{}`).
 */

/** Characters of text that BibTeX or LaTeX would read as markup, written so they mean themselves. */
const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '`': '{`}',
  "'": "'{}",
  '"': '{"}',
  '-': '-{}',
  '|': '\\textbar{}',
  '\u00a0': '{\u00a0}',
};

/** Text as BibTeX, character for character: `--` stays two hyphens, `''` two apostrophes. */
function escapeText(text: string): string {
  return text.replace(/[\\{}$%&#_~^<>`"|\u00a0]|-(?=-)|'(?=')/gu, (char) => TEXT_ESCAPES[char] ?? char);
}

/**
 * Whether a formula can be written as TeX in a BibTeX value and read back as itself: its braces
 * balance, and it holds no `%` (a comment to TeX) and no dollar of its own.
 */
function writableFormula(source: string, tex: string): boolean {
  let depth = 0;
  for (let index = 0; index < tex.length; index += 1) {
    const char = tex[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
    else if (char === '%' || char === '$') return false;
  }
  return depth === 0 && /^(?:\$\$?|\\[([])/u.test(source);
}

/** A title or abstract as a BibTeX value: its formulas as TeX, the rest escaped. */
export function bibtexText(text: string): string {
  return parseTex(text)
    .map((segment) =>
      segment.kind === 'math' && writableFormula(segment.source, segment.tex)
        ? segment.source
        : escapeText(segment.source),
    )
    .join('');
}

/** A name as BibTeX wants it, family first, in braces where BibTeX would split it wrongly. */
function bibtexName(name: string): string {
  const parts = nameParts(name);
  if ('literal' in parts) return `{${escapeText(parts.literal)}}`;
  const family = escapeText(parts.family);
  // "and" inside a name, or a comma, would cut it; braces keep it whole.
  const guard = (text: string) => (/\band\b|,/iu.test(text) ? `{${text}}` : text);
  return `${guard(family)}, ${guard(escapeText(parts.given))}`;
}

/** The BibTeX type of a paper: a journal article, a conference paper, or a preprint. */
function entryType(paper: CitablePaper): { type: string; venueField?: string } {
  if (paper.venue)
    return isProceedings(paper.venue)
      ? { type: 'inproceedings', venueField: 'booktitle' }
      : { type: 'article', venueField: 'journal' };
  return { type: 'misc' };
}

/** What an entry holds besides the paper's reference: its abstract, or not. */
export interface BibtexOptions {
  abstract: boolean;
}

/**
 * One paper as a BibTeX entry: type, key, then its fields in a fixed order, from what the corpus
 * gave. The title is in double braces so bibliography styles keep its capitals.
 */
export function bibtexEntry(paper: CitablePaper, key: string, options: BibtexOptions = { abstract: true }): string {
  const { type, venueField } = entryType(paper);
  const [year, month, day] = dateParts(paper);
  const fields: Array<[string, string | undefined]> = [
    ['title', `{${bibtexText(paper.title)}}`],
    ['author', paper.authors?.length ? paper.authors.map(bibtexName).join(' and ') : undefined],
    ['year', year !== undefined ? String(year) : undefined],
    ['month', month !== undefined ? String(month) : undefined],
    ['date', paper.date && day !== undefined ? paper.date : undefined],
    [venueField ?? '', paper.venue && venueField ? escapeText(paper.venue) : undefined],
    ['doi', paper.doi],
    ['eprint', paper.arxivId],
    ['archiveprefix', paper.arxivId ? 'arXiv' : undefined],
    ['url', paper.url],
    ['abstract', options.abstract ? bibtexText(paper.abstract) : undefined],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[0] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@${type}{${key},\n${body}\n}\n`;
}
