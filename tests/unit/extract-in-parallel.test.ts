import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractInParallel } from '../../scripts/lib/extract-in-parallel';
import { neverFilter } from '../../src/pipeline/curation/never';
import type { NeverRule } from '../../src/pipeline/curation/types';
import {
  extractCorpus,
  fieldTerms,
  type PaperTagsMemo,
  type PaperText,
  type TextReading,
  type TextReadingMemo,
} from '../../src/pipeline/extract';
import { settleMethodNames } from '../../src/pipeline/extract-name';
import { matchTextKey, recordedMatches, type MethodMatchRecord } from '../../src/pipeline/method-match-record';
import type { Candidate, NounPhraseMemo } from '../../src/pipeline/keyphrases';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import { normaliseEntries } from '../../src/pipeline/normalise';
import { readCorpusFile } from '../../src/pipeline/read-corpus-file';
import type { PaperTags, Slug } from '../../src/pipeline/types';

const { topics } = loadTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8'), 'content/taxonomy.yaml');
const { vocabulary } = loadVocabulary(readFileSync('content/vocabulary.yaml', 'utf8'), 'content/vocabulary.yaml');
// The bundled corpus, named as the content stage names it, so papers introduce methods others relate to.
const drafts = normaliseEntries(
  readCorpusFile(readFileSync('content/corpus/trending-papers.txt', 'utf8'), 'trending-papers.txt').entries,
).papers;
const names = settleMethodNames(drafts, fieldTerms(topics, vocabulary));
const papers = drafts.map((draft, index) => ({ ...draft, slug: `p${index}` as Slug, name: names[index] ?? null }));

/**
 * wink's parser learns from each text it reads, so the noun phrases of a text depend on what this
 * process parsed before: both runs take them from one memo, filled by the first.
 */
const phrases = new Map<string, Candidate[]>();
const phraseMemo: NounPhraseMemo = { get: (text) => phrases.get(text), set: (text, found) => phrases.set(text, found) };

const rules: NeverRule[] = [
  { facet: 'topics', id: 'language-models', phrase: 'language model', line: 1 },
  { facet: 'methods', id: 'LoRA', phrase: 'LoRA', line: 2 },
  { facet: 'topics', id: 'language-models', phrase: 'no such words anywhere', line: 3 },
];

function countingMemo(
  stored = new Map<string, PaperTags>(),
): PaperTagsMemo & { hits: number; misses: number; stored: Map<string, PaperTags> } {
  const memo = {
    version: 'test',
    hits: 0,
    misses: 0,
    get(key: string) {
      const found = stored.get(key);
      if (found) memo.hits += 1;
      else memo.misses += 1;
      return found;
    },
    set: (key: string, tags: PaperTags) => void stored.set(key, tags),
    keptKeys: () => stored.keys(),
    stored,
  };
  return memo;
}

/** Readings by title, as the cache file gives them back (through JSON), counting what is read afresh. */
function readingMemo(
  seed = new Map<string, TextReading>(),
): TextReadingMemo & { read: string[]; stored: Map<string, TextReading> } {
  const stored = new Map(
    [...seed].map(([title, reading]) => [title, JSON.parse(JSON.stringify(reading)) as TextReading]),
  );
  const memo = {
    read: [] as string[],
    stored,
    get: (paper: PaperText) => stored.get(paper.title),
    set(paper: PaperText, reading: TextReading) {
      memo.read.push(paper.title);
      stored.set(paper.title, reading);
    },
  };
  return memo;
}

