import { describe, expect, it } from 'vitest';
import { inDataSense, topicModalities } from '../../src/pipeline/infer-modalities';
import { checkTopicModalities, loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';

const taxonomy = loadTaxonomy(
  `topics:
  - {id: nlp, label: NLP, modalities: [text]}
  - {id: machine-translation, label: Machine translation, parent: nlp}
  - {id: code-generation, label: Code generation, parent: nlp, modalities: [code]}
  - {id: optimization, label: Optimization}
`,
  'taxonomy.yaml',
).topics;

describe('topicModalities', () => {
  it('gives a subtopic its own list, else its nearest ancestor’s, else none', () => {
    const implied = topicModalities(taxonomy);
    expect(implied.get('machine-translation' as never)).toEqual(['text']);
    expect(implied.get('code-generation' as never)).toEqual(['code']);
    expect(implied.get('optimization' as never)).toEqual([]);
  });
});

describe('checkTopicModalities', () => {
  it('names a topic whose modality the vocabulary does not define', () => {
    const vocabulary = loadVocabulary('modalities:\n  - {id: text, label: Text}\n', 'vocabulary.yaml').vocabulary;
    const problems = checkTopicModalities(taxonomy, vocabulary, 'taxonomy.yaml');
    expect(problems.map((problem) => problem.message)).toEqual([
      'topic "code-generation" names modality "code", which content/vocabulary.yaml does not define',
    ]);
  });
});

describe('inDataSense', () => {
  const at = (text: string, word: string, topicEnds: number[] = []) => {
    const start = text.indexOf(word);
    return inDataSense(text, { start, end: start + word.length }, new Set(topicEnds));
  };
  it.each([
    ['an in-depth analysis of tokenizers', 'depth', false],
    ['a depth-wise separable convolution', 'depth', false],
    ['monocular depth estimation from RGB', 'depth', true],
    ['RGB and depth images of scenes', 'depth', true],
  ])('%s: "%s" is data: %s', (text, word, expected) => expect(at(text, word)).toBe(expected));

  it('reads a modality word after a topic as that process’s course ("optimization trajectory")', () => {
    const text = 'we study the optimization trajectory of SGD';
    expect(at(text, 'trajectory', [text.indexOf('optimization') + 'optimization'.length])).toBe(false);
    expect(at('we predict pedestrian trajectory data', 'trajectory')).toBe(true);
  });
});
