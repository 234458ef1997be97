import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireBuiltSite, watchErrors } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';

/**
 * Queries a reader might type, each with the paper that answers it, chosen by reading the abstracts
 * of the default corpus (content/corpus/trending-papers.txt). Most use words of the abstract, not
 * of the title, and some the long name of the method the paper introduces.
 */
const QUERIES: Array<{ query: string; title: string; why: string }> = [
  {
    query: 'memory-efficient zeroth-order optimizer',
    title: 'Fine-Tuning Language Models with Just Forward Passes',
    why: 'long name of MeZO; the abstract writes "zerothorder"',
  },
  { query: 'MeZO', title: 'Fine-Tuning Language Models with Just Forward Passes', why: 'the method name itself' },
  {
    query: 'reward backpropagation',
    title: 'Aligning Text-to-Image Diffusion Models with Reward Backpropagation',
    why: 'AlignProp backpropagates the reward',
  },
  {
    query: 'adaptive knot allocation',
    title: 'AutoKnots: Adaptive Knot Allocation for Spline Interpolation',
    why: 'AutoKnots allocates spline knots',
  },
  {
    query: 'radar optical masked autoencoders',
    title: 'CROMA: Remote Sensing Representations with Contrastive Radar-Optical Masked Autoencoders',
    why: 'long name of CROMA',
  },
  {
    query: 'curvilinear objects fractals',
    title: 'FreeCOS: Self-Supervised Learning from Fractals and Unlabeled Images for Curvilinear Object Segmentation',
    why: 'FreeCOS learns from fractals',
  },
  {
    query: 'mixture of shards',
    title: 'MoS: Unleashing Parameter Efficiency of Low-Rank Adaptation with Mixture of Shards',
    why: 'long name of MoS',
  },
  {
    query: 'chest x-ray',
    title: 'Preference Fine-Tuning for Factuality in Chest X-Ray Interpretation Models Without Human Feedback',
    why: 'the only radiology paper',
  },
  {
    query: 'dynamic facial expression recognition',
    title: 'FineCLIPER: Multi-modal Fine-grained CLIP for Dynamic Facial Expression Recognition with AdaptERs',
    why: 'FineCLIPER recognises facial expressions in video',
  },
  {
    query: 'directional preference alignment',
    title:
      'Arithmetic Control of LLMs for Diverse User Preferences: Directional Preference Alignment with Multi-Objective Rewards',
    why: 'long name of DPA',
  },
  {
    query: 'explained variance adaptation',
    title: 'One Initialization to Rule them All: Fine-tuning via Explained Variance Adaptation',
    why: 'long name of EVA',
  },
  {
    query: 'lower diag upper decomposition',
    title: 'LoLDU: Low-Rank Adaptation via Lower-Diag-Upper Decomposition for Parameter-Efficient Fine-Tuning',
    why: 'long name of LoLDU',
  },
];

interface ExportedTopic {
  id: string;
  label: string;
  parent: string | null;
  papers: string[];
}

const dist = requireBuiltSite();
const topics = JSON.parse(readFileSync(join(dist, 'api/topics.json'), 'utf8')) as ExportedTopic[];
const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
  slug: string;
  title: string;
}>;
/** The queries are about the default corpus; a site built from another one skips them. */
const isDefaultCorpus = papers.some((paper) => paper.title === QUERIES[0]!.title);
/** The slug of the paper with this title: slugs may change with the extractor, titles do not. */
const slugOf = (title: string) => {
  const paper = papers.find((entry) => entry.title === title);
  if (!paper) throw new Error(`no paper titled ${JSON.stringify(title)} in ${dist}/api/papers.json`);
  return paper.slug;
};

const site = useSiteInBrowser(dist);

