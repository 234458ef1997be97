import { writeSearchState, type SearchState } from '../search-state';

/** The address of a page of the site; from disk, folders are opened through their index.html. */
export function pageHref(root: URL, path: string): string {
  const target = new URL(path, root);
  if (target.protocol === 'file:' && target.pathname.endsWith('/')) target.pathname += 'index.html';
  return target.href;
}

/** The search page's address for a search. */
export const searchPageHref = (root: URL, state: SearchState) => pageHref(root, 'search/') + writeSearchState(state);

/** An element with attributes and, optionally, text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
