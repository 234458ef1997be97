/**
 * Method diagrams as readers see them: /methods/, and the topic, paper and method pages with the
 * biggest diagrams, at phone and desktop widths, in light and dark mode. Screenshots of each
 * diagram go to tests/.tmp/screens-diagrams/ for a person to look at.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';
import { requireBuiltSite, watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';

const screens = join(projectRoot, 'tests/.tmp/screens-diagrams');
const dist = requireBuiltSite();

/** The page under `folder` whose diagram has the most nodes, as a path from the site root. */
function biggestDiagram(folder: string): string | undefined {
  let best: { path: string; nodes: number } | undefined;
  for (const name of readdirSync(join(dist, folder)).sort()) {
    let html: string;
    try {
      html = readFileSync(join(dist, folder, name, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const nodes = html.split('class="pa-diagram__node ').length - 1;
    if (nodes > (best?.nodes ?? 0)) best = { path: `${folder}/${name}/`, nodes };
  }
  return best?.path;
}

const pages = [
  { name: 'methods', path: 'methods/' },
  { name: 'topic', path: biggestDiagram('topics') },
  { name: 'paper', path: biggestDiagram('papers') },
  { name: 'method', path: biggestDiagram('methods') },
].filter((page): page is { name: string; path: string } => page.path !== undefined);

beforeAll(() => {
  mkdirSync(screens, { recursive: true });
});
const site = useSiteInBrowser(dist);

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/gu) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Labels whose text is wider or taller than the box drawn around it, as "label: text w × box w". */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.$$eval('.pa-diagram__node', (nodes) =>
    nodes.flatMap((node) => {
      const box = (node.querySelector('rect') as SVGRectElement).getBBox();
      const text = (node.querySelector('text') as SVGTextElement).getBBox();
      const fits =
        text.x >= box.x - 0.5 &&
        text.x + text.width <= box.x + box.width + 0.5 &&
        text.y >= box.y - 0.5 &&
        text.y + text.height <= box.y + box.height + 0.5;
      return fits ? [] : [`${node.textContent}: ${text.width.toFixed(1)} × ${box.width.toFixed(1)}`];
    }),
  );
}

describe('method diagrams in a browser', () => {
  it('finds a topic, a paper and a method page with a diagram to look at', () => {
    expect(pages.map((page) => page.name)).toEqual(['methods', 'topic', 'paper', 'method']);
  });

  for (const { name, path } of pages) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${name} page (${path}) at ${width} px in ${scheme} mode: visible, unclipped, legible, no errors`, async () => {
          const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
          const page = await context.newPage();
          const errors = watchErrors(page);
          await page.goto(site.server.url + path);
          const figure = page.locator('figure.method-diagram');
          const hasDiagram = (await figure.count()) > 0;
          if (name !== 'methods') expect(hasDiagram).toBe(true);
          if (hasDiagram) {
            await figure.scrollIntoViewIfNeeded();
            await figure.screenshot({ path: join(screens, `${name}-${width}-${scheme}.png`) });
            const pictures = figure.locator('svg.pa-diagram');
            expect(await pictures.count()).toBeGreaterThan(0);
            for (const picture of await pictures.all()) expect(await picture.isVisible()).toBe(true);
            expect(await clippedLabels(page)).toEqual([]);
            // The page itself never scrolls sideways: a wide diagram scrolls inside its own box.
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
            const colors = await page.evaluate(() => {
              const svg = document.querySelector('svg.pa-diagram') as SVGElement;
              const label = svg.querySelector('text') as SVGTextElement;
              let background = 'rgba(0, 0, 0, 0)';
              for (
                let element: Element | null = svg;
                element && /rgba\(.*, 0\)|transparent/u.test(background);
                element = element.parentElement
              ) {
                background = getComputedStyle(element).backgroundColor;
              }
              if (/rgba\(.*, 0\)|transparent/u.test(background))
                background = getComputedStyle(document.body).backgroundColor;
              return { text: getComputedStyle(label).fill, background };
            });
            expect(contrast(colors.text, colors.background), JSON.stringify(colors)).toBeGreaterThanOrEqual(4.5);
          }
          expect(errors).toEqual([]);
          await context.close();
        });
      }
    }
  }

  it('shows the diagram and its relation list with JavaScript turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url + (pages.find((entry) => entry.name === 'paper')?.path ?? 'methods/'));
    expect(await page.locator('svg.pa-diagram').first().isVisible()).toBe(true);
    expect(await page.locator('.method-diagram .relations-list li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
