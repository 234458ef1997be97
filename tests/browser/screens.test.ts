import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';
import { requireBuiltSite, watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';

/**
 * Screenshots of the main kinds of page at a phone and a laptop width, light and dark, into
 * tests/.tmp/screens/ to be looked at; each must fit its width and log no error.
 */
const dist = requireBuiltSite();
const screens = join(projectRoot, 'tests/.tmp/screens');
const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
  slug: string;
  links: string[];
  relations: unknown[];
  title: string;
}>;
const topics = JSON.parse(readFileSync(join(dist, 'api/topics.json'), 'utf8')) as Array<{
  id: string;
  parent: string | null;
  papers: string[];
}>;

// A paper with a code link and relations shows most of a paper page; one with LaTeX in its title too.
const richPaper = [...papers].sort(
  (a, b) =>
    Math.min(b.links.length, 1) - Math.min(a.links.length, 1) ||
    b.relations.length - a.relations.length ||
    (a.slug < b.slug ? -1 : 1),
)[0]!;
const mathPaper = papers.find((paper) => /[\^_]/u.test(paper.title)) ?? richPaper;
// A topic below the top level that has subtopics, the busiest such.
const hasChildren = (id: string) => topics.some((topic) => topic.parent === id);
const topic = [...topics].sort(
  (a, b) =>
    Number(hasChildren(b.id) && b.parent !== null) - Number(hasChildren(a.id) && a.parent !== null) ||
    b.papers.length - a.papers.length,
)[0]!;

// The dataset with the most claimed results: the longest leaderboard.
const dataset = (
  JSON.parse(readFileSync(join(dist, 'api/datasets.json'), 'utf8')) as Array<{ id: string; results: unknown[] }>
).sort((a, b) => b.results.length - a.results.length)[0];

const pages = [
  { name: 'home', path: '' },
  { name: 'paper', path: `papers/${richPaper.slug}/` },
  { name: 'paper-math', path: `papers/${mathPaper.slug}/` },
  { name: 'topic', path: `topics/${topic.id}/` },
  { name: 'methods', path: 'methods/' },
  { name: 'glossary', path: 'glossary/' },
  { name: 'datasets', path: 'datasets/' },
  ...(dataset ? [{ name: 'dataset', path: `datasets/${dataset.id}/` }] : []),
  { name: 'search', path: 'search/?q=low-rank', idle: true },
  // Excerpts that quote web addresses, which must break rather than widen the page.
  { name: 'search-addresses', path: 'search/?q=github', idle: true },
];
const widths = [375, 1280];
const schemes = ['light', 'dark'] as const;

beforeAll(() => {
  mkdirSync(screens, { recursive: true });
});
const site = useSiteInBrowser(dist);

describe('the main pages, looked at on a phone and a laptop, light and dark', () => {
  for (const page of pages) {
    for (const width of widths) {
      for (const scheme of schemes) {
        it(`${page.name} at ${width} px, ${scheme}: fits the width and logs no error`, async () => {
          const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
          const tab = await context.newPage();
          const errors = watchErrors(tab);
          // Search loads its index after the page; wait until it has answered the query.
          await tab.goto(site.server.url + page.path, { waitUntil: page.idle ? 'networkidle' : 'load' });
          const overflow = await tab.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          await tab.screenshot({ path: join(screens, `${page.name}-${width}-${scheme}.png`), fullPage: true });
          await tab.screenshot({ path: join(screens, `${page.name}-${width}-${scheme}-top.png`) });
          const background = await tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
          await context.close();
          expect(overflow, 'page is wider than the window').toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
          // Dark pages are dark, light pages light: the sum of the background's channels.
          const brightness = (background.match(/\d+/gu) ?? [])
            .slice(0, 3)
            .reduce((sum, channel) => sum + Number(channel), 0);
          expect(scheme === 'dark' ? brightness < 150 : brightness > 600, background).toBe(true);
        });
      }
    }
  }
});

describe('the theme toggle', () => {
  it('switches a light system to dark, and the choice holds on the next page before it paints', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const tab = await context.newPage();
    await tab.goto(site.server.url);
    await tab.locator('.theme-toggle').click();
    expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // On the next page the stored choice is read by the script in <head>, before <body> exists.
    await tab.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
      });
    });
    await tab.goto(`${site.server.url}papers/`);
    expect(await tab.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
    expect(await tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(
      'rgb(255, 255, 255)',
    );
    // Picking the system's scheme again forgets the choice: the page follows the system once more.
    await tab.locator('.theme-toggle').click();
    expect(
      await tab.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem('atlas-theme')]),
    ).toEqual([null, null]);
    await context.close();
  });

  it('is keyboard-reachable with a visible focus ring, after the skip link', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(site.server.url);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    const outline = await tab.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await tab.close();
  });
});

describe('a paper page', () => {
  it('prints as the paper alone: no header, search, buttons or related list, and code links spelled out', async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 1100 }, colorScheme: 'dark' });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}papers/${richPaper.slug}/`);
    await tab.emulateMedia({ media: 'print' });
    await tab.screenshot({ path: join(screens, 'paper-print.png'), fullPage: true });
    const shown = async (selector: string) => tab.locator(selector).first().isVisible();
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.site-footer')).toBe(false);
    expect(await shown('.related')).toBe(false);
    expect(await shown('.abstract')).toBe(true);
    expect(await tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    if (richPaper.links.length > 0) {
      const after = await tab.evaluate(
        () => getComputedStyle(document.querySelector('.paper-actions a.button') as Element, '::after').content,
      );
      expect(after).toContain(richPaper.links[0]);
    }
    await context.close();
  });

  it('copies its absolute address with the copy-link button', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}papers/${richPaper.slug}/`);
    await tab.locator('.copy-link').click();
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^https?://[^/]+/(?:.*/)?papers/${richPaper.slug}/$`, 'u'));
    expect(await tab.locator('.copy-link').innerText()).toBe('Link copied');
    await context.close();
  });

  it('works without JavaScript: no copy button or toggle shown, abstract and code link there', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}papers/${richPaper.slug}/`);
    expect(await tab.locator('.copy-link').isVisible()).toBe(false);
    expect(await tab.locator('.theme-toggle').isVisible()).toBe(false);
    expect(await tab.locator('.abstract').innerText()).not.toBe('');
    if (richPaper.links.length > 0) expect(await tab.locator('.paper-actions a.button').first().isVisible()).toBe(true);
    await context.close();
  });
});
