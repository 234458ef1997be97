import { CsvError, parse } from 'csv-parse/sync';
import type { CorpusEntry, Problem } from '../types';
import { fieldFor, rawPaperFromRecord, toCorpusEntry, type FormatResult } from './record';

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Reads a spreadsheet export with a header row: CSV (`delimiter` ","), or TSV ("\t"). Columns are
 * found by name, loosely (`Title`, `Abstract Note`, `Publication Year`, `DOI`, `arXiv ID`, `URL`,
 * `Author` with names separated by ";"), so Zotero's CSV export works as it is. A file without a
 * title or abstract column is an error naming the columns it has.
 */
export function parseCsv(
  text: string,
  file: string,
  delimiter: ',' | '\t' = ',',
  options: { strict?: boolean } = {},
): FormatResult {
  let rows: CsvRow[];
  // A row that cannot be read (a cell count that does not match the header) is skipped with a warning, unless strict.
  const skipped: Problem[] = [];
  try {
    rows = parse(text, {
      bom: true,
      delimiter,
      info: true,
      raw: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: options.strict !== true,
      on_skip: (error: CsvError | undefined) => {
        if (!error) return;
        const line = (error as CsvError & { lines?: number }).lines ?? 1;
        skipped.push({
          severity: 'warning',
          file,
          line,
          message: `a row that is not valid ${delimiter === ',' ? 'CSV' : 'TSV'} is skipped, the others are read: ${error.message}`,
          hint: 'every row needs as many cells as the header, and a cell that holds a quote, delimiter or line break must be quoted ("…", with quotes inside doubled)',
        });
      },
    }) as unknown as CsvRow[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return {
      entries: [],
      problems: [
        {
          severity: 'error',
          file,
          line,
          message: `not a valid ${delimiter === ',' ? 'CSV' : 'TSV'} table: ${error.message}`,
          hint: 'every row needs as many cells as the header, and a cell that holds a quote, delimiter or line break must be quoted ("…", with quotes inside doubled)',
        },
      ],
    };
  }

  const [header, ...body] = rows;
  const columns = header?.record.map((name) => name.trim()) ?? [];
  const missing = ['title', 'abstract'].filter((field) => !columns.some((name) => fieldFor(name) === field));
  if (!header || missing.length > 0) {
    return {
      entries: [],
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          message: `the header row has no ${missing.join(' or ')} column (columns: ${columns.map((name) => JSON.stringify(name)).join(', ') || 'none'})`,
          hint: `name the columns in the first row, at least "title" and "abstract"${delimiter === ',' ? '; a file separated by tabs needs the extension .tsv' : ''}`,
        },
      ],
    };
  }

  const entries: CorpusEntry[] = [];
  const problems: Problem[] = [...skipped];
  for (const row of body) {
    // csv-parse counts lines up to the end of a record; a quoted cell may span several.
    const line = row.info.lines - (row.raw.replace(/\r?\n$/u, '').match(/\n/gu)?.length ?? 0);
    const record = Object.fromEntries(columns.map((name, index) => [name, row.record[index] ?? '']));
    const read = toCorpusEntry(rawPaperFromRecord(record), file, line, `the row on line ${line}`);
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  }
  if (body.length === 0)
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'the table has a header row but no papers',
      hint: 'add one row per paper below the header',
    });
  return { entries, problems };
}
