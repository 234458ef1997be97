import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveSite } from '../../../tests/helpers/browser';
import { loadSearchQueries } from '../search-queries';
import { bytesOf, kb, percentile, recordFetches, timeQuery } from './in-page';

/** Queries drawn evenly from the site's own papers: method names, or the first words of titles. */
export function queriesFor(dist: string, count = 8, offset = 0): string[] {
  const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
    title: string;
    name: string | null;
  }>;
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const paper = papers[(Math.floor((i * papers.length) / count) + offset) % papers.length]!;
    const words = paper.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .split(/\s+/u)
      .filter((word) => word.length > 3);
    queries.push(i % 2 === 0 && paper.name ? paper.name : words.slice(0, 3).join(' '));
  }
  return [...new Set(queries)];
}

/** The labels of the five topics with the most papers: queries that match much of the atlas. */
function broadQueriesFor(dist: string): string[] {
  const topics = JSON.parse(readFileSync(join(dist, 'api/topics.json'), 'utf8')) as Array<{
    label: string;
    papers: string[];
  }>;
  return topics
    .sort((a, b) => b.papers.length - a.papers.length)
    .slice(0, 5)
    .map((topic) => topic.label);
}

/** Misspelled queries of the query set (its tune half): a first query and warm ones that need correcting. */
const misspelledQueries = () =>
  loadSearchQueries()
    .filter((entry) => entry.group === 'misspelled' && entry.half === 'tune')
    .map((entry) => entry.query);

export interface Measurement {
  site: string;
  pages: number;
  /** Dialog, first query pasted, median of 5: bytes, gzip-served bytes, what they were, time. */
  first: { bytes: number; gzip: number; split: string; time: number };
  /** Dialog, first query typed a key every 120 ms, median of 3. */
  typedFirst: number;
  /** Dialog, first query typed: the labels of the 5 largest topics. */
  broadFirsts: number[];
  /** Dialog, first query pasted with a typo (5 of the query set). */
  misspelledFirsts: number[];
  /** /search/ page, first query from its address, of 3 queries. */
  pageFirsts: number[];
  newTyped: number[];
  newPasted: number[];
  repeated: number[];
  indexFiles: number;
  indexBytes: number;
  diskTyped: number[];
}

const DIALOG = 'dialog.search-dialog';
/** How long before a warm query is pasted: longer than the dialog's typing pause (250 ms). */
const PASTE_PAUSE_MS = 400;

/** A reader with an empty cache opens the dialog on a paper page and enters a query (a key every `delay` ms, or pasted). */
async function firstQuery(browser: Browser, paperPage: string, query: string, delay: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(paperPage);
  const fetched = recordFetches(page);
  await page.keyboard.press('Control+k');
  await page.waitForSelector(`${DIALOG}[open]`);
  const time = await timeQuery(page, DIALOG, query, delay);
  await page.waitForTimeout(300);
  return { context, page, fetched, time };
}

/** Bytes the /search/ page fetches for a search in its address, besides the page itself. */
async function pageFirst(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = recordFetches(page);
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('search-page')?.dataset.state === 'ready');
  await page.waitForTimeout(300);
  await context.close();
  return bytesOf(fetched.filter((item) => !/\/search\/(\?|$)/u.test(item.url)));
}

