import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';
import { findBrokenLinks, readSitePages, type SitePage } from '../helpers/site-checks';
import { FEED_ENTRIES } from '../../src/lib/newest-papers';

/**
 * The small fixture built to be hosted at a sub-path (`ATLAS_SITE=https://lab.example.org`,
 * `ATLAS_BASE=/atlas/`), as on GitHub Pages: every link inside the site resolves, and everything
 * read away from the site (feeds, sitemap, canonical and Open Graph URLs) is absolute under the base.
 */
const SITE = 'https://lab.example.org';
const ROOT = `${SITE}/atlas/`;

interface ExportedPaper {
  slug: string;
  title: string;
  name: string | null;
  abstract: string;
  links: string[];
  topics: string[];
}
interface ExportedTopic {
  id: string;
  papers: string[];
}

let site: BuiltSite;
let pages: SitePage[];
let papers: ExportedPaper[];
let topics: ExportedTopic[];

beforeAll(async () => {
  site = await buildSite('hosted', 'tests/fixtures/small', { ATLAS_SITE: SITE, ATLAS_BASE: '/atlas/' });
  papers = JSON.parse(readFileSync(join(site.dist, 'api/papers.json'), 'utf8'));
  topics = JSON.parse(readFileSync(join(site.dist, 'api/topics.json'), 'utf8'));
  // Served the way a host would: the site's files under /atlas/, so root-absolute links
  // (the 404 page keeps them) are checked against the base too.
  const hosted = join(site.root, 'hosted');
  rmSync(hosted, { recursive: true, force: true });
  cpSync(site.dist, join(hosted, 'atlas'), { recursive: true });
  pages = readSitePages(hosted);
}, 240_000);

const xml = (file: string): XmlRoot => fromXml(readFileSync(join(site.dist, file), 'utf8'));
function elements(node: XmlRoot | XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.name === name) found.push(child);
    found.push(...elements(child, name));
  }
  return found;
}
const text = (node: XmlElement | undefined) =>
  node ? node.children.map((child) => (child.type === 'text' ? child.value : '')).join('') : '';
/** The built file an absolute URL of the site names, or null when it is outside the site. */
const fileOf = (url: string) => {
  if (!url.startsWith(ROOT)) return null;
  const path = url.slice(ROOT.length);
  return path === '' || path.endsWith('/') ? join(site.dist, path, 'index.html') : join(site.dist, path);
};

