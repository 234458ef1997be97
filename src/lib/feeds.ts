import type { AtomFeed } from './atom';
import type { Catalog, PaperRecord, TopicNode } from './catalog';
import { visibleText } from './math/display-math';
import { paperGist } from './gist';
import { newestPapers } from './newest-papers';
import { absoluteUrl } from './site-url';

export interface PaperFeedOptions {
  title: string;
  subtitle?: string;
  /** The site path of the page the feed follows, e.g. `/topics/peft/`. */
  pagePath: string;
  feedPath: string;
  papers: PaperRecord[];
  catalog: Catalog;
  /** A paper's abstract rendered to HTML, by slug. */
  abstractHtml: (slug: string) => string | undefined;
  /** When a paper's entry last changed (src/lib/paper-dates.ts); the feed was updated when its newest entry was. */
  updatedOf: (slug: string) => Date | undefined;
}

/**
 * An Atom feed of the newest papers (`newestPapers`): title, one-line gist, the abstract, topics as
 * categories. The feed's `updated` is its newest entry's, as Atom means it, so a feed whose papers
 * did not change stays the same file; a feed without entries never changed, and says 1970.
 */
export function paperFeed(options: PaperFeedOptions): AtomFeed {
  const entries = newestPapers(options.papers).map((paper) => ({
    id: absoluteUrl(`/papers/${paper.slug}/`),
    url: absoluteUrl(`/papers/${paper.slug}/`),
    title: visibleText(paper.title),
    updated: options.updatedOf(paper.slug) ?? new Date(0),
    summary: visibleText(paperGist(paper.abstract)),
    contentHtml: options.abstractHtml(paper.slug),
    categories: paper.topics.map((id) => ({ term: id, label: options.catalog.topicById.get(id)?.label ?? id })),
  }));
  return {
    id: absoluteUrl(options.pagePath),
    title: options.title,
    subtitle: options.subtitle,
    url: absoluteUrl(options.pagePath),
    feedUrl: absoluteUrl(options.feedPath),
    updated: new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime()))),
    author: 'Paper Atlas',
    entries,
  };
}

/** The feed of one topic: the newest papers tagged with it or a subtopic. */
export function topicFeed(
  topic: TopicNode,
  catalog: Catalog,
  abstracts: ReadonlyMap<string, string>,
  dates: ReadonlyMap<string, Date>,
): AtomFeed {
  return paperFeed({
    title: `Paper Atlas: ${topic.label}`,
    subtitle: topic.description || undefined,
    pagePath: `/topics/${topic.id}/`,
    feedPath: `/topics/${topic.id}/feed.xml`,
    papers: topic.papers.flatMap((slug) => catalog.paperBySlug.get(slug) ?? []),
    catalog,
    abstractHtml: (slug) => abstracts.get(slug),
    updatedOf: (slug) => dates.get(slug),
  });
}
