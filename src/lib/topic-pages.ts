/**
 * A topic's papers listed over numbered pages, so that no topic page grows with the corpus: the
 * topic's own URL (`/topics/<id>/`) is its first page and stays so; later pages are
 * `/topics/<id>/page/<n>/`, and each page links to the ones before and after it.
 */

/** Papers per topic page: about 45 KB of HTML for the list at 450 bytes a paper. */
export const TOPIC_PAGE_SIZE = 100;

/** The papers per topic page of this build: `ATLAS_TOPIC_PAGE_SIZE` when set (tests build small fixtures), else `TOPIC_PAGE_SIZE`. */
export function topicPageSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.ATLAS_TOPIC_PAGE_SIZE);
  return Number.isInteger(size) && size > 0 ? size : TOPIC_PAGE_SIZE;
}

/** Where a page of a topic's list stands among the others. */
export interface TopicPagination {
  /** 1 for the topic's own page. */
  page: number;
  pages: number;
  /** Papers in the whole list, on every page. */
  total: number;
  /** The position in the whole list of this page's first paper, from 1 (0 when the list is empty). */
  first: number;
}

/** How many pages a list of `total` papers takes; an empty topic still has its page. */
export function topicPageCount(total: number, size = TOPIC_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (from 1) of a topic's list: its items and where it stands. */
export function topicListPage<T>(
  items: readonly T[],
  page: number,
  size = TOPIC_PAGE_SIZE,
): { items: T[]; pagination: TopicPagination } {
  const pages = topicPageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new RangeError(`page ${page} of a list of ${items.length} items: there are ${pages} pages`);
  const start = (page - 1) * size;
  return {
    items: items.slice(start, start + size),
    pagination: { page, pages, total: items.length, first: items.length === 0 ? 0 : start + 1 },
  };
}

/** The site path of a page of a topic's list, from the site root. */
export function topicPagePath(id: string, page: number): string {
  return page === 1 ? `/topics/${id}/` : `/topics/${id}/page/${page}/`;
}

/** True for the file of a later page of a topic's list (`topics/<id>/page/<n>/index.html`). */
export function isLaterTopicPage(file: string): boolean {
  return /^topics\/[^/]+\/page\/\d+\/index\.html$/u.test(file.split('\\').join('/'));
}
