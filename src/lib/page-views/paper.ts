import { methodNamed, type Catalog, type PaperRecord } from '../catalog';
import { citationOf, type Citation } from '../citation/atlas-citations';
import { relatedPapers } from '../related-papers';
import { paperDiagram, type DiagramView, type GraphLinks } from '../method-graph';
import type { LoadedPaper } from '../paper-store';
import { paperRecord, topicsOfCatalog, type SearchRecord } from '../../search/build/records';
import { tagGroups, type TagGroup } from '../tag-groups';
import type { Claim, Relation } from '../../model/paper';
import { isConfident } from '../../model/relations';
import { markEvidence } from '../mark-evidence';
import { datasetSlug } from '../results-ledger';
import { topicChip, topicLink, type TopicChip, type TopicLink } from './parts';

/**
 * What a paper page shows of the paper's own record: all of it but where the corpus holds it
 * (which moves when a paper is added above it) and its keyphrases (weighed over the whole corpus),
 * neither of which the page renders.
 */
export type ShownPaper = Omit<PaperRecord, 'source' | 'alsoIn' | 'keyphrases' | 'results'>;

/** A facet's tags as the paper page shows them; a group shown as topic chips has its chips. */
export interface ShownTagGroup extends TagGroup {
  /** Each tag with its place in the taxonomy, for groups shown as `topic-chips`; otherwise empty. */
  chips: TopicChip[];
}

/** A relation with the page of its method, when the method has one (src/components/RelationList.astro). */
export interface ShownRelation extends Relation {
  methodSlug: string | null;
}

/** A row of the "Claimed results" table: the claim, its dataset's page and its marked sentence. */
export interface ShownClaim extends Claim {
  datasetSlug: string | null;
  /** The id of the claim's sentence marked in the abstract, or null when it could not be marked. */
  evidenceId: string | null;
}

/** A paper of the "Related papers" list. */
export interface RelatedLink {
  slug: string;
  title: string;
  /** Why it is related: "topic X", "method Y", … */
  reasons: string[];
}

/** Everything a paper page renders besides its templates (src/pages/papers/[slug].astro). */
export interface PaperPageView {
  /** The page's URL segment: the name of the paper's file. */
  id: string;
  paper: ShownPaper;
  /** The abstract as HTML, the sentences of its claims marked. */
  abstractHtml: string;
  /** The quantitative results the abstract claims. */
  results: ShownClaim[];
  /** The paper's first topic the taxonomy knows, after its ancestors: the breadcrumb after "Papers". */
  breadcrumb: TopicLink[];
  tagGroups: ShownTagGroup[];
  /** Relations sure enough to be drawn; `tentativeRelations` are listed apart. */
  relations: ShownRelation[];
  tentativeRelations: ShownRelation[];
  related: RelatedLink[];
  diagram: DiagramView;
  search: SearchRecord;
  /**
   * The paper in BibTeX, RIS and CSL-JSON, with its cite key: made from the paper's metadata and,
   * for the key, from the other papers of the atlas (src/lib/citation/cite-data.ts), so a paper
   * joining the atlas with the same key renders this page again.
   */
  citation: Citation;
}

/** The view of a paper's page: the paper, and what the page shows of its neighbours. */
export function paperPageView(page: LoadedPaper, catalog: Catalog, links: GraphLinks): PaperPageView {
  const paper = page.data;
  const { source: _source, alsoIn: _alsoIn, keyphrases: _keyphrases, results: _results, ...shown } = paper;
  const marked = markEvidence(
    page.html,
    paper.results.map((claim) => claim.evidence),
  );
  const primary = paper.topics.map((id) => catalog.topicById.get(id)).find((topic) => topic !== undefined);
  return {
    id: page.id,
    paper: shown,
    abstractHtml: marked.html,
    results: paper.results.map((claim) => ({
      ...claim,
      datasetSlug: claim.dataset && claim.kind !== 'other' ? datasetSlug(claim.dataset) : null,
      evidenceId: marked.ids.get(claim.evidence) ?? null,
    })),
    breadcrumb: primary ? [...primary.ancestors, primary].map(topicLink) : [],
    tagGroups: tagGroups(paper, catalog).map((group) => ({
      ...group,
      chips:
        group.show === 'topic-chips'
          ? group.tags.map((tag) => ({
              ...topicChip(tag.value, catalog, tag.phrase, tag.curated),
              // A tag a curator confirmed is sure, whatever the extractor thought.
              ...(tag.curated || isConfident(tag) ? {} : { tentative: true }),
            }))
          : [],
    })),
    ...shownRelations(paper, catalog),
    related: relatedPapers(paper, catalog).map(({ paper: other, reasons }) => ({
      slug: other.slug,
      title: other.title,
      reasons,
    })),
    diagram: paperDiagram(paper, catalog, links),
    search: paperRecord(paper, topicsOfCatalog(catalog)),
    citation: citationOf(catalog, paper.slug),
  };
}

function shownRelations(paper: PaperRecord, catalog: Catalog) {
  const shown = paper.relations.map((relation) => ({
    ...relation,
    methodSlug: methodNamed(catalog, relation.target)?.slug ?? null,
  }));
  return {
    relations: shown.filter(isConfident),
    tentativeRelations: shown.filter((relation) => !isConfident(relation)),
  };
}
