import { describe, expect, it } from 'vitest';
import {
  inDataSense,
  namedAsReleased,
  namedData,
  paperModalities,
  topicModalities,
} from '../../src/pipeline/infer-modalities';
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

describe('paperModalities', () => {
  const terms = [
    { id: 'image', label: 'Image' },
    { id: 'text', label: 'Text' },
    { id: 'multimodal', label: 'Multimodal' },
  ].map((term) => ({ ...term, aliases: [], prefix: false, family: false }));
  const named = (...labels: string[]) => new Map(labels.map((value) => [value, { value, evidence: value }] as const));
  const implied = new Map([['vision-language-models', ['image', 'text']]]);
  const values = (tags: { value: string }[]) => tags.map((tag) => tag.value);

  it('leaves "multimodal" out where two other kinds of data are named', () => {
    expect(values(paperModalities(named('Multimodal', 'Image', 'Text'), [], new Map(), terms))).toEqual([
      'Image',
      'Text',
    ]);
  });

  it('leaves it out where the kinds are implied by a topic', () => {
    const topics = [{ value: 'vision-language-models', evidence: 'VLMs' }];
    expect(values(paperModalities(named('Multimodal'), topics as never, implied as never, terms))).toEqual([
      'Image',
      'Text',
    ]);
  });

  it('keeps it where it is all the paper says of its data, or beside one kind only', () => {
    expect(values(paperModalities(named('Multimodal'), [], new Map(), terms))).toEqual(['Multimodal']);
    expect(values(paperModalities(named('Multimodal', 'Text'), [], new Map(), terms))).toEqual(['Multimodal', 'Text']);
  });
});

describe('namedAsReleased', () => {
  const released = (sentence: string, mention: string) => {
    const start = sentence.indexOf(mention);
    return namedAsReleased(sentence, { start, end: start + mention.length });
  };

  it.each([
    ['Source code at https://github.com/lab/poet.', 'Source code'],
    ['Source code: https://github.com/lab/efficient.', 'Source code'],
    ['The source code is publicly available.', 'source code'],
    ['The relevant source codes and the dataset have been made publicly available at https://x.org.', 'source codes'],
    ['The source code of this model has been released at https://github.com/lab/odin.', 'source code'],
    ['For reproducibility, the source code is publicly at https://github.com/lab/kg.', 'source code'],
    ['To promote reproducibility, we release source code, data schema, and dashboards.', 'source code'],
    ['A Title\nSource code is publicly available at https://x.org.', 'Source code'],
  ])('is what the work releases: %s', (sentence, mention) => {
    expect(released(sentence, mention)).toBe(true);
  });

  it.each([
    ['This visual evidence, alongside the source code, is then assessed by a judge.', 'source code'],
    ['The source code is then parsed into an abstract syntax tree.', 'source code'],
    // Released by others, or found somewhere, not released by the work.
    ['Developers release source code under permissive licenses.', 'source code'],
    ['We mine released source code from GitHub.', 'source code'],
    ['Source code on GitHub is a rich resource for training.', 'Source code'],
    ['Images are available in the public domain.', 'Images'],
    ['Videos are shared on social media at an unprecedented rate.', 'Videos'],
    // A title ends at its line: the abstract's words after it say nothing of the title's mention.
    ['Videos at Scale\nGitHub hosts our pipeline.', 'Videos'],
    // The release is said of the dataset; the scans are what the work reads.
    ['A dataset of CT scans is available at https://x.org.', 'CT scans'],
    ['The source code for the experiments in all our many settings is at https://x.org.', 'source code'],
  ])('is not: %s', (sentence, mention) => {
    expect(released(sentence, mention)).toBe(false);
  });
});

describe('namedData', () => {
  const reading = {
    place: 'method' as const,
    negated: false,
    aside: false,
    evaluation: false,
    ownName: false,
    prefixed: false,
    setting: false,
  };
  const named = (text: string, mentions: Array<[term: string, written: string]>) => {
    const matches = mentions.map(([term, written]) => {
      const start = text.indexOf(written);
      return { term, start, end: start + written.length, text: written };
    });
    const found = namedData(
      text,
      matches,
      matches.map(() => reading),
      [],
      new Set(['Source code']),
    );
    return [...found.keys()];
  };

  it('leaves out code the work says it releases, and keeps code it reads', () => {
    expect(
      named('Title\nThe source code is publicly available at https://x.org.', [['Source code', 'source code']]),
    ).toEqual([]);
    expect(named('Title\nWe summarise source code with an LLM.', [['Source code', 'source code']])).toEqual([
      'Source code',
    ]);
  });

  it('keeps other kinds of data the work releases: a released dataset is data the work reads', () => {
    expect(named('Title\nThe images are publicly available at https://x.org.', [['Image', 'images']])).toEqual([
      'Image',
    ]);
  });
});
