import { describe, expect, it } from 'vitest';
import { weighTopics } from '../../src/pipeline/extract-topics';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import { ownNameSpans, readMentions } from '../../src/pipeline/mention-context';
import type { TaxonomyTopic } from '../../src/pipeline/load-vocabulary';
import type { TopicId } from '../../src/pipeline/types';
import { distributedPhrases, topicPatterns } from '../../src/pipeline/vocabulary-patterns';

/** A small taxonomy: id, parent, phrases. */
const TOPICS: Array<[string, string | null, string[]]> = [
  ['optimization', null, ['optimizer', 'optimization']],
  ['computer-vision', null, ['computer vision']],
  ['image-classification', 'computer-vision', ['image classification']],
  ['nlp', null, ['natural language processing']],
  ['language-models', 'nlp', ['language modelling', 'language models', 'LLM', 'LLMs']],
  ['fairness', null, ['bias', 'fairness']],
  ['reward-modeling', null, ['reward model']],
  ['medical-imaging', null, ['bone', 'x-ray']],
  ['depth', null, ['depth']],
  ['applications', null, ['applied machine learning']],
  ['agriculture', 'applications', ['crop', 'precision agriculture']],
  ['plant-disease', 'agriculture', ['plant disease']],
];
const parentOf = new Map(TOPICS.map(([id, parent]) => [id as TopicId, parent as TopicId | null]));
const matcher = new PhraseMatcher(
  TOPICS.flatMap(([id, , phrases]) => phrases.flatMap((phrase) => compilePhrase(id as TopicId, phrase) ?? [])),
);

function weigh(title: string, abstract: string, name: string | null = null) {
  const text = `${title}\n${abstract}`;
  const result = weighTopics(text, title.length, matcher.match(text), name, { parentOf, common: () => false });
  return {
    topics: result.topics.map((tag) => tag.value),
    evaluatedOn: result.evaluatedOn.map((tag) => tag.value),
    usedModels: result.usedModels.map((tag) => tag.value),
  };
}

describe('weighTopics', () => {
  it('files fields a paper was only evaluated on under evaluatedOn, not its topics', () => {
    const result = weigh(
      'Adan: a faster optimizer',
      'Training deep networks is slow. We propose Adan, a new optimizer. Adan adapts its optimization steps. Experiments on image classification and language modelling show that Adan converges faster.',
    );
    expect(result.topics).toEqual(['optimization']);
    expect(result.evaluatedOn.sort()).toEqual(['image-classification', 'language-models']);
  });

  it('takes a topic from the title or the contribution, not from background alone', () => {
    const result = weigh(
      'A sparse index',
      'Language models are everywhere and language models are large. We propose a sparse optimizer for retrieval.',
    );
    expect(result.topics).toEqual(['optimization']);
  });

  it('never takes a topic from a negated mention', () => {
    for (const abstract of [
      'We propose X, which aligns LLMs without any need for a reward model.',
      'We propose X, which aligns LLMs with no need for a reward model.',
      'We propose X, a reward-model-free way to align LLMs and a reward model free of bias.',
    ])
      expect(weigh('X: aligning LLMs', abstract).topics).not.toContain('reward-modeling');
  });

  it('takes no topic named by one common word alone, which as often has another sense', () => {
    const topics = (title: string, abstract: string) => weigh(title, abstract).topics;
    const cropping = 'We propose X, which learns where to crop each image, and classifies the crop.';
    expect(topics('X: image classification by composition', cropping)).toEqual(['image-classification']);
    // The word's plural and a capital opening a sentence are the same word.
    expect(
      topics('X: image classification by composition', 'Crops hide objects. We propose X, which learns each crop.'),
    ).toEqual(['image-classification']);
    // Where nothing else is stated, a topic named otherwise is the guess before the lone word.
    expect(topics('X', 'We propose X, which learns where to crop each image for image classification.')).toEqual([
      'image-classification',
    ]);
  });

  it('takes a topic named by a common word where the paper names it another way too, or in its title', () => {
    const topics = (title: string, abstract: string) => weigh(title, abstract).topics;
    expect(
      topics('X: yields from images', 'We propose X, which predicts crop yields for precision agriculture.'),
    ).toContain('agriculture');
    // A subtopic's phrase, even one in passing, is the field named another way.
    expect(
      topics(
        'X: yields from images',
        'Plant disease is a concern. We propose X, which predicts the yield of each crop.',
      ),
    ).toContain('agriculture');
    expect(
      topics('Maps of crop yield from space', 'We propose X, which maps each crop from satellite images.'),
    ).toContain('agriculture');
  });

  it('keeps a mention that "not only" affirms', () => {
    expect(
      weigh('X', 'We propose X, which improves not only image classification but also detection of objects.').topics,
    ).toContain('image-classification');
  });

  it('reads a singular acronym, where the abstract also writes its plural, as one model the work uses', () => {
    const result = weigh(
      'X: routing questions to agents',
      'LLMs answer questions. We propose X, an optimizer for LLM agents that routes each question to an LLM. The LLM answers and our optimizer checks each LLM answer.',
    );
    expect(result.topics).toEqual(['optimization']);
    expect(result.usedModels).toEqual(['language-models']);
  });

  it("reads a singular acronym set beside the paper's own name as what the work is, stated", () => {
    const title = 'COOPER: perception and reasoning';
    const text = `${title}\nLLMs struggle with space. We propose COOPER, a unified LLM that reasons over depth. COOPER answers better than other LLMs.`;
    const { topics, usedModels } = weighTopics(text, title.length, matcher.match(text), 'COOPER', {
      parentOf,
      common: () => false,
    });
    // Read as a model the work uses, the same words leave the topic a guess (0.35) from background alone.
    expect(topics.map((tag) => [tag.value, tag.confidence])).toEqual([['language-models', 0.8]]);
    expect(usedModels).toEqual([]);
  });

  it('keeps at most four topics, dropping the one with the least evidence', () => {
    const result = weigh(
      'An optimizer and a reward model for x-ray, depth and language models',
      'We propose an optimizer and a reward model for x-ray, depth and language models. Our optimizer, reward model, x-ray reader and language models work together.',
    );
    expect(result.topics).toHaveLength(4);
    expect(result.topics).not.toContain('depth');
  });

  it("never takes a topic from the paper's own method name", () => {
    const result = weigh(
      'Bone: Block Affine Transformation for LLMs',
      'We propose Bone, a parameter-efficient method for LLMs. Bone groups weights into blocks.',
      'Bone',
    );
    expect(result.topics).not.toContain('medical-imaging');
    expect(result.topics).toContain('language-models');
  });
});

