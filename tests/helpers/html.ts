import { readFile } from 'node:fs/promises';
import type { Root } from 'hast';
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
