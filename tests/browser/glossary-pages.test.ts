import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, watchErrors, type StaticServer } from '../helpers/browser';
import { buildSite, type BuiltSite } from '../helpers/build-site';

/**
 * The glossary over pages in a browser (src/scripts/glossary-anchors.js): a link to an entry made
 * before the glossary had pages, `/glossary/#<entry>`, still reaches the entry on the page that
 * now holds it, served or opened from disk. Built with a few lines a page so the small fixture's
 * acronyms fill several.
 */
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
/** An entry and a letter heading held by a later page, and that page. */
let entry: { id: string; page: number };
let letter: { id: string; page: number };

beforeAll(async () => {
  site = await buildSite(`glossary-browser-${process.pid}`, 'tests/fixtures/small', { ATLAS_GLOSSARY_PAGE_SIZE: '4' });
  const sandbox: { window: { atlasGlossaryPages?: Record<string, number> } } = { window: {} };
  runInNewContext(readFileSync(join(site.dist, 'glossary/anchors.js'), 'utf8'), sandbox);
  const later = Object.entries(sandbox.window.atlasGlossaryPages!).filter(([, page]) => page > 2);
  const [entryId, entryPage] = later.find(([id]) => !id.startsWith('letter-'))!;
  const [letterId, letterPage] = later.find(([id]) => id.startsWith('letter-'))!;
  entry = { id: entryId, page: entryPage };
  letter = { id: letterId, page: letterPage };
  server = await serveSite(site.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site.root, { recursive: true, force: true });
});

describe('an old link to a glossary entry', () => {
  it('leads from /glossary/#<entry> to the page holding the entry, and to a letter heading likewise', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    for (const target of [entry, letter]) {
      await page.goto(`${server.url}glossary/#${target.id}`);
      await page.waitForURL(`${server.url}glossary/page/${target.page}/#${target.id}`, { timeout: 10_000 });
      await expect(page.locator(`[id="${target.id}"]`).isVisible()).resolves.toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads there from a later page too, when the entry moved on as the atlas grew', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}glossary/page/2/#${entry.id}`);
    await page.waitForURL(`${server.url}glossary/page/${entry.page}/#${entry.id}`, { timeout: 10_000 });
    await page.close();
  });

  it('leads there when the site is opened from disk', async () => {
    const page = await browser.newPage();
    const root = pathToFileURL(site.dist).href;
    await page.goto(`${root}/glossary/index.html#${entry.id}`);
    await page.waitForURL(`${root}/glossary/page/${entry.page}/index.html#${entry.id}`, { timeout: 10_000 });
    await page.close();
  });

  it('stays on the page, without an error, for a fragment no entry has', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}glossary/#no-such-entry`);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${server.url}glossary/#no-such-entry`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
