/** A page of the atlas as search sees it. */
export type AtlasPage =
  { kind: 'paper' } | { kind: 'topic' } | { kind: 'method'; introducedBy: string | null } | { kind: 'other' };

/**
 * Whether search finds a page: every paper and topic page, and a method's page only when no paper
 * of the atlas introduces the method (that paper is found instead, and says more). Lists, the
 * glossary, the home page and search itself are not results. Decided here only: the layout marks
 * these pages for Pagefind (Base.astro), the atlas index lists them (`searchDocuments`), and
 * Pagefind is given the atlas index's list (scripts/lib/search-stage.ts).
 */
export function isSearched(page: AtlasPage): boolean {
  switch (page.kind) {
    case 'paper':
    case 'topic':
      return true;
    case 'method':
      return page.introducedBy === null;
    case 'other':
      return false;
  }
}

/**
 * The searched pages (the atlas index's documents, by path) as Pagefind is given them: one file
 * each (`<folder>/<name>/index.html`), in one order whatever order they were listed or written in.
 * Pagefind numbers pages in the order it reads them, so a folder given whole (read in the order
 * the file system lists it) or pages sent as they finish loading would give the same site a
 * different index on every build.
 */
export function pagefindPages(paths: readonly string[]): string[] {
  return paths.map((path) => `${path}index.html`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
