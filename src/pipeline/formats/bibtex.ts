import { parse, type Entry } from '@retorquere/bibtex-parser';
import { cleanWhitespace } from '../parse-corpus';
import type { Problem } from '../types';
import { repairBibtex, type RepairNote } from './bibtex-repair';
import { lineAt, toCorpusEntry, type FormatResult } from './record';

/**
 * The parser renders some LaTeX as HTML (`\emph` → `<i>`, `_{x}` → `<sub>`, `\url` → `<a>`). The
 * atlas shows abstracts as text, so emphasis is dropped and sub/superscripts are written back the
 * way the listing corpora write them (`x_{ab}`), which slugs and search already handle.
 */
const MARKUP = /<(sub|sup)>(.*?)<\/\1>|<\/?(?:i|b|code|p|span|a)(?:\s[^<>]*)?>/gu;

function plainText(value: string): string {
  return value.replace(MARKUP, (_tag, script: string | undefined, inner: string | undefined) => {
    if (!script) return '';
    const mark = script === 'sub' ? '_' : '^';
    return inner !== undefined && inner.length === 1 ? `${mark}${inner}` : `${mark}{${inner ?? ''}}`;
  });
}

/**
 * Text mode in classic LaTeX prints `<` and `>` as `¡` and `¿`, and the parser follows it; but in
 * an abstract pasted from arXiv (`p < 0.05`, `<HYBNEXT>`) they mean themselves. When the entry has
 * no other way to write `¡` or `¿` (the characters, !` and ?`, or their commands), that is what
 * they were.
 */
