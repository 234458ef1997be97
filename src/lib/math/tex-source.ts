/**
 * Reads the TeX that abstracts carry (arXiv writes them in TeX: `$\frac{a}{b}$`, `9\%`,
 * `\textbf{Name}`, `\href{url}{code}`) into segments a page can show. Corpus text is only ever
 * read here, never run: every segment keeps its exact source, so what is shown can always fall
 * back to what was written.
 */

/** The longest formula read between `$…$`, `\(…\)` or `\[…\]`: longer runs are prose with stray marks. */
const MAX_FORMULA = 600;

/** Text-mode commands shown as an element around their argument: `\textbf{X}` → <strong>X</strong>. */
const STYLES: Record<string, string> = {
  textbf: 'strong',
  bf: 'strong',
  bfseries: 'strong',
  textit: 'em',
  it: 'em',
  itshape: 'em',
  emph: 'em',
  em: 'em',
  textsl: 'em',
  texttt: 'code',
  tt: 'code',
  textsc: 'span',
  sc: 'span',
  underline: 'u',
  uline: 'u',
  textsuperscript: 'sup',
  textsubscript: 'sub',
  textrm: 'span',
  textsf: 'span',
  textnormal: 'span',
  textup: 'span',
  mbox: 'span',
  footnote: 'span',
};

/** Commands that stand for a word or a symbol in running text. */
const WORDS: Record<string, string> = {
  eg: 'e.g.',
  ie: 'i.e.',
  etal: 'et al.',
  etc: 'etc.',
  vs: 'vs.',
  deg: '°',
  degree: '°',
  textdegree: '°',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  ldots: '…',
  dots: '…',
  textemdash: '—',
  textendash: '–',
  S: '§',
  textasciitilde: '~',
  textbackslash: '\\',
  textless: '<',
  textgreater: '>',
  textdollar: '$',
  textbar: '|',
};

/** Commands whose arguments are references to a bibliography the abstract does not have. */
const CITATIONS = new Set(['cite', 'citep', 'citet', 'ref', 'eqref', 'label']);

/** Characters a backslash turns into themselves: `\%`, `\$`, `\&`, `\#`, `\_`, `\{`, `\}`. */
const ESCAPABLE = new Set(['%', '$', '&', '#', '_', '{', '}']);

export type TexSegment =
  /** Prose, still subject to the scraped-listing repairs of display-math (`S^{2}FT`, `3times`). */
  | { kind: 'text'; source: string }
  /** A character written with a backslash: shows the character. */
  | { kind: 'escape'; source: string; char: string }
  /** A formula and whether it is set on its own line; `source` includes the delimiters. */
  | { kind: 'math'; source: string; tex: string; display: boolean }
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

