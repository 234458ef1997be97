import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, watchDialogs, watchErrors, type StaticServer } from '../helpers/browser';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site';

/**
 * The hostile corpus (tests/fixtures/hostile/) in a real browser: search results show its titles
 * and abstracts as text, and nothing in them runs.
 */
const fixture = join(projectRoot, 'tests/fixtures/hostile');
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite(`hostile-browser-${process.pid}`, join(fixture, 'corpus'), {
    ATLAS_TAXONOMY: join(fixture, 'taxonomy.yaml'),
    ATLAS_VOCABULARY: join(fixture, 'vocabulary.yaml'),
    ATLAS_NOTES: join(fixture, 'notes'),
  });
  server = await serveSite(site.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site.root, { recursive: true, force: true });
});

describe('the hostile corpus in a browser', () => {
  it.each([
    ['cookie', '<script>alert("title")</script> Scripts in Titles'],
    ['onerror', '<script>alert("title")</script> Scripts in Titles'],
    ['widget', 'Sig{ma}<R>Net: Braces {and} <Tags> in a Title'],
    ['entities', 'HTML Entities &amp; Friends: &lt;b&gt; Shown Literally'],
  ])('searching for %j shows the matching paper as text, and nothing in the results runs', async (query, title) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const dialogs = watchDialogs(page);
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-hit-title').first().waitFor({ timeout: 15_000 });
    const titles = await page.locator('.search-hit-title').allInnerTexts();
    expect(titles.map((text) => text.trim())).toContain(title);
    const excerpts = (await page.locator('.search-hit-excerpt').allInnerTexts()).join(' ');
    expect(excerpts.toLowerCase()).toContain(query);
    // Whatever the excerpts quote from the abstracts must stay text: no element of the corpus's markup.
    const injected = await page
      .locator(
        '.search-hit :is(script, img, iframe, svg:not([aria-hidden]), a[href^="javascript"], [onclick], [onerror], [onload])',
      )
      .count();
    expect(injected).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens every hostile paper page with no dialog, no console error and no element from the corpus text', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const dialogs = watchDialogs(page);
    for (const slug of [
      'script-alert-title-script-scripts-in-titles',
      'sigma-r-net',
      'not-a-heading-not-emphasis',
      'export-default-function-title-return-null',
    ]) {
      await page.goto(`${server.url}papers/${slug}/`);
      expect(
        await page
          .locator('.abstract :is(script, img, iframe, h1, h2, blockquote, em, strong, code, del, input)')
          .count(),
        slug,
      ).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
