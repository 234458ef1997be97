import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mark, repairListing, text } from './listing-repair';
import { readMacro } from './author-macros';
import { mathText } from './math-text';
import { renderTex } from './render-tex';
import { parseTex, type TexSegment } from './tex-source';

/**
 * Shows a title or abstract the way its authors wrote it in TeX: formulas between `$…$`, `\(…\)`
 * or `\[…\]` typeset as MathML by Temml, `\textbf{…}` and the like as emphasis, `\%` as %, and
 * the maths scraped listings lost repaired (`S^{2}FT`, `3times`).
 *
 * Corpus text is read as text and never as HTML. The source stays in the document: every TeX mark
 * sits in a `<span class="tex">` hidden on screen and from screen readers, and each formula's
 * source beside its MathML, so the text a reader copies and the search index see what was written.
 * A formula Temml cannot read is shown as its source in a `<code class="tex-source">`.
 */

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A formula: its MathML (ignored by search, which reads the source beside it), or null when TeX cannot read it. */
function formula(source: string, tex: string, display: boolean): ElementContent | null {
  const math = renderTex(tex, display);
  if (!math) return null;
  math.properties = { ...math.properties, dataPagefindIgnore: 'all' };
  const className = display ? ['math', 'math-display'] : ['math'];
  return element('span', { className }, [mark(source), math]);
}

const isWordEnd = (source: string) => /[\p{L}\p{N})\]}]$/u.test(source);

/** A node of the source kept as it is where prose covers it whole (a link GFM found), by its range. */
export interface KeptNode {
  start: number;
  end: number;
  node: ElementContent;
}

/** Prose from `start` on: repaired, except the kept nodes it covers whole. */
function prose(source: string, start: number, afterBase: boolean, kept: readonly KeptNode[]): ElementContent[] {
  const end = start + source.length;
  const inside = kept.filter((item) => item.start >= start && item.end <= end);
  const nodes: ElementContent[] = [];
  let at = start;
  for (const item of inside) {
    if (item.start > at) nodes.push(...repairListing(source.slice(at - start, item.start - start), afterBase));
    nodes.push(item.node);
    at = item.end;
  }
  if (at < end) nodes.push(...repairListing(source.slice(at - start), at === start && afterBase));
  return nodes;
}

/** What the text is about, for macros the paper defined for itself: the name its title gives it. */
export interface MathContext {
  selfName?: string | undefined;
}

/** A command TeX does not know: what can be read of it (src/lib/math/author-macros.ts), else its source as code. */
function unknownCommand(segment: TexSegment & { kind: 'math' }, context: MathContext): ElementContent[] {
  const reading = segment.command ? readMacro(segment.source, segment.command, context) : undefined;
  if (!reading) return [element('code', { className: ['tex-source'] }, [text(segment.source)])];
  if (reading.kind === 'nothing') return [mark(segment.source)];
  if (reading.kind === 'name') {
    const title = `${segment.source}: a macro of the paper's own, read as the name in its title`;
    return [mark(segment.source), element('abbr', { className: ['macro'], title }, [text(reading.text)])];
  }
  return [
    element('span', {}, [mark(reading.open), ...render(parseTex(reading.text), [], context), mark(reading.close)]),
  ];
}

function render(segments: TexSegment[], kept: readonly KeptNode[] = [], context: MathContext = {}): ElementContent[] {
  let offset = 0;
  return segments.flatMap((segment, index): ElementContent[] => {
    const start = offset;
    offset += segment.source.length;
    switch (segment.kind) {
      case 'text': {
        const previous = segments[index - 1];
        return prose(segment.source, start, previous !== undefined && isWordEnd(previous.source), kept);
      }
      case 'escape':
        return [mark('\\'), text(segment.char)];
      case 'math':
        return [formula(segment.source, segment.tex, segment.display) ?? unknownCommand(segment, context)].flat();
      case 'word':
        return [mark(segment.source), text(segment.text)];
      case 'styled': {
        const className = segment.command.endsWith('sc') ? ['small-caps'] : undefined;
        const inner = [mark(segment.open), ...render(segment.children, [], context), mark(segment.close)];
        return [element(segment.tag, className ? { className } : {}, inner)];
      }
      case 'link':
        return [
          element('a', { href: segment.href, rel: ['noopener', 'noreferrer'] }, [
            mark(segment.open),
            ...render(segment.children, [], context),
            mark(segment.close),
          ]),
        ];
    }
  });
}

/**
 * Hast nodes showing a title or abstract text with its TeX rendered. `kept` are nodes standing
 * for ranges of the source (links found in it) that prose keeps as they are; a formula or command
 * that covers part of one takes its text instead.
 */
export function displayMath(
  source: string,
  kept: readonly KeptNode[] = [],
  context: MathContext = {},
): ElementContent[] {
  return render(parseTex(source), kept, context);
}

/** Hast nodes of `displayMath` for text that must not hold links (it is inside one already). */
export function displayMathWithoutLinks(source: string): ElementContent[] {
  const unlink = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node) =>
      node.type !== 'element'
        ? [node]
        : node.tagName === 'a'
          ? unlink(node.children)
          : [{ ...node, children: unlink(node.children) }],
    );
  return unlink(displayMath(source));
}

/** The text a reader selects and copies from the rendered form: the source, formulas included. */
export function displayText(source: string): string {
  const textOf = (node: ElementContent): string =>
    node.type === 'text'
      ? node.value
      : node.type === 'element' && node.tagName !== 'math'
        ? node.children.map(textOf).join('')
        : '';
  return displayMath(source).map(textOf).join('');
}

/**
 * `render`, computed once per distinct text: a title is shown on its own page and again in every
 * list, related-papers box and diagram that names the paper, thousands of times in a large atlas.
 */
function once(render: (source: string) => string): (source: string) => string {
  const rendered = new Map<string, string>();
  return (source) => {
    let result = rendered.get(source);
    if (result === undefined) {
      result = render(source);
      rendered.set(source, result);
    }
    return result;
  };
}

/** The rendered form as plain text, as it reads on screen: "S2FT", "O(ε−3.5)", "(a+b)/2". */
export const visibleText = once((source: string): string => {
  const textOf = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return '';
    if (node.tagName === 'math') return mathText(node);
    if ((node.properties.className as string[] | undefined)?.includes('tex')) return '';
    return node.children.map(textOf).join('');
  };
  return displayMath(source).map(textOf).join('');
});

/** The rendered form as HTML, for templates: text escaped, MathML only as Temml drew it. */
export const displayMathHtml = once((source: string): string =>
  toHtml({ type: 'root', children: displayMath(source) }),
);

/** displayMathHtml for text shown inside a link (a title in a list): TeX links become plain text. */
export const displayMathHtmlInLink = once((source: string): string =>
  toHtml({ type: 'root', children: displayMathWithoutLinks(source) }),
);