describe('readMentions', () => {
  it('reads a list after an evaluation cue as evaluation throughout', () => {
    const text = 'T\nWe propose X. We test X on image classification, computer vision tasks and language modelling.';
    const readings = readMentions(text, 1, matcher.match(text), null);
    expect(readings.map((reading) => reading.evaluation)).toEqual([true, true, true]);
  });
});

describe('ownNameSpans', () => {
  it('finds the name as a whole word, with a space or hyphen where the name has either', () => {
    const text = 'Sub-Net and XSub-Net differ; Sub Net is ours, Sub-Nets are not, and (Sub-Net) is.';
    expect(ownNameSpans(text, 'Sub-Net').map(({ start, end }) => text.slice(start, end))).toEqual([
      'Sub-Net',
      'Sub Net',
      'Sub-Net',
    ]);
    expect(ownNameSpans(text, 'Sub-Net').map((span) => span.start)).toEqual([
      0,
      text.indexOf('Sub Net'),
      text.indexOf('(Sub-Net)') + 1,
    ]);
  });
});

describe('a topic most of the corpus names', () => {
  const weighCommon = (title: string, abstract: string) => {
    const text = `${title}\n${abstract}`;
    const common = (id: TopicId) => id === 'image-classification';
    return weighTopics(text, title.length, matcher.match(text), null, { parentOf, common }).topics.map((t) => t.value);
  };

  it('is filed when the title names it: a title says what the paper is about however common its topic', () => {
    expect(
      weighCommon('Faster image classification with a new optimizer', 'We propose a cheaper optimizer.').sort(),
    ).toEqual(['image-classification', 'optimization']);
  });

  it('needs more than one statement of the contribution when the title does not name it', () => {
    const [title, abstract] = [
      'A cheaper optimizer',
      'We propose a cheaper optimizer for image classification. We show that it makes image classification faster.',
    ];
    expect(weighCommon(title, abstract)).toEqual(['optimization']);
    // The same words about a topic few papers name are enough.
    expect(weigh(title, abstract).topics).toEqual(['optimization', 'image-classification']);
  });
});

