import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { describe, expect, it } from 'vitest';
import { atomXml, type AtomFeed } from '../../src/lib/atom';
import { pagePathOfFile, sitemapXml } from '../../src/lib/sitemap';
import { FEED_ENTRIES, newestPapers } from '../../src/lib/newest-papers';
import type { PaperRecord } from '../../src/lib/catalog';

const children = (node: Root | Element, name: string): Element[] =>
  node.children.flatMap((child) =>
    child.type === 'element' ? [...(child.name === name ? [child] : []), ...children(child, name)] : [],
  );
const text = (node: Element | undefined) =>
  node?.children.map((child) => (child.type === 'text' ? child.value : '')).join('') ?? '';

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
    expect(children(entry!, 'category')[0]?.attributes).toEqual({
      term: 'peft',
      label: 'Parameter-efficient fine-tuning',
    });
  });

  it('refuses a relative URL, since feeds are read away from the site', () => {
    expect(() => atomXml({ ...feed, entries: [{ ...feed.entries[0]!, url: '/papers/s2ft/' }] })).toThrow(
      /not an absolute URL; set ATLAS_SITE/u,
    );
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
    const locs = children(fromXml(sitemapXml(['https://x.org/b/', 'https://x.org/a/', 'https://x.org/b/'])), 'loc').map(
      text,
    );
    expect(locs).toEqual(['https://x.org/a/', 'https://x.org/b/']);
  });
});

describe('newestPapers chooses what a feed lists', () => {
  const paper = (
    slug: string,
    extra: Partial<PaperRecord> & { source?: { file: string; line: number } },
  ): PaperRecord =>
    ({
      slug,
      title: slug,
      name: null,
      abstract: '',
      topics: [],
      methods: [],
      tasks: [],
      modalities: [],
      models: [],
      datasets: [],
      keyphrases: [],
      links: [],
      relations: [],
      results: [],
      evidence: {},
      ...extra,
    }) as PaperRecord;

  it('puts dated papers first, newest first, a bare year before the dates within it', () => {
    const papers = [
      paper('old', { date: '2021-05-01' }),
      paper('year', { year: 2024 }),
      paper('new', { date: '2024-03' }),
      paper('none', { source: { file: 'a.txt', line: 9 } }),
    ];
    expect(newestPapers(papers).map((item) => item.slug)).toEqual(['new', 'year', 'old', 'none']);
  });

  it('lists undated papers from the end of their corpus, where new ones are appended', () => {
    const papers = [1, 5, 3].map((line) => paper(`l${line}`, { source: { file: 'corpus.txt', line } }));
    expect(newestPapers(papers).map((item) => item.slug)).toEqual(['l5', 'l3', 'l1']);
  });

  it(`keeps at most ${FEED_ENTRIES} entries`, () => {
    const papers = Array.from({ length: FEED_ENTRIES + 7 }, (_, line) =>
      paper(`p${line}`, { source: { file: 'c.txt', line } }),
    );
    const newest = newestPapers(papers);
    expect(newest).toHaveLength(FEED_ENTRIES);
    expect(newest[0]!.slug).toBe(`p${FEED_ENTRIES + 6}`);
    expect(newest.map((item) => item.slug)).not.toContain('p0');
  });
});
