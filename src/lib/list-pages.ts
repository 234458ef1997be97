/**
 * Long lists over numbered pages, so that no page grows with the corpus: a list's own URL
 * (`/papers/`, `/glossary/`, `/topics/<id>/`, `/methods/<slug>/`) is its first page and stays so;
 * later pages are `<list>/page/<n>/`, and each page links to the others. Which lists are paged and
 * how much each page holds is the table `LIST_PAGE_SIZES`.
 */

/** The paged lists of the site, with how much a page holds and the setting that changes it (tests build small fixtures). */
export const LIST_PAGE_SIZES = {
  /** A topic's papers, with gists: about 45 KB of HTML at 450 bytes a paper. */
  topic: { size: 100, env: 'ATLAS_TOPIC_PAGE_SIZE' },
  /** All papers (/papers/), without gists: about 130 KB at 260 bytes a paper. */
  papers: { size: 500, env: 'ATLAS_PAPERS_PAGE_SIZE' },
  /** The papers a method page lists, under its relation headings: about 55 KB at 270 bytes a paper. */
  method: { size: 200, env: 'ATLAS_METHOD_PAGE_SIZE' },
  /**
   * The results claimed on a dataset, under their measures' headings: about 72 KB at 640 bytes a
   * row and its measure's table (ImageNet's one page was 540.6 KB at 100,000 papers).
   */
  dataset: { size: 100, env: 'ATLAS_DATASET_PAGE_SIZE' },
  /** The datasets of /datasets/, with their counts, under letter headings: about 115 KB at 115 bytes a dataset. */
  datasets: { size: 1000, env: 'ATLAS_DATASETS_PAGE_SIZE' },
  /** The methods of /methods/, as links under letter headings: about 100 KB at 100 bytes a method. */
  methods: { size: 1000, env: 'ATLAS_METHODS_PAGE_SIZE' },
  /**
   * Glossary lines: one for each acronym and one for each paper listed under it (`glossaryLines`);
   * about 120 KB at 200 bytes a line.
   */
  glossary: { size: 600, env: 'ATLAS_GLOSSARY_PAGE_SIZE' },
} as const;

export type PagedList = keyof typeof LIST_PAGE_SIZES;

/** How much a page of `list` holds in this build: its setting when that is a positive whole number, else its default. */
export function listPageSize(list: PagedList, env: NodeJS.ProcessEnv = process.env): number {
  const { size, env: name } = LIST_PAGE_SIZES[list];
  const set = Number(env[name]);
  return Number.isInteger(set) && set > 0 ? set : size;
}

/** Where a page of a list stands among the others. */
export interface ListPagination {
  /** 1 for the list's own page. */
  page: number;
  pages: number;
  /** Items in the whole list, on every page. */
  total: number;
  /** The position in the whole list of this page's first item, from 1 (0 when the list is empty). */
  first: number;
}

/** How many pages a list of `total` items takes; an empty list still has its page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The numbers of a list's pages after its own: 2 to the last, none for a list that fits on one page. */
export function laterPageNumbers(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/** Where page `page` of a list of `total` items stands; throws for a page the list does not have. */
function paginationOf(total: number, page: number, size: number): ListPagination {
  const pages = pageCount(total, size);
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new RangeError(`page ${page} of a list of ${total} items: there are ${pages} pages`);
  return { page, pages, total, first: total === 0 ? 0 : (page - 1) * size + 1 };
}

/** Page `page` (from 1) of a list: its items and where it stands. */
export function listPage<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; pagination: ListPagination } {
  const pagination = paginationOf(items.length, page, size);
  const start = (page - 1) * size;
  return { items: items.slice(start, start + size), pagination };
}

/**
 * How a list that grows at its front is cut into pages that stay as they were: its runs (a topic's
 * sure papers, then its guessed ones), each newest first, are cut from their oldest end into pages
 * of `size`, and the newest items of a run that do not fill a page join its first page (when fewer
 * than half a page) or make it (when more). A paper added to a run changes that run's first page
 * only, until the run gains a page, about once in `size` additions; a list of one page stays one.
 * A first run shorter than half a page shares the first page with the next run's first page, so
 * that a topic's own page is not left with a paper or two. Each page's first and last index in the
 * whole list, in order.
 */
export function stableListPages(runs: readonly number[], size: number): Array<{ start: number; end: number }> {
  const total = runs.reduce((sum, length) => sum + length, 0);
  if (total <= size) return [{ start: 0, end: total }];
  const pages: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const length of runs) {
    if (length === 0) continue;
    const odd = length % size;
    const head = length <= size ? length : odd < size / 2 ? odd + size : odd;
    pages.push({ start: offset, end: offset + head });
    for (let start = offset + head; start < offset + length; start += size) pages.push({ start, end: start + size });
    offset += length;
  }
  // A first run shorter than half a page is one page, and the next page is the next run's first;
  // the two are joined where the page is no heavier than a run's own first page can be.
  const second = pages[1];
  const shortFirst = runs[0]! > 0 && runs[0]! < size / 2;
  if (shortFirst && second && second.end <= size + Math.ceil(size / 2) - 1)
    pages.splice(0, 2, { start: 0, end: second.end });
  return pages;
}

