import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from '../pipeline/serialise-mdx';
import { displayMath, type KeptNode, type MathContext } from './math/display-math';
import { titleName } from './math/author-macros';

/** Node types a generated paper body may hold: text in paragraphs, and links GFM finds in it. */
const GENERATED_NODE_TYPES = new Set(['root', 'paragraph', 'text', 'link', 'break']);

function findForeignNode(node: MdastNodes): string | null {
  if (!GENERATED_NODE_TYPES.has(node.type)) return node.type;
  if (node.type === 'link' && !/^(?:https?:|mailto:)/iu.test(node.url)) return `link to ${node.url}`;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findForeignNode(child);
      if (found) return found;
    }
  }
  return null;
}

function markExternalLinks(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a') child.properties = { ...child.properties, rel: ['noopener', 'noreferrer'] };
    markExternalLinks(child);
  }
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Renders the TeX of each paragraph (`$\\frac{a}{b}$` → MathML, `S^{2}FT` → S<sup>2</sup>FT).
 * A paragraph is read as one text, links included: a formula can hold what GFM took for a link
 * (`$\\href{https://…}{code}$`), and then the formula takes its text.
 */
function renderMathInText(node: HastRoot | Element, context: MathContext): void {
  // A rendered abstract holds only paragraphs, links and text: element content throughout.
  const children = node.children as ElementContent[];
  if (node.type === 'element' && node.tagName === 'p') {
    let source = '';
    const kept: KeptNode[] = [];
    for (const child of children) {
      const start = source.length;
      const value = child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '';
      if (child.type !== 'text') kept.push({ start, end: start + value.length, node: child });
      source += value;
    }
    node.children = displayMath(source, kept, context);
    return;
  }
  for (const child of children) if (child.type === 'element') renderMathInText(child, context);
}

/** Changes whenever rendering changes, so cached pages rendered the old way are rendered again. */
export const ABSTRACT_RENDERER_VERSION = 4;

/**
 * Renders a generated paper body (an abstract serialised as MDX text) to HTML without compiling
 * it: the body is parsed with the MDX grammar and must hold nothing but text and links, so a
 * corpus string can never run as code. Anything else means the file was not written by the
 * pipeline, and is an error naming what was found.
 */
export function renderAbstract(body: string, file: string, title = ''): string {
  return renderAbstractAndText(body, file, title).html;
}

/**
 * renderAbstract, and the text the body shows a reader, from a single parse: the paper loader
 * needs both, and parsing is most of its cost.
 */
export function renderAbstractAndText(body: string, file: string, title = ''): { html: string; text: string } {
  const tree = parseMdx(body);
  const foreign = findForeignNode(tree);
  if (foreign) {
    throw new Error(
      `${file}: the body holds ${foreign}, but generated paper pages hold only the abstract as text. ` +
        'Regenerate the file with `npm run content`, and put curated notes in content/notes/ instead.',
    );
  }
  const hast = toHast(tree) as HastRoot;
  markExternalLinks(hast);
  renderMathInText(hast, { selfName: titleName(title) });
  return { html: toHtml(hast), text: toString(tree) };
}