/** Waits until a search container has drawn the results of `query`. */
async function resultsOf(page: Page, container: string, query: string): Promise<string[]> {
  await page.waitForFunction(
    ({ selector, expected }) => {
      const node = document.querySelector<HTMLElement>(selector);
      return node?.dataset.state === 'ready' && node.dataset.query === expected;
    },
    { selector: container, expected: query },
  );
  return page
    .locator(`${container} a.search-hit-link`)
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/**
 * Opens a page, lets `search` enter the query, and checks that `engine` answered in `container`
 * with the expected paper among the first three results, and no console errors.
 */
async function expectInTopThree(
  url: string,
  container: string,
  engine: string,
  { query, title }: { query: string; title: string },
  search: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  const page = await site.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await search(page);
  const results = await resultsOf(page, container, query);
  expect(await page.locator(container).getAttribute('data-engine')).toBe(engine);
  expect(results.slice(0, 3).map(paperOf)).toContain(slugOf(title));
  expect(errors).toEqual([]);
  await page.close();
}

/** Whether a topic is the given one or one of its subtopics, at any depth. */
function isWithin(id: string, ancestor: string): boolean {
  const parentOf = new Map(topics.map((topic) => [topic.id, topic.parent]));
  for (let current: string | null | undefined = id; current; current = parentOf.get(current))
    if (current === ancestor) return true;
  return false;
}

/** The paper slug of a result link, or null for a topic or method page. */
const paperOf = (href: string) => href.match(/\/papers\/([^/]+)\/(?:index\.html)?$/u)?.[1] ?? null;

/** The total shown in the search status line, e.g. "12 results, showing the first 10." */
async function shownTotal(page: Page): Promise<number> {
  const text = await page.locator('#search-page .search-status').innerText();
  const match = text.match(/^(\d+) results?/u);
  if (match) return Number(match[1]);
  if (/^No results/u.test(text)) return 0;
  throw new Error(`unexpected status line: ${text}`);
}

describe('the search index', () => {
  it('holds paper, topic and method pages only: lists, the glossary and search itself are not search results', () => {
    const indexed = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html') && readFileSync(join(dist, path), 'utf8').includes('data-pagefind-body'))
      .map((path) => path.split(sep).join('/'));
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed.filter((path) => !/^(papers|topics|methods)\/[^/]+\/index\.html$/u.test(path))).toEqual([]);
    for (const paper of papers) expect(indexed).toContain(`papers/${paper.slug}/index.html`);
  });
});

