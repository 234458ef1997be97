import { extname } from 'node:path';
import { parseArxivAtom } from './formats/arxiv-atom';
import { parseBibtex, type ReadOptions } from './formats/bibtex';
import { parseCsv } from './formats/csv';
import { parseJson, parseJsonLines } from './formats/json';
import type { FormatResult } from './formats/record';
import { parseCorpus } from './parse-corpus';

/** The corpus formats the atlas reads. */
export type CorpusFormat = 'listing' | 'bibtex' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'arxiv-atom';

const BY_EXTENSION: Record<string, CorpusFormat> = {
  '.bib': 'bibtex',
  '.bibtex': 'bibtex',
  '.biblatex': 'bibtex',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xml': 'arxiv-atom',
  '.atom': 'arxiv-atom',
};

/**
 * Which format a corpus file is in: by its extension, else (a `.txt` or no extension) by how it
 * starts: `@article{` is BibTeX, `<?xml` or `<feed` is Atom, `[` or `{` that parses is JSON;
 * anything else is the listing dump.
 */
export function detectFormat(file: string, text: string): CorpusFormat {
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  if (/^(?:%[^\n]*\n\s*)*@\s*[a-z]+\s*[{(]/iu.test(start)) return 'bibtex';
  if (/^<(?:\?xml|feed[\s>])/u.test(start)) return 'arxiv-atom';
  if (/^[[{]/u.test(start)) {
    try {
      JSON.parse(start);
      return 'json';
    } catch {
      const firstLine = start.split('\n', 1)[0] ?? '';
      if (firstLine.startsWith('{') && firstLine.trimEnd().endsWith('}')) return 'jsonl';
    }
  }
  return 'listing';
}

const READERS: Record<CorpusFormat, (text: string, file: string, options: ReadOptions) => FormatResult> = {
  listing: (text, file) => parseCorpus(text, file),
  bibtex: parseBibtex,
  json: (text, file) => parseJson(text, file),
  jsonl: parseJsonLines,
  csv: (text, file, options) => parseCsv(text, file, ',', options),
  tsv: (text, file, options) => parseCsv(text, file, '\t', options),
  'arxiv-atom': parseArxivAtom,
};

/**
 * Reads one decoded corpus file in whichever format it is: the papers it holds, with line numbers,
 * and every problem found, each with its line and what to do.
 */
export function readCorpusFile(
  text: string,
  file: string,
  options: ReadOptions = {},
): FormatResult & { format: CorpusFormat } {
  const format = detectFormat(file, text);
  return { format, ...READERS[format](text, file, options) };
}
