import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CorpusEntry, Problem } from '../types';
import { lineAt, toCorpusEntry, type FormatResult } from './record';

const ATOM_HINT =
  'save the response of the arXiv API (export.arxiv.org/api/query?…), an Atom feed whose root is <feed> with one <entry> per paper';

interface AtomLink {
  href?: string;
  rel?: string;
  title?: string;
}

interface AtomEntry {
  id?: unknown;
  title?: unknown;
  summary?: unknown;
  published?: unknown;
  author?: Array<{ name?: unknown }>;
  doi?: unknown;
  journal_ref?: unknown;
  link?: AtomLink[];
}

/** Text of an element that may carry attributes (`<title type="html">`), which the parser puts in an object. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '#text' in value)
    return textOf((value as { '#text': unknown })['#text']);
  return undefined;
}

/**
 * Reads an arXiv API response (Atom XML): per `<entry>`, its title, `<summary>` (the abstract),
 * `<author><name>`s, `<published>` date, arXiv id (from `<id>`), `<arxiv:doi>` and the abstract
 * page link. XML that is not well formed, or is not an Atom feed, is an error with its line;
 * unless `strict`, a feed with an entry that is not well formed is read entry by entry, and that
 * entry is skipped with a warning.
 */
export function parseArxivAtom(text: string, file: string, options: { strict?: boolean } = {}): FormatResult {
  const valid = XMLValidator.validate(text);
  const byEntry = valid !== true && !options.strict ? readEntryByEntry(text, file) : undefined;
  if (byEntry && byEntry.entries.length > 0) return byEntry;
  if (valid !== true) {
    return {
      entries: [],
      problems: [
        {
          severity: 'error',
          file,
          line: valid.err.line,
          message: `not well-formed XML: ${valid.err.msg}`,
          hint: `fix the markup at this line, or ${ATOM_HINT}`,
        },
      ],
    };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // The arXiv API writes `arxiv:doi`; another prefix for the same namespace should read the same.
    removeNSPrefix: true,
    parseTagValue: false,
    captureMetaData: true,
    isArray: (name) => ['entry', 'author', 'link'].includes(name),
  });
  const document = parser.parse(text) as Record<string, unknown>;
  const rootName = Object.keys(document).find((name) => !name.startsWith('?'));
  const feed = document.feed as { entry?: AtomEntry[] } | undefined;
  if (rootName !== 'feed' || typeof feed !== 'object' || feed === null) {
    return {
      entries: [],
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          message: `not an Atom feed: the root element is <${rootName ?? 'none'}>, expected <feed>`,
          hint: ATOM_HINT,
        },
      ],
    };
  }

  const position = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const entries: CorpusEntry[] = [];
  const problems: Problem[] = [];
  for (const [index, entry] of (feed.entry ?? []).entries()) {
    const start = (entry as unknown as Record<symbol, { startIndex?: number } | undefined>)[position]?.startIndex;
    const line = start === undefined ? 1 : lineAt(text, start);
    const links = entry.link ?? [];
    const page = links.find((link) => link.rel === 'alternate')?.href ?? textOf(entry.id);
    const read = toCorpusEntry(
      {
        title: textOf(entry.title),
        abstract: textOf(entry.summary),
        authors: (entry.author ?? []).map((author) => textOf(author.name)).filter(Boolean),
        date: textOf(entry.published),
        arxivId: textOf(entry.id),
        doi: textOf(entry.doi),
        venue: textOf(entry.journal_ref),
        url: page,
      },
      file,
      line,
      `entry ${index + 1}`,
    );
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'the feed has no <entry>: no paper to read',
      hint: `check the query returned results, or ${ATOM_HINT}`,
    });
  }
  return { entries, problems };
}

/** Each `<entry>` of a feed that is not well formed as a whole, read on its own; broken ones skipped with a warning. */
function readEntryByEntry(text: string, file: string): FormatResult {
  const entries: CorpusEntry[] = [];
  const problems: Problem[] = [];
  const chunks = [...text.matchAll(/<entry[\s>][\s\S]*?<\/entry>/gu)];
  for (const opening of text.matchAll(/<entry[\s>]/gu)) {
    const at = opening.index ?? 0;
    if (chunks.some((chunk) => (chunk.index ?? 0) <= at && at < (chunk.index ?? 0) + chunk[0].length)) continue;
    problems.push({
      severity: 'warning',
      file,
      line: lineAt(text, at),
      message: 'an <entry> is never closed; it is skipped, the other entries are read',
      hint: 'add the missing </entry>, or save the response of the arXiv API again',
    });
  }
  for (const match of chunks) {
    const offset = lineAt(text, match.index ?? 0) - 1;
    const valid = XMLValidator.validate(match[0]);
    if (valid !== true) {
      problems.push({
        severity: 'warning',
        file,
        line: offset + valid.err.line,
        message: `an entry is not well-formed XML (${valid.err.msg}); it is skipped, the other entries are read`,
        hint: 'fix the markup at this line, or save the response of the arXiv API again',
      });
      continue;
    }
    // On one line with the entry's first, the wrapper keeps its line numbers.
    const read = parseArxivAtom(`<feed>${match[0]}</feed>`, file, { strict: true });
    entries.push(...read.entries.map((entry) => ({ ...entry, source: { file, line: entry.source.line + offset } })));
    problems.push(...read.problems.map((problem) => ({ ...problem, line: problem.line + offset })));
  }
  return { entries, problems };
}