describe('a site hosted at https://lab.example.org/atlas/', () => {
  it('has no internal link, image, script or form target that leads nowhere', () => {
    expect(pages.length).toBeGreaterThan(papers.length + topics.length);
    expect(findBrokenLinks(join(site.root, 'hosted'), pages)).toEqual([]);
  });

  it('gives every page a canonical URL and Open Graph and Twitter cards under the base', () => {
    for (const page of pages) {
      if (page.path.endsWith('404.html')) continue;
      const canonical = select('link[rel="canonical"]', page.tree)?.properties.href;
      expect(canonical, page.path).toBe(`${SITE}${page.path}`);
      expect(select('meta[property="og:url"]', page.tree)?.properties.content, page.path).toBe(canonical);
      expect(select('meta[property="og:title"]', page.tree)?.properties.content, page.path).toBeTruthy();
      expect(select('meta[name="twitter:card"]', page.tree)?.properties.content, page.path).toBe('summary');
      const feeds = selectAll('link[rel="alternate"][type="application/atom+xml"]', page.tree).map((link) =>
        String(link.properties.href),
      );
      expect(feeds, page.path).toContain(`${ROOT}feed.xml`);
    }
  });

  it('has an Atom feed of the newest papers, with absolute links to pages that exist', () => {
    const feed = xml('feed.xml');
    const [root] = elements(feed, 'feed');
    expect(root?.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = elements(feed, 'entry');
    expect(entries).toHaveLength(Math.min(papers.length, FEED_ENTRIES));
    const self = elements(feed, 'link').find((link) => link.attributes.rel === 'self');
    expect(self?.attributes.href).toBe(`${ROOT}feed.xml`);
    for (const entry of entries) {
      const href = String(elements(entry, 'link')[0]?.attributes.href);
      expect(existsSync(fileOf(href) ?? ''), href).toBe(true);
      expect(text(elements(entry, 'id')[0])).toBe(href);
      expect(text(elements(entry, 'updated')[0])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/u);
    }
  });

  it('has a feed per topic listing the papers under the topic, linked from its page', async () => {
    for (const topic of topics) {
      const feed = xml(`topics/${topic.id}/feed.xml`);
      const linked = elements(feed, 'entry').map((entry) => String(elements(entry, 'link')[0]?.attributes.href));
      const under = topic.papers.map((slug) => `${ROOT}papers/${slug}/`);
      expect(linked.length, topic.id).toBe(Math.min(under.length, FEED_ENTRIES));
      expect(under, topic.id).toEqual(expect.arrayContaining(linked));
      const tree = await readHtml(join(site.dist, 'topics', topic.id, 'index.html'));
      expect(selectAll('a.feed-link', tree).map((link) => link.properties.href)).toEqual(['feed.xml']);
    }
  });

  it('lists every page in sitemap.xml, by absolute URL, and points robots.txt at it', () => {
    const listed = elements(xml('sitemap.xml'), 'loc').map(text).sort();
    const expected = pages
      .filter((page) => !page.path.endsWith('404.html'))
      .map((page) => `${SITE}${page.path}`)
      .sort();
    expect(listed).toEqual(expected);
    expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT}sitemap.xml`);
  });
});

describe('the reading experience of the small fixture', () => {
  const paperPage = (slug: string) => readHtml(join(site.dist, 'papers', slug, 'index.html'));

  it('typesets S^{2}FT in the title and abstract as a superscript', async () => {
    const paper = papers.find((candidate) => candidate.title.startsWith('S^{2}FT'))!;
    const tree = await paperPage(paper.slug);
    expect(selectAll('h1 sup', tree).map(textOf)).toEqual(['^{2}']);
    expect(selectAll('.abstract sup', tree).length).toBeGreaterThanOrEqual(4);
    expect(textOf(select('.abstract', tree))).toContain('up to 3× and improves latency by 1.5-2.7×');
  });

  it('says a paper’s relations in words, linking each method', async () => {
    const sparse = papers.find((paper) => paper.name === 'Sparse MeZO')!;
    const tree = await paperPage(sparse.slug);
    const summary = select('.relation-summary', tree);
    expect(textOf(summary)).toMatch(/Compared with MeZO/u);
    expect(selectAll('.relation-summary a', tree).map(textOf)).toContain('MeZO');
  });

  it('shows a Code button for a paper whose abstract links its code, and a copy-link button', async () => {
    const withCode = papers.find((paper) => paper.links.some((link) => link.includes('github.com')))!;
    const tree = await paperPage(withCode.slug);
    const buttons = selectAll('.paper-actions a.button', tree);
    expect(buttons.map((button) => button.properties.href)).toEqual(withCode.links);
    expect(textOf(buttons[0])).toMatch(/^Code /u);
    expect(select('.paper-actions button.copy-link', tree)?.properties.dataCopy).toBe(
      `${ROOT}papers/${withCode.slug}/`,
    );
  });

  it('lists related papers with the reason they are related', async () => {
    const tree = await paperPage(papers.find((paper) => paper.name === 'Sparse MeZO')!.slug);
    const reasons = selectAll('.related .reasons', tree).map(textOf);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/Same topic|Both use|builds on or compares with/u);
  });

  it('has a glossary of the acronyms the papers define, linking the papers that use them', async () => {
    const tree = await readHtml(join(site.dist, 'glossary', 'index.html'));
    const peft = select('dt#peft', tree);
    expect(textOf(peft)).toBe('PEFT');
    expect(textOf(select('dt#peft + dd', tree))).toMatch(/^Parameter-Efficient[- ]Fine-Tuning/u);
    const linked = selectAll('dt#peft + dd .used-in a', tree).map(
      (link) => String(link.properties.href).match(/papers\/([^/]+)\/$/u)?.[1],
    );
    const using = papers
      .filter((paper) => /(?<![\w])PEFTs?(?![\w])/u.test(`${paper.title} ${paper.abstract}`))
      .map((paper) => paper.slug);
    expect(using.length).toBeGreaterThan(1);
    expect(linked.sort()).toEqual(using.sort());
    // An acronym naming a method of the atlas leads to the method's page.
    expect(select('dt#mezo + dd a.method-link', tree)?.properties.href).toBe('../methods/mezo/');
  });
});
