import { describe, expect, it } from 'vitest';
import {
  bootstrapIntervals,
  closeUnderAncestors,
  eitherLabeller,
  evaluate,
  methodKey,
  pairLabels,
  score,
  sizelessTarget,
  type PaperLabel,
} from '../../src/pipeline/evaluate';

const parentOf = new Map<string, string | null>([
  ['fine-tuning', null],
  ['peft', 'fine-tuning'],
  ['lora', 'peft'],
  ['alignment', null],
]);

describe('score', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(score(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(score(3, 1, 2).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('treats nothing predicted and nothing expected as perfect', () => {
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('closeUnderAncestors', () => {
  it('adds every ancestor of every topic', () => {
    expect([...closeUnderAncestors(['lora', 'alignment'], parentOf)].sort()).toEqual([
      'alignment',
      'fine-tuning',
      'lora',
      'peft',
    ]);
  });
});

describe('methodKey', () => {
  it.each([
    ['Sparse MeZO', 'Sparse-MeZO'],
    ['S^{2}FT', 's2ft'],
  ])('%s and %s are the same method', (a, b) => expect(methodKey(a)).toBe(methodKey(b)));
});

describe('evaluate', () => {
  it('gives partial topic credit through shared ancestors', () => {
    const result = evaluate(
      [{ title: 'A', name: 'X', topics: ['peft'], relations: [] }],
      new Map([['A', { title: 'A', name: 'X', topics: ['lora'], relations: [] }]]),
      parentOf,
    );
    // expected {peft, fine-tuning}; predicted {lora, peft, fine-tuning}
    expect(result.topics).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
  });

  it('scores top-level areas on their own: the right area counts whatever the subtopic', () => {
    const result = evaluate(
      [{ title: 'A', name: null, topics: ['peft'], relations: [] }],
      new Map([['A', { title: 'A', name: null, topics: ['lora', 'alignment'], relations: [] }]]),
      parentOf,
    );
    expect(result.areas).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });

  it('scores names exactly and relations by type and target', () => {
    const result = evaluate(
      [
        { title: 'A', name: 'MeZO', topics: [], relations: [{ type: 'compares-with', target: 'LoRA' }] },
        { title: 'B', name: null, topics: [], relations: [{ type: 'builds-on', target: 'DPO' }] },
      ],
      new Map([
        ['A', { title: 'A', name: 'MeZO', topics: [], relations: [{ type: 'builds-on' as const, target: 'LoRA' }] }],
        ['B', { title: 'B', name: 'Foo', topics: [], relations: [{ type: 'builds-on' as const, target: 'dpo' }] }],
      ]),
      parentOf,
    );
    expect(result.names).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(result.relations).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(result.misses.map((m) => `${m.title}:${m.facet}`)).toEqual(['A:relations', 'B:name']);
  });

  it('counts a labelled paper the extractor never saw as all misses', () => {
    const result = evaluate([{ title: 'Z', name: 'N', topics: ['lora'], relations: [] }], new Map(), parentOf);
    expect(result.topics.recall).toBe(0);
    expect(result.names.correct).toBe(0);
  });
});

describe('evaluate beyond names, topics and relations', () => {
  it('counts invented names, untyped targets, datasets and modalities', () => {
    const result = evaluate(
      [
        {
          title: 'A',
          name: null,
          topics: [],
          relations: [{ type: 'uses', target: 'Llama-2' }],
          datasets: ['MS-COCO', 'LVIS'],
          modalities: ['image'],
        },
        { title: 'B', name: null, topics: [], relations: [] },
      ],
      new Map([
        [
          'A',
          {
            title: 'A',
            name: 'Foo',
            topics: [],
            relations: [{ type: 'builds-on' as const, target: 'Llama 2' }],
            datasets: ['MS COCO'],
            modalities: ['image', 'text'],
          },
        ],
        ['B', { title: 'B', name: null, topics: [], relations: [], datasets: ['ImageNet'] }],
      ]),
      parentOf,
    );
    expect(result.inventedNames).toEqual({ invented: 1, unnamed: 2 });
    // The right target with the wrong type counts for targets, not for typed relations.
    expect(result.relations.truePositives).toBe(0);
    expect(result.relationTargets.truePositives).toBe(1);
    // B's labels give no datasets, so its prediction is not scored on them.
    expect(result.datasets).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(result.modalities).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });
});

describe('sizelessTarget', () => {
  it.each([
    ['Llama3 8B', 'Llama3'],
    ['Qwen2.5-7b-Instruct', 'Qwen2.5'],
    ['InternVL3-8B', 'InternVL3'],
    ['Mistral (7B)', 'Mistral'],
    ['GPT-2 124M', 'GPT-2'],
  ])('reads %s as the model %s', (sized, model) => expect(sizelessTarget(sized)).toBe(methodKey(model)));

  it.each(['GSM8K', 'T5', 'ResNet-50', 'Claude 3.5', 'Llama-3'])('keeps %s whole: no parameter count in it', (name) =>
    expect(sizelessTarget(name)).toBe(methodKey(name)),
  );

  it('counts a model written with and without its size as one relation only in the sizeless score', () => {
    const result = evaluate(
      [{ title: 'A', name: null, topics: [], relations: [{ type: 'uses', target: 'Llama-3-8B' }] }],
      new Map([['A', { title: 'A', name: null, topics: [], relations: [{ type: 'uses', target: 'Llama 3' }] }]]),
      new Map(),
    );
    expect(result.relations.truePositives).toBe(0);
    expect(result.relationsSizeless).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });
});

describe('pairLabels', () => {
  const label = (title: string, topics: string[], name: string | null = null): PaperLabel => ({
    title,
    name,
    topics,
    relations: [],
  });
  const first = [label('A', ['peft']), label('B', ['alignment']), label('C', ['lora'])];

  it('keeps the first labels of only the papers the second labeller read, in the second order', () => {
    const { reference, unmatched } = pairLabels(first, [label('C', ['lora']), label('A', ['lora'])]);
    expect(reference.map((paper) => paper.title)).toEqual(['C', 'A']);
    expect(unmatched).toEqual([]);
  });

  it('reports second labels whose title the first set lacks instead of scoring them', () => {
    const { reference, unmatched } = pairLabels(first, [label('A', ['peft']), label('Z', ['peft'])]);
    expect(reference.map((paper) => paper.title)).toEqual(['A']);
    expect(unmatched).toEqual(['Z']);
  });

  it('scores the second labeller like a prediction: agreement on topics, a disagreement on a name', () => {
    const { reference, predictions } = pairLabels(first, [label('A', ['lora'], 'X'), label('B', ['alignment'])]);
    const result = evaluate(reference, predictions, parentOf);
    // A: expected {peft, fine-tuning}, second {lora, peft, fine-tuning}; B agrees exactly.
    expect(result.topics).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 0 });
    expect(result.names).toMatchObject({ correct: 1, total: 2 });
  });
});

describe('bootstrapIntervals', () => {
  /** `count` papers, each named; the first `right` of them predicted with the right name, the rest wrong. */
  function papers(count: number, right: number) {
    const labels: PaperLabel[] = Array.from({ length: count }, (_, i) => ({
      title: `Paper ${i}`,
      name: `Method${i}`,
      topics: ['lora'],
      relations: [],
    }));
    const predictions = new Map(
      labels.map((label, i) => [label.title, { ...label, name: i < right ? label.name : 'Other' }]),
    );
    return { labels, predictions };
  }
  const names = { names: (evaluation: ReturnType<typeof evaluate>) => evaluation.names.accuracy };

  it('gives a score that cannot vary an interval of one point', () => {
    const { labels, predictions } = papers(20, 20);
    expect(bootstrapIntervals(labels, predictions, parentOf, names).names).toEqual([1, 1]);
  });

  it('brackets the score, and narrows as papers are added', () => {
    const few = papers(20, 10);
    const many = papers(400, 200);
    const [fewLow, fewHigh] = bootstrapIntervals(few.labels, few.predictions, parentOf, names).names;
    const [manyLow, manyHigh] = bootstrapIntervals(many.labels, many.predictions, parentOf, names).names;
    expect(fewLow).toBeLessThan(0.5);
    expect(fewHigh).toBeGreaterThan(0.5);
    expect(manyLow).toBeLessThan(0.5);
    expect(manyHigh).toBeGreaterThan(0.5);
    expect(manyHigh - manyLow).toBeLessThan((fewHigh - fewLow) / 2);
  });

  it('gives the same interval on every run', () => {
    const { labels, predictions } = papers(30, 12);
    expect(bootstrapIntervals(labels, predictions, parentOf, names)).toEqual(
      bootstrapIntervals(labels, predictions, parentOf, names),
    );
  });
});

describe('eitherLabeller', () => {
  const label = (title: string, fields: Partial<PaperLabel>): PaperLabel => ({
    title,
    name: null,
    topics: [],
    relations: [],
    ...fields,
  });

  it('gives each paper both labellers’ topics, relations, datasets and modalities, the first labeller’s name', () => {
    const first = [
      label('A', {
        name: 'X',
        topics: ['lora'],
        relations: [{ type: 'uses', target: 'Llama-3' }],
        datasets: ['MS-COCO'],
        modalities: ['text'],
      }),
    ];
    const second = [
      label('A', {
        name: 'Y',
        topics: ['alignment', 'lora'],
        relations: [
          { type: 'uses', target: 'llama 3' },
          { type: 'compares-with', target: 'Llama-3' },
        ],
        datasets: ['MS COCO', 'ImageNet'],
        modalities: ['image'],
      }),
    ];
    const [merged] = eitherLabeller(first, second);
    expect(merged?.name).toBe('X');
    expect(merged?.topics.sort()).toEqual(['alignment', 'lora']);
    // "Llama-3" and "llama 3" are one target; the same target with another type is another relation.
    expect(merged?.relations).toEqual([
      { type: 'uses', target: 'Llama-3' },
      { type: 'compares-with', target: 'Llama-3' },
    ]);
    expect(merged?.datasets).toEqual(['MS-COCO', 'ImageNet']);
    expect(merged?.modalities).toEqual(['text', 'image']);
  });

  it('keeps only papers both labelled, and a facet one labeller did not give as the other gave it', () => {
    const merged = eitherLabeller(
      [label('A', { datasets: ['GSM8K'] }), label('B', {})],
      [label('A', {}), label('C', { topics: ['peft'] })],
    );
    expect(merged.map((paper) => paper.title)).toEqual(['A']);
    expect(merged[0]?.datasets).toEqual(['GSM8K']);
    expect(merged[0]?.modalities).toBeUndefined();
  });

  it('scores a tag either labeller gave as right, so precision against it is at least that against each', () => {
    const first = [label('A', { topics: ['lora'] })];
    const second = [label('A', { topics: ['alignment'] })];
    const predictions = new Map([['A', { title: 'A', name: null, topics: ['lora', 'alignment'], relations: [] }]]);
    expect(evaluate(first, predictions, parentOf).topics.precision).toBeLessThan(1);
    expect(evaluate(eitherLabeller(first, second), predictions, parentOf).topics.precision).toBe(1);
  });
});
