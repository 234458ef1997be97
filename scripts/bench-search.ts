/**
 * `npm run bench:search`: how fast search answers and how much it fetches, measured in Chromium
 * against built sites served locally. Prints a Markdown table.
 *
 *   npm run bench:search                          the bundled corpus (built into .tmp/bench-search/)
 *   npm run bench:search -- --papers 10000        also the first 10,000 papers of a large corpus
 *   npm run bench:search -- --dist path/to/dist   a site built already (repeatable)
 *
 * The large corpus is read from ATLAS_LARGE_CORPUS (default ../shared/corpora/large.txt.gz).
 * Sites built here are kept and reused by later runs; pass --rebuild to build them again.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, promisify } from 'node:util';
import { gzipSync, createGunzip } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { indexFileLoader } from '../src/search/build/index-files';
import { AtlasSearch } from '../src/search/browser/atlas-search';
import { launchBrowser, serveSite } from '../tests/helpers/browser';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const workDir = join(root, '.tmp/bench-search');

const { values: options } = parseArgs({
  options: {
    papers: { type: 'string', multiple: true, default: [] },
    dist: { type: 'string', multiple: true, default: [] },
    rebuild: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});

/** Writes the first `count` papers of the large corpus (title, blank, abstract, blank) to a file. */
async function sliceLargeCorpus(count: number, target: string): Promise<void> {
  const source = resolve(root, process.env.ATLAS_LARGE_CORPUS ?? '../shared/corpora/large.txt.gz');
  if (!existsSync(source))
    throw new Error(`${source} not found: set ATLAS_LARGE_CORPUS to a corpus file (.txt or .txt.gz)`);
  const stream = source.endsWith('.gz') ? createReadStream(source).pipe(createGunzip()) : createReadStream(source);
  const lines: string[] = [];
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (lines.length >= count * 4) break;
    lines.push(line);
  }
  stream.destroy();
  await writeFile(target, `${lines.join('\n')}\n`);
}

/** Builds a site with `npm run build`'s own script into a folder of its own; reuses it if present. */
async function buildSite(name: string, corpus: string | null): Promise<string> {
  const folder = join(workDir, name);
  const dist = join(folder, 'dist');
  if (!options.rebuild && existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) return dist;
  await mkdir(folder, { recursive: true });
  let corpusPath = resolve(root, 'content/corpus');
  if (corpus !== null) {
    corpusPath = join(folder, 'corpus.txt');
    await sliceLargeCorpus(Number(corpus), corpusPath);
  }
  console.error(`[bench:search] building ${name} …`);
  const started = performance.now();
  await run(join(root, 'node_modules/.bin/tsx'), ['scripts/build-site.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ATLAS_CORPUS: corpusPath,
      ATLAS_CONTENT: join(folder, 'content'),
      ATLAS_DIST: dist,
      ATLAS_CACHE_DIR: join(folder, 'cache'),
      ATLAS_NOTES: join(folder, 'notes'),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=6144`,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  console.error(`[bench:search] built ${name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return dist;
}

/** Queries drawn evenly from the site's own papers: method names, or the first words of titles. */
function queriesFor(dist: string, count = 8, offset = 0): string[] {
  const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
    title: string;
    name: string | null;
  }>;
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const paper = papers[(Math.floor((i * papers.length) / count) + offset) % papers.length]!;
    const words = paper.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .split(/\s+/u)
      .filter((word) => word.length > 3);
    queries.push(i % 2 === 0 && paper.name ? paper.name : words.slice(0, 3).join(' '));
  }
  return [...new Set(queries)];
}

/** The labels of the five topics with the most papers: queries that match much of the atlas. */
function broadQueriesFor(dist: string): string[] {
  const topics = JSON.parse(readFileSync(join(dist, 'api/topics.json'), 'utf8')) as Array<{
    label: string;
    papers: string[];
  }>;
  return topics
    .sort((a, b) => b.papers.length - a.papers.length)
    .slice(0, 5)
    .map((topic) => topic.label);
}

interface Fetched {
  url: string;
  bytes: number;
  /** Bytes if the server compressed text files (Pagefind's own index files are compressed already). */
  gzipBytes: number;
}

/** Everything a page fetches from now on, with sizes as transferred. */
function recordFetches(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (!response) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
    const compressible = /\.(js|json|css|html)(\?|$)/u.test(request.url()) || request.url().endsWith('/');
    fetched.push({
      url: request.url(),
      bytes: sizes.responseBodySize || body.length,
      gzipBytes: compressible ? gzipSync(body).length : body.length,
    });
  });
  return fetched;
}

