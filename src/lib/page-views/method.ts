import type { Catalog, MethodRecord } from '../catalog';
import { hasOwnBibFile, methodPaperSlugs } from '../citation/atlas-citations';
import { methodDiagram, type DiagramView, type GraphLinks } from '../method-graph';
import { methodRecord, type SearchRecord } from '../../search/build/records';
import { claimRow, paperListItems, type ClaimRow, type PaperListItem } from './parts';

/** Everything a method page renders besides its templates (src/pages/methods/[slug].astro). */
export interface MethodPageView {
  method: Pick<MethodRecord, 'name' | 'slug' | 'aliases'>;
  /** The paper of the atlas that introduces the method. */
  introducer: { slug: string; title: string } | null;
  /** The results the introducing paper claims. */
  results: ClaimRow[];
  builtOnBy: PaperListItem[];
  comparedBy: PaperListItem[];
  usedBy: PaperListItem[];
  /** Papers that name the method without a typed relation to it. */
  mentionedBy: PaperListItem[];
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
  const listed = (entries: ReadonlyArray<{ paper: string }>) =>
    paperListItems(
      entries.map((entry) => entry.paper),
      catalog,
    );
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
    builtOnBy: listed(method.builtOnBy),
    comparedBy: listed(method.comparedBy),
    usedBy: listed(method.usedBy),
    mentionedBy: paperListItems(method.mentionedBy, catalog),
    diagram: methodDiagram(method.slug, catalog, links),
    search: methodRecord(method.name),
    bibPapers: bibSlugs.length,
    bibPaper: hasOwnBibFile(method) ? null : (bibSlugs[0] ?? null),
  };
}
