/** A page of the atlas as search sees it. */
export type AtlasPage =
  { kind: 'paper' } | { kind: 'topic' } | { kind: 'method'; introducedBy: string | null } | { kind: 'other' };

/**
 * Whether search finds a page: every paper and topic page, and a method's page only when no paper
 * of the atlas introduces the method (that paper is found instead, and says more). Lists, the
 * glossary, the home page and search itself are not results. Decided here only: the layout marks
 * these pages for Pagefind (Base.astro), the atlas index lists them (`searchDocuments`), and
 * Pagefind is given the atlas index's list (src/search/build/pagefind-index.ts).
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

/** What Pagefind is given to index: whole folders, and single pages (`<folder>/<name>/index.html`), from the site root. */
export interface PagefindInput {
  folders: string[];
  pages: string[];
}

/**
 * The searched pages (the atlas index's documents, by path) as Pagefind is given them: a folder in
 * which every built page is searched whole, since Pagefind reads a folder faster than it is sent its
 * pages one by one; of the other folders only the searched pages (a few hundred of 6,000 method
 * pages at 10,000 papers).
 */
export function pagefindInput(paths: readonly string[], builtPages: ReadonlyMap<string, number>): PagefindInput {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    const folder = path.split('/')[0] as string;
    let pages = byFolder.get(folder);
    if (!pages) byFolder.set(folder, (pages = []));
    pages.push(`${path}index.html`);
  }
  const input: PagefindInput = { folders: [], pages: [] };
  for (const [folder, pages] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    if (pages.length === builtPages.get(folder)) input.folders.push(folder);
    else input.pages.push(...pages);
  }
  return input;
}
