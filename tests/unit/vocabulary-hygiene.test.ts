import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/lib/paths';
import {
  countPhraseMatches,
  findLiftedPhrases,
  loadAllowList,
  MAX_BENCH_MATCHES,
  type VocabularyPhrase,
} from '../../src/pipeline/vocabulary-hygiene';
import { readCorpusTexts } from '../../scripts/lib/corpus-texts';
import {
  HYGIENE_FILES,
  readVocabularyPhrases,
  sha256,
  type VocabularyCounts,
} from '../../scripts/lib/vocabulary-counts';

/**
 * The vocabulary holds terms of the field, not phrases lifted from one abstract of the bundled
 * corpus. Bench counts come from tests/fixtures/vocabulary-counts.json (`npm run vocab:hygiene`),
 * since the bench corpus is not in the repository; the bundled corpus is counted here.
 */
const RECOUNT = 'run `npm run vocab:hygiene` (it needs the bench corpus) and commit the counts';
const counts = JSON.parse(readFileSync(HYGIENE_FILES.counts, 'utf8')) as VocabularyCounts;
const benchCounts = new Map(Object.entries(counts.phrases));
const allowList = loadAllowList(readFileSync(HYGIENE_FILES.allow, 'utf8'), HYGIENE_FILES.allow);
let phrases: VocabularyPhrase[] = [];
let defaultCounts = new Map<string, number>();

beforeAll(async () => {
  phrases = await readVocabularyPhrases();
  defaultCounts = countPhraseMatches(phrases, await readCorpusTexts(resolvePaths().corpora));
});

describe('vocabulary hygiene', () => {
  it('has bench counts for exactly the phrases of the vocabulary', () => {
    const keys = new Set(phrases.map((phrase) => phrase.key));
    const uncounted = [...keys].filter((key) => !benchCounts.has(key));
    const gone = [...benchCounts.keys()].filter((key) => !keys.has(key));
    expect({ uncounted, gone }, `phrases added, changed or removed since the last count: ${RECOUNT}`).toEqual({
      uncounted: [],
      gone: [],
    });
  });

  it.runIf(existsSync(HYGIENE_FILES.bench))('counted the bench corpus as it is now', () => {
    expect(sha256(readFileSync(HYGIENE_FILES.bench)), `the bench corpus changed: ${RECOUNT}`).toBe(counts.bench.sha256);
  });

  it('has no phrase that matches the bundled corpus and at most one bench abstract, unless allow-listed', () => {
    const lifted = findLiftedPhrases(phrases, benchCounts, defaultCounts, allowList.allowed).map(
      (phrase) => `${phrase.key} (bench ${benchCounts.get(phrase.key)}, bundled ${defaultCounts.get(phrase.key)})`,
    );
    expect(
      lifted,
      `phrases that look lifted from one paper: remove them, or list them in ${HYGIENE_FILES.allow} with the reason they are terms of the field`,
    ).toEqual([]);
  });

  it('allow-lists, each with a reason, only rare phrases the vocabulary has', () => {
    expect(allowList.problems).toEqual([]);
    const known = new Set(phrases.map((phrase) => `${phrase.entry}: ${phrase.phrase}`));
    const keyOf = new Map(phrases.map((phrase) => [`${phrase.entry}: ${phrase.phrase}`, phrase.key]));
    const stale = allowList.allowed
      .map((allowed) => `${allowed.entry}: ${allowed.phrase}`)
      .filter((name) => !known.has(name) || (benchCounts.get(keyOf.get(name) as string) ?? 0) > MAX_BENCH_MATCHES);
    expect(stale, 'allow-list entries for phrases the vocabulary no longer has, or that are no longer rare').toEqual(
      [],
    );
  });
});

describe('the hygiene rules', () => {
  const phrase = (entry: string, text: string): VocabularyPhrase => ({
    entry,
    phrase: text,
    prefix: false,
    key: `${entry}: ${text}`,
  });
  const lora = phrase('methods/lora', 'LoRA');
  const once = phrase('taxonomy/vision-backbones', 'pre-training once');

  it('counts the texts a phrase matches, not its occurrences', () => {
    const counts = countPhraseMatches([lora, once], ['LoRA and LoRA again', 'We use LoRA.', 'Nothing here.']);
    expect(Object.fromEntries(counts)).toEqual({ [lora.key]: 2, [once.key]: 0 });
  });

  it.each([
    [0, 1, true],
    [1, 3, true],
    [2, 1, false],
    [0, 0, false],
  ])('with %i bench and %i bundled matches, a phrase is lifted: %s', (bench, bundled, lifted) => {
    const found = findLiftedPhrases([once], new Map([[once.key, bench]]), new Map([[once.key, bundled]]), []);
    expect(found.length > 0).toBe(lifted);
  });

  it('lets an allow-listed phrase through', () => {
    const allowed = [{ entry: 'methods/lora', phrase: 'LoRA', reason: 'a known method' }];
    expect(findLiftedPhrases([lora], new Map([[lora.key, 0]]), new Map([[lora.key, 1]]), allowed)).toEqual([]);
  });

  it('requires a reason for each allowed phrase', () => {
    const { problems } = loadAllowList(
      'allow:\n  - { entry: methods/lora, phrase: LoRA, reason: " " }\n',
      'allow.yaml',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'allow.0.reason: one line saying which known method, model, dataset or term it is',
    ]);
  });
});
