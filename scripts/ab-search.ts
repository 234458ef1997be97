/**
 * Compares two builds of the same atlas whose search clients differ (say, one before and one after
 * a change): each answers the same new queries in a warm dialog of its own, in turn, so both meet
 * the same load on a shared machine. Prints each site's median and p95, for queries pasted and
 * typed a key every 60 ms, with the load average before and after.
 *
 *   npx tsx scripts/ab-search.ts --a path/to/dist --b path/to/other/dist [--queries 24]
 *
 * Make the second site without building again: `cp -al dist dist-b`, then remove
 * `dist-b/search/atlas-search.js` (a hard link to the first site's) and write the other client there.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser';
import { ms, percentile } from './lib/search-bench/in-page';
import { queriesFor } from './lib/search-bench/measure';
import { pairedTimes } from './lib/search-bench/paired';
import { loadSearchQueries } from './lib/search-queries';

const { values: options } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, queries: { type: 'string', default: '24' } },
});
if (!options.a || !options.b) throw new Error('give the two sites: --a path/to/dist --b path/to/other/dist');
const dists = [resolve(options.a), resolve(options.b)] as const;
const count = Number(options.queries);

// New queries drawn from the site's papers (none searched before in the session), and
// misspelled ones of the query set, which need correcting.
const misspelled = loadSearchQueries()
  .filter((entry) => entry.group === 'misspelled')
  .map((entry) => entry.query);
const pasted = [...queriesFor(dists[0], count, 11), ...misspelled.slice(0, count / 2)];
const typed = [...queriesFor(dists[0], count, 17), ...misspelled.slice(count / 2, count)];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const browser = await launchBrowser();
const before = load();
try {
  const rows: Array<[string, [number[], number[]]]> = [
    ['pasted', await pairedTimes(browser, dists, pasted, 0, 'mixture of experts')],
    ['typed', await pairedTimes(browser, dists, typed, 60, 'mixture of experts')],
  ];
  console.log(`load average (1, 5, 15 min): ${before} before, ${load()} after\n`);
  console.log('| queries | count | A: median / p95 | B: median / p95 | B faster on |');
  console.log('|---|---|---|---|---|');
  for (const [name, [a, b]] of rows) {
    const faster = a.filter((time, index) => (b[index] as number) < time).length;
    const summary = (times: number[]) => `${ms(percentile(times, 0.5))} / ${ms(percentile(times, 0.95))}`;
    console.log(`| ${name} | ${a.length} | ${summary(a)} | ${summary(b)} | ${faster} of ${a.length} |`);
  }
  for (const [name, [a, b]] of rows) {
    const queries = name === 'pasted' ? pasted : typed;
    const slowest = queries
      .map((query, index) => ({ query, a: a[index] as number, b: b[index] as number }))
      .sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b))
      .slice(0, 4)
      .map(({ query, a: timeA, b: timeB }) => `“${query}” ${ms(timeA)} / ${ms(timeB)}`);
    console.log(`\nSlowest ${name} (A / B): ${slowest.join('; ')}`);
  }
  console.log(`\nA: ${dists[0]}\nB: ${dists[1]}`);
} finally {
  await browser.close();
}
