import { describe, expect, it } from 'vitest';
import { requireBuiltSite, watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';

const site = useSiteInBrowser(requireBuiltSite());

describe('the built site in a browser', () => {
  it('opens the home page, follows a topic link and a paper link, with no console errors', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site.server.url);
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
