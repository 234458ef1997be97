/**
 * `npx tsx scripts/bench-curation.ts [--papers=10000] [--corrections=1000]`: what curators'
 * corrections cost the content stage. Builds the content of the first N papers of the large
 * benchmark corpus, makes that many corrections of every kind from what the extractor found
 * (topics and method tags added and removed, relations added and removed, methods renamed, `never`
 * rules on the phrases behind tags), and times the stage with and without them, each three times after a
 * warm-up run. Everything is written under .tmp/bench-curation/.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import type { TaggedPaper } from '../src/pipeline/types';
import { joinPapers } from './lib/bench';
import { readLargeCorpus } from './lib/bench-corpus';
import { buildContent } from './lib/content-stage';

const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/u, '').split('=') as [string, string | undefined]),
);
const size = Number(args.get('papers') ?? 10_000);
const count = Number(args.get('corrections') ?? 1_000);
const root = process.cwd();
const work = resolve(root, '.tmp/bench-curation');
const largeCorpus = resolve(root, process.env.ATLAS_BENCH_CORPUS ?? '../shared/corpora/large.txt.gz');

// The noun-phrase cache of an earlier run is kept: it is what any rebuild of the same corpus has.
await rm(join(work, 'content'), { recursive: true, force: true });
await mkdir(work, { recursive: true });
const corpus = join(work, 'corpus.txt');
await writeFile(corpus, joinPapers(readLargeCorpus(largeCorpus, size)));
const curationFile = join(work, 'curation.yaml');
const paths = (curation: string) =>
  resolvePaths({
    ...process.env,
    ATLAS_CORPUS: corpus,
    ATLAS_CONTENT: join(work, 'content'),
    ATLAS_CACHE_DIR: join(work, 'cache'),
    ATLAS_CURATION: curation,
  });

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
        entry.name = `Renamed method ${made}`;
        break;
      default:
        if (topic) never.push({ facet: 'topics', id: topic.value, phrase: topic.evidence });
        else entry.name = null;
    }
    if (Object.keys(entry).length > 0) byPaper[paper.slug] = entry;
  }
  return { papers: byPaper, never };
}

async function timedContent(curation: string): Promise<{ seconds: number; papers: TaggedPaper[] }> {
  const started = performance.now();
  const { papers } = await buildContent(paths(curation), { write: false });
  return { seconds: (performance.now() - started) / 1000, papers };
}

const none = join(work, 'no-curation.yaml');
// A first run fills the noun-phrase cache, as any earlier build of the same corpus has.
await buildContent(paths(none));
const warm = await timedContent(none);
const { loadTaxonomy } = await import('../src/pipeline/load-vocabulary');
const { readFile } = await import('node:fs/promises');
const topicIds = loadTaxonomy(await readFile(paths(none).taxonomy, 'utf8'), 'taxonomy').topics.map((t) => t.id);
const made = corrections(warm.papers, topicIds, count);
await writeFile(curationFile, stringify(made));
// The corrections' own steps, timed alone: the whole stage varies by more than they cost on a busy machine.
const { parseCuration } = await import('../src/pipeline/curation/parse');
const { applyCuration } = await import('../src/pipeline/curation/apply');
const { neverFilter } = await import('../src/pipeline/curation/never');
const { curationNames } = await import('./lib/read-curation');
const { loadVocabulary } = await import('../src/pipeline/load-vocabulary');
const vocabulary = loadVocabulary(await readFile(paths(none).vocabulary, 'utf8'), 'vocabulary').vocabulary;
const taxonomy = loadTaxonomy(await readFile(paths(none).taxonomy, 'utf8'), 'taxonomy').topics;
const slugs = warm.papers.map((paper) => paper.slug);
let started = performance.now();
const parsed = parseCuration(
  await readFile(curationFile, 'utf8'),
  'curation.yaml',
  curationNames(slugs, slugs, taxonomy, vocabulary),
);
const parseMs = performance.now() - started;
if (parsed.problems.length > 0) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
started = performance.now();
const never = neverFilter(parsed.curation.never);
for (const paper of warm.papers)
  for (const tag of paper.tags.topics) never.rejects('topics', tag.value, `${paper.title}\n${paper.abstract}`, 0, 1);
const neverMs = performance.now() - started;
started = performance.now();
applyCuration(warm.papers, parsed.curation, { extractedNames: new Map(), usedNever: never.usedRules() });
const applyMs = performance.now() - started;
console.log(
  `[bench] parse ${parseMs.toFixed(0)} ms, never rules checked against every topic mention ${neverMs.toFixed(0)} ms, apply ${applyMs.toFixed(0)} ms`,
);
const rounds = Number(args.get('rounds') ?? 3);
const runs = { without: [warm.seconds], with: [] as number[] };
for (let round = 0; round < rounds; round += 1) {
  runs.with.push((await timedContent(curationFile)).seconds);
  runs.without.push((await timedContent(none)).seconds);
}
const best = (list: number[]) => (list.length ? Math.min(...list).toFixed(2) : '–');
const written = Object.values(made.papers).length + made.never.length;
console.log(
  `[bench] ${warm.papers.length} papers, ${count} corrections (${Object.keys(made.papers).length} papers corrected, ${made.never.length} never rules; ${written} entries): ` +
    `content stage without ${runs.without.map((s) => s.toFixed(2)).join(' / ')} s (best ${best(runs.without)} s), ` +
    `with ${runs.with.map((s) => s.toFixed(2)).join(' / ')} s (best ${best(runs.with)} s)`,
);
