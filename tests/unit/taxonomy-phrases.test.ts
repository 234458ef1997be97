import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/pipeline/load-vocabulary';
import { PhraseMatcher } from '../../src/pipeline/match-terms';
import { topicPatterns } from '../../src/pipeline/vocabulary-patterns';

const { topics } = loadTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8'), 'content/taxonomy.yaml');
const matcher = new PhraseMatcher(topicPatterns(topics));
const topicsIn = (text: string) => [...new Set(matcher.match(text).map((match) => match.term))];

describe('the bundled taxonomy', () => {
  it.each([
    // "Segmentation" heads the name of a segmentation task, whatever is segmented.
    ['Repurposing SAM2 for Generalizable Video Polyp Segmentation', 'image-segmentation'],
    ['Echocardiography Video Segmentation via Key-Value Memory', 'image-segmentation'],
    ['Active Learning for Semiconductor Defect Segmentation', 'image-segmentation'],
  ])('files %j under %s', (text, topic) => {
    expect(topicsIn(text)).toContain(topic);
  });
});
