/**
 * Views of the pages of the site's long alphabetical lists (src/lib/list-pages.ts): all papers
 * (/papers/), all methods (/methods/), all datasets (/datasets/) and the glossary (/glossary/). Each page of a list renders
 * from its view alone, so a later page whose view did not change is reused (src/lib/page-reuse/).
 */
import { methodNamed, type Catalog } from '../catalog';
import type { GlossaryEntry } from '../glossary';
import type { DatasetRecord } from '../results-ledger';
import { groupByLetter, type LetterGroup, type LetterTarget } from '../letter-index';
import { listPages, listPageSize, listPagesByWeight, type ListPagination } from '../list-pages';
import { paperListItem, type PaperListItem } from './parts';

/** A page of an alphabetical list: its items under letter headings, where each letter starts, and where the page stands. */
export interface LetterPageView<T> {
  groups: Array<LetterGroup<T>>;
  letters: LetterTarget[];
  pagination: ListPagination;
}

function letterPages<T>(
  pages: Array<{ items: T[]; pagination: ListPagination }>,
  textOf: (item: T) => string,
): Array<LetterPageView<T>> {
  const { pages: grouped, letters } = groupByLetter(
    pages.map((page) => page.items),
    textOf,
  );
  return pages.map((page, index) => ({ groups: grouped[index]!, letters, pagination: page.pagination }));
}

/** Every page of /papers/: all papers by title. */
export function papersIndexPageViews(
  catalog: Catalog,
  size = listPageSize('papers'),
): Array<LetterPageView<PaperListItem>> {
  const items = catalog.papers.map((paper) => paperListItem(paper, catalog));
  return letterPages(listPages(items, size), (item) => item.title);
}

/** A method as /methods/ lists it. */
export interface MethodLink {
  slug: string;
  name: string;
  /** A paper of the atlas introduces it. */
  introduced: boolean;
}

/** Every page of the list of /methods/: all methods with a page, by name. */
export function methodsIndexPageViews(
  catalog: Catalog,
  size = listPageSize('methods'),
): Array<LetterPageView<MethodLink>> {
  const items = catalog.methods.map((method) => ({
    slug: method.slug,
    name: method.name,
    introduced: method.introducedBy !== null,
  }));
  return letterPages(listPages(items, size), (item) => item.name);
}

/** A dataset as /datasets/ lists it. */
export interface DatasetLink {
  slug: string;
  label: string;
  papers: number;
  results: number;
}

/** Every page of the list of /datasets/: every dataset with a claimed result, by label. */
export function datasetsIndexPageViews(
  datasets: readonly DatasetRecord[],
  size = listPageSize('datasets'),
): Array<LetterPageView<DatasetLink>> {
  const items = datasets.map((dataset) => ({
    slug: dataset.slug,
    label: dataset.label,
    papers: dataset.papers.length,
    results: dataset.resultCount,
  }));
  return letterPages(listPages(items, size), (item) => item.label);
}

/** Papers listed under an acronym at most; the rest are a search away (LLM is in thousands of abstracts at 10,000 papers). */
export const GLOSSARY_PAPERS_LISTED = 40;

/** A glossary entry as its page shows it. */
export interface GlossaryItem {
  acronym: string;
  anchor: string;
  expansions: string[];
  /** The method of the atlas the acronym names (MeZO, DPO), whose page it leads to. */
  method: string | null;
  /** The first `GLOSSARY_PAPERS_LISTED` papers that use it. */
  papers: Array<{ slug: string; title: string }>;
  /** How many papers use it. */
  usedBy: number;
}

/** The lines a glossary entry takes, which is what fills a page: its own, and one for each paper listed. */
export function glossaryLines(item: Pick<GlossaryItem, 'papers'>): number {
  return 1 + item.papers.length;
}

/** Every page of /glossary/: the acronyms in order, each page filled up to `lines` lines (`glossaryLines`). */
export function glossaryPageViews(
  glossary: readonly GlossaryEntry[],
  catalog: Catalog,
  lines = listPageSize('glossary'),
): Array<LetterPageView<GlossaryItem>> {
  const items = glossary.map((entry) => ({
    acronym: entry.acronym,
    anchor: entry.anchor,
    expansions: entry.expansions.map((expansion) => expansion.longForm),
    method: methodNamed(catalog, entry.acronym)?.slug ?? null,
    papers: entry.usedBy.slice(0, GLOSSARY_PAPERS_LISTED).flatMap((slug) => {
      const paper = catalog.paperBySlug.get(slug);
      return paper ? [{ slug, title: paper.title }] : [];
    }),
    usedBy: entry.usedBy.length,
  }));
  return letterPages(listPagesByWeight(items, glossaryLines, lines), (item) => item.acronym);
}

/** The page (from 1) holding each glossary entry, by its anchor, and each letter's heading: where an old link to /glossary/#<anchor> is sent. */
export function glossaryAnchorPages(views: ReadonlyArray<LetterPageView<GlossaryItem>>): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const view of views)
    for (const group of view.groups) {
      if (group.anchor) pages[group.anchor] = view.pagination.page;
      for (const item of group.items) pages[item.anchor] = view.pagination.page;
    }
  return pages;
}
