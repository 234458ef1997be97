import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';
import { projectRoot, runBuild, type BuildRun } from '../helpers/build-site';

/**
 * A search index updated after the corpus changed (src/search/build/pagefind-update.ts): the
 * full-text search reads the update part and drops the whole index's stale records, so a word an
 * abstract no longer holds finds nothing, though the whole index still holds it.
 */
const name = `search-update-browser-${process.pid}`;
const work = join(projectRoot, 'tests/.tmp', `${name}-corpus`);
/** A word no page holds, written into one abstract for the first build and taken out for the second. */
const OLD_WORD = 'quokkagradient';
const PHRASE = 'applies ZO only to a carefully chosen subset of parameters';
let updated: BuildRun;

const session = useSiteInBrowser(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/small'), work, { recursive: true });
  const env = { ATLAS_PAGEFIND_UPDATE_SHARE: '1' };
  const listing = readFileSync(join(work, 'listing.txt'), 'utf8');
  expect(listing).toContain(PHRASE);
  writeFileSync(join(work, 'listing.txt'), listing.replace(PHRASE, `${PHRASE} by ${OLD_WORD} steps`));
  const first = await runBuild(name, work, env);
  expect(first.exitCode, first.stderr).toBe(0);
  writeFileSync(join(work, 'listing.txt'), listing);
  updated = await runBuild(name, work, env, { fresh: false });
  expect(updated.exitCode, updated.stderr).toBe(0);
  return updated.dist;
});
afterAll(() => {
  for (const root of [updated?.root, work]) if (root) rmSync(root, { recursive: true, force: true });
});

describe('a search index updated after the corpus changed', () => {
  it('finds no page by a word only a superseded record holds, and loads the update part', async () => {
    const list = JSON.parse(readFileSync(join(updated.dist, 'pagefind/parts.json'), 'utf8')) as {
      parts: string[];
      superseded: string[];
    };
    expect(list.parts).toEqual(['update/']);
    // The whole index still holds the old word, in the paper's record, which the update supersedes.
    const base = join(updated.dist, 'pagefind/fragment');
    const stale = readdirSync(base).filter((file) =>
      gunzipSync(readFileSync(join(base, file)))
        .toString('utf8')
        .includes(OLD_WORD),
    );
    expect(stale).toHaveLength(1);
    for (const file of stale) expect(list.superseded).toContain(file.replace(/\.pf_fragment$/u, ''));

    const page = await session.browser.newPage();
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${session.server.url}search/?q=${OLD_WORD}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    const button = page.locator('.search-full-text-button');
    if (await button.isVisible()) await button.click();
    await page.waitForFunction(() =>
      /has nothing more|Also in the full text/u.test(
        document.querySelector('.search-full-text-status')?.textContent ?? '',
      ),
    );
    expect(fetched).toContain('/pagefind/update/pagefind-entry.json');
    expect(await page.locator('.search-full-text-status').textContent()).toMatch(/has nothing more/u);
    expect(await page.locator('.search-full-text-link').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
