import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, runBuild, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';
import { findBrokenLinks, readSitePages } from '../helpers/site-checks';
import { indexFileLoader, readIndexDocs } from '../../src/search/build/index-files';
import { META_PATH, type IndexMeta } from '../../src/search/shared/index-format';

/**
 * Which methods get a page (src/lib/method-pages.ts), on a fixture where TwinNet is built on by
 * two papers, SGD and Momentum are named by two, LoneNet is compared with by one paper (Alpha) and
 * Adam is named by Alpha only; Alpha and Beta are introduced by their papers.
 */
const fixture = 'tests/fixtures/method-pages';
const env = {
  ATLAS_TAXONOMY: join(fixture, 'taxonomy.yaml'),
  ATLAS_VOCABULARY: join(fixture, 'vocabulary.yaml'),
};
// A folder of this run's own: several people may run the test suite in one working tree at once.
const NAME = `method-pages-${process.pid}`;

let site: BuiltSite;
const methodPage = (slug: string) => join(site.dist, 'methods', slug, 'index.html');
const hrefs = (selector: string, tree: Awaited<ReturnType<typeof readHtml>>) =>
  selectAll(selector, tree).map((link) => String(link.properties.href));

beforeAll(async () => {
  site = await buildSite(NAME, join(fixture, 'corpus.txt'), env);
}, 240_000);

/** Builds again with `/methods/<segment>/` recorded as published by an earlier build; the page built there. */
async function rebuildAfterPublishing(segment: string) {
  const record = join(site.content, 'urls.yaml');
  writeFileSync(record, readFileSync(record, 'utf8').replace(/^methods:\n/mu, `methods:\n  - ${segment}\n`));
  const run = await runBuild(NAME, join(fixture, 'corpus.txt'), env, { fresh: false });
  expect(run.exitCode, run.stderr).toBe(0);
  return readHtml(methodPage(segment));
}

describe('method pages', () => {
  it('gives a page to each method a paper introduces or two papers relate to, and none to a method one paper names', async () => {
    for (const slug of ['alpha', 'beta', 'twinnet', 'sgd', 'momentum']) {
      const page = await readHtml(methodPage(slug));
      expect(select('meta[http-equiv="refresh"]', page), slug).toBeUndefined();
      expect(select('h1', page), slug).toBeDefined();
    }
    expect(existsSync(methodPage('lonenet'))).toBe(false);
    expect(existsSync(methodPage('adam'))).toBe(false);
    const twinNet = await readHtml(methodPage('twinnet'));
    expect(hrefs('main a[href*="papers/"]', twinNet).sort()).toEqual(['../../papers/alpha/', '../../papers/beta/']);
  });

  it('lists a method without a page on its paper’s page, as text and not a link', async () => {
    const alpha = await readHtml(join(site.dist, 'papers', 'alpha', 'index.html'));
    const text = textOf(select('main', alpha));
    expect(text).toContain('LoneNet');
    expect(text).toContain('Adam');
    const links = hrefs('main a', alpha);
    expect(links).toContain('../../methods/twinnet/');
    expect(links.filter((href) => /methods\/(?:lonenet|adam)\//u.test(href))).toEqual([]);
  });

  it('lists, maps and searches only the methods with a page', async () => {
    const overview = await readHtml(join(site.dist, 'methods', 'index.html'));
    expect(hrefs('main ul.chips a', overview).sort()).toEqual(
      ['alpha', 'beta', 'momentum', 'sgd', 'twinnet'].map((slug) => `${slug}/`),
    );
    expect(textOf(select('main .lead', overview))).toContain('2 more that only one paper names');
    // Alpha's neighbourhood draws LoneNet, as a node that links nowhere.
    const alpha = await readHtml(join(site.dist, 'papers', 'alpha', 'index.html'));
    const nodes = selectAll('figure.method-diagram .pa-diagram__node', alpha).map((node) => textOf(node));
    expect(nodes).toContain('LoneNet');
    const drawnLinks = hrefs('figure.method-diagram a', alpha).filter((href) => href.includes('methods/'));
    expect([...new Set(drawnLinks)].sort()).toEqual([
      '../../methods/alpha/',
      '../../methods/beta/',
      '../../methods/twinnet/',
    ]);
    // Search finds the method pages no paper introduces (src/search/build/searched-pages.ts).
    const load = indexFileLoader(site.dist);
    const documents = await readIndexDocs(load, (await load('meta', META_PATH)) as IndexMeta);
    const searched = documents.map((doc) => doc.u).filter((path) => path.startsWith('methods/'));
    expect(searched.sort()).toEqual(['methods/momentum/', 'methods/sgd/', 'methods/twinnet/']);
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/methods/twinnet/');
    expect(sitemap).not.toMatch(/\/methods\/(?:lonenet|adam)\//u);
  });

  it('has no internal link that leads nowhere', () => {
    expect(findBrokenLinks(site.dist, readSitePages(site.dist))).toEqual([]);
  });

  it('sends an old URL of a method that lost its page to the paper that names it, and keeps the URL', async () => {
    // As if an earlier build, when one paper relating to a method was enough, had published LoneNet's page.
    const redirect = await rebuildAfterPublishing('lonenet');
    expect(select('meta[http-equiv="refresh"]', redirect)?.properties.content).toBe('0; url=../../papers/alpha/');
    expect(select('meta[name="robots"]', redirect)?.properties.content).toBe('noindex');
    expect(hrefs('main a', redirect)).toEqual(['../../papers/alpha/']);
    expect(readFileSync(join(site.content, 'urls.yaml'), 'utf8')).toContain('- lonenet');
    expect(readFileSync(join(site.dist, 'sitemap.xml'), 'utf8')).not.toContain('/methods/lonenet/');
    expect(findBrokenLinks(site.dist, readSitePages(site.dist))).toEqual([]);
  }, 240_000);

  it('sends an old URL of another spelling of a method to the method’s page', async () => {
    // As if an earlier build had called TwinNet "Twin-Net" (src/lib/method-key.ts).
    const redirect = await rebuildAfterPublishing('twin-net');
    expect(select('meta[http-equiv="refresh"]', redirect)?.properties.content).toBe('0; url=../../methods/twinnet/');
    expect(hrefs('main a', redirect)).toEqual(['../../methods/twinnet/']);
    expect(findBrokenLinks(site.dist, readSitePages(site.dist))).toEqual([]);
  }, 240_000);
});
