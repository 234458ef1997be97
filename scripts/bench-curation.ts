/**
 * `npx tsx scripts/bench-curation.ts [--papers=10000] [--corrections=1000] [--rounds=2] [--site] [--warm]`:
 * what curators' corrections cost a build. Takes the first N papers of the large benchmark corpus
 * (`ATLAS_BENCH_CORPUS`), makes that many corrections of every kind from what the extractor found
 * (topics and method tags added and removed, relations added and removed, methods renamed or
 * unnamed, `never` rules on the phrases behind tags), and times the content stage without and with
 * them, in alternated rounds so both meet the same load: cold (no extraction cache, as after a
 * change of the extractor or of the `never` rules, which are part of its version) and warm (the
 * cache of the run before, as a rebuild after a page or paper change). Each variant has its own
 * content and cache folders; both start from the same noun-phrase cache, which any earlier build
 * of the corpus has. `--site` also times whole builds from nothing (`scripts/build-site.ts`),
 * alternated likewise. Everything is written under .tmp/bench-curation/.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import { applyCuration } from '../src/pipeline/curation/apply';
import { neverFilter } from '../src/pipeline/curation/never';
import { parseCuration } from '../src/pipeline/curation/parse';
import { loadTaxonomy, loadVocabulary } from '../src/pipeline/load-vocabulary';
import type { TaggedPaper } from '../src/pipeline/types';
import { joinPapers, parseStageTimings } from './lib/bench';
import { largeCorpusPath, readLargeCorpus } from './lib/bench-corpus';
import { buildContent } from './lib/content-stage';
import { curationNames } from './lib/read-curation';

const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/u, '').split('=') as [string, string | undefined]),
);
const size = Number(args.get('papers') ?? 10_000);
const count = Number(args.get('corrections') ?? 1_000);
const rounds = Number(args.get('rounds') ?? 2);
const root = process.cwd();
const work = resolve(root, `.tmp/bench-curation/${size}`);
const largeCorpus = largeCorpusPath(undefined, root);

await mkdir(work, { recursive: true });
const corpus = join(work, 'corpus.txt');
await writeFile(corpus, joinPapers(readLargeCorpus(largeCorpus, size)));
const none = join(work, 'no-curation.yaml');
const curationFile = join(work, 'curation.yaml');
const VARIANTS = { without: none, with: curationFile } as const;
type Variant = keyof typeof VARIANTS;
const folder = (variant: Variant | 'setup') => join(work, variant);
const env = (variant: Variant | 'setup') => ({
  ...process.env,
  ATLAS_CORPUS: corpus,
  ATLAS_CONTENT: join(folder(variant), 'content'),
  ATLAS_CACHE_DIR: join(folder(variant), 'cache'),
  ATLAS_DIST: join(folder(variant), 'dist'),
  ATLAS_NOTES: join(folder(variant), 'notes'),
  ATLAS_CURATION: variant === 'with' ? curationFile : none,
});
const paths = (variant: Variant | 'setup') => resolvePaths(env(variant));

/** Corrections of every kind, spread over the corpus, each changing something. */
function corrections(papers: readonly TaggedPaper[], topicIds: readonly string[], total: number) {
  const byPaper: Record<string, Record<string, unknown>> = {};
  const never: Array<{ facet: string; id: string; phrase: string }> = [];
  const step = Math.max(1, Math.floor(papers.length / total));
  let made = 0;
  for (let index = 0; made < total && index < papers.length; index += step, made += 1) {
    const paper = papers[index] as TaggedPaper;
    const entry: Record<string, unknown> = {};
    const topic = paper.tags.topics[0];
    const relation = paper.tags.relations[0];
    switch (made % 7) {
      case 0:
        entry.topics = { add: [topicIds.find((id) => !paper.tags.topics.some((t) => t.value === id))] };
        break;
      case 1:
        if (topic) entry.topics = { remove: [topic.value] };
        else entry.methods = { add: [`Curated method ${made}`] };
        break;
      case 2:
        entry.methods = { add: [`Curated method ${made}`] };
        break;
      case 3:
        entry.relations = { add: [{ type: 'builds-on', target: `Unknown method ${made}`, evidence: 'a quote' }] };
        break;
      case 4:
        if (relation) entry.relations = { remove: [{ type: relation.type, target: relation.target }] };
        else entry.relations = { add: [{ type: 'uses', target: `Unknown tool ${made}` }] };
        break;
      case 5:
        // Half the renames name another method, half say the paper introduces none.
        entry.name = made % 14 === 5 ? `Renamed method ${made}` : null;
        break;
      default:
        if (topic) never.push({ facet: 'topics', id: topic.value, phrase: topic.evidence });
        else entry.name = null;
    }
    if (Object.keys(entry).length > 0) byPaper[paper.slug] = entry;
  }
  return { papers: byPaper, never };
}

