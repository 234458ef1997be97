import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPhraseCache } from '../../scripts/lib/phrase-cache';
import { extractCorpus } from '../../src/pipeline/extract';
import {
  nounPhrases,
  phraseMemoKey,
  weighByRole,
  weighedPhrases,
  type Candidate,
  type NounPhraseMemo,
} from '../../src/pipeline/keyphrases';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug } from '../../src/pipeline/types';

const taxonomy = loadTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8'), 'content/taxonomy.yaml');
const vocabulary = loadVocabulary(
  readFileSync('content/vocabulary.yaml', 'utf8'),
  'content/vocabulary.yaml',
).vocabulary;
const papers = [
  [
    'MeZO',
    'Fine-Tuning Language Models with Just Forward Passes',
    'We propose a memory-efficient zeroth-order optimizer (MeZO) for fine-tuning large language models.',
  ],
  [
    'S2FT',
    'Structured Sparse Fine-Tuning',
    'S2FT builds on LoRA and applies structured sparsity to parameter-efficient fine-tuning of language models.',
  ],
  [
    null,
    'A Survey of Preference Optimisation',
    'This survey reviews direct preference optimization and reward models for alignment.',
  ],
].map(([name, title, abstract], index) => ({
  key: `k${index}`,
  slug: `p${index}` as Slug,
  name: name ?? null,
  title: title as string,
  abstract: abstract as string,
  source: { file: 'corpus.txt', line: index * 4 + 1 },
}));

function recordingMemo(seed: Record<string, Candidate[]> = {}): NounPhraseMemo & { sets: number } {
  const stored = new Map(Object.entries(seed));
  const memo = {
    sets: 0,
    get: (text: string) => stored.get(text),
    set: (text: string, phrases: Candidate[]) => {
      memo.sets += 1;
      stored.set(text, phrases);
    },
  };
  return memo;
}

describe('extractCorpus with remembered noun phrases', () => {
  const plain = extractCorpus(papers, { topics: taxonomy.topics, vocabulary });

  it('tags exactly as without a memo, whether the memo is empty or filled', () => {
    const memo = recordingMemo();
    expect(extractCorpus(papers, { topics: taxonomy.topics, vocabulary, nounPhraseMemo: memo })).toEqual(plain);
    expect(memo.sets).toBe(papers.length);
    expect(extractCorpus(papers, { topics: taxonomy.topics, vocabulary, nounPhraseMemo: memo })).toEqual(plain);
    expect(memo.sets).toBe(papers.length);
  });

  it('remembers each phrase weighed by where it is, so a later build weighs no text again', () => {
    const memo = recordingMemo();
    extractCorpus(papers, { topics: taxonomy.topics, vocabulary, nounPhraseMemo: memo });
    for (const { title, abstract } of papers) {
      const text = `${title}. ${abstract}`;
      const remembered = memo.get(phraseMemoKey(title, abstract))!;
      expect(remembered.length).toBeGreaterThan(0);
      expect(remembered).toEqual(weighByRole(nounPhrases(text, vocabulary.generic), text, title.length));
      expect(remembered).toEqual(weighedPhrases(title, abstract, vocabulary.generic));
      // A phrase of the title or of the sentence stating the contribution weighs more than one.
      expect(remembered.some((phrase) => phrase.weight !== 1)).toBe(true);
    }
  });

  it('takes the phrases of a text from the memo instead of parsing it', () => {
    const first = papers[0]!;
    const memo = recordingMemo({
      [phraseMemoKey(first.title, first.abstract)]: [
        { key: 'remembered phrase', surface: 'remembered phrase', at: 0, weight: 1 },
      ],
    });
    const tagged = extractCorpus(papers, { topics: taxonomy.topics, vocabulary, nounPhraseMemo: memo });
    expect(tagged[0]!.tags.keyphrases).toContain('remembered phrase');
    expect(plain[0]!.tags.keyphrases).not.toContain('remembered phrase');
  });
});

describe('loadPhraseCache keeps noun phrases between builds', () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-phrases-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const phrases = [{ key: 'zeroth-order optimizer', surface: 'zeroth-order optimizer', at: 0 }];

  it('gives back what an earlier build saved, for the same generic words only', async () => {
    const first = await loadPhraseCache(folder, new Set(['novel']));
    expect(first.get('some text')).toBeUndefined();
    first.set('some text', phrases);
    await first.save();
    expect((await loadPhraseCache(folder, new Set(['novel']))).get('some text')).toEqual(phrases);
    expect((await loadPhraseCache(folder, new Set(['novel', 'results']))).get('some text')).toBeUndefined();
  });

  it('keeps only the texts of the last build', async () => {
    const earlier = await loadPhraseCache(folder, new Set());
    earlier.set('old text', phrases);
    await earlier.save();
    const later = await loadPhraseCache(folder, new Set());
    later.set('new text', phrases);
    await later.save();
    const reloaded = await loadPhraseCache(folder, new Set());
    expect(reloaded.get('new text')).toEqual(phrases);
    expect(reloaded.get('old text')).toBeUndefined();
  });
});