describe('extractInParallel', () => {
  // A worker that fails is replaced by the main thread with the same tags and a warning: no warning, no failure.
  const warn = vi.spyOn(console, 'warn');
  afterEach(() => expect(warn).not.toHaveBeenCalled());
  const oneThread = extractCorpus(papers, { topics, vocabulary, nounPhraseMemo: phraseMemo });
  const oneThreadNever = neverFilter(rules);
  const oneThreadRuled = extractCorpus(papers, {
    topics,
    vocabulary,
    nounPhraseMemo: phraseMemo,
    never: oneThreadNever,
  });

  it('tags a corpus with a worker thread exactly as one thread does, and finds the same never rules used', async () => {
    const never = neverFilter(rules);
    const tagged = await extractInParallel(
      papers,
      { topics, vocabulary, nounPhraseMemo: phraseMemo, never },
      { threads: 1 },
    );
    expect(tagged).toEqual(oneThreadRuled);
    expect(tagged).not.toEqual(oneThread);
    expect(tagged.some((paper) => paper.tags.relations.length > 0)).toBe(true);
    const lines = (filter: typeof never) => [...filter.usedRules()].map((rule) => rule.line).sort();
    expect(lines(never)).toEqual(lines(oneThreadNever));
    expect(lines(never)).not.toContain(3);
  }, 60_000);

  it('asks the tags memo for every paper, and gives the tags it kept', async () => {
    const memo = countingMemo();
    const context = { topics, vocabulary, nounPhraseMemo: phraseMemo, paperTagsMemo: memo };
    expect(await extractInParallel(papers, context, { threads: 1 })).toEqual(oneThread);
    expect([memo.hits, memo.misses, memo.stored.size]).toEqual([0, papers.length, papers.length]);

    const again = countingMemo(memo.stored);
    const kept = await extractInParallel(papers, { ...context, paperTagsMemo: again }, { threads: 1 });
    expect(kept).toEqual(oneThread);
    expect([again.hits, again.misses]).toEqual([papers.length, 0]);
    // Kept tags are the memo's own objects, not copies made by the worker.
    expect(kept.every((paper) => [...memo.stored.values()].includes(paper.tags))).toBe(true);
  }, 60_000);

  it('records each text’s method matches, and a later build takes those that still hold and matches the rest', async () => {
    const matchMemo = (recorded: MethodMatchRecord | null) => {
      const memo = {
        recorded,
        kept: null as MethodMatchRecord | null,
        keep: (record: MethodMatchRecord) => void (memo.kept = record),
      };
      return memo;
    };
    const context = { topics, vocabulary, nounPhraseMemo: phraseMemo };
    // The corpus without one paper that introduces a method, then whole: the paper's method is new.
    const introducing = papers.findLastIndex((paper) => paper.name !== null);
    const first = matchMemo(null);
    await extractInParallel(
      papers.filter((_, index) => index !== introducing),
      { ...context, paperTagsMemo: countingMemo(), methodMatchMemo: first },
      { threads: 1 },
    );
    const later = matchMemo(first.kept);
    const tagged = await extractInParallel(
      papers,
      { ...context, paperTagsMemo: countingMemo(), methodMatchMemo: later },
      { threads: 1 },
    );
    expect(tagged).toEqual(oneThread);
    // What the later build recorded is what a build with no record finds.
    const fresh = matchMemo(null);
    extractCorpus(papers, { ...context, paperTagsMemo: countingMemo(), methodMatchMemo: fresh });
    expect(later.kept).toEqual(fresh.kept);
    // Most texts' recorded matches held; every one that held is the text's matches now.
    const held = recordedMatches(first.kept, fresh.kept!.phrases, papers);
    expect(held.filter((digest) => digest !== null).length).toBeGreaterThan(papers.length / 2);
    held.forEach((digest, index) => {
      const { title, abstract } = papers[index]!;
      if (digest !== null) expect(digest).toBe(fresh.kept!.texts[matchTextKey(title, abstract)]);
    });
    expect(held[introducing]).toBeNull();
  }, 60_000);

  it('reads only the texts the reading memo has no reading for, and tags as if it had read them all', async () => {
    const context = { topics, vocabulary, nounPhraseMemo: phraseMemo };
    const first = readingMemo();
    expect(await extractInParallel(papers, { ...context, textReadingMemo: first }, { threads: 1 })).toEqual(oneThread);
    expect(first.read).toHaveLength(papers.length);

    // A day later one paper is new: it alone is read, the others' readings come from the memo.
    const newPaper = papers[3]!.title;
    const kept = new Map([...first.stored].filter(([title]) => title !== newPaper));
    for (const threads of [1, 0]) {
      const later = readingMemo(kept);
      expect(await extractInParallel(papers, { ...context, textReadingMemo: later }, { threads })).toEqual(oneThread);
      expect(later.read).toEqual([newPaper]);
    }
  }, 60_000);

  it('takes a text’s reading from the memo instead of reading the text', async () => {
    // A reading that finds no acronym or topic where the text has them: the tags follow the memo.
    const first = papers[0]!;
    const blank: TextReading = {
      definitions: [],
      topicMatches: [],
      framed: { datasets: [], things: [] },
      datasetMatches: [],
    };
    const memo = readingMemo(new Map([[first.title, blank]]));
    const tagged = await extractInParallel(
      papers,
      { topics, vocabulary, nounPhraseMemo: phraseMemo, textReadingMemo: memo },
      { threads: 1 },
    );
    expect(oneThread[0]!.tags.topics.length).toBeGreaterThan(0);
    expect(tagged[0]!.tags.topics).toEqual([]);
    expect(tagged.slice(1)).toEqual(oneThread.slice(1));
  }, 60_000);
});
