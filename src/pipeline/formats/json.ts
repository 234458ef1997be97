import { parseTree, type Node } from 'jsonc-parser';
import type { CorpusEntry, Problem } from '../types';
import { lineAt, rawPaperFromRecord, toCorpusEntry, type FormatResult } from './record';

const SHAPE_HINT =
  'write an array of objects, each with at least "title" and "abstract" (optional: "authors", "year" or "date", "doi", "arxivId", "url")';

/**
 * Where JSON.parse stopped: V8 names a character offset ("at position 42"), newer versions also a
 * line; the end of input has neither.
 */
function syntaxErrorLine(error: SyntaxError, text: string): number {
  const line = error.message.match(/\(line (\d+) column \d+\)/u)?.[1];
  if (line) return Number(line);
  const position = error.message.match(/at position (\d+)/u)?.[1];
  return position ? lineAt(text, Number(position)) : lineAt(text, text.trimEnd().length);
}

function syntaxProblem(error: unknown, text: string, file: string, line?: number): Problem {
  const message = error instanceof Error ? error.message.replace(/\s*\(line \d+ column \d+\)/u, '') : String(error);
  return {
    severity: 'error',
    file,
    line: line ?? (error instanceof SyntaxError ? syntaxErrorLine(error, text) : 1),
    message: `not valid JSON: ${message}`,
    hint: 'fix the syntax at this line (a missing comma, quote or bracket is the usual cause), e.g. with a JSON linter',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRecord(
  value: unknown,
  file: string,
  line: number,
  what: string,
): { entry?: CorpusEntry; problems: Problem[] } {
  if (!isRecord(value)) {
    return {
      problems: [
        {
          severity: 'error',
          file,
          line,
          message: `${what} is ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}, not an object`,
          hint: SHAPE_HINT,
        },
      ],
    };
  }
  return toCorpusEntry(rawPaperFromRecord(value), file, line, what);
}

/**
 * Reads a JSON corpus: an array of paper objects (CSL-JSON from Zotero works as it is), or an
 * object whose `papers` property is one. Property names are matched loosely (`Abstract`,
 * `arxiv_id`, `DOI`). Syntax errors name their line.
 */
export function parseJson(text: string, file: string): FormatResult {
  const source = text.replace(/^\uFEFF/u, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { entries: [], problems: [syntaxProblem(error, source, file)] };
  }
  // JSON.parse keeps no positions: a second, position-keeping parse gives each paper its line.
  const tree = parseTree(source);
  const papersNode =
    isRecord(data) && Array.isArray(data.papers)
      ? tree?.children?.find((property) => property.children?.[0]?.value === 'papers')?.children?.[1]
      : tree;
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.papers) ? data.papers : undefined;
  if (!list) {
    return {
      entries: [],
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          message: 'expected an array of papers (or an object with a "papers" array) at the top level',
          hint: SHAPE_HINT,
        },
      ],
    };
  }
  const nodes: Node[] = papersNode?.children ?? [];
  const entries: CorpusEntry[] = [];
  const problems: Problem[] = [];
  list.forEach((value, index) => {
    const node = nodes[index];
    const line = node ? lineAt(source, node.offset) : 1;
    const read = readRecord(value, file, line, `paper ${index + 1}`);
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  });
  if (list.length === 0)
    problems.push({ severity: 'error', file, line: 1, message: 'the array of papers is empty', hint: SHAPE_HINT });
  return { entries, problems };
}

/**
 * Reads JSON Lines: one paper object per line; blank lines are allowed. A line that is not JSON is
 * skipped with a warning naming it (an error when `strict`); the other lines are read.
 */
export function parseJsonLines(text: string, file: string, options: { strict?: boolean } = {}): FormatResult {
  const entries: CorpusEntry[] = [];
  const problems: Problem[] = [];
  text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .forEach((lineText, index) => {
      const line = index + 1;
      if (lineText.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(lineText);
      } catch (error) {
        const problem = syntaxProblem(error, lineText, file, line);
        problems.push(
          options.strict
            ? problem
            : {
                ...problem,
                severity: 'warning',
                message: `${problem.message}; the line is skipped, the others are read`,
              },
        );
        return;
      }
      const read = readRecord(value, file, line, `the paper on line ${line}`);
      problems.push(...read.problems);
      if (read.entry) entries.push(read.entry);
    });
  if (entries.length === 0 && problems.every((problem) => problem.severity !== 'error')) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message:
        problems.length === 0
          ? 'the file is empty: expected one JSON object per line'
          : 'no line of the file could be read as a paper: expected one JSON object per line',
      hint: SHAPE_HINT,
    });
  }
  return { entries, problems };
}
