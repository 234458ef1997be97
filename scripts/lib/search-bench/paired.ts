import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveSite } from '../../../tests/helpers/browser';
import { timeQuery } from './in-page';

const DIALOG = 'dialog.search-dialog';
/** How long before each query is entered: longer than the dialog's typing pause (250 ms). */
const PAUSE_MS = 400;

/** A dialog opened on a paper page of a served site, warmed by a first query. */
async function openDialog(browser: Browser, url: string, dist: string, warmUp: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const paper = readdirSync(join(dist, 'papers')).find((name) => name !== 'index.html');
  await page.goto(`${url}papers/${paper}/`);
  await page.keyboard.press('Control+k');
  await page.waitForSelector(`${DIALOG}[open]`);
  await timeQuery(page, DIALOG, warmUp, 0);
  return page;
}

/**
 * Two builds of the same atlas (sites whose client differs), each in a warm dialog of its own,
 * answer the same queries in turn, a query in one then in the other (which one first alternates),
 * so that both meet the same load: for each site, its times, in the order of `queries`.
 */
export async function pairedTimes(
  browser: Browser,
  dists: readonly [string, string],
  queries: readonly string[],
  delay: number,
  warmUp: string,
): Promise<[number[], number[]]> {
  const servers = await Promise.all(dists.map((dist) => serveSite(dist)));
  try {
    const pages = await Promise.all(servers.map((server, i) => openDialog(browser, server.url, dists[i]!, warmUp)));
    const times: [number[], number[]] = [[], []];
    for (const [index, query] of queries.entries()) {
      for (const side of index % 2 === 0 ? [0, 1] : [1, 0]) {
        await pages[side]!.waitForTimeout(PAUSE_MS);
        times[side]![index] = await timeQuery(pages[side]!, DIALOG, query, delay);
      }
    }
    await Promise.all(pages.map((page) => page.context().close()));
    return times;
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}
