import { cleanWhitespace } from '../parse-corpus';
import type { CorpusEntry, PaperMetadata, Problem } from '../types';

/** What every corpus format returns: the papers it read and whatever it could not place, with lines. */
export interface FormatResult {
  entries: CorpusEntry[];
  problems: Problem[];
}

/** A paper as a format's parser hands it over: plain values, not yet checked or cleaned. */
export interface RawPaper {
  title?: unknown;
  abstract?: unknown;
  authors?: unknown;
  year?: unknown;
  date?: unknown;
  arxivId?: unknown;
  doi?: unknown;
  url?: unknown;
  venue?: unknown;
}

/**
 * Column and property names each field is read from, compared without case, spaces, `_` or `-`.
 * They cover what reference managers export: Zotero's CSV ("Abstract Note", "Publication Year"),
 * CSL-JSON (`author`, `issued`, `DOI`, `URL`), Semantic Scholar and OpenAlex style JSON.
 */
const FIELD_NAMES: Record<keyof RawPaper, string[]> = {
  title: ['title', 'papertitle'],
  abstract: ['abstract', 'abstractnote', 'summary', 'description'],
  authors: ['authors', 'author', 'creators', 'authorlist'],
  year: ['year', 'publicationyear'],
  date: ['date', 'published', 'publicationdate', 'issued', 'publisheddate'],
  arxivId: ['arxivid', 'arxiv', 'eprint', 'arxivnumber'],
  doi: ['doi'],
  url: ['url', 'link', 'landingpage', 'paperurl'],
  venue: ['venue', 'journal', 'journaltitle', 'booktitle', 'containertitle', 'publicationtitle', 'journalref'],
};

/** `Abstract Note` → `abstractnote`: how column and property names are compared. */
export function foldFieldName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/gu, '');
}

/** Which paper field a column or property feeds, or undefined when the atlas does not use it. */
export function fieldFor(name: string): keyof RawPaper | undefined {
  const folded = foldFieldName(name);
  return (Object.keys(FIELD_NAMES) as Array<keyof RawPaper>).find((field) => FIELD_NAMES[field].includes(folded));
}

/** Objects that group identifiers, e.g. Semantic Scholar's `"externalIds": { "DOI": …, "ArXiv": … }`. */
const IDENTIFIER_GROUPS = ['externalids', 'ids', 'identifiers'];

/** Picks the paper fields out of an object whose keys are named as in {@link FIELD_NAMES}; the first name wins. */
export function rawPaperFromRecord(record: Record<string, unknown>): RawPaper {
  const raw: RawPaper = {};
  const groups = Object.entries(record)
    .filter(([name]) => IDENTIFIER_GROUPS.includes(foldFieldName(name)))
    .flatMap(([, value]) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [],
    );
  const fields = [...Object.entries(record), ...groups];
  for (const [name, value] of fields) {
    const field = fieldFor(name);
    if (field && raw[field] === undefined && value !== null && value !== '') raw[field] = value;
  }
  return raw;
}

const NEW_ARXIV_ID = /^\d{4}\.\d{4,5}$/u;
const OLD_ARXIV_ID = /^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}$/u;

/**
 * The arXiv identifier in any of the ways exports write it (`arXiv:2305.17333v2`,
 * `https://arxiv.org/abs/2305.17333`, `hep-th/9901001`), without its version; undefined if none.
 */
export function normaliseArxivId(text: string): string | undefined {
  const id = text
    .trim()
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//iu, '')
    .replace(/^arxiv:\s*/iu, '')
    .replace(/\.pdf$/iu, '')
    .replace(/v\d+$/u, '');
  return NEW_ARXIV_ID.test(id) || OLD_ARXIV_ID.test(id) ? id : undefined;
}

const DOI = /^10\.\d{4,9}\/\S+$/u;
/** arXiv registers a DOI for every paper: `10.48550/arXiv.<id>`. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/u;

/** A DOI without resolver prefix and in lower case (DOIs compare case-insensitively); undefined if none. */
export function normaliseDoi(text: string): string | undefined {
  const doi = text
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//iu, '')
    .replace(/^doi:\s*/iu, '')
    .toLowerCase();
  return DOI.test(doi) ? doi : undefined;
}

