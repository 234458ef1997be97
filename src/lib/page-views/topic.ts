import type { Catalog, TopicNode } from '../catalog';
import { topicDiagram, type DiagramView, type GraphLinks } from '../method-graph';
import { topicRecord, topicsOfCatalog, type SearchRecord } from '../../search/build/records';
import { bestClaims } from '../results-ledger';
import { claimRow, paperListItem, topicLink, type ClaimRow, type PaperListItem, type TopicLink } from './parts';

/** Everything a topic page renders besides its templates (src/pages/topics/[id].astro). */
export interface TopicPageView {
  topic: TopicLink & { description: string; aliases: string[]; ancestors: TopicLink[] };
  /** Its subtopics, each with how many papers it holds (its own subtopics' included). */
  subtopics: Array<TopicLink & { papers: number }>;
  /** The papers of the topic and of its subtopics, each with its gist. */
  papers: PaperListItem[];
  /** The best result its papers claim for each dataset and measure. */
  results: ClaimRow[];
  diagram: DiagramView;
  search: SearchRecord;
}

function topicPageView(
  topic: TopicNode,
  catalog: Catalog,
  links: GraphLinks,
  itemOf: (slug: string) => PaperListItem[],
): TopicPageView {
  return {
    topic: {
      ...topicLink(topic),
      description: topic.description,
      aliases: topic.aliases,
      ancestors: topic.ancestors.map(topicLink),
    },
    subtopics: topic.children.map((child) => ({ ...topicLink(child), papers: child.papers.length })),
    papers: topic.papers.flatMap(itemOf),
    results: bestClaims(topic.papers.flatMap((slug) => catalog.paperBySlug.get(slug) ?? [])).map(claimRow),
    diagram: topicDiagram(topic, catalog, links),
    search: topicRecord(topic.id, topicsOfCatalog(catalog)),
  };
}

/** The view of every topic's page. */
export function topicPageViews(catalog: Catalog, links: GraphLinks): TopicPageView[] {
  // A paper is listed on its topics' pages and their ancestors': its gist is found once.
  const items = new Map<string, PaperListItem[]>();
  const itemOf = (slug: string) => {
    let item = items.get(slug);
    if (!item) {
      const paper = catalog.paperBySlug.get(slug);
      item = paper ? [paperListItem(paper, catalog, { gist: true })] : [];
      items.set(slug, item);
    }
    return item;
  };
  return catalog.topics.map((topic) => topicPageView(topic, catalog, links, itemOf));
}
