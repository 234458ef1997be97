/**
 * Pagefind writes an index whole and cannot drop or replace a page in it, and a day's papers
 * change pages all over the site (every topic page counts its papers; a new paper's name re-tags
 * older papers that mention it). So a build keeps the last whole index as a base and indexes only
 * the pages that differ from it into one more part, `pagefind/update/`; the search page merges it
 * in and drops the base's records of those pages (`superseded`, by Pagefind's page id), as it drops
 * the records of pages that are gone. The update holds every page changed since the base, so each
 * build replaces it rather than stacking another; once it would hold more than a share of the
 * base's pages, the index is written whole again and becomes the new base.
 */

/** What the last whole index holds, kept in the build's cache beside the site it was built for. */
export interface PagefindBase {
  /** Pagefind's version and the options pages were indexed with: an index made otherwise is not reused. */
  settings: string;
  /** Digest of the base's `pagefind-entry.json`: the index in the published site must be this one. */
  entry: string;
  /** The base's later parts, as `parts.json` lists them (src/search/shared/pagefind-parts.ts). */
  parts: string[];
  /** Each indexed page (`papers/mezo/index.html`): the digest of its HTML and its record's page id. */
  pages: Record<string, { digest: string; id: string }>;
}

/** The folder of the update part, relative to `pagefind/`. */
export const PAGEFIND_UPDATE_FOLDER = 'update';

/**
 * An update may hold at most this share of the base's pages before the index is written whole:
 * re-indexing a page costs the same in either, and the base's records of changed pages still
 * weigh in its word statistics.
 */
export const PAGEFIND_UPDATE_SHARE = 0.2;

export type PagefindPlan =
  | { kind: 'whole'; why: string }
  | {
      kind: 'update';
      /** Pages to index into the update part, in the order given. */
      changed: string[];
      /** Page ids of the base's records that are stale: pages changed or gone. */
      superseded: string[];
    };

/**
 * Whether the searched `pages` (path → digest of its HTML, in index order) can be indexed as an
 * update to `base`, and what the update holds; `base` is null when there is none that matches the
 * published index, `settings` today's Pagefind version and options.
 */
export function planPagefindUpdate(
  base: PagefindBase | null,
  settings: string,
  pages: ReadonlyMap<string, string>,
  share = PAGEFIND_UPDATE_SHARE,
): PagefindPlan {
  if (!base) return { kind: 'whole', why: 'no earlier index to update' };
  if (base.settings !== settings) return { kind: 'whole', why: 'Pagefind or its options changed' };
  const changed = [...pages].filter(([path, digest]) => base.pages[path]?.digest !== digest).map(([path]) => path);
  const gone = Object.keys(base.pages).filter((path) => !pages.has(path));
  const basePages = Object.keys(base.pages).length;
  if (changed.length + gone.length > share * basePages)
    return {
      kind: 'whole',
      why: `${changed.length + gone.length} of ${basePages} pages changed or gone since the last whole index, over ${Math.round(share * 100)} %`,
    };
  const superseded = [...changed, ...gone].flatMap((path) => base.pages[path]?.id ?? []);
  return { kind: 'update', changed, superseded };
}
