import { describe, expect, it } from 'vitest';
import { weighTopics } from '../../src/pipeline/extract-topics';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import { ownNameSpans, readMentions } from '../../src/pipeline/mention-context';
import type { TopicId } from '../../src/pipeline/types';

/** A small taxonomy: id, parent, phrases. */
const TOPICS: Array<[string, string | null, string[]]> = [
  ['optimization', null, ['optimizer', 'optimization']],
  ['computer-vision', null, ['computer vision']],
  ['image-classification', 'computer-vision', ['image classification']],
  ['language-models', null, ['language modelling', 'language models', 'LLM', 'LLMs']],
  ['reward-modeling', null, ['reward model']],
  ['medical-imaging', null, ['bone', 'x-ray']],
  ['depth', null, ['depth']],
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
