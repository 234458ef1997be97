import type { Read, TexSegment } from './tex-source';

type Parse = (source: string) => TexSegment[];

/**
 * The text-mode commands of abstracts, read into segments: `\\textbf{…}` and other styles,
 * `\\href{url}{…}`, words (`\\eg`, `{\\deg}`), citations, and maths written in prose.
 * `parse` reads a command's argument (it is parseTex, passed in to keep the modules acyclic).
 */

/** The longest formula read between `$…$`, `\(…\)` or `\[…\]`: longer runs are prose with stray marks. */
export const MAX_FORMULA = 600;

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
  text: 'span',
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
  textmu: 'µ',
  textregistered: '®',
  texttrademark: '™',
  copyright: '©',
  // Layout that means nothing in a paragraph of running text.
  noindent: '',
  newline: ' ',
  par: ' ',
  smallskip: '',
  medskip: '',
  bigskip: '',
};

/** Commands whose arguments are references to a bibliography the abstract does not have. */
const CITATIONS = new Set(['cite', 'citep', 'citet', 'ref', 'eqref', 'label']);

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
export function readCommand(source: string, index: number, parse: Parse): Read | null {
  const name = source.slice(index + 1).match(/^[A-Za-z]+/u)?.[0];
  if (!name) return null;
  const after = index + 1 + name.length;
  const open = `\\${name}{`;
  if (name === 'href' || name === 'hyperlink' || name === 'url') {
    const read = readArguments(source, after, name === 'url' ? 1 : 2);
    if (!read) return null;
    const [href = '', text = href] = read.args;
    const children = name === 'url' ? [{ kind: 'text' as const, source: text }] : parse(text);
    const opening = source.slice(index, read.end - text.length - 1);
    // A target that is no web address (`\href{URL}{code}`, a placeholder left in) leaves the text alone.
    if (!/^(?:https?:\/\/|mailto:)\S+$/iu.test(href.trim())) {
      const segment: TexSegment = {
        kind: 'styled',
        source: source.slice(index, read.end),
        tag: 'span',
        command: name,
        open: opening,
        close: '}',
        children,
      };
      return { segment, end: read.end };
    }
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
      children: parse(text),
    };
    return { segment, end: read.end };
  }
  if (name === 'verb') {
    // \verb|text|: the text as written, in code.
    const delimiter = source[after];
    const close = delimiter && !/[\s\p{L}*]/u.test(delimiter) ? source.indexOf(delimiter, after + 1) : -1;
    if (close < 0) return null;
    const inner = source.slice(after + 1, close);
    const segment: TexSegment = {
      kind: 'styled',
      source: source.slice(index, close + 1),
      tag: 'code',
      command: name,
      open: source.slice(index, after + 1),
      close: delimiter as string,
      children: [{ kind: 'text', source: inner }],
    };
    return { segment, end: close + 1 };
  }
  if (name === 'color') {
    const read = readArguments(source, after, 1);
    if (read) return { segment: { kind: 'word', source: source.slice(index, read.end), text: '' }, end: read.end };
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
        children: parse(text),
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
  const args = readArguments(source, after, 2) ?? readArguments(source, after, 1);
  const command = { name, args: args?.end === end ? args.args : [] };
  const tex = source.slice(index, end);
  return { segment: { kind: 'math', source: tex, tex, display: false, command }, end };
}

/** `{\bf X}`, `{\em X}`, `{\deg}`: a group that starts with a switch or is one command. */
export function readSwitchGroup(source: string, index: number, parse: Parse): Read | null {
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
  const children = parse(source.slice(index + open.length, end - 1));
  return {
    segment: { kind: 'styled', source: source.slice(index, end), tag, command: name, open, close: '}', children },
    end,
  };
}
