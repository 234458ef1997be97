/**
 * Pagefind's index in parts: its indexing service holds the whole index in memory until it writes
 * it, so a large site is indexed a part at a time, each a Pagefind index of its own, and the search
 * page merges them (Pagefind's `mergeIndex`). The first part is `pagefind/` as Pagefind writes it
 * for a whole site; later parts are folders inside it, named in `pagefind/parts.json`.
 */

/**
 * Pages a part holds at most. Large enough that the default atlas and one of 10,000 papers (about
 * 17,000 searched pages) stay one index, ranked as before; at 50,000 papers the service's peak is
 * that of 20,000 pages rather than 80,000.
 */
export const PAGEFIND_PART_PAGES = 20_000;

/** The list of later parts, beside the first part's own files. */
export const PAGEFIND_PARTS_FILE = 'parts.json';

/**
 * What `pagefind/parts.json` holds: the folders of the later parts, relative to `pagefind/`, and
 * the page ids of records the search page must drop, those of pages a later part indexes again or
 * that are gone (src/search/build/pagefind-update.ts).
 */
export interface PagefindPartsList {
  parts: string[];
  superseded?: string[];
}

/** One part: its folder from the site root, and its pages in the order they are indexed. */
export interface PagefindPart {
  folder: string;
  pages: string[];
}

/** `pages` cut into parts of at most `size` pages, in order: `pagefind/`, then `pagefind/part-2/` and on. */
export function pagefindParts(pages: readonly string[], size = PAGEFIND_PART_PAGES): PagefindPart[] {
  const parts: PagefindPart[] = [];
  for (let start = 0; start < pages.length || parts.length === 0; start += size) {
    const number = parts.length + 1;
    parts.push({
      folder: number === 1 ? 'pagefind' : `pagefind/${laterPartFolder(number)}`,
      pages: pages.slice(start, start + size),
    });
  }
  return parts;
}

/** The folder of part `number` (2 and on), relative to `pagefind/`. */
function laterPartFolder(number: number): string {
  return `part-${number}`;
}

/** The list the search page reads: the later parts' folders, relative to `pagefind/`, each ending in a slash. */
export function pagefindPartsList(parts: readonly PagefindPart[]): PagefindPartsList {
  return { parts: parts.slice(1).map((part) => `${part.folder.replace(/^pagefind\//u, '')}/`) };
}

/**
 * Results of a search over every part, less the records the list supersedes; a record an update
 * part wrote again under the id the whole index gave it is listed once (src/search/build/pagefind-update.ts).
 */
export function liveResults<T extends { id: string }>(results: readonly T[], superseded: ReadonlySet<string>): T[] {
  const seen = new Set(superseded);
  return results.filter((result) => {
    if (seen.has(result.id)) return false;
    seen.add(result.id);
    return true;
  });
}