describe.skipIf(!isDefaultCorpus)('search over HTTP on /search/, with the atlas index (as the dialog)', () => {
  it.each(QUERIES)('"$query" finds "$title" in the top 3 ($why)', (entry) =>
    expectInTopThree(`${site.server.url}search/?q=${encodeURIComponent(entry.query)}`, '#search-page', 'atlas', entry),
  );

  it('shows title, method name, topics and a highlighted excerpt for each result', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=mixture%20of%20shards`);
    await resultsOf(page, '#search-page', 'mixture of shards');
    const hit = page.locator('.search-hit', { has: page.locator(`a[href$="/papers/${slugOf(QUERIES[6]!.title)}/"]`) });
    expect(await hit.locator('.search-hit-title').innerText()).toMatch(/^MoS: Unleashing Parameter Efficiency/u);
    expect(await hit.locator('.search-hit-meta').innerText()).toMatch(/Introduces MoS · .*Low-rank adaptation/u);
    expect(await hit.locator('.search-hit-excerpt mark').allInnerTexts()).toContainEqual(
      expect.stringMatching(/^shards\b/iu),
    );
    await page.close();
  });
});

describe('facets', () => {
  // A parent topic with subtopics that have papers, so the hierarchy matters.
  const parent = topics.find(
    (topic) =>
      topic.papers.length > 0 &&
      topics.some(
        (child) => child.parent === topic.id && child.papers.length > 0 && child.papers.length < topic.papers.length,
      ),
  );

  it.runIf(parent)('a parent topic, with no words typed, browses every paper of it and of its subtopics', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.server.url}search/?topic=${parent!.id}&kind=Paper`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    expect(await shownTotal(page)).toBe(parent!.papers.length);
    const shown = (
      await page
        .locator('#search-page a.search-hit-link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    ).map(paperOf);
    for (const slug of shown) expect(parent!.papers).toContain(slug);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('choosing a topic narrows a search to that topic, and the link keeps it', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const query = 'preference optimization';
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
    await resultsOf(page, '#search-page', query);
    const before = await shownTotal(page);
    // The topic facet offers a value that covers some but not all of the results.
    const choice = page
      .locator('.search-facet-topic label')
      .filter({ hasNotText: new RegExp(`\\b${before}$`, 'u') })
      .first();
    const box = choice.locator('input');
    const topicId = (await box.getAttribute('value'))!;
    const expectedCount = Number(await choice.locator('.count').innerText());
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((id) => location.search.includes(`topic=${id}`), topicId);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    const after = await shownTotal(page);
    expect(after).toBe(expectedCount);
    expect(after).toBeLessThan(before);
    const topic = topics.find((entry) => entry.id === topicId)!;
    for (const href of await resultsOf(page, '#search-page', query)) {
      const slug = paperOf(href);
      const topicPage = href.match(/\/topics\/([^/]+)\/$/u)?.[1];
      if (slug) expect(topic.papers).toContain(slug);
      else expect(topicPage && isWithin(topicPage, topic.id)).toBe(true);
    }
    // The address is the search: opening it again gives the same results.
    await page.reload();
    await resultsOf(page, '#search-page', query);
    expect(await shownTotal(page)).toBe(after);
    expect(await page.locator(`.search-facet-topic input[value="${topicId}"]`).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!isDefaultCorpus)('the search dialog', () => {
  it('loads no JavaScript until opened, then opens on Ctrl+K, searches, and Enter opens the first result', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.server.url}papers/${slugOf(QUERIES[0]!.title)}/`);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(requested.filter((url) => /\.js(\?|$)/u.test(url))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('reward backpropagation');
    const results = await resultsOf(page, 'dialog.search-dialog', 'reward backpropagation');
    expect(paperOf(results[0]!)).toBe(slugOf(QUERIES[2]!.title));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}papers/${slugOf(QUERIES[2]!.title)}/`);
    expect(await page.locator('h1').innerText()).toMatch(/Reward Backpropagation/u);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on "/", moves through results with the arrow keys and closes on Escape', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site.server.url);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('MeZO');
    const results = await resultsOf(page, 'dialog.search-dialog', 'MeZO');
    expect(results.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(results[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens when the header search box is focused, and carries on with what is typed', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.server.url}topics/`);
    await page.click('#site-search');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('mixture of shards');
    const results = await resultsOf(page, 'dialog.search-dialog', 'mixture of shards');
    expect(paperOf(results[0]!)).toBe(slugOf(QUERIES[6]!.title));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(QUERIES)('"$query" typed in the dialog finds "$title" in the top 3, from the atlas index', (entry) =>
    expectInTopThree(site.server.url, 'dialog.search-dialog', 'atlas', entry, async (page) => {
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog.search-dialog[open]');
      await page.keyboard.type(entry.query);
    }),
  );

  it("fetches only the index files of the query's words and the results shown, and none of Pagefind's", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}papers/${slugOf(QUERIES[0]!.title)}/`);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.locator('dialog.search-dialog input').fill('reward backpropagation');
    const results = await resultsOf(page, 'dialog.search-dialog', 'reward backpropagation');
    const index = fetched.filter((path) => path.includes('/search/index/'));
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    expect(index.filter((path) => path.endsWith('/meta.js'))).toHaveLength(1);
    // One shard for each word at most (the bundled corpus's index is about a dozen shards).
    expect(index.filter((path) => /\/t\d+\.js$/u.test(path)).length).toBeLessThanOrEqual(2);
    // One file a result: with its text (x/) for a query entered at once, without (d/) while typing.
    expect(index.filter((path) => /\/[dx]\/\d+\.js$/u.test(path))).toHaveLength(results.length);
    expect(index.filter((path) => path.endsWith('/facets.js'))).toEqual([]);
    await page.close();
  });

  it('searches a query pasted whole at once, short last word and all, with its excerpts', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site.server.url);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    // Every query drawn: typed, "Fed SB" would first be searched as "Fed", its last word too short yet.
    await page.evaluate(() => {
      const dialog = document.querySelector<HTMLElement>('dialog.search-dialog')!;
      const drawn: string[] = [];
      (window as unknown as { drawn: string[] }).drawn = drawn;
      new MutationObserver(() => {
        if (dialog.dataset.state === 'ready') drawn.push(dialog.dataset.query ?? '');
      }).observe(dialog, { attributes: true, attributeFilter: ['data-state'] });
    });
    await page.locator('dialog.search-dialog input').fill('Fed SB');
    const results = await resultsOf(page, 'dialog.search-dialog', 'Fed SB');
    expect(results.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn)).toEqual(['Fed SB']);
    expect(await page.locator('dialog.search-dialog .search-hit-excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not draw again results it has drawn already', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('MeZO');
    await resultsOf(page, 'dialog.search-dialog', 'MeZO');
    // The excerpts follow once typing pauses.
    await page.waitForSelector('dialog.search-dialog .search-hit-excerpt');
    await page.waitForTimeout(400);
    const first = await page.locator('dialog.search-dialog .search-hit').first().elementHandle();
    await page.keyboard.type(' ');
    await resultsOf(page, 'dialog.search-dialog', 'MeZO ');
    await page.waitForTimeout(400);
    expect(
      await page.evaluate((item) => document.querySelector('dialog.search-dialog .search-hit') === item, first),
    ).toBe(true);
    await page.close();
  });

  it('the header search box still submits to /search/?q= without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}papers/${slugOf(QUERIES[0]!.title)}/`);
    await page.fill('#site-search', 'lora');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=lora$/u);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe.skipIf(!isDefaultCorpus)('search from disk (file://), with the atlas index', () => {
  const fileUrl = (path: string) => pathToFileURL(join(dist, path)).href;

  it.each(QUERIES)('"$query" finds "$title" in the top 3', (entry) =>
    expectInTopThree(
      `${fileUrl('search/index.html')}?q=${encodeURIComponent(entry.query)}`,
      '#search-page',
      'atlas',
      entry,
    ),
  );

  it('results open their page, and the dialog works from the home page', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${fileUrl('search/index.html')}?q=mixture%20of%20shards`);
    await resultsOf(page, '#search-page', 'mixture of shards');
    await page
      .locator(`#search-page a.search-hit-link[href$="/papers/${slugOf(QUERIES[6]!.title)}/index.html"]`)
      .click();
    await page.waitForURL(fileUrl(`papers/${slugOf(QUERIES[6]!.title)}/index.html`));
    expect(await page.locator('h1').innerText()).toMatch(/^MoS:/u);

    await page.goto(fileUrl('index.html'));
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('radar optical');
    const results = await resultsOf(page, 'dialog.search-dialog', 'radar optical');
    expect(paperOf(results[0]!)).toBe(slugOf(QUERIES[4]!.title));
    await page.keyboard.press('Enter');
    await page.waitForURL(fileUrl(`papers/${slugOf(QUERIES[4]!.title)}/index.html`));
    expect(await page.locator('.abstract').innerText()).toMatch(/radar/iu);
    // The page's own links lead on from disk too.
    await page.locator('.chips a').first().click();
    await page.waitForURL(/\/topics\/[^/]+\/index\.html$/u);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters narrow the atlas index the same way', async () => {
    const parent = topics.find(
      (topic) =>
        topic.papers.length > 1 && topics.some((child) => child.parent === topic.id && child.papers.length > 0),
    )!;
    const page = await site.browser.newPage();
    await page.goto(`${fileUrl('search/index.html')}?topic=${parent.id}&kind=Paper`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-page')?.dataset.state === 'ready');
    expect(await shownTotal(page)).toBe(parent.papers.length);
    await page.close();
  });
});
