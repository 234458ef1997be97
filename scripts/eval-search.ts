/**
 * `npm run eval:search`: types the queries of tests/eval/search-queries.yaml into both doors of a
 * built site (the dialog and /search/, served on loopback, in Chromium) and counts those whose
 * paper is among the first five results, per group and half. `-- --misses` lists the others.
 *
 *   npm run eval:search                        the site in dist/ (or ATLAS_DIST)
 *   npm run eval:search -- --dist path/to/dist
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDist, launchBrowser, requireBuiltSite, serveSite } from '../tests/helpers/browser';
import {
  ANSWERED_WITHIN,
  DOORS,
  doorUrls,
  isAnswered,
  loadSearchQueries,
  QUERY_GROUPS,
  QUERY_HALVES,
  scoreQueries,
  tally,
} from './lib/search-queries';

const { values: options } = parseArgs({
  options: { dist: { type: 'string' }, misses: { type: 'boolean', default: false } },
});
const dist = requireBuiltSite(options.dist ? resolve(options.dist) : defaultDist);

const queries = loadSearchQueries();
const server = await serveSite(dist);
const browser = await launchBrowser();
let scores;
try {
  scores = await scoreQueries(browser, doorUrls(server.url), dist, queries);
} finally {
  await browser.close();
  await server.close();
}

console.log(`Queries whose paper is in the first ${ANSWERED_WITHIN} results, in ${dist}:\n`);
console.log(`| queries | half | ${DOORS.join(' | ')} |`);
console.log(`|---|---|${DOORS.map(() => '---').join('|')}|`);
for (const group of QUERY_GROUPS)
  for (const half of QUERY_HALVES)
    console.log(
      `| ${group} | ${half} | ${DOORS.map((door) => tally(scores, (s) => s.group === group && s.half === half && s.door === door)).join(' | ')} |`,
    );
if (options.misses) {
  console.log('\nMissed (rank 0: not among the results shown):\n');
  for (const score of scores.filter((entry) => !isAnswered(entry)))
    console.log(
      `- ${score.door} · ${score.group}/${score.half} · "${score.query}" → rank ${score.rank}; wanted "${score.title}"; got ${score.top.map((title) => `"${title.slice(0, 50)}"`).join(', ')}`,
    );
}
