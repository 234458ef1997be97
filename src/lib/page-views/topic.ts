import { topicPaperCounts, type Catalog, type TopicNode, type TopicPaperCounts } from '../catalog';
import { topicDiagram, type DiagramView, type GraphLinks } from '../method-graph';
import { topicRecord, topicsOfCatalog, type SearchRecord } from '../../search/build/records';
import { bestClaims } from '../results-ledger';
import { claimRow, paperListItem, topicLink, type ClaimRow, type PaperListItem, type TopicLink } from './parts';
import { stableListPage, stableListPages } from '../list-pages';
import { topicPageSize, type TopicPagination } from '../topic-pages';

export type { TopicPaperCounts };

/** Everything a topic page renders besides its templates (src/pages/topics/[id].astro). */
export interface TopicPageView {
  topic: TopicLink & { description: string; aliases: string[]; ancestors: TopicLink[] };
  /**
   * Its subtopics, each with how many papers it holds (its own subtopics' included): `papers` by a
   * sure tag, `tentativePapers` only by a guessed one.
   */
  subtopics: Array<TopicLink & { papers: number; tentativePapers: number }>;
  /** The papers of the topic and of its subtopics a sure tag files here, on its first page, each with its gist. */
  papers: PaperListItem[];
  /** The papers filed here only by a guessed tag, on its first page: listed after `papers`, under their own heading. */
  tentativePapers: PaperListItem[];
  counts: TopicPaperCounts;
  /** The best result its papers claim for each dataset and measure. */
  results: ClaimRow[];
  pagination: TopicPagination;
  diagram: DiagramView;
  search: SearchRecord;
}

/**
 * A later page of a topic's list (src/pages/topics/[id]/page/[page].astro): the topic and its papers
 * there. Nothing that changes with each paper added to the topic (its counts, where the page's
 * papers stand in the whole list), so that the page is reused until its own papers change.
 */
export interface TopicListPageView {
  topic: TopicLink & { ancestors: TopicLink[] };
  /** As on the first page: the sure papers of this page, then the guessed ones. */
  papers: PaperListItem[];
  tentativePapers: PaperListItem[];
  pagination: Pick<TopicPagination, 'page' | 'pages'>;
}

/** The view of one topic's page. */
export function topicPageView(
  topic: TopicNode,
  catalog: Catalog,
  links: GraphLinks,
  itemOf: (slug: string) => PaperListItem[] = listItemsOf(catalog),
): TopicPageView {
  return {
    topic: {
      ...topicLink(topic),
      description: topic.description,
      aliases: topic.aliases,
      ancestors: topic.ancestors.map(topicLink),
    },
    subtopics: topic.children.map((child) => {
      const counts = topicPaperCounts(child);
      return { ...topicLink(child), papers: counts.confident, tentativePapers: counts.tentative };
    }),
    ...listPageOf(topic, 1, itemOf),
    results: bestClaims(topic.papers.flatMap((slug) => catalog.paperBySlug.get(slug) ?? [])).map(claimRow),
    diagram: topicDiagram(topic, catalog, links),
    search: topicRecord(topic.id, topicsOfCatalog(catalog)),
  };
}

/**
 * Page `page` of a topic's list, split where its sure papers end. Its sure papers and its guessed
 * ones are paged apart (`stableListPages`), so that a paper added to either changes its first page
 * and leaves the pages of older papers as they were.
 */
function listPageOf(topic: TopicNode, page: number, itemOf: (slug: string) => PaperListItem[]) {
  const counts = topicPaperCounts(topic);
  const { items, pagination } = stableListPage(topic.papers, topicRuns(counts), page, topicPageSize());
  const sureHere = Math.max(0, counts.confident - Math.max(0, pagination.first - 1));
  return {
    papers: items.slice(0, sureHere).flatMap(itemOf),
    tentativePapers: items.slice(sureHere).flatMap(itemOf),
    counts,
    pagination,
  };
}

/** A topic's list as `stableListPages` cuts it: its sure papers, then its guessed ones. */
const topicRuns = (counts: TopicPaperCounts) => [counts.confident, counts.tentative];

/** Pages 2 and on of every topic's list of papers: which topic and which page, before any view is made. */
export function topicListPages(catalog: Catalog): Array<{ topic: TopicNode; page: number }> {
  return catalog.topics.flatMap((topic) =>
    stableListPages(topicRuns(topicPaperCounts(topic)), topicPageSize())
      .slice(1)
      .map((_, index) => ({ topic, page: index + 2 })),
  );
}

/** The view of page `page` (2 and on) of a topic's list of papers. */
export function topicListPageView(
  topic: TopicNode,
  page: number,
  catalog: Catalog,
  itemOf: (slug: string) => PaperListItem[] = listItemsOf(catalog),
): TopicListPageView {
  const { papers, tentativePapers, pagination } = listPageOf(topic, page, itemOf);
  return {
    topic: { ...topicLink(topic), ancestors: topic.ancestors.map(topicLink) },
    papers,
    tentativePapers,
    pagination: { page: pagination.page, pages: pagination.pages },
  };
}

/** Pages 2 and on of every topic's list of papers. */
export function topicListPageViews(catalog: Catalog): TopicListPageView[] {
  const itemOf = listItemsOf(catalog);
  return topicListPages(catalog).map(({ topic, page }) => topicListPageView(topic, page, catalog, itemOf));
}

/** The list item of a paper by its slug, made once however many lists show it. */
function listItemsOf(catalog: Catalog): (slug: string) => PaperListItem[] {
  // A paper is listed on its topics' pages and their ancestors': its gist is found once.
  const items = new Map<string, PaperListItem[]>();
  return (slug: string) => {
    let item = items.get(slug);
    if (!item) {
      const paper = catalog.paperBySlug.get(slug);
      item = paper ? [paperListItem(paper, catalog, { gist: true })] : [];
      items.set(slug, item);
    }
    return item;
  };
}

/** The view of every topic's page. */
export function topicPageViews(catalog: Catalog, links: GraphLinks): TopicPageView[] {
  const itemOf = listItemsOf(catalog);
  return catalog.topics.map((topic) => topicPageView(topic, catalog, links, itemOf));
}
