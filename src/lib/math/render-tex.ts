import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import temml from 'temml';

/**
 * Typesets a TeX formula as MathML with Temml, at build time: browsers draw MathML themselves, so
 * a page needs no script and no web font for it. A formula Temml cannot read gives null (the page
 * then shows its source as code), never a half-drawn formula.
 */

/** Macros abstracts use that Temml does not define, and LaTeX spellings it reads differently. */
const MACROS: Record<string, string> = {
  '\\mbox': '\\text',
  '\\Bar': '\\bar',
  '\\R': '\\mathbb{R}',
  '\\N': '\\mathbb{N}',
  '\\Z': '\\mathbb{Z}',
  '\\E': '\\mathbb{E}',
  '\\eg': '\\text{e.g.}',
  '\\ie': '\\text{i.e.}',
  '\\space': '\\ ',
  '\\textsc': '\\text',
};

/**
 * What abstracts write that TeX itself would misread: `%` means percent, not a comment that
 * swallows the rest of the formula; `\unicode{x2013}` (MathJax's) names a character.
 */
function prepare(tex: string): string {
  return (
    tex
      .replace(/(?<!\\)%/gu, '\\%')
      // `_` in \texttt{transformer_lens} is a character, as LaTeX's \texttt shows it.
      .replace(
        /\\(text(?:tt|rm|sf|bf|it|normal)?|mathrm|mathtt)\{([^{}]*)\}/gu,
        (_whole, name: string, inner: string) => `\\${name}{${inner.replace(/(?<!\\)_/gu, '\\_')}}`,
      )
      .replace(/\\unicode\{(?:x|0x|U\+)?([0-9a-fA-F]{2,6})\}/gu, (whole, hex: string) => {
        const code = Number.parseInt(hex, 16);
        return code > 0x1f && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? `\\text{${String.fromCodePoint(code).replace(/[\\{}$%&#_^~]/gu, '\\$&')}}`
          : whole;
      })
  );
}

/** MathML elements a formula may hold; anything else in Temml's output means the formula is not shown as MathML. */
const ELEMENTS = new Set(
  'math semantics mrow mi mo mn ms mtext mspace msup msub msubsup mfrac msqrt mroot mover munder munderover mtable mtr mtd mlabeledtr mstyle mpadded mphantom menclose merror mmultiscripts mprescripts none'.split(
    ' ',
  ),
);

/** Presentation attributes kept; `href`, event handlers and the like never are. */
const ATTRIBUTES = new Set(
  'mathvariant displaystyle scriptlevel lspace rspace stretchy fence form separator accent accentunder largeop movablelimits symmetric minsize maxsize width height depth voffset linethickness columnalign rowalign columnspacing rowspacing columnlines rowlines frame framespacing notation className display mathcolor mathbackground mathsize dir style'.split(
    ' ',
  ),
);

/** Keeps only MathML elements and presentation attributes; false when anything else was found. */
function sanitise(node: Element): boolean {
  if (!ELEMENTS.has(node.tagName)) return false;
  const properties: Element['properties'] = {};
  for (const [name, value] of Object.entries(node.properties)) {
    if (!ATTRIBUTES.has(name)) continue;
    // Colours and sizes only: a style that loads anything (`url(…)`) is dropped.
    if (name === 'style' && (typeof value !== 'string' || /url\s*\(|@|\\|expression/iu.test(value))) continue;
    properties[name] = value;
  }
  node.properties = properties;
  return node.children.every((child) => child.type === 'text' || (child.type === 'element' && sanitise(child)));
}

const rendered = new Map<string, Element | null>();

/**
 * A formula (without its delimiters) as a `<math>` element, or null when Temml cannot read it.
 * Results are kept by source: the same `\times` or `^2` recurs across thousands of abstracts.
 */
export function renderTex(tex: string, display = false): Element | null {
  const key = `${display ? 'D' : 'I'}${tex}`;
  if (rendered.has(key)) return structuredClone(rendered.get(key) ?? null);
  let element: Element | null = null;
  if (tex.trim() !== '') {
    try {
      const markup = temml.renderToString(prepare(tex), {
        displayMode: display,
        throwOnError: true,
        // Abstracts are not LaTeX documents: Temml's warnings about it would only flood the build log.
        strict: false,
        // No \href, \url, \includegraphics, \htmlClass or \htmlStyle from corpus text.
        trust: false,
        macros: { ...MACROS },
        maxExpand: 200,
        maxSize: [20, 20],
      });
      const root = fromHtml(markup, { fragment: true });
      const math = root.children.find((child): child is Element => child.type === 'element');
      if (math && root.children.length === 1 && sanitise(math)) element = math;
    } catch {
      element = null;
    }
  }
  rendered.set(key, element);
  return structuredClone(element);
}
