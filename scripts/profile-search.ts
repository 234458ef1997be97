/**
 * Where a pasted query's time goes in the search dialog: the warm session of `npm run bench:search`
 * (a first query, then new queries typed), then each of the bench's pasted queries (with --typed,
 * new queries typed) under Chromium's CPU profiler and a `devtools.timeline` trace. Prints, per query, the time until the results are
 * in the page, split into the client's stages, the index files it ran, the browser's rendering
 * work and idle time (waiting for files), and when each kind of index file was asked for and came.
 * The client is served unminified so that its samples can be charged to its modules; the profiler
 * and trace slow it down, so totals run above the bench's.
 *
 *   npx tsx scripts/profile-search.ts --dist .tmp/bench-search/atlas-10000/dist [--typed] [--files]
 *
 * --files also prints each index file fetched: when it was asked for, sent, began and ended to come;
 * --entry profiles another copy of the client (its `src/search/browser/main.ts`), such as an older one.
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import sirv from 'sirv';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { timeQuery } from './lib/search-bench/in-page';
import { queriesFor } from './lib/search-bench/measure';
import {
  indexFetches,
  profileBreakdown,
  renderingTime,
  type CpuProfile,
  type TraceEvent,
} from './lib/search-bench/profile';
import { loadSearchQueries } from './lib/search-queries';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: '.tmp/bench-search/atlas-10000/dist' },
    typed: { type: 'boolean', default: false },
    files: { type: 'boolean', default: false },
    entry: { type: 'string', default: resolve(import.meta.dirname, '../src/search/browser/main.ts') },
  },
});
const dist = resolve(options.dist);
const CLIENT_PATH = '/search/atlas-search.js';
const DIALOG = 'dialog.search-dialog';

const bundled = await build({
  entryPoints: [resolve(options.entry)],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  write: false,
  logLevel: 'silent',
});
const client = bundled.outputFiles[0]!.text;

// The built site, with the client unminified.
const files = sirv(dist, { dev: true, etag: false });
const server = createServer((request, response) => {
  if (request.url === CLIENT_PATH) {
    response.setHeader('content-type', 'text/javascript');
    response.end(client);
    return;
  }
  files(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  });
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const queries = queriesFor(dist);
const misspelled = (half: 'tune' | 'held-out') =>
  loadSearchQueries()
    .filter((entry) => entry.group === 'misspelled' && entry.half === half)
    .map((entry) => entry.query);
const typed = misspelled('tune').slice(5, 13);
// The bench's pasted queries, or with --typed new queries typed a key every 60 ms, misspelled ones too.
const profiled = options.typed
  ? [...queriesFor(dist, 8, 5), ...misspelled('held-out').slice(0, 8)]
  : queriesFor(dist, 8, 3);
const delay = options.typed ? 60 : 0;

const START_MARK = 'atlas-query-last-key';
const PAINTED_MARK = 'atlas-results-painted';

/**
 * Enters a query into the dialog, pasted (`delay` 0) or a key every `delay` ms, marking (for the
 * trace) the last key and the frame painted after its results were drawn; returns the time until
 * drawn, as the bench does, and when the last key was (in the page's clock).
 */
async function enterMarked(page: Page, query: string, delay: number): Promise<{ time: number; from: number }> {
  const inPage = `(async ({ selector, text, pause, start, painted }) => {
    const node = document.querySelector(selector);
    const input = node.querySelector('input.search-input');
    const steps = pause > 0 ? Array.from(text, (_, i) => text.slice(0, i + 1)) : [text];
    let from = 0;
    for (const [i, value] of steps.entries()) {
      if (i > 0) await new Promise((done) => setTimeout(done, pause));
      input.value = value;
      if (i === steps.length - 1) performance.mark(start);
      from = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const drawn = () => node.dataset.state === 'ready' && node.dataset.query === text;
    while (!drawn()) await new Promise((done) => setTimeout(done, 0));
    const time = performance.now() - from;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    performance.mark(painted);
    return { time, from };
  })(${JSON.stringify({ selector: DIALOG, text: query, pause: delay, start: START_MARK, painted: PAINTED_MARK })})`;
  return (await page.evaluate(inPage)) as { time: number; from: number };
}

const browser = await launchBrowser();
const rows: Array<{ query: string; time: number; stages: Map<string, number>; fetched: string }> = [];
try {
  const page = await browser.newPage();
  const paper = readdirSync(join(dist, 'papers')).find((name) => name !== 'index.html');
  await page.goto(`${root}/papers/${paper}/`);
  await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
  await page.keyboard.press('Control+k');
  await page.waitForSelector(`${DIALOG}[open]`);
  await timeQuery(page, DIALOG, queries[0]!, 0);
  for (const query of [...queries.slice(1), ...typed]) await timeQuery(page, DIALOG, query, 60);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const query of profiled) {
    // What the last query still fetches (its excerpts, after a pause) is not this one's.
    await page.waitForTimeout(600);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
    const { time, from } = await enterMarked(page, query, delay);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const mark = (name: string) => trace.traceEvents.find((event) => event.name === name)?.ts ?? NaN;
    const window = { from: mark(START_MARK), to: mark(PAINTED_MARK) };
    const stages = profileBreakdown(profile, `${root}${CLIENT_PATH}`, client, window);
    for (const [kind, value] of renderingTime(trace.traceEvents, window)) stages.set(`(browser) ${kind}`, value);
    stages.set('until painted', (window.to - window.from) / 1000);
    const fetches = await indexFetches(page, from);
    if (options.files)
      for (const f of fetches)
        console.error(
          `  ${f.file} ${f.start.toFixed(1)} sent ${f.sent.toFixed(1)} first byte ${f.firstByte.toFixed(1)} end ${f.end.toFixed(1)}`,
        );
    const waves = new Map<string, { count: number; bytes: number; start: number; end: number }>();
    for (const fetch of fetches) {
      const kind = /^[tfbdx]/u.exec(fetch.file)?.[0] ?? fetch.file;
      const wave = waves.get(kind) ?? { count: 0, bytes: 0, start: Infinity, end: 0 };
      waves.set(kind, {
        count: wave.count + 1,
        bytes: wave.bytes + fetch.bytes,
        start: Math.min(wave.start, fetch.start),
        end: Math.max(wave.end, fetch.end),
      });
    }
    const fetched = [...waves]
      .map(
        ([kind, wave]) =>
          `${kind}: ${wave.count} (${(wave.bytes / 1024).toFixed(1)} KB) ${wave.start.toFixed(0)}–${wave.end.toFixed(0)} ms`,
      )
      .join('; ');
    rows.push({ query, time, stages, fetched });
    console.error(`[profile] ${query}: ${time.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}

const kinds = [...new Set(rows.flatMap((row) => [...row.stages.keys()]))].sort();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`| query | until drawn | ${kinds.join(' | ')} | index files fetched: count (bytes) asked for–came |`);
console.log(`|${'---|'.repeat(kinds.length + 3)}`);
for (const row of rows)
  console.log(
    `| ${row.query} | ${row.time.toFixed(0)} ms | ${kinds.map((kind) => (row.stages.get(kind) ?? 0).toFixed(1)).join(' | ')} | ${row.fetched} |`,
  );
console.log(
  `| median | ${median(rows.map((row) => row.time)).toFixed(0)} ms | ${kinds.map((kind) => median(rows.map((row) => row.stages.get(kind) ?? 0)).toFixed(1)).join(' | ')} | |`,
);
