import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderAbstract } from '../../src/lib/render-abstract';
import { toMdxParagraph } from '../../src/pipeline/serialise-mdx';

/** How an abstract with TeX reads on its page. */
export type MathOutcome = 'rendered' | 'source-as-code' | 'raw-tex-visible';

/**
 * TeX a reader should never see as such: a command (`\frac`), an escaped character (`\%`), a
 * braced script (`^{`), or a dollar that opens maths (one not followed by a digit: `$5` is money).
 */
const RAW_TEX = /\\[A-Za-z]+|\\[%$&#_{}]|[_^]\{|\$(?![\d\s.,])/u;

/** A formula between dollars that holds a command (`$\\frac{a}{b}$`): what makes an abstract TeX-heavy. */
const FORMULA_WITH_COMMAND = /(?<!\\)\$[^$]*\\[A-Za-z]+[^$]*(?<!\\)\$/u;

/** Whether an abstract is in the TeX-heavy slice: a formula between dollars with a command in it. */
export function isTexHeavy(abstract: string): boolean {
  return FORMULA_WITH_COMMAND.test(abstract);
}

/** The text an abstract's page shows on screen: hidden TeX marks and drawn MathML left out, code apart. */
function shownText(root: Root | Element): { text: string; code: string[] } {
  const code: string[] = [];
  const visit = (node: ElementContent | Root): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' && node.type !== 'root') return '';
    if (node.type === 'element') {
      const classes = (node.properties.className as string[] | undefined) ?? [];
      if (node.tagName === 'math' || classes.includes('tex')) return '';
      if (classes.includes('tex-source')) {
        code.push(node.children.map(visit).join(''));
        return '';
      }
    }
    return (node.children as ElementContent[]).map(visit).join('');
  };
  return { text: visit(root), code };
}

/** How the abstract renders on its page, and the TeX left visible when there is some. */
export function mathOutcome(abstract: string, title = ''): { outcome: MathOutcome; visible: string[]; code: string[] } {
  const html = renderAbstract(toMdxParagraph(abstract), 'abstract.mdx', title);
  const { text, code } = shownText(fromHtml(html, { fragment: true }));
  const visible = [...text.matchAll(new RegExp(RAW_TEX.source, 'gu'))].map((match) =>
    text.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 30),
  );
  const outcome = visible.length > 0 ? 'raw-tex-visible' : code.length > 0 ? 'source-as-code' : 'rendered';
  return { outcome, visible, code };
}

/** `count` items of `items` picked with a seeded generator (mulberry32), so a run can be repeated. */
export function seededSample<T>(items: readonly T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  for (let index = pool.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other] as T, pool[index] as T];
  }
  return pool.slice(0, count);
}