/** The index just past the `}` closing the group opened at `open`, or -1 when it is not closed. */
export function groupEnd(source: string, open: number, limit = MAX_FORMULA): number {
  let depth = 0;
  for (let index = open; index < source.length && index - open <= limit; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  return -1;
}

/**
 * The closing `$` of inline maths opened at `open`, by Pandoc's rule: the opening `$` is followed
 * by a non-space, the closing one follows a non-space and is not followed by a digit, so prices
 * (`$5 and $10`) stay prose. Only the first `$` after the opening one is considered.
 */
function closingDollar(source: string, open: number): number {
  if (/\s|\$/u.test(source[open + 1] ?? ' ')) return -1;
  // A digit after the closing `$` is a price only when one follows the opening `$` too: `($\geq$75\%)` is maths.
  const price = /\d/u.test(source[open + 1] ?? '');
  for (let index = open + 1; index < source.length && index - open <= MAX_FORMULA; index += 1) {
    if (source[index] === '\\') {
      index += 1;
      continue;
    }
    if (source[index] !== '$') continue;
    const closes = !/\s/u.test(source[index - 1] as string) && !(price && /\d/u.test(source[index + 1] ?? ''));
    return closes ? index : -1;
  }
  return -1;
}

/** The index of `close` after `from` (skipping escaped characters), within the formula limit, or -1. */
function closingMark(source: string, from: number, close: string): number {
  for (let index = from; index < source.length && index - from <= MAX_FORMULA; index += 1) {
    if (source.startsWith(close, index)) return index;
    if (source[index] === '\\') index += 1;
  }
  return -1;
}

interface Read {
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

/** A command's braced arguments from `index` on: their inner text and where they end. */
function readArguments(source: string, index: number, count: number): { args: string[]; end: number } | null {
  const args: string[] = [];
  let at = index;
  for (let n = 0; n < count; n += 1) {
    while (source[at] === ' ' && n === 0 && at === index) at += 1;
    if (source[at] !== '{') return null;
    const end = groupEnd(source, at);
    if (end < 0) return null;
    args.push(source.slice(at + 1, end - 1));
    at = end;
  }
  return { args, end: at };
}

/** The trailing `^…`/`_…` scripts and `{…}` groups of a math command written in prose (`\mathbb{R}^d`). */
function mathTail(source: string, index: number): number {
  let at = index;
  for (;;) {
    if (source[at] === '{') {
      const end = groupEnd(source, at);
      if (end < 0) return at;
      at = end;
    } else if ((source[at] === '^' || source[at] === '_') && source[at + 1] === '{') {
      const end = groupEnd(source, at + 1);
      if (end < 0) return at;
      at = end;
    } else if ((source[at] === '^' || source[at] === '_') && /[\p{L}\p{N}*']/u.test(source[at + 1] ?? '')) {
      at += 2;
    } else return at;
  }
}

/** A command starting at `index` (a backslash followed by letters), or null when it is not one. */
function readCommand(source: string, index: number): Read | null {
  const name = source.slice(index + 1).match(/^[A-Za-z]+/u)?.[0];
  if (!name) return null;
  const after = index + 1 + name.length;
  const open = `\\${name}{`;
  if (name === 'href' || name === 'url') {
    const read = readArguments(source, after, name === 'href' ? 2 : 1);
    if (!read) return null;
    const [href = '', text = href] = read.args;
    if (!/^(?:https?:\/\/|mailto:)\S+$/iu.test(href.trim())) return null;
    const children = name === 'href' ? parseTex(text) : [{ kind: 'text' as const, source: text }];
    const opening = source.slice(index, read.end - text.length - 1);
    return {
      segment: {
        kind: 'link',
        source: source.slice(index, read.end),
        href: href.trim(),
        open: opening,
        close: '}',
        children,
      },
      end: read.end,
    };
  }
  if (name === 'textcolor' || name === 'colorbox') {
    const read = readArguments(source, after, 2);
    if (!read) return null;
    const text = read.args[1] ?? '';
    const opening = source.slice(index, read.end - text.length - 1);
    const segment: TexSegment = {
      kind: 'styled',
      source: source.slice(index, read.end),
      tag: 'span',
      command: name,
      open: opening,
      close: '}',
      children: parseTex(text),
    };
    return { segment, end: read.end };
  }
  if (CITATIONS.has(name)) {
    const read = readArguments(source, after, 1);
    if (!read) return null;
    const keys = (read.args[0] ?? '').split(',').map((key) => key.trim());
    return {
      segment: {
        kind: 'word',
        source: source.slice(index, read.end),
        text: name.includes('ref') || name === 'label' ? '' : `[${keys.join(', ')}]`,
      },
      end: read.end,
    };
  }
  const tag = STYLES[name];
  if (tag && source[after] === '{') {
    const read = readArguments(source, after, 1);
    if (!read) return null;
    const text = read.args[0] ?? '';
    return {
      segment: {
        kind: 'styled',
        source: source.slice(index, read.end),
        tag,
        command: name,
        open,
        close: '}',
        children: parseTex(text),
      },
      end: read.end,
    };
  }
  const word = WORDS[name];
  if (word !== undefined) {
    // `\eg{}` and `\deg ` end with an empty group or a space that belongs to the command.
    const end = source.startsWith('{}', after) ? after + 2 : after;
    return { segment: { kind: 'word', source: source.slice(index, end), text: word }, end };
  }
  // Anything else is maths written in prose (`8.5\mathrm{B}`, `\alpha`, `\mathbb{R}^d`): typeset it.
  const end = mathTail(source, after);
  return {
    segment: { kind: 'math', source: source.slice(index, end), tex: source.slice(index, end), display: false },
    end,
  };
}

/** `{\bf X}`, `{\em X}`, `{\deg}`: a group that starts with a switch or is one command. */
function readSwitchGroup(source: string, index: number): Read | null {
  const match = source.slice(index).match(/^\{\\([A-Za-z]+)(\s*)/u);
  const name = match?.[1];
  if (!match || !name) return null;
  const end = groupEnd(source, index);
  if (end < 0) return null;
  if (end === index + match[0].length + 1 && WORDS[name] !== undefined)
    return { segment: { kind: 'word', source: source.slice(index, end), text: WORDS[name] }, end };
  const tag = STYLES[name];
  if (!tag || match[2] === '' || ['textbf', 'textit', 'emph', 'texttt', 'underline'].includes(name)) return null;
  const open = match[0];
  const children = parseTex(source.slice(index + open.length, end - 1));
  return {
    segment: { kind: 'styled', source: source.slice(index, end), tag, command: name, open, close: '}', children },
    end,
  };
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
  const inner = readCommand(tex, start);
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
      read = readCommand(source, index);
    } else if (char === '{') {
      read = readSwitchGroup(source, index);
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
