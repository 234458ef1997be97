/**
 * `npm run vocab:hygiene [-- <bench corpus>]`: counts the bench abstracts each phrase of the
 * taxonomy and vocabulary matches, writes them to tests/fixtures/vocabulary-counts.json (which the
 * hygiene test reads, since CI has no bench corpus), and lists the phrases that look lifted from one
 * paper: matched by the bundled corpus and by at most one bench abstract, and not allow-listed.
 * Run it after any edit of content/taxonomy.yaml or content/vocabulary.yaml.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolvePaths } from '../src/lib/paths';
import { countPhraseMatches, findLiftedPhrases, loadAllowList } from '../src/pipeline/vocabulary-hygiene';
import { readCorpusTexts } from './lib/corpus-texts';
import { HYGIENE_FILES, readVocabularyPhrases, sha256, type VocabularyCounts } from './lib/vocabulary-counts';

const bench = process.argv[2] ?? HYGIENE_FILES.bench;
const started = performance.now();
const phrases = await readVocabularyPhrases();
const benchTexts = await readCorpusTexts([bench]);
const benchCounts = countPhraseMatches(phrases, benchTexts);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const counts: VocabularyCounts = {
  about: 'Bench abstracts matched by each vocabulary phrase. Written by `npm run vocab:hygiene`; do not edit.',
  bench: { file: HYGIENE_FILES.bench, sha256: sha256(await readFile(bench)), papers: benchTexts.length },
  phrases: Object.fromEntries([...benchCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
};
await writeFile(HYGIENE_FILES.counts, `${JSON.stringify(counts, null, 1)}\n`);
console.log(
  `[hygiene] ${phrases.length} phrases counted over ${benchTexts.length} bench abstracts in ${seconds} s → ${HYGIENE_FILES.counts}`,
);

const defaultCounts = countPhraseMatches(phrases, await readCorpusTexts(resolvePaths().corpora));
const allowList = loadAllowList(await readFile(HYGIENE_FILES.allow, 'utf8').catch(() => ''), HYGIENE_FILES.allow);
for (const problem of allowList.problems) console.error(`${problem.file}: ${problem.message}`);
const lifted = findLiftedPhrases(phrases, benchCounts, defaultCounts, allowList.allowed);
console.log(`[hygiene] ${allowList.allowed.length} phrases allow-listed; ${lifted.length} look lifted from one paper:`);
for (const phrase of lifted)
  console.log(
    `  ${phrase.key}  (bench ${benchCounts.get(phrase.key)}, bundled corpus ${defaultCounts.get(phrase.key)})`,
  );
if (lifted.length > 0 || allowList.problems.length > 0) process.exitCode = 1;
