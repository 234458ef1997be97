import type { Catalog, MethodRecord } from '../catalog';
import { hasOwnBibFile, methodPaperSlugs } from '../citation/atlas-citations';
import { methodDiagram, type DiagramView, type GraphLinks } from '../method-graph';
import { methodRecord, type SearchRecord } from '../../search/build/records';
import {
  headedCount,
  headedListPage,
  laterPageNumbers,
  listPageSize,
  type HeadedItems,
  type ListPagination,
} from '../list-pages';
import { claimRow, paperListItems, type ClaimRow, type PaperListItem } from './parts';

/** How a paper a method page lists relates to the method: the page's headings, in this order. */
export const METHOD_RELATIONS = ['builtOnBy', 'comparedBy', 'usedBy', 'mentionedBy'] as const;
export type MethodRelation = (typeof METHOD_RELATIONS)[number];

/** The papers of one relation on one page of a method's list. */
export interface MethodRelationList {
  relation: MethodRelation;
  /** The relation's papers on every page. */
  total: number;
  /** Its first papers are on an earlier page. */
  continued: boolean;
  papers: PaperListItem[];
}

/** The papers a page of a method's list shows, under their relations, and where the page stands. */
export interface MethodPapersPage {
  /** The relations with papers on this page, in `METHOD_RELATIONS` order. */
  relations: MethodRelationList[];
  pagination: ListPagination;
}

/** Everything a method page renders besides its templates (src/pages/methods/[slug].astro). */
export interface MethodPageView {
  method: Pick<MethodRecord, 'name' | 'slug' | 'aliases'>;
  /** The paper of the atlas that introduces the method. */
  introducer: { slug: string; title: string } | null;
  /** The results the introducing paper claims. */
  results: ClaimRow[];
  /** The first page of the papers that build on, compare with, use or (without one of these) name the method. */
  papers: MethodPapersPage;
  diagram: DiagramView;
  search: SearchRecord;
  /** How many papers the method's `.bib` file holds (`methodPaperSlugs`). */
  bibPapers: number;
  /** The one paper a method page lists, whose page has its BibTeX: such a page has no `.bib` file (`hasOwnBibFile`). */
  bibPaper: string | null;
}

/** The view of a method's page: the method, and the papers that introduce, use or compare with it. */
export function methodPageView(method: MethodRecord, catalog: Catalog, links: GraphLinks): MethodPageView {
  const introducer = method.introducedBy ? catalog.paperBySlug.get(method.introducedBy) : undefined;
  const bibSlugs = methodPaperSlugs(method);
  return {
    method: { name: method.name, slug: method.slug, aliases: method.aliases },
    introducer: introducer ? { slug: introducer.slug, title: introducer.title } : null,
    results: (introducer?.results ?? []).map((claim, index) =>
      claimRow({
        paper: { slug: introducer!.slug, title: introducer!.title },
        method: claim.model ?? introducer!.name,
        claim,
        index,
      }),
    ),
    papers: methodPapersPage(method, 1, catalog),
    diagram: methodDiagram(method.slug, catalog, links),
    search: methodRecord(method.name),
    bibPapers: bibSlugs.length,
    bibPaper: hasOwnBibFile(method) ? null : (bibSlugs[0] ?? null),
  };
}

/** A later page of a method's list of papers (src/pages/methods/[slug]/page/[page].astro). */
export interface MethodListPageView {
  method: Pick<MethodRecord, 'name' | 'slug'>;
  papers: MethodPapersPage;
}

/** The papers of a method under each relation, in page order. */
function relationLists(method: MethodRecord): Array<HeadedItems<MethodRelation, string>> {
  return METHOD_RELATIONS.map((relation) => ({
    heading: relation,
    items: method[relation].map((entry) => (typeof entry === 'string' ? entry : entry.paper)),
  }));
}

/** Page `page` of a method's papers: the relations one list, cut into pages of `listPageSize('method')`. */
function methodPapersPage(method: MethodRecord, page: number, catalog: Catalog): MethodPapersPage {
  const { groups, pagination } = headedListPage(relationLists(method), page, listPageSize('method'));
  const relations = groups.map(({ heading, items, total, continued }) => ({
    relation: heading,
    total,
    continued,
    papers: paperListItems(items, catalog),
  }));
  return { relations, pagination };
}

/** Pages 2 and on of every method's list of papers: which method and which page, before any view is made. */
export function methodListPages(catalog: Catalog): Array<{ method: MethodRecord; page: number }> {
  return catalog.methods.flatMap((method) =>
    laterPageNumbers(headedCount(relationLists(method)), listPageSize('method')).map((page) => ({ method, page })),
  );
}

/** The view of page `page` (2 and on) of a method's list of papers. */
export function methodListPageView(method: MethodRecord, page: number, catalog: Catalog): MethodListPageView {
  return { method: { name: method.name, slug: method.slug }, papers: methodPapersPage(method, page, catalog) };
}

/** Pages 2 and on of every method's list of papers. */
export function methodListPageViews(catalog: Catalog): MethodListPageView[] {
  return methodListPages(catalog).map(({ method, page }) => methodListPageView(method, page, catalog));
}
