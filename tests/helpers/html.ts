import { readFile } from 'node:fs/promises';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { select, selectAll };

export async function readHtml(path: string): Promise<Root> {
  return fromHtml(await readFile(path, 'utf8'));
}

/** The text a reader sees in an element, whitespace collapsed. */
export function textOf(node: Parameters<typeof toText>[0] | undefined): string {
  return node ? toText(node).replace(/\s+/gu, ' ').trim() : '';
}

/**
 * The characters of an element's text exactly as the page holds them (format characters such as
 * bidi overrides and zero-width spaces included), with only HTML's own whitespace collapsed.
 * Typeset formulas (`<math>`) are left out: the page holds each one's TeX source beside it.
 */
export function exactTextOf(node: Root | Element | undefined): string {
  if (!node) return '';
  const collect = (current: Root | Element | ElementContent): string =>
    current.type === 'text'
      ? current.value
      : current.type === 'element' && current.tagName === 'math'
        ? ''
        : 'children' in current
          ? current.children.map((child) => collect(child as ElementContent)).join('')
          : '';
  return collect(node)
    .replace(/[ \t\n\r\f]+/gu, ' ')
    .trim();
}
