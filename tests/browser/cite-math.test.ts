import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requireBuiltSite } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';

/** Formulas as the browser draws them, and the "Cite this paper" buttons, on the built site. */
const dist = requireBuiltSite();
const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
  slug: string;
  abstract: string;
}>;
// The paper with the most formulas between delimiters; any paper for the citation buttons.
const formulas = (text: string) => (text.match(/\$[^$\d\s][^$]*\$|\\\(/gu) ?? []).length;
const mathPaper = [...papers].sort((a, b) => formulas(b.abstract) - formulas(a.abstract))[0]!;
const site = useSiteInBrowser(dist);

describe('formulas in an abstract', () => {
  it('are drawn by the browser as MathML, with the height of their fractions and scripts', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.server.url}papers/${mathPaper.slug}/`);
    const boxes = await tab.$$eval('.abstract math', (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { width: box.width, height: box.height, display: getComputedStyle(element).display };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.width * box.height).toBeGreaterThan(0);
    const lineHeight = await tab.$eval('.abstract', (element) => parseFloat(getComputedStyle(element).fontSize));
    const fractions = await tab.$$eval('.abstract mfrac', (elements) =>
      elements.map((element) => element.getBoundingClientRect().height),
    );
    // A fraction stacks numerator over denominator: taller than one line of its text.
    for (const height of fractions) expect(height).toBeGreaterThan(lineHeight);
    // The hidden source beside each formula is what a selection of the abstract copies (Chrome adds
    // a line break where each <math> was, so spacing is compared apart from the characters).
    const selected = await tab.evaluate(() => {
      const selection = window.getSelection()!;
      selection.selectAllChildren(document.querySelector('.abstract')!);
      return selection.toString();
    });
    expect(selected.replace(/\s+/gu, '')).toBe(mathPaper.abstract.replace(/\s+/gu, ''));
    await tab.close();
  });
});

describe('the stylesheets of a site opened from disk', () => {
  it("name their fonts relative to themselves, so formulas keep Temml's font without a server", () => {
    const folder = join(dist, '_astro');
    const sheets = readdirSync(folder).filter((name) => name.endsWith('.css'));
    // Files only: not inline data, nor a fragment inside it ("url(%23a)" in an SVG's marker).
    const urls = sheets.flatMap((name) =>
      [
        ...readFileSync(join(folder, name), 'utf8').matchAll(/url\((?!["']?(?:data:|#|%23))["']?([^"')]+)["']?\)/gu),
      ].map((match) => ({ sheet: name, url: match[1] as string })),
    );
    expect(urls.some(({ url }) => url.endsWith('.woff2'))).toBe(true);
    for (const { sheet, url } of urls) {
      const resolved = new URL(url, pathToFileURL(join(folder, sheet)));
      expect(existsSync(fileURLToPath(resolved)), `${url} in ${sheet}`).toBe(true);
    }
  });
});

describe('Cite this paper', () => {
  it('copies the BibTeX shown, and downloads it as a .bib named by its cite key', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}papers/${mathPaper.slug}/`);
    const shown = await tab.locator('#cite-bibtex').innerText();
    expect(shown).toMatch(/^@\w+\{[a-z0-9]+,\n/u);
    await tab.locator('[data-copy-from="cite-bibtex"]').click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    const key = shown.match(/^@\w+\{([^,]+),/u)![1];
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.locator('[data-download-from="cite-bibtex"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${key}.bib`);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(shown);
    await context.close();
  });

  it('shows the citations without JavaScript, and no button that could not work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}papers/${mathPaper.slug}/`);
    expect(await tab.locator('#cite-bibtex').isVisible()).toBe(true);
    expect(await tab.locator('.cite button').first().isVisible()).toBe(false);
    await context.close();
  });
});
