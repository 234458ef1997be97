import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/lib/paths';
import { extractCorpus } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug } from '../../src/pipeline/types';

/**
 * The bundled vocabulary and taxonomy together: a named method the taxonomy reads as evidence of
 * its topic ("RANSAC" of 3D reconstruction) is also a method a paper can use, build on or compare
 * with, and naming it still files the paper under the topic; ordinary words and other fields'
 * letters are no such method.
 */
const paths = resolvePaths();
const loadedVocabulary = loadVocabulary(readFileSync(paths.vocabulary, 'utf8'), paths.vocabulary);
const loadedTaxonomy = loadTaxonomy(readFileSync(paths.taxonomy, 'utf8'), paths.taxonomy);
const vocabulary = loadedVocabulary.vocabulary;
const topics = loadedTaxonomy.topics;

/** The last of `papers` tagged in a corpus of them all, whose acronyms are linked across papers. */
function tagged(title: string, abstract: string, before: ReadonlyArray<[string, string]> = []) {
  const papers = extractCorpus(
    [...before, [title, abstract] as const].map(([paperTitle, paperAbstract], index) => ({
      key: `k${index}`,
      slug: `p${index}` as Slug,
      name: null,
      title: paperTitle,
      abstract: paperAbstract,
      source: { file: 'corpus.txt', line: 1 + 4 * index },
    })),
    { topics, vocabulary },
  );
  const paper = papers.at(-1);
  return {
    relations: paper?.tags.relations.map((relation) => `${relation.type} ${relation.target}`) ?? [],
    methods: paper?.tags.methods.map((tag) => tag.value) ?? [],
    topics: paper?.tags.topics.map((tag) => tag.value) ?? [],
  };
}

describe('the bundled vocabulary and taxonomy', () => {
  it('load without problems', () => {
    expect([...loadedVocabulary.problems, ...loadedTaxonomy.problems]).toEqual([]);
  });

  it.each([
    [
      'RANSAC Revisited: Fast Robust Estimation of Relative Pose',
      'We revisit RANSAC for relative pose estimation and propose an adaptive threshold for it. Our estimator is twice as fast as RANSAC.',
      ['builds-on RANSAC'],
      '3d-reconstruction',
    ],
    [
      'UMAP Projections of Single-Cell Embeddings',
      'We use UMAP to project embeddings of single-cell data, and show that UMAP keeps their clusters apart.',
      ['uses UMAP'],
      'dimensionality-reduction',
    ],
    [
      'Face Editing in the Latent Space of StyleGAN',
      'We use StyleGAN2 to edit portraits, and show that StyleGAN edits keep the identity of the face.',
      ['uses StyleGAN'],
      'generative-adversarial-networks',
    ],
  ])('a named method the taxonomy files a topic under: %s', (title, abstract, relations, topic) => {
    const paper = tagged(title, abstract);
    expect(paper.relations).toEqual(relations);
    expect(paper.topics).toContain(topic);
  });

  it('reads the extended and unscented Kalman filters as the one filter, not as methods of their own', () => {
    const paper = tagged(
      'Star Tracking with Event Cameras',
      'We build on an extended Kalman filter (EKF). Our tracker outperforms the unscented Kalman filter.',
    );
    expect(paper.relations).toEqual(['builds-on Kalman filter', 'compares-with Kalman filter']);
  });

  it('reads a model family version with the vision-language letters glued to it whole', () => {
    expect(tagged('A Reasoner', 'Our reasoner, based on Qwen2.5VL 3B, tops the leaderboard.').relations).toEqual([
      'uses Qwen2.5VL',
    ]);
  });

  it('does not read letters an abstract defines as its own words as the method another paper calls by them', () => {
    const attribution: [string, string] = [
      'Distillation with Integrated Gradients',
      'We augment knowledge distillation with Integrated Gradients (IG), an attribution method, and show that IG guides the student.',
    ];
    const abstract =
      'We augment a knowledge base with tasks carried out by various industry groups (IG). We match each task with suitable IGs by training a neural model.';
    expect(tagged('Matching Tasks with Industry Groups', abstract, [attribution]).relations).toEqual([]);
    expect(
      tagged('Grouping Industries', 'Industry groups (IG) matter. We use the "IG" method to match tasks.', [
        attribution,
      ]).relations,
    ).toEqual([]);
    // The letters still name the method where the abstract does not define them otherwise.
    expect(
      tagged('Explaining Classifiers', 'We explain the classifier using IG and compare it with LIME.', [attribution])
        .relations,
    ).toContain('uses Integrated Gradients');
  });

  it('reads a known method whose name ends in letters the abstract defines as that method', () => {
    // "Deep CCA" is spelled with letters of its own: the abstract's "(CCA)" says nothing against it.
    expect(
      tagged('Multiview Learning', 'Canonical correlation analysis (CCA) is classical. We compare with Deep CCA.')
        .relations,
    ).toContain('compares-with Deep CCA');
    // "LLaMA-MoE" ends in the letters of Mixture of Experts (MoE): a longer name, not those letters.
    expect(
      tagged(
        'Routing Experts Faster',
        'Mixture of Experts (MoE) layers route tokens to experts. We apply our router to LLaMA-MoE and halve its traffic.',
      ).relations,
    ).toContain('uses LLaMA-MoE');
  });

  it.each([
    ['Sleep Staging from Wearables', 'We classify sleep stages S1, S2, S3 and S4 with a small network.'],
    ['Predicting Kidney Failure', 'We predict the need for RRT in intensive care patients from their records.'],
    ['Small Networks for Sensors', 'We design a lean 4-layer convolutional network for sensors.'],
  ])('tags no method in ordinary words or another field’s letters: %s', (title, abstract) => {
    expect(tagged(title, abstract).methods).toEqual([]);
  });
});
