import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/lib/paths';
import { extractCorpus } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug } from '../../src/pipeline/types';

/**
 * The bundled vocabulary and taxonomy together: a named method the taxonomy reads as evidence of
 * its topic ("RANSAC" of 3D reconstruction) is also a method a paper can use, build on or compare
 * with, and naming it still files the paper under the topic.
 */
const paths = resolvePaths();
const vocabulary = loadVocabulary(readFileSync(paths.vocabulary, 'utf8'), paths.vocabulary).vocabulary;
const topics = loadTaxonomy(readFileSync(paths.taxonomy, 'utf8'), paths.taxonomy).topics;

function tagged(title: string, abstract: string) {
  const [paper] = extractCorpus(
    [{ key: 'k0', slug: 'p0' as Slug, name: null, title, abstract, source: { file: 'corpus.txt', line: 1 } }],
    { topics, vocabulary },
  );
  return {
    relations: paper?.tags.relations.map((relation) => `${relation.type} ${relation.target}`) ?? [],
    topics: paper?.tags.topics.map((tag) => tag.value) ?? [],
  };
}

describe('a named method the taxonomy files a topic under', () => {
  it.each([
    [
      'RANSAC Revisited: Fast Robust Estimation of Relative Pose',
      'We revisit RANSAC for relative pose estimation and propose an adaptive threshold for it. Our estimator is twice as fast as RANSAC.',
      'builds-on RANSAC',
      '3d-reconstruction',
    ],
    [
      'Learned Features for Point Cloud Classification',
      'We employ PointNet++ to extract features from point clouds, and classify the points with a graph of their neighbours.',
      'uses PointNet++',
      'point-clouds',
    ],
    [
      'UMAP Projections of Single-Cell Embeddings',
      'We use UMAP to project embeddings of single-cell data, and show that UMAP keeps their clusters apart.',
      'uses UMAP',
      'dimensionality-reduction',
    ],
  ])('%s: %s', (title, abstract, relation, topic) => {
    const paper = tagged(title, abstract);
    expect(paper.relations).toContain(relation);
    expect(paper.topics).toContain(topic);
  });
});