/** Page `page` (from 1) of a list cut by `stableListPages`: its items and where it stands. */
export function stableListPage<T>(
  items: readonly T[],
  runs: readonly number[],
  page: number,
  size: number,
): { items: T[]; pagination: ListPagination } {
  if (runs.reduce((sum, length) => sum + length, 0) !== items.length)
    throw new RangeError(`runs of ${runs.join(' + ')} items for a list of ${items.length}`);
  const pages = stableListPages(runs, size);
  const bounds = pages[page - 1];
  if (!Number.isInteger(page) || !bounds)
    throw new RangeError(`page ${page} of a list of ${items.length} items: there are ${pages.length} pages`);
  const pagination = {
    page,
    pages: pages.length,
    total: items.length,
    first: items.length === 0 ? 0 : bounds.start + 1,
  };
  return { items: items.slice(bounds.start, bounds.end), pagination };
}

/** A run of a list's items under one heading: a method's papers under a relation, a dataset's results under a measure. */
export interface HeadedItems<H, T> {
  heading: H;
  items: readonly T[];
}

/** The items of one heading on a page of a list under headings. */
export interface HeadedPageItems<H, T> {
  heading: H;
  items: T[];
  /** The heading's items on every page. */
  total: number;
  /** Its first items are on an earlier page, so the page repeats the heading. */
  continued: boolean;
}

/** How many items a list under headings (or letters) holds in all. */
export function headedCount(groups: ReadonlyArray<{ items: readonly unknown[] }>): number {
  return groups.reduce((sum, group) => sum + group.items.length, 0);
}

/**
 * Page `page` (from 1) of a list under headings, cut as one list whatever its headings (a page
 * may end inside a heading's run, and the next page repeats the heading): the headings with items
 * on the page, in order, each with its items there, and where the page stands.
 */
export function headedListPage<H, T>(
  groups: ReadonlyArray<HeadedItems<H, T>>,
  page: number,
  size: number,
): { groups: Array<HeadedPageItems<H, T>>; pagination: ListPagination } {
  const pagination = paginationOf(headedCount(groups), page, size);
  const start = (page - 1) * size;
  const end = start + size;
  const shown: Array<HeadedPageItems<H, T>> = [];
  let offset = 0;
  for (const { heading, items } of groups) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + items.length);
    if (from < to)
      shown.push({
        heading,
        items: items.slice(from - offset, to - offset),
        total: items.length,
        continued: from > offset,
      });
    offset += items.length;
  }
  return { groups: shown, pagination };
}

/** Every page of a list, in order: at least one, empty for an empty list. */
export function listPages<T>(items: readonly T[], size: number): Array<{ items: T[]; pagination: ListPagination }> {
  return Array.from({ length: pageCount(items.length, size) }, (_, index) => listPage(items, index + 1, size));
}

/**
 * Every page of a list whose items weigh differently (a glossary entry listing forty papers is
 * longer than one listing one): items in order, each page filled up to `budget`, an item that
 * would not fit starting the next page. A page holds at least one item, so one item heavier than
 * the budget has a page of its own.
 */
export function listPagesByWeight<T>(
  items: readonly T[],
  weightOf: (item: T) => number,
  budget: number,
): Array<{ items: T[]; pagination: ListPagination }> {
  const groups: T[][] = [[]];
  let weight = 0;
  for (const item of items) {
    const itemWeight = weightOf(item);
    if (groups.at(-1)!.length > 0 && weight + itemWeight > budget) {
      groups.push([]);
      weight = 0;
    }
    groups.at(-1)!.push(item);
    weight += itemWeight;
  }
  let first = 1;
  return groups.map((group, index) => {
    const pagination = { page: index + 1, pages: groups.length, total: items.length, first: group.length ? first : 0 };
    first += group.length;
    return { items: group, pagination };
  });
}

/**
 * True for the file of a later page of a list that belongs to one record, a topic's papers or a
 * dataset's results (`topics/<id>/page/<n>/index.html`): such a page only continues the record's
 * own page, which stands for it in the sitemap.
 */
export function isContinuingPage(file: string): boolean {
  return /^(?:topics|datasets)\/[^/]+\/page\/\d+\/index\.html$/u.test(file.split('\\').join('/'));
}

/** The site path of page `page` of the list whose first page is `base` (`/papers/` → `/papers/page/2/`). */
export function listPagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/**
 * The page numbers a list's navigation shows: all of them for a short list; otherwise the first,
 * the last and the two on each side of the current one, with null where numbers are skipped, so
 * the navigation of a list of hundreds of pages stays one line.
 */
export function pageLinks(page: number, pages: number): Array<number | null> {
  const AROUND = 2;
  const ALL_UP_TO = 9;
  if (pages <= ALL_UP_TO) return Array.from({ length: pages }, (_, index) => index + 1);
  const shown = new Set([1, pages]);
  for (let n = page - AROUND; n <= page + AROUND; n += 1) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? [null, n] : [n]));
}
