import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DOORS,
  doorUrls,
  isAnswered,
  loadSearchQueries,
  QUERY_GROUPS,
  scoreQueries,
} from '../../scripts/lib/search-queries';
import { requireBuiltSite, watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';

const dist = requireBuiltSite();
const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{ title: string }>;
const queries = loadSearchQueries();
/** The query set is about the bundled corpus; a site built from another one skips it. */
const isDefaultCorpus = queries.every((entry) => papers.some((paper) => paper.title === entry.title));
const site = useSiteInBrowser(dist);

/** Types a query into a search box and returns the result links once they are drawn. */
async function resultsOf(page: Page, container: string, query: string): Promise<string[]> {
  await page.locator(`${container} input.search-input`).fill(query);
  await page.waitForFunction(
    ({ selector, expected }) => {
      const node = document.querySelector<HTMLElement>(selector);
      return node?.dataset.state === 'ready' && node.dataset.query === expected;
    },
    { selector: container, expected: query },
  );
  return page
    .locator(`${container} a.search-hit-link`)
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog.search-dialog[open]');
}

describe.skipIf(!isDefaultCorpus)('the query set of tests/eval/search-queries.yaml', () => {
  it.each([
    ['over HTTP', () => site.server.url],
    ['from disk', () => `${pathToFileURL(dist).href}/`],
  ])(
    'is answered in the first five results, all but one query of each group, in both doors, %s',
    async (_how, siteUrl) => {
      const scores = await scoreQueries(site.browser, doorUrls(siteUrl()), dist, queries);
      for (const door of DOORS) {
        for (const group of QUERY_GROUPS) {
          const missed = scores.filter((score) => score.door === door && score.group === group && !isAnswered(score));
          expect(missed.map((score) => `${door}: ${score.query}`).length, JSON.stringify(missed)).toBeLessThanOrEqual(
            1,
          );
        }
      }
    },
    240_000,
  );
});

describe.skipIf(!isDefaultCorpus)('a corrected search', () => {
  it('says what it searched, and one click searches what was typed instead, and back', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site.server.url);
    await openDialog(page);
    const corrected = await resultsOf(page, 'dialog.search-dialog', 'mixture of shrads');
    expect(corrected[0]).toMatch(/\/papers\/mos\/$/u);
    const note = page.locator('dialog.search-dialog .search-correction');
    expect(await note.innerText()).toMatch(
      /^Showing results for mixture of shards\. Search for “mixture of shrads” instead$/u,
    );
    await note.locator('button').click();
    await page.waitForFunction(() =>
      document.querySelector('dialog.search-dialog .search-correction')?.textContent?.includes('as typed'),
    );
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('dialog.search-dialog')?.dataset.state === 'ready',
    );
    expect(await page.locator('dialog.search-dialog').getAttribute('data-searched')).toBe('mixture of shrads');
    await note.locator('button').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('dialog.search-dialog')?.dataset.searched === 'mixture of shards',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the pages with some of the words under a note when no page has all of them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('nesterov shards')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    expect(await page.locator('#search-page .search-status').innerText()).toMatch(
      /^No page has all the words; \d+ ha/u,
    );
    expect(await page.locator('#search-page .search-partial-note').count()).toBe(1);
    expect(await page.locator('#search-page a.search-hit-link').count()).toBeGreaterThan(1);
    await page.close();
  });
});

describe.skipIf(!isDefaultCorpus)('one ranking behind both doors', () => {
  it('lists the same pages in the same order in the dialog and on /search/', async () => {
    const dialog = await site.browser.newPage();
    await dialog.goto(site.server.url);
    await openDialog(dialog);
    const searchPage = await site.browser.newPage();
    await searchPage.goto(`${site.server.url}search/`);
    const sample = [...queries.filter((_, index) => index % 4 === 0).map((entry) => entry.query), 'preference', 'lora'];
    for (const query of sample) {
      const fromDialog = await resultsOf(dialog, 'dialog.search-dialog', query);
      const fromPage = await resultsOf(searchPage, '#search-page', query);
      expect(fromPage.slice(0, fromDialog.length), query).toEqual(fromDialog);
    }
    await dialog.close();
    await searchPage.close();
  });

  it('searches the full text of pages with Pagefind only when asked, listing only pages not shown above', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}search/?q=preference`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    const shown = await page
      .locator('#search-page a.search-hit-link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    await page.locator('.search-full-text-button').click();
    // Wait for Pagefind's answer, not for the "Searching …" that precedes it.
    await page.waitForFunction(() =>
      /has nothing more|Also in the full text/u.test(
        document.querySelector('.search-full-text-status')?.textContent ?? '',
      ),
    );
    expect(fetched.some((path) => path.includes('/pagefind/'))).toBe(true);
    const more = await page
      .locator('.search-full-text a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of more) expect(shown).not.toContain(href);
    expect(errors).toEqual([]);
    await page.close();
  });
});