/** The files of the atlas index and their bytes in all. */
function indexSize(dist: string): { files: number; bytes: number } {
  const files = readdirSync(join(dist, 'search/index'), { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  const bytes = files.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
  return { files: files.length, bytes };
}

/** Measures search in a built site, served on loopback, in Chromium. */
export async function measure(browser: Browser, name: string, dist: string, rounds: number): Promise<Measurement> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const queries = queriesFor(dist);
  const server = await serveSite(dist);
  const paperDirs = await readdir(join(dist, 'papers'));
  const paperPage = `${server.url}papers/${paperDirs.find((dir) => dir !== 'index.html')}/`;
  try {
    const sumOf = async (query: string, delay: number) => {
      const { context, fetched } = await firstQuery(browser, paperPage, query, delay);
      await context.close();
      return bytesOf(fetched);
    };
    const typedFirsts: number[] = [];
    for (const query of queries.slice(0, 3)) typedFirsts.push(await sumOf(query, 120));
    const broadFirsts: number[] = [];
    for (const query of broadQueriesFor(dist)) broadFirsts.push(await sumOf(query, 120));
    const misspelledFirsts: number[] = [];
    for (const query of misspelledQueries().slice(0, 5)) misspelledFirsts.push(await sumOf(query, 0));

    const firsts: Array<{ bytes: number; gzip: number; code: number; index: number; results: number; time: number }> =
      [];
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    for (const query of queries.slice(0, 5)) {
      await context?.close();
      const first = await firstQuery(browser, paperPage, query, 0);
      ({ context, page } = first);
      firsts.push({
        bytes: bytesOf(first.fetched),
        gzip: bytesOf(first.fetched, /./u, 'gzipBytes'),
        code: bytesOf(first.fetched, /search\/atlas-search\.js/u),
        index: bytesOf(first.fetched, /\/search\/index\/(meta|[^/]+\/(t\d+|[fb]\d+|facets))\.js/u),
        results: bytesOf(first.fetched, /\/search\/index\/[^/]+\/[dx]\//u),
        time: first.time,
      });
    }
    const median = (key: keyof (typeof firsts)[number]) =>
      percentile(
        firsts.map((first) => first[key]),
        0.5,
      );
    const split = `code ${kb(median('code'))}, index ${kb(median('index'))}, results ${kb(median('results'))}`;

    // Warm: the client is loaded; each query is typed a key every 60 ms, misspelled ones too. A
    // p95 needs enough of them to be more than the slowest one: 24 drawn from the papers and the
    // misspelled queries of the tune half not used above, about 40 in all.
    const newTyped: number[] = [];
    const newPasted: number[] = [];
    const repeated: number[] = [];
    for (const query of new Set([...queries.slice(1), ...queriesFor(dist, 24, 17), ...misspelledQueries().slice(5)]))
      newTyped.push(await timeQuery(page!, DIALOG, query, 60));
    // Worst case: a query pasted at once, so nothing of it was fetched while typing. A reader
    // pastes after a pause, not within a key's time of the last query: the dialog then draws the
    // results with their excerpts at once, rather than titles first and excerpts after a pause.
    for (const query of queriesFor(dist, 8, 3)) {
      await page!.waitForTimeout(PASTE_PAUSE_MS);
      newPasted.push(await timeQuery(page!, DIALOG, query, 0));
    }
    for (let round = 0; round < rounds; round += 1)
      for (const query of queries) repeated.push(await timeQuery(page!, DIALOG, query, 60));
    await context!.close();

    const pageFirsts: number[] = [];
    for (const query of queries.slice(0, 3))
      pageFirsts.push(await pageFirst(browser, `${server.url}search/?q=${encodeURIComponent(query)}`));

    // From disk, the atlas index answers the search page too.
    const diskContext = await browser.newContext();
    const disk = await diskContext.newPage();
    await disk.goto(`file://${dist}/search/index.html`);
    await disk.waitForSelector('#search-page input.search-input');
    const diskTyped: number[] = [];
    for (const query of queries) await timeQuery(disk, '#search-page', query, 0);
    for (const query of queries) diskTyped.push(await timeQuery(disk, '#search-page', query, 60));
    await diskContext.close();
    const size = indexSize(dist);

    return {
      site: name,
      pages,
      first: { bytes: median('bytes'), gzip: median('gzip'), split, time: median('time') },
      typedFirst: percentile(typedFirsts, 0.5),
      broadFirsts,
      misspelledFirsts,
      pageFirsts,
      newTyped,
      newPasted,
      repeated,
      indexFiles: size.files,
      indexBytes: size.bytes,
      diskTyped,
    };
  } finally {
    await server.close();
  }
}
