/**
 * `npm run bench:search`: how fast search answers, how much it fetches and how well it answers the
 * query set of tests/eval/search-queries.yaml, measured in Chromium against built sites served
 * locally. Prints Markdown tables.
 *
 *   npm run bench:search                          the bundled corpus (built into .tmp/bench-search/)
 *   npm run bench:search -- --papers 10000        also an atlas of 10,000 papers: the bundled corpus
 *                                                 and the first papers of a large corpus
 *   npm run bench:search -- --dist path/to/dist   a site built already (repeatable)
 *
 * The large corpus is read from ATLAS_LARGE_CORPUS (default ../shared/corpora/large.txt.gz).
 * Sites built here are kept and reused by later runs; pass --rebuild to build them again.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveSite } from '../tests/helpers/browser';
import { kb, ms, percentile } from './lib/search-bench/in-page';
import { knownItems, type KnownItems } from './lib/search-bench/known-items';
import { measure, type Measurement } from './lib/search-bench/measure';
import { buildSite } from './lib/search-bench/sites';
import {
  DOORS,
  doorUrls,
  loadSearchQueries,
  QUERY_GROUPS,
  QUERY_HALVES,
  scoreQueries,
  tally,
  type QueryScore,
} from './lib/search-queries';

const { values: options } = parseArgs({
  options: {
    papers: { type: 'string', multiple: true, default: [] },
    dist: { type: 'string', multiple: true, default: [] },
    rebuild: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});

const sites: Array<{ name: string; dist: () => Promise<string> }> = [];
for (const dist of options.dist) sites.push({ name: dist, dist: async () => resolve(dist) });
if (options.dist.length === 0)
  sites.push({ name: 'bundled corpus', dist: () => buildSite('bundled', null, options.rebuild) });
for (const count of options.papers)
  sites.push({
    name: `${count} papers (bundled + large corpus)`,
    dist: () => buildSite(`atlas-${count}`, Number(count), options.rebuild),
  });

const queries = loadSearchQueries();
const rounds = Number(options.rounds);
const browser = await launchBrowser();
const results: Measurement[] = [];
const known: KnownItems[] = [];
const scores: Array<{ site: string; scores: QueryScore[] }> = [];
try {
  for (const site of sites) {
    const dist = await site.dist();
    results.push(await measure(browser, site.name, dist, rounds));
    // A site built by older code has an index this engine cannot read: it is measured in the browser only.
    const items = await knownItems(site.name, dist).catch((error: Error) => {
      console.error(`[bench:search] ${site.name}: no known-item search (${error.message})`);
      return null;
    });
    if (items) known.push(items);
    const titles = new Set(
      (JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{ title: string }>).map((p) => p.title),
    );
    if (queries.every((entry) => titles.has(entry.title))) {
      const server = await serveSite(dist);
      scores.push({ site: site.name, scores: await scoreQueries(browser, doorUrls(server.url), dist, queries) });
      await server.close();
    }
  }
} finally {
  await browser.close();
}

const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);
const rule = (count: number) => console.log(`|${'---|'.repeat(count)}`);
const medianMax = (values: number[]) => `${kb(percentile(values, 0.5))} / ${kb(Math.max(...values))}`;
const p50p95 = (values: number[]) => `${ms(percentile(values, 0.5))} / ${ms(percentile(values, 0.95))}`;

row([
  'site',
  'pages indexed',
  'dialog, first query pasted: bytes (gzip-served), median of 5',
  'of which',
  'dialog, first query typed: median of 3',
  'dialog, broad first query typed (5 largest topics): median / max',
  'dialog, first query with a typo, pasted: median / max of 5',
  '/search/ first query: median / max of 3',
  'first query time',
  'warm, new query typed (typos too): median / p95',
  'warm, new query pasted: median / p95',
  'warm, repeated query: median / p95',
  'atlas index: files, bytes in all',
  'from disk: warm median',
]);
rule(14);
for (const r of results)
  row([
    r.site,
    String(r.pages),
    `${kb(r.first.bytes)} (${kb(r.first.gzip)})`,
    r.first.split,
    kb(r.typedFirst),
    medianMax(r.broadFirsts),
    medianMax(r.misspelledFirsts),
    medianMax(r.pageFirsts),
    ms(r.first.time),
    `${p50p95(r.newTyped)} (${r.newTyped.length} queries)`,
    p50p95(r.newPasted),
    p50p95(r.repeated),
    `${r.indexFiles}, ${kb(r.indexBytes)}`,
    ms(percentile(r.diskTyped, 0.5)),
  ]);

if (scores.length > 0) {
  console.log(
    `\nThe query set (${queries.length} queries of tests/eval/search-queries.yaml) over HTTP: answered in the first five results.\n`,
  );
  row(['site', 'queries', 'half', ...DOORS]);
  rule(3 + DOORS.length);
  for (const { site, scores: list } of scores)
    for (const group of QUERY_GROUPS)
      for (const half of QUERY_HALVES)
        row([
          site,
          group,
          half,
          ...DOORS.map((door) => tally(list, (s) => s.group === group && s.half === half && s.door === door)),
        ]);
}

console.log(
  '\nKnown-item search in the atlas index (both doors): papers spread over the atlas, searched by their whole title and by the name of the method they introduce.\n',
);
row(['site', 'title → paper first', 'method name → paper first', 'method name → paper in the top 3']);
rule(4);
const share = (count: number, total: number) =>
  `${count} of ${total} (${((100 * count) / Math.max(1, total)).toFixed(0)} %)`;
for (const k of known)
  row([k.site, share(k.titleFirst, k.titles), share(k.nameFirst, k.names), share(k.nameTopThree, k.names)]);
console.log(
  '\nWarm times run from the last keystroke (one character every 60 ms) until the results are in the page; painting adds at most a frame. A "new query" had not been searched before in that session.',
);
