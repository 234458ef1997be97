/**
 * `npm run coverage -- <corpus file or .gz> [limit]`: runs the extractor over a corpus without
 * writing anything and reports how well the vocabulary covers it: the share of papers with a
 * vocabulary topic, tag counts, and any tag that is a stop word or a sentence fragment.
 */
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolvePaths } from '../src/lib/paths';
import { datasetSlug } from '../src/lib/results-ledger';
import { compileClaimVocabulary, extractClaims } from '../src/pipeline/extract-claims';
import { loadVocabulary } from '../src/pipeline/load-vocabulary';
import { buildContent } from './lib/content-stage';

const [source, limitArgument] = process.argv.slice(2);
if (!source) {
  console.error('usage: npm run coverage -- <corpus file or .gz> [number of papers]');
  process.exit(2);
}
let text = (await readFile(source).then((bytes) => (source.endsWith('.gz') ? gunzipSync(bytes) : bytes))).toString(
  'utf8',
);
if (limitArgument) {
  // Keep the first N title/abstract pairs: the corpus format is one pair per two non-blank lines.
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  text = lines.slice(0, Number(limitArgument) * 2).join('\n\n');
}
const folder = await mkdtemp(join(tmpdir(), 'atlas-coverage-'));
const corpus = join(folder, 'corpus.txt');
await writeFile(corpus, text);

const started = performance.now();
const { papers } = await buildContent(resolvePaths({ ...process.env, ATLAS_CORPUS: corpus, ATLAS_CONTENT: folder }), {
  write: false,
});
const seconds = (performance.now() - started) / 1000;

const withTopic = papers.filter((paper) => paper.tags.topics.length > 0).length;
const tags = papers.flatMap((paper) => [
  ...paper.tags.topics.map((tag) => tag.value as string),
  ...paper.tags.keyphrases,
  ...paper.tags.methods.map((tag) => tag.value),
]);
// A stop word on its own, or a phrase that starts or ends with a function word, is not a tag.
const FUNCTION_WORD =
  /^(?:a|an|the|of|in|on|for|to|and|or|with|by|from|as|at|is|are|we|our|this|that|these|it|its|which)$/iu;
const bad = tags.filter((tag) => {
  const words = tag.split(/\s+/u);
  return FUNCTION_WORD.test(words[0] ?? '') || FUNCTION_WORD.test(words.at(-1) ?? '') || tag.length < 2;
});
const average = (pick: (paper: (typeof papers)[number]) => number) =>
  (papers.reduce((sum, paper) => sum + pick(paper), 0) / papers.length).toFixed(2);

console.log(
  `| corpus | papers | with a vocabulary topic | topics/paper | keyphrases/paper | relations/paper | bad tags | seconds |`,
);
console.log(`|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${source}${limitArgument ? ` (first ${limitArgument})` : ''} | ${papers.length} | ${withTopic} (${((100 * withTopic) / papers.length).toFixed(1)}%) | ` +
    `${average((p) => p.tags.topics.length)} | ${average((p) => p.tags.keyphrases.length)} | ${average((p) => p.tags.relations.length)} | ${bad.length} | ${seconds.toFixed(1)} |`,
);
if (bad.length > 0) console.log(`\nbad tags: ${[...new Set(bad)].slice(0, 30).join(' | ')}`);

// Claimed results: how many, on how many dataset pages, and what their stage costs a paper (run
// again here on the tags the build gave, so the time is this stage's alone).
const vocabulary = loadVocabulary(await readFile(resolvePaths().vocabulary, 'utf8'), 'vocabulary').vocabulary;
const claimVocabulary = compileClaimVocabulary(vocabulary.metricTerms);
// Five passes, the median reported: one pass is at the mercy of the JIT warming up and of other
// processes; CPU time beside it is what the stage itself spends, whatever the machine's load.
const PASSES = 5;
const passMs: number[] = [];
const cpuStarted = process.cpuUsage();
for (let pass = 0; pass < PASSES; pass++) {
  const started = performance.now();
  for (const paper of papers)
    extractClaims(
      {
        abstract: paper.abstract,
        ownNames: paper.tags.name ? [paper.tags.name] : [],
        datasets: paper.tags.datasets,
        models: paper.tags.models,
      },
      claimVocabulary,
    );
  passMs.push((performance.now() - started) / papers.length);
}
const cpu = process.cpuUsage(cpuStarted);
const claimsMs = passMs.sort((a, b) => a - b)[Math.floor(PASSES / 2)]!;
const claimsCpuMs = (cpu.user + cpu.system) / 1000 / PASSES / papers.length;
const claims = papers.flatMap((paper) => paper.tags.results);
const datasetPages = new Set(
  claims.flatMap((claim) => (claim.dataset && claim.kind !== 'other' ? [datasetSlug(claim.dataset)] : [])),
);
console.log(
  `\n| claims/paper | papers with a claim | score / gain / ratio | dataset pages | claims stage, ms/paper (median of ${PASSES}) | CPU ms/paper |`,
);
console.log(`|---|---|---|---|---|---|`);
const ofKind = (kind: string) => claims.filter((claim) => claim.kind === kind).length;
console.log(
  `| ${(claims.length / papers.length).toFixed(2)} | ${papers.filter((paper) => paper.tags.results.length > 0).length} | ` +
    `${ofKind('score')} / ${ofKind('gain')} / ${ofKind('ratio')} | ${datasetPages.size} | ${claimsMs.toFixed(3)} | ${claimsCpuMs.toFixed(3)} |`,
);