describe('a topic most of the corpus names, named in the title as where the work is done', () => {
  const topicsOf = (title: string, abstract: string, common: (id: TopicId) => boolean) => {
    const text = `${title}\n${abstract}`;
    return weighTopics(text, title.length, matcher.match(text), null, { parentOf, common }).topics.map((t) => t.value);
  };
  const llmsAreCommon = (id: TopicId) => id === 'language-models';
  const rare = () => false;

  it.each([
    [
      'bias found in the place it is studied',
      'Gender bias in LLMs',
      'We propose a test of gender bias. LLMs answer it.',
    ],
    ['a qualified place', 'Regional bias in open-weight LLMs', 'We propose a test of regional bias.'],
    ['an instrument', 'Summarising court rulings with LLMs', 'We propose an optimizer for summaries.'],
    ['an instrument after the name', 'LLM-based grading of essays', 'We propose a new optimizer for grading.'],
  ])('is its backdrop, not its topic: %s', (_, title, abstract) => {
    expect(topicsOf(title, abstract, llmsAreCommon)).not.toContain('language-models');
  });

  it('is still filed when the abstract states it as the contribution again and again', () => {
    expect(
      topicsOf(
        'Gender bias in LLMs',
        'We study how LLMs learn gender bias. We propose to retrain LLMs on balanced text. We show that our LLMs are fairer.',
        llmsAreCommon,
      ),
    ).toContain('language-models');
  });

  it.each([
    ['the subject of the title', 'LLMs forget what they read', 'We propose a test of forgetting.'],
    ['what the title does something to', 'Adaptation of LLMs to court rulings', 'We propose an optimizer.'],
    ['a qualifier of what the work is done in', 'A cache in faster LLM inference', 'We propose a cache.'],
    ['the object of a verb', 'Bias in fine-tuning LLMs', 'We propose a test of bias.'],
    ['what the work is for', 'A faster optimizer for LLMs', 'We propose a faster optimizer.'],
  ])('is filed when the title names it as %s', (_, title, abstract) => {
    expect(topicsOf(title, abstract, llmsAreCommon)).toContain('language-models');
  });

  it('is filed from a title that names a rarer topic in that place: the field the work is done in', () => {
    expect(topicsOf('Gender bias in LLMs', 'We propose a test of gender bias.', rare)).toContain('language-models');
  });
});

describe('readMentions in a title', () => {
  /** Each mention of the text once (a label and an alias may match the same words), with whether it reads as the setting. */
  const settingsIn = (text: string, titleLength: number) => {
    const matches = matcher.match(text);
    const readings = readMentions(text, titleLength, matches, null);
    return Object.fromEntries(matches.map((match, index) => [match.text, readings[index]?.setting]));
  };
  const settings = (title: string) => settingsIn(`${title}\nWe propose X.`, title.length);

  it('reads a mention after "in", "by" or an instrument cue as the setting', () => {
    expect(settings('Bias in LLMs')).toEqual({ Bias: false, LLMs: true });
    expect(settings('Grading essays using pretrained LLMs')).toEqual({ LLMs: true });
    expect(settings('LLM-guided grading')).toEqual({ LLM: true });
  });

  it('does not read a mention that qualifies the noun after it, or one the title does something to', () => {
    expect(settings('An optimizer in LLM inference')).toEqual({ optimizer: false, LLM: false });
    expect(settings('Bias in fine-tuning LLMs')).toEqual({ Bias: false, LLMs: false });
    expect(settings('An optimizer for LLMs')).toEqual({ optimizer: false, LLMs: false });
    expect(settings('A survey of LLMs')).toEqual({ LLMs: false });
    expect(settings('Bias and LLMs')).toEqual({ Bias: false, LLMs: false });
  });

  it('never reads an abstract mention as the setting', () => {
    expect(settingsIn('T\nWe measure bias in LLMs.', 1)).toEqual({ bias: false, LLMs: false });
  });
});

describe('a coordinated topic label', () => {
  const coordinated = [
    { id: 'visual-reasoning', label: 'Visual and multimodal reasoning', parent: null, aliases: [] },
    { id: 'semi-supervised', label: 'Semi- and weakly supervised learning', parent: null, aliases: [] },
    { id: 'settings', label: 'Learning settings and paradigms', parent: null, aliases: [] },
    { id: 'restoration', label: 'Image restoration and low-level vision', parent: null, aliases: [] },
  ] as unknown as TaxonomyTopic[];
  const labels = new PhraseMatcher(topicPatterns(coordinated));
  const topicsIn = (sentence: string) => labels.match(sentence).map((match) => match.term);

  it.each([
    ['Visual and multimodal reasoning', ['Visual reasoning']],
    ['Semi- and weakly supervised learning', ['Semi-supervised learning']],
    ['Audio, speech and music generation', ['Audio generation', 'speech generation']],
    ['Learning settings and paradigms', []],
    ['Image restoration and low-level vision', []],
    ['Fairness and bias', []],
  ])('"%s" also names %j', (label, phrases) => {
    expect(distributedPhrases(label)).toEqual(phrases);
  });

  it('is matched by each modifier with the shared head', () => {
    expect(topicsIn('We benchmark the visual reasoning of vision-language models.')).toEqual(['visual-reasoning']);
    expect(topicsIn('A semi-supervised learning recipe for tumour scans.')).toEqual(['semi-supervised']);
  });

  it('is not matched by a part the coordination does not share', () => {
    expect(topicsIn('A new learning paradigm for agents.')).toEqual([]);
    expect(topicsIn('Restoration of old photographs with a low-level prior.')).toEqual([]);
    expect(topicsIn('Multimodal fusion helps reasoning about charts.')).toEqual([]);
  });
});
