import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { describe, expect, it } from 'vitest';
import { atomXml, type AtomFeed } from '../../src/lib/atom';
import { pagePathOfFile, sitemapXml } from '../../src/lib/sitemap';

const children = (node: Root | Element, name: string): Element[] =>
  node.children.flatMap((child) => (child.type === 'element' ? [...(child.name === name ? [child] : []), ...children(child, name)] : []));
const text = (node: Element | undefined) => node?.children.map((child) => (child.type === 'text' ? child.value : '')).join('') ?? '';

const feed: AtomFeed = {
  id: 'https://lab.example.org/atlas/topics/peft/',
  title: 'Paper Atlas: PEFT <& friends>',
  url: 'https://lab.example.org/atlas/topics/peft/',
  feedUrl: 'https://lab.example.org/atlas/topics/peft/feed.xml',
  updated: new Date('2026-01-02T03:04:05Z'),
  author: 'Paper Atlas',
  entries: [
    {
      id: 'https://lab.example.org/atlas/papers/s2ft/',
      url: 'https://lab.example.org/atlas/papers/s2ft/',
      title: 'S2FT: <script>alert(1)</script>',
      updated: new Date('2026-01-02T03:04:05Z'),
      summary: 'We propose S2FT & more.',
      contentHtml: '<p>S<sup>2</sup>FT</p>',
      categories: [{ term: 'peft', label: 'Parameter-efficient fine-tuning' }],
    },
  ],
};

describe('atomXml', () => {
  it('writes a well-formed Atom feed whose text is escaped, with RFC 3339 dates', () => {
    const tree = fromXml(atomXml(feed));
    const [root] = children(tree, 'feed');
    expect(root?.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(children(root!, 'title')[0])).toBe('Paper Atlas: PEFT <& friends>');
    expect(text(children(root!, 'updated')[0])).toBe('2026-01-02T03:04:05.000Z');
    const [entry] = children(root!, 'entry');
    expect(text(children(entry!, 'title')[0])).toBe('S2FT: <script>alert(1)</script>');
    expect(children(entry!, 'script')).toEqual([]);
    const content = children(entry!, 'content')[0]!;
    expect(content.attributes.type).toBe('html');
    expect(text(content)).toBe('<p>S<sup>2</sup>FT</p>');
    expect(children(entry!, 'category')[0]?.attributes).toEqual({ term: 'peft', label: 'Parameter-efficient fine-tuning' });
  });

  it('refuses a relative URL, since feeds are read away from the site', () => {
    expect(() => atomXml({ ...feed, entries: [{ ...feed.entries[0]!, url: '/papers/s2ft/' }] })).toThrow(/not an absolute URL; set ATLAS_SITE/u);
  });
});

describe('the sitemap', () => {
  it.each([
    ['index.html', ''],
    ['papers/s2ft/index.html', 'papers/s2ft/'],
    ['glossary/index.html', 'glossary/'],
    ['404.html', null],
    ['500.html', null],
    ['papers/404-not-found/index.html', 'papers/404-not-found/'],
  ])('serves %s at %j', (file, path) => {
    expect(pagePathOfFile(file)).toBe(path);
  });

  it('lists each URL once, sorted', () => {
    const locs = children(fromXml(sitemapXml(['https://x.org/b/', 'https://x.org/a/', 'https://x.org/b/'])), 'loc').map(text);
    expect(locs).toEqual(['https://x.org/a/', 'https://x.org/b/']);
  });
});
