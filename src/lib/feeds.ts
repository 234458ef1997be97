import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AtomFeed } from './atom';
import type { Catalog, PaperRecord } from './catalog';
import { visibleText } from './math/display-math';
import { paperGist } from './gist';
import { newestPapers } from './newest-papers';
import { absoluteUrl } from './site-url';

/**
 * When the atlas last changed, for feeds' `updated`: `SOURCE_DATE_EPOCH` (seconds) when set, for
 * reproducible builds, otherwise the newest modification time of the corpus files. Rebuilding an
 * unchanged corpus keeps the date, so feed readers do not see every paper as changed.
 */
export function atlasUpdated(corpus: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const stat = statSync(corpus);
    const files = stat.isDirectory() ? readdirSync(corpus).map((name) => statSync(join(corpus, name))) : [stat];
    return new Date(Math.max(0, ...files.map((file) => Math.floor(file.mtimeMs / 1000) * 1000)));
  } catch {
    return new Date(0);
  }
}

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
  updated: Date;
}

/** An Atom feed of the newest papers (`newestPapers`): title, one-line gist, the abstract, topics as categories. */
export function paperFeed(options: PaperFeedOptions): AtomFeed {
  return {
    id: absoluteUrl(options.pagePath),
    title: options.title,
    subtitle: options.subtitle,
    url: absoluteUrl(options.pagePath),
    feedUrl: absoluteUrl(options.feedPath),
    updated: options.updated,
    author: 'Paper Atlas',
    entries: newestPapers(options.papers).map((paper) => ({
      id: absoluteUrl(`/papers/${paper.slug}/`),
      url: absoluteUrl(`/papers/${paper.slug}/`),
      title: visibleText(paper.title),
      updated: options.updated,
      summary: visibleText(paperGist(paper.abstract)),
      contentHtml: options.abstractHtml(paper.slug),
      categories: paper.topics.map((id) => ({ term: id, label: options.catalog.topicById.get(id)?.label ?? id })),
    })),
  };
}
