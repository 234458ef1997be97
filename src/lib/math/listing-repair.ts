import type { ElementContent, Text } from 'hast';

/**
 * Repairs the maths that scraped listings lost their `$…$` around, in prose: `S^{2}FT` →
 * S<sup>2</sup>FT, `O(epsilon^{-3.5})` → O(ε<sup>−3.5</sup>), `pi_{sft}` → π<sub>sft</sub>,
 * `3times` → 3×. Delimited formulas and commands are Temml's (src/lib/math/tex-source.ts); this
 * pass only sees the prose between them.
 *
 * The result is a list of hast nodes holding only text, `<sup>`, `<sub>` and `<span>`: the input is
 * read as plain text and never as HTML. The LaTeX marks themselves (`^{`, `}`) stay in the
 * document inside `<span class="tex">` (hidden on screen, and from screen readers), so text copied
 * from a page still says which part was a superscript, and the search index sees what was written.
 */

/** Greek letters written out by name; only turned into symbols where the text is clearly maths. */
const GREEK_NAMES: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

/** Bare words written after `^` that stand for a symbol: `V^top` is V transposed. */
const SCRIPT_WORDS = new Map(Object.entries({ top: '⊤', T: 'T', dagger: '†', prime: '′', star: '∗' }));
const GREEK = new Map(Object.entries(GREEK_NAMES));

/** A text node, and the TeX source shown beside what it renders (hidden from screen readers). */
export const text = (value: string): Text => ({ type: 'text', value });
export const mark = (value: string): ElementContent => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['tex'], ariaHidden: 'true' },
  children: [text(value)],
});

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const MAX_GROUP = 60;

/** The index of the `}` closing the group opened at `open`, or -1 when it is not closed nearby. */
function closingBrace(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length && index - open <= MAX_GROUP; index += 1) {
    const char = source[index];
    if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index;
  }
  return -1;
}

/** What follows `^` or `_` when it is not a braced group: its length, or 0 when it is not a script. */
function bareScriptLength(source: string, start: number, kind: '^' | '_'): number {
  const rest = source.slice(start);
  const sign = rest.match(/^[*'+−-]\d*/u);
  if (sign && kind === '^') return sign[0].length;
  const digits = rest.match(/^\d+/u);
  if (digits) return digits[0].length;
  const word = rest.match(/^\p{L}+/u)?.[0];
  if (!word) return 0;
  if (SCRIPT_WORDS.has(word) && kind === '^') return word.length;
  if (GREEK.has(word)) return word.length;
  // A single letter followed by a word character is the start of a word, not a script (`snake_case`).
  return word.length === 1 ? 1 : 0;
}

interface Context {
  /** Inside a script: Greek names become letters and `-` a minus sign. */
  math: boolean;
  /** The text starts right after a base the first script attaches to. */
  afterBase: boolean;
}

/** Symbols for the plain text of a math region: Greek names, `times`, hyphen-minus. */
function mathText(value: string): string {
  return value
    .replace(/(?<![\p{L}])(\p{L}+)(?![\p{L}])/gu, (word: string) => GREEK.get(word) ?? (word === 'times' ? '×' : word))
    .replace(/(^|[^\p{L}])-(?=[\p{N}\p{L}(])/gu, '$1−');
}

/** Text outside maths: only the scraping damage that cannot be meant literally (`3times`). */
function proseText(value: string): string {
  return value.replace(/(\d)times(?=\d|[^\p{L}]|$)/gu, '$1×');
}

/** Replaces the word the buffer ends with by its Greek letter, when it names one: `Sigma` before `_p`. */
function greekBase(buffer: string): string {
  return buffer.replace(/(?<![\p{L}\\])(\p{L}+)$/u, (word: string) => GREEK.get(word) ?? word);
}

function parse(source: string, context: Context): ElementContent[] {
  const nodes: ElementContent[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push(text(context.math ? mathText(buffer) : proseText(buffer)));
    buffer = '';
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    const rest = source.slice(index);
    // URLs are addresses, never maths.
    const address = rest.match(/^https?:\/\/\S+/u);
    if (address && !isWordChar(source[index - 1])) {
      flush();
      nodes.push(text(address[0]));
      index += address[0].length;
      continue;
    }
    const hasBase = index > 0 ? /[\p{L}\p{N})\]}*'′]/u.test(source[index - 1] as string) : context.afterBase;
    if ((char === '^' || char === '_') && hasBase) {
      const kind = char;
      let inner: string | null = null;
      let open = kind;
      let close = '';
      let end = index + 1;
      if (source[index + 1] === '{') {
        const closing = closingBrace(source, index + 1);
        if (closing > index + 2) {
          inner = source.slice(index + 2, closing);
          open = `${kind}{`;
          close = '}';
          end = closing + 1;
        }
      } else {
        const length = bareScriptLength(source, index + 1, kind);
        if (length > 0) {
          inner = source.slice(index + 1, index + 1 + length);
          end = index + 1 + length;
        }
      }
      if (inner !== null) {
        buffer = greekBase(buffer);
        flush();
        const word = SCRIPT_WORDS.get(inner);
        const children =
          word !== undefined && kind === '^' && !source[index + 1]?.startsWith('{')
            ? [text(word)]
            : parse(inner, { math: true, afterBase: false });
        nodes.push({
          type: 'element',
          tagName: kind === '^' ? 'sup' : 'sub',
          properties: {},
          children: [mark(open), ...children, ...(close ? [mark(close)] : [])],
        });
        index = end;
        continue;
      }
    }
    buffer += char;
    index += 1;
  }
  flush();
  return nodes;
}

/** Hast nodes for prose with the maths scraped listings lost repaired (`S^{2}FT` → S<sup>2</sup>FT). */
export function repairListing(source: string, afterBase = false): ElementContent[] {
  return parse(source, { math: false, afterBase });
}
