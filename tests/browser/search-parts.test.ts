import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';
import { buildSite, type BuiltSite } from '../helpers/build-site';

/**
 * Pagefind's index in parts (src/search/shared/pagefind-parts.ts), as a large atlas writes it: the
 * small fixture cut into parts of a few pages, and the full-text search of the search page reading
 * every part (the parts themselves: tests/build/search-parts.test.ts).
 */
let site: BuiltSite;
const session = useSiteInBrowser(async () => {
  site = await buildSite(`search-parts-${process.pid}`, 'tests/fixtures/small', { ATLAS_PAGEFIND_PART_PAGES: '5' });
  return site.dist;
});
afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

describe('a Pagefind index in parts', () => {
  it('is searched whole by the full-text search, every part loaded', async () => {
    const { parts } = JSON.parse(readFileSync(join(site.dist, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
    const page = await session.browser.newPage();
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${session.server.url}search/?q=model`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    await page.locator('.search-full-text-button').click();
    await page.waitForFunction(() =>
      /has nothing more|Also in the full text/u.test(
        document.querySelector('.search-full-text-status')?.textContent ?? '',
      ),
    );
    for (const part of parts) expect(fetched).toContain(`/pagefind/${part}pagefind-entry.json`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
