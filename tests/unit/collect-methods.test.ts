import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from '../../src/pipeline/acronyms';
import { collectMethods } from '../../src/pipeline/collect-methods';
import { sameSense } from '../../src/pipeline/relation-frames';
import type { VocabularyTerm } from '../../src/pipeline/load-vocabulary';
import type { Slug } from '../../src/pipeline/types';

/** A vocabulary term of this label and aliases. */
const term = (label: string, aliases: string[] = []): VocabularyTerm => ({
  id: label.toLowerCase(),
  label,
  aliases,
  prefix: false,
  family: false,
});

/** The methods of a corpus of papers, each `[name, title, abstract]`, with no vocabulary. */
function methodsOf(papers: Array<[string | null, string, string]>) {
  const corpus = papers.map(([name, title, abstract], i) => ({ slug: `paper-${i}` as Slug, name, title, abstract }));
  return collectMethods(
    corpus,
    [],
    corpus.map((paper) => findAcronymDefinitions(paper.abstract)),
  );
}
/**
 * The method the vocabulary's `method` becomes over a corpus of these abstracts (papers that
 * introduce nothing), beside the vocabulary's `models`.
 */
function vocabularyMethod(abstracts: readonly string[], method: VocabularyTerm, models: VocabularyTerm[] = []) {
  const corpus = abstracts.map((abstract, i) => ({
    slug: `paper-${i}` as Slug,
    name: null,
    title: 'A Title',
    abstract,
  }));
  return collectMethods(
    corpus,
    [method],
    corpus.map((paper) => findAcronymDefinitions(paper.abstract)),
    models,
  ).find((entity) => entity.name === method.label);
}
const named = (methods: ReturnType<typeof methodsOf>, alias: string) =>
  methods.find((method) => [...method.aliases].some((a) => a.toLowerCase() === alias.toLowerCase()));

describe('the methods the papers of a corpus introduce', () => {
  it("takes a paper's name with its own long form, not the corpus's first for the same letters", () => {
    const methods = methodsOf([
      [null, 'Tabular Models', 'A multi-layer perceptron (MLP) is our baseline.'],
      ['MLP', 'Fashion Styles', 'We propose Masked Language Prompting (MLP), a prompting strategy.'],
    ]);
    const mlp = methods.find((method) => method.introducedBy === 'paper-1');
    expect([...(mlp?.aliases ?? [])]).toContain('Masked Language Prompting');
    expect([...(mlp?.aliases ?? [])]).not.toContain('multi-layer perceptron');
  });

  it("does not let an acronym most papers spell out as something else name a paper's method", () => {
    const methods = methodsOf([
      ['SOTA', 'SOTA: Segmenting Unknown Regions', 'We propose Segmenting Objectiveness and Task-awareness (SOTA).'],
      [null, 'Paper A', 'It beats the state-of-the-art (SOTA) methods.'],
      [null, 'Paper B', 'Results surpass state of the art (SOTA) baselines.'],
    ]);
    const sota = methods.find((method) => method.introducedBy === 'paper-0');
    expect(sota).toBeDefined();
    expect(named(methods, 'SOTA')).toBeUndefined();
    // Its long form still names it.
    expect(named(methods, 'Segmenting Objectiveness and Task-awareness')).toBe(sota);
  });

  it('keeps an acronym the corpus spells out as the method, however it words it', () => {
    const methods = methodsOf([
      ['MeZO', 'Just Forward Passes', 'We propose a memory-efficient zerothorder optimizer (MeZO).'],
      [null, 'Sparse Steps', 'Memory-efficient Zeroth-order (MeZO) optimizers need forward passes.'],
      [null, 'Other Steps', 'We improve on the memory-efficient zeroth-order optimizer (MeZO).'],
    ]);
    expect(named(methods, 'MeZO')?.introducedBy).toBe('paper-0');
  });

  it("borrows another paper's long form for a name only where the paper spells it out", () => {
    const methods = methodsOf([
      [null, 'Priors', 'A plug-and-play (PnP) prior helps.'],
      ['PnP', 'Latent Solvers', 'Models used in a Plug & Play manner, which we call PnP, fail.'],
      ['LoRA', 'LoRA: Adapting Models', 'We propose Low-Rank Adaptation, or LoRA, for models.'],
      [null, 'Adapters', 'Low-rank adaptation (LoRA) is popular.'],
    ]);
    expect(named(methods, 'plug-and-play')?.introducedBy).toBeUndefined();
    expect(named(methods, 'Low-rank adaptation')?.introducedBy).toBe('paper-2');
  });
});

describe("joining the corpus's acronyms to the methods they name", () => {
  it('joins an acronym by its long form only to a method with no acronym of its own', () => {
    const methods = methodsOf([
      [
        'IA-T2I',
        'IA-T2I: Internet-Augmented Generation',
        'We propose an Internet-Augmented text-to-image generation (IA-T2I) framework.',
      ],
      [null, 'Image Data', 'We generate datasets through text-to-image generation (T2I) models.'],
      ['Zeta Adaptation', 'Zeta Adaptation: Tuning Models', 'We propose Zeta Adaptation for models.'],
      [null, 'Adapters', 'We apply zeta adaptation (ZA) to vision models.'],
    ]);
    expect(named(methods, 'T2I')).toBeUndefined();
    expect(named(methods, 'ZA')?.introducedBy).toBe('paper-2');
  });

  it('does not join to a method an acronym the vocabulary gives a model', () => {
    const abstracts = [
      'We train with zeta-aware minimization (ZAM) for flat minima.',
      'We prompt ZAM to segment cells.',
    ];
    const read = (models: VocabularyTerm[]) => vocabularyMethod(abstracts, term('Zeta-aware minimization'), models);
    expect([...(read([])?.aliases ?? [])]).toContain('ZAM');
    // "ZAM" is the vocabulary's Zeta Anything Model: one paper's definition does not take it over.
    expect([...(read([term('Zeta Anything Model', ['ZAM'])])?.aliases ?? [])]).not.toContain('ZAM');
  });

  it('does not lend a method of the vocabulary an acronym most papers spell out as something else', () => {
    const abstracts = [
      'We sample with rectified flow (RF) in four steps.',
      'A random forest (RF) classifier predicts the label.',
      'The RF front end uses radio frequency (RF) signals.',
      'We compare RF with gradient boosting.',
    ];
    const read = (texts: number[]) =>
      vocabularyMethod(
        texts.map((i) => abstracts[i]!),
        term('Flow matching', ['rectified flow']),
      );
    // One paper's "rectified flow (RF)" lends the letters when no paper spells them out otherwise…
    expect([...(read([0, 3])?.aliases ?? [])]).toContain('RF');
    // …and not when most papers that spell RF out mean something else.
    expect([...(read([0, 1, 2, 3])?.aliases ?? [])]).not.toContain('RF');
  });
});

describe('sameSense', () => {
  it.each([
    ['memory-efficient zerothorder optimizer', 'Memory-efficient Zeroth-order', true],
    ['low-rank adaptation', 'Low-Rank Adaptations', true],
    ['state of the art', 'Segmenting Objectiveness and Task-awareness Unknown Region', false],
    ['multi-layer perceptron', 'Masked Language Prompting', false],
  ])('%s / %s', (a, b, same) => expect(sameSense(a, b)).toBe(same));
});
