import { dateParts, isProceedings, nameParts, type CitablePaper } from './cite-data';

/**
 * A paper as RIS (EndNote, Zotero, Mendeley, RefWorks) and as CSL-JSON (Zotero, Pandoc, citeproc).
 * Titles and abstracts are written as the corpus gave them, formulas in TeX: both formats carry
 * plain text, and reference managers keep it as it is.
 */

type Kind = 'journal' | 'proceedings' | 'preprint' | 'other';

function kindOf(paper: CitablePaper): Kind {
  if (paper.venue) return isProceedings(paper.venue) ? 'proceedings' : 'journal';
  return paper.arxivId ? 'preprint' : 'other';
}

/** RIS holds one line per value: line breaks in a value would start a new tag. */
const risValue = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** One paper as an RIS record, ending with `ER  - `. */
export function risRecord(paper: CitablePaper, key: string): string {
  const type = { journal: 'JOUR', proceedings: 'CPAPER', preprint: 'PREPRINT', other: 'GEN' }[kindOf(paper)];
  const [year, month, day] = dateParts(paper);
  const pad = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
  const lines: Array<[string, string | undefined]> = [
    ['TY', type],
    ['ID', key],
    ['TI', paper.title],
    ...(paper.authors ?? []).map((name): [string, string] => {
      const parts = nameParts(name);
      return ['AU', 'literal' in parts ? parts.literal : `${parts.family}, ${parts.given}`];
    }),
    ['PY', year !== undefined ? String(year) : undefined],
    ['DA', year !== undefined ? `${year}/${pad(month)}/${pad(day)}/` : undefined],
    [kindOf(paper) === 'proceedings' ? 'T2' : 'JO', paper.venue],
    ['DO', paper.doi],
    ['UR', paper.url],
    ['AN', paper.arxivId ? `arXiv:${paper.arxivId}` : undefined],
    ['AB', paper.abstract],
  ];
  const body = lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([tag, value]) => `${tag}  - ${risValue(value)}`)
    .join('\n');
  return `${body}\nER  - \n`;
}

/** A CSL-JSON item, as Zotero exports and imports it. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: Array<{ family: string; given: string } | { literal: string }>;
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract: string;
}

/** One paper as a CSL-JSON item; an arXiv preprint is an `article` with arXiv as its publisher. */
export function cslItem(paper: CitablePaper, key: string): CslItem {
  const kind = kindOf(paper);
  const parts = dateParts(paper);
  const item: CslItem = {
    id: key,
    type: { journal: 'article-journal', proceedings: 'paper-conference', preprint: 'article', other: 'article' }[kind],
    title: paper.title,
    abstract: paper.abstract,
  };
  if (paper.authors?.length) item.author = paper.authors.map(nameParts);
  if (parts.length > 0) item.issued = { 'date-parts': [parts] };
  if (paper.venue) item['container-title'] = paper.venue;
  if (kind === 'preprint' && paper.arxivId) {
    item.publisher = 'arXiv';
    item.number = paper.arxivId;
  }
  if (paper.doi) item.DOI = paper.doi;
  if (paper.url) item.URL = paper.url;
  // The abstract last, after the short fields a reader looks for.
  const { abstract, ...rest } = item;
  return { ...rest, abstract };
}
