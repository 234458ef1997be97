import type { Catalog, PaperRecord } from '../catalog';
import { relatedPapers } from '../related-papers';
import { paperDiagram, type DiagramView, type GraphLinks } from '../method-graph';
import type { LoadedPaper } from '../paper-store';
import { searchFacetsOfPaper, type SearchFacets } from '../search-facets';
import { tagGroups, type TagGroup } from '../tag-groups';
import { toSlug } from '../../pipeline/slug';
import type { Relation } from '../../model/paper';
import { topicChip, topicLink, type TopicChip, type TopicLink } from './parts';

/**
 * What a paper page shows of the paper's own record: all of it but where the corpus holds it
 * (which moves when a paper is added above it) and its keyphrases (weighed over the whole corpus),
 * neither of which the page renders.
 */
export type ShownPaper = Omit<PaperRecord, 'source' | 'alsoIn' | 'keyphrases'>;

/** A facet's tags as the paper page shows them; a group shown as topic chips has its chips. */
export interface ShownTagGroup extends TagGroup {
  /** Each tag with its place in the taxonomy, for groups shown as `topic-chips`; otherwise empty. */
  chips: TopicChip[];
}

/** A relation with the page of its method, when the method has one (src/components/RelationList.astro). */
export interface ShownRelation extends Relation {
  methodSlug: string | null;
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
  /** The abstract as HTML. */
  abstractHtml: string;
  /** The paper's first topic the taxonomy knows, after its ancestors: the breadcrumb after "Papers". */
  breadcrumb: TopicLink[];
  tagGroups: ShownTagGroup[];
  relations: ShownRelation[];
  related: RelatedLink[];
  diagram: DiagramView;
  search: SearchFacets;
}

/** The view of a paper's page: the paper, and what the page shows of its neighbours. */
export function paperPageView(page: LoadedPaper, catalog: Catalog, links: GraphLinks): PaperPageView {
  const paper = page.data;
  const { source: _source, alsoIn: _alsoIn, keyphrases: _keyphrases, ...shown } = paper;
  const primary = paper.topics.map((id) => catalog.topicById.get(id)).find((topic) => topic !== undefined);
  return {
    id: page.id,
    paper: shown,
    abstractHtml: page.html,
    breadcrumb: primary ? [...primary.ancestors, primary].map(topicLink) : [],
    tagGroups: tagGroups(paper, catalog).map((group) => ({
      ...group,
      chips:
        group.show === 'topic-chips'
          ? group.tags.map((tag) => topicChip(tag.value, catalog, tag.phrase, tag.curated))
          : [],
    })),
    relations: paper.relations.map((relation) => ({
      ...relation,
      methodSlug: catalog.methodBySlug.get(toSlug(relation.target))?.slug ?? null,
    })),
    related: relatedPapers(paper, catalog).map(({ paper: other, reasons }) => ({
      slug: other.slug,
      title: other.title,
      reasons,
    })),
    diagram: paperDiagram(paper, catalog, links),
    search: searchFacetsOfPaper(paper, catalog),
  };
}
