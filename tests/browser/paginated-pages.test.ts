import { rm } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { useSiteInBrowser } from '../helpers/browser-session';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { findSpaceBeforePunctuation, readSitePages, validateHtml, type SitePage } from '../helpers/site-checks';

/**
 * The long lists over pages, as a large atlas has them (src/components/ListPagination.astro): the
 * default corpus is too small for any list to need a second page, so this builds two fixtures
 * with a few items a page, and checks the first and last page of every paged list: the ends where
 * "Previous" or "Next" has nowhere to lead.
 */
let site: BuiltSite;
let pages: SitePage[];

beforeAll(async () => {
  site = await buildSite(`paginated-browser-${process.pid}`, 'tests/fixtures/small', {
    ATLAS_CORPUS: ['tests/fixtures/small', 'tests/fixtures/results'].join(delimiter),
    ATLAS_TOPIC_PAGE_SIZE: '2',
    ATLAS_PAPERS_PAGE_SIZE: '3',
    ATLAS_METHOD_PAGE_SIZE: '1',
    ATLAS_DATASET_PAGE_SIZE: '1',
    ATLAS_DATASETS_PAGE_SIZE: '2',
    ATLAS_METHODS_PAGE_SIZE: '4',
    ATLAS_GLOSSARY_PAGE_SIZE: '6',
  });
  pages = readSitePages(site.dist);
}, 300_000);
afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

const browserSite = useSiteInBrowser(() => site.dist);

/**
 * The first and last page of one paged list of each kind (all papers, a topic's papers, …), as
 * site paths without the leading slash.
 */
function listEnds(): string[] {
  const lists = new Map<string, string[]>();
  for (const page of pages) {
    if (!page.html.includes('class="pagination"')) continue;
    const list = page.path.replace(/page\/\d+\/$/u, '');
    lists.set(list, [...(lists.get(list) ?? []), page.path]);
  }
  // One list of a kind: /topics/a/ stands for every topic, /papers/ for itself.
  const kinds = new Map<string, string>();
  for (const list of lists.keys()) kinds.set(list.replace(/^(\/[^/]+\/)[^/]+\/$/u, '$1*/'), list);
  for (const list of [...lists.keys()]) if (![...kinds.values()].includes(list)) lists.delete(list);
  const pageNumber = (path: string) => Number(path.match(/page\/(\d+)\/$/u)?.[1] ?? 1);
  return [...lists.values()].flatMap((paths) => {
    const sorted = paths.sort((a, b) => pageNumber(a) - pageNumber(b));
    return [sorted[0]!, sorted.at(-1)!].map((path) => path.slice(1));
  });
}

describe('a list over pages', () => {
  it('is built with later pages for every kind of paged list', () => {
    const ends = listEnds();
    for (const kind of ['topics/', 'papers/', 'methods/', 'datasets/', 'glossary/'])
      expect(ends.filter((path) => path.startsWith(kind) && path.includes('page/')).length, kind).toBeGreaterThan(0);
  });

  it('has no serious or critical accessibility violation at either end of any list, in either scheme', async () => {
    const findings: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const)
      for (const path of listEnds())
        for (const violation of await seriousViolations(
          browserSite.browser,
          browserSite.server.url + path,
          colorScheme,
        ))
          findings.push(`${path} (${colorScheme}): ${violation}`);
    expect(findings).toEqual([]);
  }, 240_000);

  it('writes no space before a comma, semicolon or full stop in the counts of its pages', () => {
    expect(findSpaceBeforePunctuation(pages)).toEqual([]);
  });

  it('is valid HTML on every page, its two page navigations told apart by their names (html-validate)', async () => {
    expect(await validateHtml(pages)).toEqual([]);
  }, 120_000);
});
