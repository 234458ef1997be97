/**
 * Which methods get a page of their own under /methods/<slug>/. Decided here only: the catalog
 * keeps as `methods` just the ones this module gives a page (src/lib/catalog.ts), and every list,
 * link, diagram node, search document, sitemap entry and feed reads them from there; the atlas
 * index builds its method documents through `methodsWithPages` too.
 */
import type { MethodRecord } from './catalog';

/** What the decision reads of a method: who introduces it and which papers it is listed under. */
export type MethodRelations = Pick<
  MethodRecord,
  'introducedBy' | 'builtOnBy' | 'comparedBy' | 'usedBy' | 'mentionedBy'
>;

/** Papers a method is related to before it earns a page of its own, when no paper of the atlas introduces it. */
export const PAPERS_FOR_A_PAGE = 2;

/**
 * The papers a method page would list besides the introducing one: those with a typed relation to
 * it (builds on, compares with, uses) and those that name it among their methods, each once.
 */
export function papersRelatedTo(method: MethodRelations): string[] {
  const slugs = [
    ...method.builtOnBy.map((entry) => entry.paper),
    ...method.comparedBy.map((entry) => entry.paper),
    ...method.usedBy.map((entry) => entry.paper),
    ...method.mentionedBy,
  ];
  return [...new Set(slugs)].filter((slug) => slug !== method.introducedBy);
}

/**
 * Whether a method gets its own page: a paper of the atlas introduces it, or at least
 * `PAPERS_FOR_A_PAGE` papers relate to it or name it. A method one paper names is listed on that
 * paper's page only: a page that would repeat one paper's sentence is not worth a URL.
 */
export function hasMethodPage(method: MethodRelations): boolean {
  return method.introducedBy !== null || papersRelatedTo(method).length >= PAPERS_FOR_A_PAGE;
}

/** The methods of a list that get a page, in the list's order. */
export function methodsWithPages<M extends MethodRelations>(methods: readonly M[]): M[] {
  return methods.filter(hasMethodPage);
}

/**
 * The paper whose page names a method that has no page of its own: where an old URL of the method
 * sends readers. Null for a method with a page, and for one no paper relates to.
 */
export function paperNamingMethod(method: MethodRelations): string | null {
  if (hasMethodPage(method)) return null;
  return papersRelatedTo(method)[0] ?? null;
}
