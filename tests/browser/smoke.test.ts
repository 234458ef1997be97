import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, requireBuiltSite, serveSite, watchErrors, type StaticServer } from '../helpers/browser';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite(requireBuiltSite());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built site in a browser', () => {
  it('opens the home page, follows a topic link and a paper link, with no console errors', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await expect(page.locator('h1')).toBeDefined();
    await page.locator('.chips a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/topics\/[^/]+\/$/u);
    await page.locator('.paper-list a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/papers\/[^/]+\/$/u);
    expect(await page.locator('.abstract').innerText()).not.toBe('');
    expect(errors).toEqual([]);
  });
});
