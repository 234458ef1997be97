import type { Element, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** One entry of an Atom feed. URLs are absolute. */
export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  updated: Date;
  /** Plain text. */
  summary?: string;
  /** HTML, sent escaped as Atom `type="html"` content. */
  contentHtml?: string;
  categories?: Array<{ term: string; label: string }>;
}

/** An Atom feed (RFC 4287): the page it stands for, itself, and its entries. URLs are absolute. */
export interface AtomFeed {
  /** A permanent id; the URL of the page the feed follows. */
  id: string;
  title: string;
  subtitle?: string;
  /** The page the feed follows. */
  url: string;
  /** Where the feed itself is served. */
  feedUrl: string;
  updated: Date;
  author: string;
  entries: AtomEntry[];
}

const isAbsolute = (url: string) => /^https?:\/\/[^/]/iu.test(url);

/** The feed as an XML tree; throws when a URL is not absolute, since feeds are read off-site. */
export function atomTree(feed: AtomFeed): Root {
  for (const url of [feed.id, feed.url, feed.feedUrl, ...feed.entries.flatMap((entry) => [entry.id, entry.url])]) {
    if (!isAbsolute(url))
      throw new Error(`Atom feed "${feed.title}": ${JSON.stringify(url)} is not an absolute URL; set ATLAS_SITE`);
  }
  const entry = (item: AtomEntry): Element =>
    x('entry', [
      x('id', item.id),
      x('title', item.title),
      x('link', { rel: 'alternate', type: 'text/html', href: item.url }),
      x('updated', item.updated.toISOString()),
      ...(item.categories ?? []).map((category) => x('category', { term: category.term, label: category.label })),
      item.summary ? x('summary', item.summary) : undefined,
      item.contentHtml ? x('content', { type: 'html' }, item.contentHtml) : undefined,
    ]);
  return {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' }, [
        x('id', feed.id),
        x('title', feed.title),
        feed.subtitle ? x('subtitle', feed.subtitle) : undefined,
        x('link', { rel: 'alternate', type: 'text/html', href: feed.url }),
        x('link', { rel: 'self', type: 'application/atom+xml', href: feed.feedUrl }),
        x('updated', feed.updated.toISOString()),
        x('author', [x('name', feed.author)]),
        x('generator', 'Paper Atlas'),
        ...feed.entries.map(entry),
      ]),
    ],
  };
}

/** The feed as an XML document. */
export function atomXml(feed: AtomFeed): string {
  return `${toXml(atomTree(feed))}\n`;
}
