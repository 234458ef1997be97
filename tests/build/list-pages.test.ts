import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { methodPagesOf, type ExportedPaper } from '../../src/search/build/documents';
import { buildSite, sitePages, type BuiltSite } from '../helpers/build-site';
import { findBrokenLinks, readSitePages } from '../helpers/site-checks';

/**
 * The long lists of the site over pages (src/lib/list-pages.ts): all papers, all methods, the
 * glossary and each method's papers, built with a few items a page so that two small fixtures
 * together (acronyms from one, a method many papers compare with from the other) fill several.
 */
let site: BuiltSite;
let papers: ExportedPaper[];

const { pageFile, html, target: linkTarget, relLink } = sitePages(() => site);
/** The site path a link of a page leads to, without its fragment. */
const target = (from: string, href: string) => linkTarget(from, href.replace(/#.*$/u, ''));
/** The pages of a list, its own page first, following the "next" links. */
function pagesOf(first: string): string[] {
  const pages = [first];
  for (let next = relLink(first, 'next'); next; next = relLink(pages.at(-1)!, 'next'))
    pages.push(target(pages.at(-1)!, next));
  return pages;
}
const linksOf = (path: string, pattern: RegExp) => [...html(path).matchAll(pattern)].map((m) => target(path, m[1]!));
const idsOf = (path: string) => [...html(path).matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!);

beforeAll(async () => {
  site = await buildSite('list-pages', 'tests/fixtures/small', {
    ATLAS_CORPUS: ['tests/fixtures/small', 'tests/fixtures/diagrams/corpus.txt'].join(
      process.platform === 'win32' ? ';' : ':',
    ),
    ATLAS_PAPERS_PAGE_SIZE: '7',
    ATLAS_METHODS_PAGE_SIZE: '6',
    ATLAS_METHOD_PAGE_SIZE: '4',
    ATLAS_GLOSSARY_PAGE_SIZE: '12',
  });
  papers = JSON.parse(readFileSync(join(site.dist, 'api/papers.json'), 'utf8'));
}, 300_000);

describe('the list of all papers over pages', () => {
  it('lists every paper once, by title, over pages of seven linked by previous and next', () => {
    const pages = pagesOf('papers/');
    expect(pages.length).toBe(Math.ceil(papers.length / 7));
    expect(pages.slice(1)).toEqual(pages.slice(1).map((_, index) => `papers/page/${index + 2}/`));
    const listed = pages.flatMap((path) => linksOf(path, /<a class="paper-title" href="([^"]+)"/gu));
    expect(listed).toHaveLength(papers.length);
    expect([...listed].sort()).toEqual(papers.map((paper) => `papers/${paper.slug}/`).sort());
    for (const [index, path] of pages.entries()) {
      const prev = relLink(path, 'prev');
      if (index === 0) expect(prev).toBeUndefined();
      else expect(target(path, prev!)).toBe(pages[index - 1]);
    }
    expect(existsSync(pageFile(`papers/page/${pages.length + 1}/`))).toBe(false);
  });

  it('leads from each letter of its index to the page and heading where the letter starts', () => {
    for (const path of pagesOf('papers/')) {
      const letters = [...html(path).matchAll(/<ul class="letter-index">([\s\S]*?)<\/ul>/gu)][0]![1]!;
      for (const [, href] of letters.matchAll(/href="([^"]+)"/gu)) {
        const fragment = href!.split('#')[1]!;
        expect(idsOf(target(path, href!)), `${path} → ${href}`).toContain(fragment);
      }
    }
  });
});

describe('the glossary over pages', () => {
  const entriesOn = (path: string) => [...html(path).matchAll(/<dt id="([^"]+)"/gu)].map((m) => m[1]!);

  it('holds every acronym once, on pages linked by previous and next', () => {
    const pages = pagesOf('glossary/');
    expect(pages.length).toBeGreaterThan(2);
    const anchors = pages.flatMap(entriesOn);
    expect(new Set(anchors).size).toBe(anchors.length);
    const total = Number(html('glossary/').match(/(\d+) acronyms that papers in this atlas define/u)?.[1]);
    expect(anchors).toHaveLength(total);
  });

  it('sends a link to an entry or letter on another page to the page that holds it (glossary/anchors.js)', () => {
    const sandbox: { window: { atlasGlossaryPages?: Record<string, number> } } = { window: {} };
    runInNewContext(readFileSync(join(site.dist, 'glossary/anchors.js'), 'utf8'), sandbox);
    const map = sandbox.window.atlasGlossaryPages!;
    const pages = pagesOf('glossary/');
    pages.forEach((path, index) => {
      for (const id of entriesOn(path)) expect(map[id], id).toBe(index + 1);
      for (const id of idsOf(path).filter((id) => id.startsWith('letter-'))) expect(map[id], id).toBe(index + 1);
    });
    // An old link to /glossary/#<entry> finds the script that follows it on the glossary's first page.
    expect(html('glossary/')).toContain('atlasGlossaryPages');
  });
});

describe('the list of all methods over pages', () => {
  it('lists every method with a page once', () => {
    const pages = pagesOf('methods/');
    expect(pages.length).toBeGreaterThan(2);
    const listed = pages.flatMap((path) =>
      [...html(path).matchAll(/<ul class="chips">([\s\S]*?)<\/ul>/gu)].flatMap((list) =>
        [...list[1]!.matchAll(/href="([^"]+)"/gu)].map((m) => target(path, m[1]!)),
      ),
    );
    const expected = methodPagesOf(papers).map((method) => `methods/${method.slug}/`);
    expect(listed).toHaveLength(expected.length);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('the papers of a method over pages', () => {
  it('lists the papers of each relation to the method, its own page first, a relation cut by a page continued', () => {
    const method = methodPagesOf(papers).find((m) => existsSync(pageFile(`methods/${m.slug}/page/3/`)))!;
    expect(method, 'a method with three pages or more').toBeDefined();
    const pages = pagesOf(`methods/${method.slug}/`);
    const listed = pages.flatMap((path) => linksOf(path, /<a class="paper-title" href="([^"]+)"/gu));
    const related = [
      ...[...method.builtOnBy, ...method.comparedBy, ...method.usedBy].map((entry) => entry.paper),
      ...method.mentionedBy,
    ];
    expect(pages).toHaveLength(Math.ceil(related.length / 4));
    expect([...listed].sort()).toEqual(related.map((slug) => `papers/${slug}/`).sort());
    expect(html(pages[1]!)).toMatch(/\(continued\)/u);
    expect(html(pages[0]!)).toContain('Neighbourhood');
    expect(html(pages[1]!)).not.toContain('Neighbourhood');
  });
});

describe('every page of the lists', () => {
  it('is in the sitemap, and every link the site makes into them lands on a page holding its target', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    for (const path of [...pagesOf('papers/'), ...pagesOf('glossary/'), ...pagesOf('methods/')])
      expect(sitemap, path).toContain(`/${path}</loc>`);
    expect(findBrokenLinks(site.dist, readSitePages(site.dist))).toEqual([]);
  });
});
