import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';

/** The query set of tests/eval/search-queries.yaml. */
export const SEARCH_QUERIES_FILE = 'tests/eval/search-queries.yaml';

export type QueryGroup = 'misspelled' | 'acronyms';
export type QueryHalf = 'tune' | 'held-out';

/** One query of the set, with the title of the paper that answers it. */
export interface EvalQuery {
  group: QueryGroup;
  half: QueryHalf;
  query: string;
  title: string;
  /** For a misspelled query: the word as meant → as typed. */
  typo?: string;
}

export const QUERY_GROUPS: QueryGroup[] = ['misspelled', 'acronyms'];
export const QUERY_HALVES: QueryHalf[] = ['tune', 'held-out'];

/** Reads the query set: every query of every group and half. */
export function loadSearchQueries(file = SEARCH_QUERIES_FILE): EvalQuery[] {
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<
    QueryGroup,
    Record<QueryHalf, Array<Omit<EvalQuery, 'group' | 'half'>>>
  >;
  return QUERY_GROUPS.flatMap((group) =>
    QUERY_HALVES.flatMap((half) =>
      (data[group]?.[half] ?? []).map(({ query, title, typo }) => ({ group, half, query, title, typo })),
    ),
  );
}

/** The two ways into search: the dialog of every page, and the /search/ page. */
export type Door = 'dialog' | 'page';
export const DOORS: Door[] = ['dialog', 'page'];

/** Where one query's paper came in one door: its rank (1 = first), or 0 when not among the results shown. */
export interface QueryScore extends EvalQuery {
  door: Door;
  rank: number;
  /** The titles shown first, for a report of misses. */
  top: string[];
}

/** How many results count as answering: what a reader sees without scrolling the dialog. */
export const ANSWERED_WITHIN = 5;

const CONTAINER: Record<Door, string> = { dialog: 'dialog.search-dialog', page: '#search-page' };

/** Enters a query in a door's search box at once and returns the result links once they are drawn. */
async function resultsFor(page: Page, door: Door, query: string): Promise<string[]> {
  const selector = CONTAINER[door];
  await page.evaluate(
    ({ selector, query }) => {
      const input = document.querySelector(selector)?.querySelector<HTMLInputElement>('input.search-input');
      if (!input) throw new Error(`no search box in ${selector}`);
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, query },
  );
  await page.waitForFunction(
    ({ selector, query }) => {
      const node = document.querySelector<HTMLElement>(selector);
      return node?.dataset.query === query && (node.dataset.state === 'ready' || node.dataset.state === 'error');
    },
    { selector, query },
    { timeout: 15_000 },
  );
  return page
    .locator(`${selector} a.search-hit-link`)
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/** Where each door is opened: any page for the dialog, and the search page. */
export type DoorUrls = Record<Door, string>;

/** The doors of a site served at `siteUrl`, or opened from disk when it is a file: URL. */
export const doorUrls = (siteUrl: string): DoorUrls => ({
  dialog: siteUrl.startsWith('file:') ? `${siteUrl}index.html` : siteUrl,
  page: siteUrl.startsWith('file:') ? `${siteUrl}search/index.html` : `${siteUrl}search/`,
});

/**
 * Types every query into each door of a site (one page per door, as a reader who keeps
 * searching) and records where the expected paper came.
 */
export async function scoreQueries(
  browser: Browser,
  urls: DoorUrls,
  dist: string,
  queries: readonly EvalQuery[],
): Promise<QueryScore[]> {
  const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
    slug: string;
    title: string;
  }>;
  const titleOf = new Map(papers.map((paper) => [paper.slug, paper.title]));
  const titleOfLink = (href: string) => {
    const slug = href.match(/\/papers\/([^/]+)\/(?:index\.html)?$/u)?.[1];
    return slug ? (titleOf.get(slug) ?? slug) : href.replace(/^.*?\/\/[^/]+\//u, '');
  };
  const scores: QueryScore[] = [];
  for (const door of DOORS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(urls[door]);
    if (door === 'dialog') {
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog.search-dialog[open]');
    } else {
      await page.waitForSelector('#search-page input.search-input');
    }
    for (const entry of queries) {
      const top = (await resultsFor(page, door, entry.query)).map(titleOfLink);
      scores.push({ ...entry, door, rank: top.indexOf(entry.title) + 1, top: top.slice(0, ANSWERED_WITHIN) });
    }
    await context.close();
  }
  return scores;
}

/** Whether a query was answered: its paper among the first `ANSWERED_WITHIN` results. */
export const isAnswered = (score: QueryScore) => score.rank >= 1 && score.rank <= ANSWERED_WITHIN;

/** "n of N" answered, for the scores that `pick` chooses. */
export function tally(scores: readonly QueryScore[], pick: (score: QueryScore) => boolean): string {
  const chosen = scores.filter(pick);
  return `${chosen.filter(isAnswered).length} of ${chosen.length}`;
}
