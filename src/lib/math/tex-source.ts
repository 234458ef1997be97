/**
 * Reads the TeX that abstracts carry (arXiv writes them in TeX: `$\frac{a}{b}$`, `9\%`,
 * `\textbf{Name}`, `\href{url}{code}`) into segments a page can show. Corpus text is only ever
 * read here, never run: every segment keeps its exact source, so what is shown can always fall
 * back to what was written.
 */

import { MAX_FORMULA, readCommand, readSwitchGroup } from './tex-commands';

/** Characters a backslash turns into themselves: `\%`, `\$`, `\&`, `\#`, `\_`, `\{`, `\}`. */
const ESCAPABLE = new Set(['%', '$', '&', '#', '_', '{', '}']);

export type TexSegment =
  /** Prose, still subject to the scraped-listing repairs of display-math (`S^{2}FT`, `3times`). */
  | { kind: 'text'; source: string }
  /** A character written with a backslash: shows the character. */
  | { kind: 'escape'; source: string; char: string }
  /**
   * A formula and whether it is set on its own line; `source` includes the delimiters. A command
   * written in prose (`\\mathbb{R}`, `\\ourmodel`) is one too, with its name and braced arguments
   * for when TeX does not know it.
   */
  | { kind: 'math'; source: string; tex: string; display: boolean; command?: { name: string; args: string[] } }
  /** Styled text: `open` and `close` are the source around the argument (`\textbf{`, `}`). */
  | {
      kind: 'styled';
      source: string;
      tag: string;
      command: string;
      open: string;
      close: string;
      children: TexSegment[];
    }
  /** `\href{url}{text}` or `\url{url}`. */
  | { kind: 'link'; source: string; href: string; open: string; close: string; children: TexSegment[] }
  /** A command that reads as a word or symbol (`\eg`, `{\deg}`), or a citation shown as its keys. */
  | { kind: 'word'; source: string; text: string };

/**
 * Four or more words followed by spaces and no TeX command: prose between two dollars that were
 * never meant to pair (`$1.10; mixing both at a 9:1 ratio keeps … F$_1$`, or two stray dollars of a
 * listing), which TeX would set as one italic run without its spaces.
 */
const PROSE_WORD = /(?<![\\\p{L}])\p{L}{3,}(?=\s)/gu;
const readsAsProse = (tex: string) => !/\\[A-Za-z]/u.test(tex) && (tex.match(PROSE_WORD)?.length ?? 0) >= 4;

/**
 * The closing `$` of inline maths opened at `open`, by Pandoc's rule: the opening `$` is followed
 * by a non-space, the closing one follows a non-space and is not followed by a digit, so prices
 * (`$5 and $10`) stay prose; nor does a pair around prose (`readsAsProse`). Only the first `$`
 * outside braces after the opening one is considered.
 */
function closingDollar(source: string, open: number): number {
  if (source[open + 1] === '$' || open + 1 >= source.length) return -1;
  const spaced = /\s/u.test(source[open + 1] as string);
  // A digit after the closing `$` is a price only when one follows the opening `$` too: `($\geq$75\%)` is maths.
  const price = /\d/u.test(source[open + 1] ?? '');
  // A space after the opening or before the closing `$` is allowed in what is plainly TeX (`$4.7 \\times $`,
  // `$C $`), not in prose.
  const closes = (index: number) =>
    (!(spaced || /\s/u.test(source[index - 1] as string)) ||
      /\\[A-Za-z]|[_^]|^\s*\p{L}\s*$/u.test(source.slice(open + 1, index))) &&
    !(price && /\d/u.test(source[index + 1] ?? '')) &&
    !readsAsProse(source.slice(open + 1, index));
  // A `$` inside braces opens maths nested in text (`$\texttt{M$^3$Net}$`): the closing one is outside them.
  let depth = 0;
  let first = -1;
  for (let index = open + 1; index < source.length && index - open <= MAX_FORMULA; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '$') {
      if (first < 0) first = index;
      if (depth <= 0) return closes(index) ? index : -1;
    }
    if (depth < 0) break;
  }
  return first >= 0 && closes(first) ? first : -1;
}

/** The index of `close` after `from` (skipping escaped characters), within the formula limit, or -1. */
function closingMark(source: string, from: number, close: string): number {
  for (let index = from; index < source.length && index - from <= MAX_FORMULA; index += 1) {
    if (source.startsWith(close, index)) return index;
    if (source[index] === '\\') index += 1;
  }
  return -1;
}

export interface Read {
  segment: TexSegment;
  end: number;
}

/** A delimited formula starting at `index`: `$$…$$`, `$…$`, `\(…\)` or `\[…\]`. */
function readFormula(source: string, index: number): Read | null {
  const delimiters: Array<[string, string, boolean]> = [
    ['$$', '$$', true],
    ['\\(', '\\)', false],
    ['\\[', '\\]', true],
  ];
  for (const [open, close, display] of delimiters) {
    if (!source.startsWith(open, index)) continue;
    const end = closingMark(source, index + open.length, close);
    if (end <= index + open.length) return null;
    const tex = source.slice(index + open.length, end);
    return { segment: { kind: 'math', source: source.slice(index, end + close.length), tex, display }, end: end + 2 };
  }
  if (source[index] !== '$') return null;
  const close = closingDollar(source, index);
  if (close < 0) return null;
  const tex = source.slice(index + 1, close);
  return { segment: { kind: 'math', source: source.slice(index, close + 1), tex, display: false }, end: close + 1 };
}

/**
 * arXiv writes links inside maths (`$\\href{https://…}{\\text{this https URL}}$`), which TeX
 * cannot typeset: a formula that is one `\\href` or `\\url` is that link.
 */
function linkFormula(read: Read): Read | null {
  if (read.segment.kind !== 'math') return null;
  const { tex, source } = read.segment;
  const start = tex.search(/\S/u);
  if (!/^\\(?:href|url)\{/u.test(tex.slice(start))) return null;
  const inner = readCommand(tex, start, parseTex);
  if (!inner || inner.segment.kind !== 'link' || tex.slice(inner.end).trim() !== '') return null;
  const prefix = source.slice(0, source.indexOf(tex) + start);
  const suffix = source.slice(source.indexOf(tex) + inner.end);
  const link = inner.segment;
  return { segment: { ...link, source, open: prefix + link.open, close: link.close + suffix }, end: read.end };
}

/**
 * Splits a title or abstract into prose, escaped characters, formulas, styled text, links and
 * words. Whatever is not recognised stays prose, character for character: the sources of the
 * segments, joined, are always the input.
 */
export function parseTex(source: string): TexSegment[] {
  const segments: TexSegment[] = [];
  let text = '';
  const flush = () => {
    if (text) segments.push({ kind: 'text', source: text });
    text = '';
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    let read: Read | null = null;
    if (char === '\\' && ESCAPABLE.has(source[index + 1] ?? '')) {
      const escaped = source[index + 1] as string;
      read = { segment: { kind: 'escape', source: `\\${escaped}`, char: escaped }, end: index + 2 };
    } else if (char === '$' || (char === '\\' && (source[index + 1] === '(' || source[index + 1] === '['))) {
      read = readFormula(source, index);
    } else if (char === '\\') {
      read = readCommand(source, index, parseTex);
    } else if (char === '{') {
      read = readSwitchGroup(source, index, parseTex);
    }
    if (read?.segment.kind === 'math') read = linkFormula(read) ?? read;
    if (read) {
      flush();
      segments.push(read.segment);
      index = read.end;
    } else {
      text += char;
      index += 1;
    }
  }
  flush();
  return segments;
}