/**
 * In the page: types `query` into the search box one character every `delay` ms, then returns the
 * time from the last keystroke until the results of the whole query are in the page (painting them
 * takes at most one more frame).
 */
async function timeQuery(page: Page, container: string, query: string, delay: number): Promise<number> {
  // Sent as text: the functions tsx compiles carry helpers the page does not have.
  const inPage = `(async ({ selector, text, pause }) => {
    const node = document.querySelector(selector);
    const input = node.querySelector('input.search-input');
    const steps = pause > 0 ? Array.from(text, (_, i) => text.slice(0, i + 1)) : [text];
    let last = 0;
    for (const [i, value] of steps.entries()) {
      if (i > 0) await new Promise((done) => setTimeout(done, pause));
      input.value = value;
      last = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const drawn = () => node.dataset.state === 'ready' && node.dataset.query === text;
    if (!drawn()) {
      await new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (drawn()) {
            observer.disconnect();
            done(null);
          }
        });
        observer.observe(node, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
      });
    }
    return performance.now() - last;
  })(${JSON.stringify({ selector: container, text: query, pause: delay })})`;
  return (await page.evaluate(inPage)) as number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface Measurement {
  site: string;
  pages: number;
  firstBytes: number;
  firstGzip: number;
  firstSplit: string;
  firstTime: number;
  typedFirstBytes: number;
  broadFirsts: number[];
  pageFirstBytes: number;
  newTyped: number[];
  newPasted: number[];
  repeated: number[];
  /** The atlas index: number of files and their bytes together. */
  indexFiles: number;
  indexBytes: number;
  diskTyped: number[];
}

async function measure(browser: Browser, name: string, dist: string, rounds: number): Promise<Measurement> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const queries = queriesFor(dist);
  const server = await serveSite(dist);
  const paperDirs = await readdir(join(dist, 'papers'));
  const paperPage = `${server.url}papers/${paperDirs.find((dir) => dir !== 'index.html')}/`;
  try {
    // The first query of a reader who opens the dialog on a paper page, with an empty cache; the
    // median over several readers with different queries.
    const firsts: Array<{ bytes: number; gzip: number; code: number; index: number; results: number; time: number }> =
      [];
    const typedFirsts: number[] = [];
    const firstQueries = queries.slice(0, 5);
    /** A reader with an empty cache opens the dialog on a paper page and enters a query (a character every `delay` ms, or pasted). */
    const firstQuery = async (query: string, delay: number) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(paperPage);
      const fetched = recordFetches(page);
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog.search-dialog[open]');
      const time = await timeQuery(page, 'dialog.search-dialog', query, delay);
      await page.waitForTimeout(300);
      return { context, page, fetched, time };
    };
    // Typed a character every 120 ms, the first query also fetches what each prefix needed.
    for (const query of firstQueries.slice(0, 3)) {
      const { context, fetched } = await firstQuery(query, 120);
      typedFirsts.push(fetched.reduce((total, item) => total + item.bytes, 0));
      await context.close();
    }
    // Broad queries, the worst case for bytes: the labels of the five largest topics, typed.
    const broadFirsts: number[] = [];
    for (const query of broadQueriesFor(dist)) {
      const { context, fetched } = await firstQuery(query, 120);
      broadFirsts.push(fetched.reduce((total, item) => total + item.bytes, 0));
      await context.close();
    }
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    for (const query of firstQueries) {
      await context?.close();
      const first = await firstQuery(query, 0);
      ({ context, page } = first);
      const { fetched, time } = first;
      const sum = (pattern: RegExp) =>
        fetched.filter((item) => pattern.test(item.url)).reduce((total, item) => total + item.bytes, 0);
      firsts.push({
        bytes: fetched.reduce((total, item) => total + item.bytes, 0),
        gzip: fetched.reduce((total, item) => total + item.gzipBytes, 0),
        code: sum(/search\/atlas-search\.js|pagefind\/pagefind[^/]*\.js|wasm\.|pagefind-entry/u),
        index: sum(/\.pf_(meta|index|filter)|\/search\/index\/(meta|[^/]+\/(t\d+|facets))\.js/u),
        results: sum(/\.pf_fragment|\/search\/index\/[^/]+\/d\//u),
        time,
      });
    }
    const median = (key: keyof (typeof firsts)[number]) =>
      percentile(
        firsts.map((first) => first[key]),
        0.5,
      );
    const firstBytes = median('bytes');
    const firstGzip = median('gzip');
    const firstTime = median('time');
    const firstSplit = `code ${kb(median('code'))}, index ${kb(median('index'))}, results ${kb(median('results'))}`;
    page = page!;

    // Warm: the runtime is loaded; each query is typed a character every 60 ms.
    const newTyped: number[] = [];
    const newPasted: number[] = [];
    const repeated: number[] = [];
    for (const query of queries.slice(1)) newTyped.push(await timeQuery(page, 'dialog.search-dialog', query, 60));
    // Worst case: a query pasted at once, so nothing of it was fetched while typing.
    for (const query of queriesFor(dist, 8, 3)) newPasted.push(await timeQuery(page, 'dialog.search-dialog', query, 0));
    for (let round = 0; round < rounds; round += 1) {
      for (const query of queries) repeated.push(await timeQuery(page, 'dialog.search-dialog', query, 60));
    }
    await context!.close();

    // The /search/ page, which also loads the facet counts.
    const pageContext = await browser.newContext();
    const searchPage = await pageContext.newPage();
    const pageFetched = recordFetches(searchPage);
    await searchPage.goto(`${server.url}search/?q=${encodeURIComponent(queries[0]!)}`);
    await searchPage.waitForFunction(() => document.getElementById('search-page')?.dataset.state === 'ready');
    await searchPage.waitForTimeout(200);
    const pageFirstBytes = pageFetched
      .filter((item) => !/\/search\/(\?|$)/u.test(item.url))
      .reduce((sum, item) => sum + item.bytes, 0);
    await pageContext.close();

    // From disk, the atlas index answers the search page too.
    const diskContext = await browser.newContext();
    const disk = await diskContext.newPage();
    await disk.goto(`file://${dist}/search/index.html`);
    await disk.waitForSelector('#search-page input.search-input');
    const diskTyped: number[] = [];
    for (const query of queries) await timeQuery(disk, '#search-page', query, 0);
    for (const query of queries) diskTyped.push(await timeQuery(disk, '#search-page', query, 60));
    await diskContext.close();
    const indexFolder = join(dist, 'search/index');
    const indexFiles = (await readdir(indexFolder, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    const indexBytes = indexFiles.reduce(
      (total, entry) => total + statSync(join(entry.parentPath, entry.name)).size,
      0,
    );

    const typedFirstBytes = percentile(typedFirsts, 0.5);
    return {
      site: name,
      pages,
      firstBytes,
      firstGzip,
      firstSplit,
      firstTime,
      typedFirstBytes,
      broadFirsts,
      pageFirstBytes,
      newTyped,
      newPasted,
      repeated,
      indexFiles: indexFiles.length,
      indexBytes,
      diskTyped,
    };
  } finally {
    await server.close();
  }
}

interface KnownItems {
  site: string;
  titles: number;
  titleFirst: number;
  names: number;
  nameFirst: number;
  nameTopThree: number;
}

/**
 * Known-item search over the atlas index, in Node (the same engine the dialog runs): up to 400
 * papers spread over the atlas, each searched by its whole title and by the name of the method it
 * introduces; where does the paper rank?
 */
async function knownItems(site: string, dist: string): Promise<KnownItems> {
  const search = new AtlasSearch(indexFileLoader(dist));
  const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
    slug: string;
    title: string;
    name: string | null;
  }>;
  const step = Math.max(1, Math.floor(papers.length / 400));
  const rank = async (query: string, slug: string) =>
    (await search.search(query, {}, { limit: 10 })).hits.findIndex((hit) => hit.doc.u === `papers/${slug}/`) + 1;
  const result: KnownItems = { site, titles: 0, titleFirst: 0, names: 0, nameFirst: 0, nameTopThree: 0 };
  for (const paper of papers.filter((_, index) => index % step === 0)) {
    result.titles += 1;
    if ((await rank(paper.title, paper.slug)) === 1) result.titleFirst += 1;
    if (!paper.name) continue;
    result.names += 1;
    const byName = await rank(paper.name, paper.slug);
    if (byName === 1) result.nameFirst += 1;
    if (byName >= 1 && byName <= 3) result.nameTopThree += 1;
  }
  return result;
}

const sites: Array<{ name: string; dist: () => Promise<string> }> = [];
for (const dist of options.dist) sites.push({ name: dist, dist: async () => resolve(dist) });
if (options.dist.length === 0) sites.push({ name: 'bundled corpus', dist: () => buildSite('default', null) });
for (const count of options.papers)
  sites.push({ name: `${count} papers of the large corpus`, dist: () => buildSite(`large-${count}`, count) });

const rounds = Number(options.rounds);
const browser = await launchBrowser();
const results: Measurement[] = [];
const known: KnownItems[] = [];
try {
  for (const site of sites) {
    const dist = await site.dist();
    results.push(await measure(browser, site.name, dist, rounds));
    known.push(await knownItems(site.name, dist));
  }
} finally {
  await browser.close();
}

console.log(
  '| site | pages indexed | first query pasted: bytes fetched (gzip-served), median of 5 | of which | first query typed: bytes, median of 3 | broad first query typed (labels of the 5 largest topics): median / max | first query time | warm, new query typed: median / p95 | warm, new query pasted: median / p95 | warm, repeated query: median / p95 | /search/ page first query: bytes | atlas index: files, bytes in all | from disk: warm median |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.site} | ${r.pages} | ${kb(r.firstBytes)} (${kb(r.firstGzip)}) | ${r.firstSplit} | ${kb(r.typedFirstBytes)} | ${kb(percentile(r.broadFirsts, 0.5))} / ${kb(Math.max(...r.broadFirsts))} | ${ms(r.firstTime)} | ${ms(percentile(r.newTyped, 0.5))} / ${ms(percentile(r.newTyped, 0.95))} | ${ms(percentile(r.newPasted, 0.5))} / ${ms(percentile(r.newPasted, 0.95))} | ${ms(percentile(r.repeated, 0.5))} / ${ms(percentile(r.repeated, 0.95))} | ${kb(r.pageFirstBytes)} | ${r.indexFiles}, ${kb(r.indexBytes)} | ${ms(percentile(r.diskTyped, 0.5))} |`,
  );
}
console.log(
  "\nKnown-item search in the atlas index (the dialog's engine): papers spread over the atlas, searched by their whole title and by the name of the method they introduce.\n",
);
console.log('| site | title → paper first | method name → paper first | method name → paper in the top 3 |');
console.log('|---|---|---|---|');
const share = (count: number, total: number) =>
  `${count} of ${total} (${((100 * count) / Math.max(1, total)).toFixed(0)} %)`;
for (const k of known)
  console.log(
    `| ${k.site} | ${share(k.titleFirst, k.titles)} | ${share(k.nameFirst, k.names)} | ${share(k.nameTopThree, k.names)} |`,
  );
console.log(
  '\nWarm times run from the last keystroke (one character every 60 ms) until the results are in the page; painting adds at most a frame. A "new query" had not been searched before in that session.',
);