function restoreAngleBrackets(value: string, entry: Entry): string {
  if (
    !/[¡¿]/u.test(value) ||
    !/[<>]/u.test(entry.input) ||
    /[¡¿]|[!?]`|\\text(?:exclam|question)down/u.test(entry.input)
  )
    return value;
  return value.replace(/¡/gu, '<').replace(/¿/gu, '>');
}

/** A text field of an entry (title, abstract), as a reader should see it. */
function textField(entry: Entry, name: string, raw?: string): string | undefined {
  const value = (raw === undefined ? undefined : withFormulas(raw, name)) ?? field(entry, name);
  return value === undefined ? undefined : restoreAngleBrackets(value, entry);
}

const PARSE_OPTIONS = { sentenceCase: false, english: false, caseProtection: false, unsupported: () => '' } as const;

/** Where the formulas of a raw value are: `$…$`, `$$…$$`, `\(…\)`, `\[…\]`, as [start, end) pairs. */
function formulaSpans(raw: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const closing = (from: number, mark: string) => {
    for (let index = from; index < raw.length; index += 1) {
      if (raw.startsWith(mark, index)) return index;
      if (raw[index] === '\\') index += 1;
    }
    return -1;
  };
  for (let index = 0; index < raw.length; index += 1) {
    const two = raw.slice(index, index + 2);
    const mark = two === '$$' ? '$$' : two === '\\(' ? '\\)' : two === '\\[' ? '\\]' : raw[index] === '$' ? '$' : null;
    if (mark === null) {
      if (raw[index] === '\\') index += 1;
      continue;
    }
    const open = mark === '$' ? 1 : 2;
    const end = closing(index + open, mark);
    if (end < 0) break;
    spans.push([index, end + mark.length]);
    index = end + mark.length - 1;
  }
  return spans;
}

/**
 * A title or abstract whose formulas are kept as TeX (`$\\frac{a}{b}$`), for pages to typeset,
 * and whose text around them is decoded by the parser (`G{\\"o}del` → Gödel, `50\\%` → 50%).
 * Undefined when the value has no formula, or when it cannot be read this way.
 */
function withFormulas(raw: string, name: string): string | undefined {
  const spans = formulaSpans(raw);
  if (spans.length === 0 || /[\uE000\uE001]/u.test(raw)) return undefined;
  // Private-use characters hold each formula's place while the text around it is decoded.
  let text = '';
  let at = 0;
  spans.forEach(([start, end], index) => {
    text += `${raw.slice(at, start)}\uE000${index}\uE001`;
    at = end;
  });
  text += raw.slice(at);
  const decoded = parse(`@misc{placeholder, ${name} = {${text}}}`, PARSE_OPTIONS).entries[0]?.fields[name];
  if (typeof decoded !== 'string') return undefined;
  const restored = plainText(decoded).replace(/\uE000(\d+)\uE001/gu, (_whole, index: string) => {
    const span = spans[Number(index)];
    return span ? raw.slice(span[0], span[1]) : '';
  });
  return /[\uE000\uE001]/u.test(restored) ? undefined : restored;
}

function field(entry: Entry, name: string): string | undefined {
  const value = (entry.fields as Record<string, unknown>)[name];
  return typeof value === 'string' ? plainText(value) : undefined;
}

/**
 * The arXiv id of a BibTeX entry: `eprint` (with `archivePrefix`/`eprinttype` arXiv, as arXiv and
 * Zotero export it), Mendeley's `arxivId`, or "arXiv:2305.17333" in `journal` or `note`.
 */
function arxivId(entry: Entry): string | undefined {
  const prefix = (field(entry, 'archiveprefix') ?? field(entry, 'eprinttype') ?? 'arxiv').toLowerCase();
  const eprint = prefix === 'arxiv' ? field(entry, 'eprint') : undefined;
  const mentioned = [field(entry, 'journal'), field(entry, 'note'), field(entry, 'howpublished')]
    .map((text) => text?.match(/arxiv:\s*([\w./-]+)/iu)?.[1])
    .find(Boolean);
  return eprint ?? field(entry, 'arxivid') ?? mentioned;
}

/**
 * The line (within an entry's text) of a value whose opening brace is never closed. The parser
 * only says where it ran out of input; the value that swallowed the rest is the one open when a
 * line reading like the next field (`name =`) begins inside it.
 */
function unclosedBrace(entryText: string): { line: number; of: 'value' | 'entry' } | undefined {
  const unescaped = entryText.replace(/\\[{}]/gu, '');
  let depth = 0;
  let openedOn = 0;
  for (const [index, line] of unescaped.split('\n').entries()) {
    if (depth >= 2 && /^\s*[\w-]+\s*=/u.test(line)) return { line: openedOn, of: 'value' };
    for (const character of line) {
      if (character === '{') {
        depth += 1;
        if (depth === 2) openedOn = index;
      } else if (character === '}') depth -= 1;
    }
  }
  if (depth >= 2) return { line: openedOn, of: 'value' };
  return depth === 1 ? { line: 0, of: 'entry' } : undefined;
}

function parseErrorProblem(
  error: { error: string; input?: string },
  text: string,
  file: string,
  strict: boolean,
): Problem {
  const problem = describeParseError(error, text, file);
  if (strict) return problem;
  return {
    ...problem,
    severity: 'warning',
    message: `${problem.message}; the entry is skipped, the rest of the file is read`,
    hint: `${problem.hint} (strict: true in atlas.config.ts makes this stop the build)`,
  };
}

/** A parse error as a problem naming the entry, its line and what to do. */
function describeParseError(error: { error: string; input?: string }, text: string, file: string): Problem {
  const start = error.input ? text.indexOf(error.input) : -1;
  const entryLine = start === -1 ? 1 : lineAt(text, start);
  const head = error.input?.match(/^@\s*(\w+)\s*[{(]\s*([^,\s]*)/u);
  const entry = head ? `entry @${head[1]}{${head[2]}}` : 'an entry';
  const unclosed = error.input && /^@\s*\w+\s*\{/u.test(error.input) ? unclosedBrace(error.input) : undefined;
  if (unclosed?.of === 'value' && error.input) {
    const opening = cleanWhitespace(error.input.split('\n')[unclosed.line] ?? '');
    return {
      severity: 'error',
      file,
      line: entryLine + unclosed.line,
      message: `${entry} (line ${entryLine}) has an unclosed brace: the value opened on this line is never closed: ${JSON.stringify(opening)}`,
      hint: 'add the missing } at the end of this value; every { in a BibTeX value needs a matching }',
    };
  }
  if (unclosed?.of === 'entry') {
    return {
      severity: 'error',
      file,
      line: entryLine,
      message: `${entry} has an unclosed brace: the { after @${head?.[1]} is never closed`,
      hint: 'add the missing } after the last field of the entry',
    };
  }
  return {
    severity: 'error',
    file,
    line: entryLine,
    message: `${entry} could not be read: ${error.error}`,
    hint: 'fix the entry (each entry reads @type{key, field = {value}, …}) or export the file again from your reference manager',
  };
}

/** How a corpus reader treats an entry it cannot read as written. */
export interface ReadOptions {
  /**
   * Stop the build on it (an error), as `strict: true` in atlas.config.ts asks; by default a bare
   * special character is read as itself and an unreadable entry is skipped, each with a warning.
   */
  strict?: boolean;
}

/** A warning (or, when strict, an error) for characters read as themselves. */
function repairProblem(note: RepairNote, file: string, strict: boolean): Problem {
  const listed = note.characters.map((char) => `"${char}"`).join(', ');
  const fatal = strict && note.characters.some((char) => char === '$');
  return {
    severity: fatal ? 'error' : 'warning',
    file,
    line: note.line,
    message: `${note.entry}: ${listed} in ${note.field} ${fatal ? 'is' : 'read as'} ${note.characters.length > 1 ? 'characters' : 'a character'}${fatal ? ' TeX reads as markup' : ' of the text, not as TeX markup'}`,
    hint: `write ${note.characters.map((char) => `\\${char}`).join(', ')} in a BibTeX value to mean the character itself`,
  };
}

/**
 * Reads a BibTeX or BibLaTeX file, as Zotero, JabRef, Mendeley or arXiv export it: title, abstract,
 * authors, year or date, DOI, arXiv id, URL and venue, with LaTeX accents and commands decoded to
 * text (`G{\\"o}del` → `Gödel`) and braces removed; formulas in titles and abstracts stay TeX
 * (`$\\frac{a}{b}$`), for pages to typeset. Titles keep their case as written. A bare `$`, `%`,
 * `&`, `#` or `_` is read as the character it is, with a warning; an entry the parser cannot read
 * is skipped with a warning at its line (an error when `strict`); entries without an abstract are
 * skipped with a warning.
 */
export function parseBibtex(text: string, file: string, options: ReadOptions = {}): FormatResult {
  const strict = options.strict === true;
  const problems: Problem[] = [];
  const repaired = repairBibtex(text);
  problems.push(...repaired.notes.map((note) => repairProblem(note, file, strict)));
  // Commands the parser does not know (`\\mathcal`, a journal's own macros) leave their argument as text.
  const library = parse(repaired.text, PARSE_OPTIONS);
  problems.push(...library.errors.map((error) => parseErrorProblem(error, repaired.text, file, strict)));

  const entries = [];
  let cursor = 0;
  for (const entry of library.entries) {
    // An entry the parser gave up on comes back empty; its error is reported above.
    if (entry.input === '') continue;
    const start = repaired.text.indexOf(entry.input, cursor);
    cursor = start === -1 ? cursor : start + entry.input.length;
    const line = start === -1 ? 1 : lineAt(repaired.text, start);
    const raw = repaired.rawFields.get(start) ?? {};
    const date = field(entry, 'date');
    const read = toCorpusEntry(
      {
        title: textField(entry, 'title', raw.title),
        abstract: textField(entry, 'abstract', raw.abstract),
        authors: entry.fields.author,
        year: date === undefined ? field(entry, 'year') : undefined,
        date:
          date ??
          (field(entry, 'year') && field(entry, 'month')
            ? `${field(entry, 'year')}-${field(entry, 'month')}`
            : undefined),
        doi: field(entry, 'doi'),
        arxivId: arxivId(entry),
        url: field(entry, 'url'),
        venue: textField(entry, 'journal') ?? textField(entry, 'journaltitle') ?? textField(entry, 'booktitle'),
      },
      file,
      line,
      `entry @${entry.type}{${entry.key}}`,
    );
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  }
  if (library.entries.length === 0 && library.errors.length === 0) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'no BibTeX entry found: expected entries such as @article{key, title = {…}, abstract = {…}}',
      hint: 'export the library again as BibTeX with abstracts, or give the file the extension of its format',
    });
  }
  return { entries, problems };
}