const seconds = (started: number) => (performance.now() - started) / 1000;

/** Empties a variant's folder but for the shared noun-phrase cache. */
async function fromNothing(variant: Variant): Promise<void> {
  await rm(folder(variant), { recursive: true, force: true });
  await mkdir(join(folder(variant), 'cache'), { recursive: true });
  await copyFile(join(folder('setup'), 'cache/noun-phrases.json'), join(folder(variant), 'cache/noun-phrases.json'));
}

// A first build of the corpus fills the noun-phrase cache (kept from an earlier run of the same
// size) and gives the extractor's tags to correct.
await rm(join(folder('setup'), 'content'), { recursive: true, force: true });
const setup = await buildContent(paths('setup'));
const taxonomy = loadTaxonomy(await readFile(paths('setup').taxonomy, 'utf8'), 'taxonomy').topics;
const vocabulary = loadVocabulary(await readFile(paths('setup').vocabulary, 'utf8'), 'vocabulary').vocabulary;
const made = corrections(
  setup.papers,
  taxonomy.map((topic) => topic.id),
  count,
);
await writeFile(curationFile, stringify(made));
await writeFile(none, '');

// The corrections' own steps, timed alone: the whole stage varies by more than they cost on a busy machine.
const slugs = setup.papers.map((paper) => paper.slug);
let started = performance.now();
const parsed = parseCuration(
  await readFile(curationFile, 'utf8'),
  'curation.yaml',
  curationNames(slugs, slugs, taxonomy, vocabulary),
);
const parseMs = seconds(started) * 1000;
if (parsed.problems.length > 0) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
started = performance.now();
const never = neverFilter(parsed.curation.never);
for (const paper of setup.papers)
  for (const tag of paper.tags.topics) never.rejects('topics', tag.value, `${paper.title}\n${paper.abstract}`, 0, 1);
const neverMs = seconds(started) * 1000;
started = performance.now();
const applied = applyCuration(setup.papers, parsed.curation, {
  extractedNames: new Map(),
  usedNever: never.usedRules(),
});
const applyMs = seconds(started) * 1000;
const changed = applied.papers.filter((paper) => (paper.tags.curated ?? []).length > 0).length;
console.log(
  `[bench] ${setup.papers.length} papers, ${count} corrections (${Object.keys(made.papers).length} papers corrected, ` +
    `${made.never.length} never rules; ${changed} papers changed by them): parse ${parseMs.toFixed(0)} ms, ` +
    `never rules checked against every topic mention ${neverMs.toFixed(0)} ms, apply ${applyMs.toFixed(0)} ms`,
);

const times: Record<string, Record<Variant, number[]>> = {};
const record = (what: string, variant: Variant, value: number) => {
  times[what] ??= { without: [], with: [] };
  times[what][variant].push(value);
  // Each run as it ends, with the load it met: on a shared machine the load explains the outliers.
  if (!what.startsWith(' '))
    console.log(`[bench] ${what}, ${variant}: ${value.toFixed(2)} s (load ${loadavg()[0]?.toFixed(1)})`);
};
const run = promisify(execFile);
for (let round = 0; round < rounds; round += 1) {
  // Alternated: a round starts with the variant the last one ended with.
  const order: Variant[] = round % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
  for (const variant of order) {
    // `--warm`: only rebuilds on the folders an earlier run left, the cold builds being the costly part.
    if (!args.has('warm')) {
      await fromNothing(variant);
      started = performance.now();
      await buildContent(paths(variant));
      record('content stage, cold', variant, seconds(started));
    }
    started = performance.now();
    await buildContent(paths(variant));
    record('content stage, warm', variant, seconds(started));
  }
  if (!args.has('site')) continue;
  for (const variant of order) {
    await fromNothing(variant);
    started = performance.now();
    const { stdout } = await run(join(root, 'node_modules/.bin/tsx'), ['scripts/build-site.ts'], {
      cwd: root,
      env: env(variant),
      maxBuffer: 256 * 1024 * 1024,
    });
    record('whole build, cold', variant, seconds(started));
    for (const stage of parseStageTimings(stdout)) record(`  stage: ${stage.stage}`, variant, stage.seconds);
  }
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
console.log(`\n| ${size} papers | without corrections (s) | with ${count} (s) | with ÷ without (medians) |`);
console.log('|---|---|---|---:|');
for (const [what, { without, with: withThem }] of Object.entries(times))
  console.log(
    `| ${what} | ${without.map((s) => s.toFixed(2)).join(' / ')} | ${withThem.map((s) => s.toFixed(2)).join(' / ')} | ` +
      `${(median(withThem) / median(without)).toFixed(3)} |`,
  );