/** `2023-05-27T17:59:58Z` → `2023-05-27`; `2023/5` → `2023-05`; a number or `2023` → `2023`. */
export function normaliseDate(value: unknown): string | undefined {
  // CSL-JSON writes dates as { "date-parts": [[2023, 5, 27]] }.
  if (typeof value === 'object' && value !== null && 'date-parts' in value) {
    const parts = (value as { 'date-parts': unknown[][] })['date-parts'][0];
    return Array.isArray(parts) ? normaliseDate(parts.map(String).join('-')) : undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const match = String(value)
    .trim()
    .match(/^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/u);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const pad = (part: string) => part.padStart(2, '0');
  return [year, month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
}

/** `Malladi, Sadhika` → `Sadhika Malladi`, as reference managers write names in lists. */
function displayName(name: string): string {
  const inverted = cleanWhitespace(name)
    .normalize('NFC')
    .match(/^([^,]+),\s*([^,]+)$/u);
  return inverted ? `${inverted[2]} ${inverted[1]}` : cleanWhitespace(name).normalize('NFC');
}

function authorName(author: unknown): string | undefined {
  if (typeof author === 'string') return displayName(author) || undefined;
  if (typeof author !== 'object' || author === null) return undefined;
  const record = author as Record<string, unknown>;
  // CSL-JSON { given, family }, BibTeX parsers { firstName, lastName }, or a plain { name }.
  const parts = [
    record.given ?? record.firstName,
    record.prefix ?? record['non-dropping-particle'],
    record.family ?? record.lastName,
    record.suffix,
  ];
  const joined = parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
  const name =
    joined ||
    (typeof record.name === 'string' ? record.name : typeof record.literal === 'string' ? record.literal : '');
  return displayName(name) || undefined;
}

/**
 * Author names from a list, or from one string as spreadsheets write them: separated by `;`,
 * by ` and ` (BibTeX style) or by commas.
 */
export function normaliseAuthors(value: unknown): string[] | undefined {
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (typeof value === 'string') {
    const separator = value.includes(';') ? /;/u : /\s+and\s+/u.test(value) ? /\s+and\s+/u : /,/u;
    list = value.split(separator);
    // "Doe, Jane" is one name written family first, not two names: split by commas only when every part is a full name.
    if (separator.source === ',' && list.some((part) => typeof part === 'string' && !/\S\s+\S/u.test(part.trim())))
      list = [value];
  } else return undefined;
  const names = list.map(authorName).filter((name): name is string => name !== undefined);
  return names.length > 0 ? names : undefined;
}

/** Whitespace collapsed, and composed (NFC): LaTeX decoding gives `o` + a combining diaeresis where a page should show `ö`. */
function text(value: unknown): string {
  if (typeof value === 'string') return cleanWhitespace(value).normalize('NFC');
  if (typeof value === 'number') return String(value);
  return '';
}

/**
 * Checks and cleans one paper read by a format: title and abstract are required (a paper without
 * either is skipped with a warning naming its line), metadata is kept when it is well formed and
 * reported when it is not. An arXiv DOI also gives the arXiv id.
 */
export function toCorpusEntry(
  raw: RawPaper,
  file: string,
  line: number,
  what: string,
): { entry?: CorpusEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  const title = text(raw.title);
  const abstract = text(raw.abstract);
  if (!title || !abstract) {
    const missing = [title ? '' : 'title', abstract ? '' : 'abstract'].filter(Boolean);
    problems.push({
      severity: 'warning',
      file,
      line,
      message: `${what} has no ${missing.join(' and no ')}: skipped, since every paper needs a title and an abstract`,
      hint: `add the ${missing.join(' and the ')}, or remove it from the corpus to silence this warning`,
    });
    return { problems };
  }

  const metadata: PaperMetadata = {};
  const authors = normaliseAuthors(raw.authors);
  if (authors) metadata.authors = authors;

  const date = normaliseDate(raw.date) ?? normaliseDate(raw.year);
  if (date) {
    metadata.year = Number(date.slice(0, 4));
    if (date.length > 4) metadata.date = date;
  } else if (raw.date !== undefined || raw.year !== undefined) {
    problems.push({
      severity: 'warning',
      file,
      line,
      message: `${what} has a date that is not a year or a date: ${JSON.stringify(text(raw.date ?? raw.year))}; left out`,
      hint: 'write the year as four digits, or the date as YYYY-MM-DD',
    });
  }

  const leftOut = (field: string, value: string, hint: string) =>
    problems.push({
      severity: 'warning',
      file,
      line,
      message: `${what} has ${field}: ${JSON.stringify(value)}; left out`,
      hint,
    });

  const doiText = text(raw.doi);
  const doi = doiText ? normaliseDoi(doiText) : undefined;
  if (doi) metadata.doi = doi;
  else if (doiText)
    leftOut('a DOI that is not one', doiText, 'a DOI reads 10.<number>/<suffix>, e.g. 10.1145/3292500.3330701');

  const arxivText = text(raw.arxivId);
  const arxivFromDoi = doi?.match(ARXIV_DOI)?.[1];
  const arxivId =
    (arxivText ? normaliseArxivId(arxivText) : undefined) ??
    (arxivFromDoi ? normaliseArxivId(arxivFromDoi) : undefined);
  if (arxivId) metadata.arxivId = arxivId;
  else if (arxivText)
    leftOut('an arXiv id that is not one', arxivText, 'an arXiv id reads like 2305.17333 or hep-th/9901001');

  const url = text(raw.url);
  if (url && /^https?:\/\/\S+$/iu.test(url) && URL.canParse(url)) metadata.url = url;
  else if (url) leftOut('a URL that is not a web address', url, 'write the full address, starting with https://');

  // "arXiv preprint arXiv:2305.17333" names no venue: the arXiv id already says where to read it.
  const venue = text(raw.venue);
  if (venue && !/^arxiv\b/iu.test(venue)) metadata.venue = venue;

  return { entry: { title, abstract, ...metadata, source: { file, line } }, problems };
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
