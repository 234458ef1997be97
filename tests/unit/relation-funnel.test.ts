import { describe, expect, it } from 'vitest';
import { relationExtractor } from '../helpers/relations';
import { countByFrame, countTypeConfusions, funnelStage, ruledOutBy } from '../../scripts/lib/relation-funnel';
import type { RelationInput } from '../../src/pipeline/extract-relations';
import { mentionRecorder, type HeardName } from '../../src/pipeline/extract-relations';

/** What the extractor relates and hears in `abstract`, as `npm run eval -- --funnel` does. */
function read(abstract: string, input: Partial<RelationInput> = {}) {
  let heard: readonly HeardName[] = [];
  mentionRecorder.record = (_, names) => (heard = names);
  try {
    const related = relationExtractor([])(abstract, input).map(({ type, target }) => ({ type, target }));
    return { related, heard };
  } finally {
    mentionRecorder.record = undefined;
  }
}

describe('where a labelled relation was lost', () => {
  it.each([
    ['Our model outperforms FooNet-2 on every benchmark.', 'compares-with', 'FooNet-2', 'related, with its type'],
    ['Our model outperforms FooNet-2 on every benchmark.', 'uses', 'FooNet-2', 'related, with another type'],
    // Read as a name in a sentence no rule relates it from.
    [
      'FooNet-2 was released last year. We study long inputs.',
      'uses',
      'FooNet-2',
      'read as a name, no rule relates it',
    ],
    // The paper's own name is never a target, whatever a labeller says.
    [
      'We propose FooNet-2. FooNet-2 outperforms BarNet-3.',
      'builds-on',
      'FooNet-2',
      'read as a name, ruled out as no target',
    ],
    [
      'Our model outperforms FooNet-2-XL on every benchmark.',
      'compares-with',
      'FooNet-2',
      'read under a longer or shorter name',
    ],
    ['Our model outperforms the conventional baseline.', 'compares-with', 'baseline', 'not read as a name'],
    ['Our model outperforms others.', 'compares-with', 'BarNet', 'not written in the abstract as labelled'],
  ] as const)('%s (%s %s): %s', (abstract, type, target, stage) => {
    const { related, heard } = read(abstract);
    expect(funnelStage({ type, target }, related, heard, abstract)).toBe(stage);
  });
});

describe('why a labelled relation was ruled out', () => {
  it.each([
    ['We propose FooNet-2. FooNet-2 outperforms BarNet-3.', {}, 'FooNet-2', 'own name'],
    [
      'Our pipeline uses FooNet-2 for retrieval.',
      { title: 'FooNet-2 for Long Inputs' },
      'FooNet-2',
      'named in the title',
    ],
    [
      'Our model outperforms FooNet-2 on every benchmark.',
      { isNotMethod: (name: string) => name === 'FooNet-2' },
      'FooNet-2',
      'not a method',
    ],
    ['Our model improves over FooNet-2 metrics on every benchmark.', {}, 'FooNet-2', 'measure'],
  ] as const)('%s: %s', (abstract, input, target, refusal) => {
    const { related, heard } = read(abstract, input);
    const label = { type: 'compares-with', target } as const;
    expect(funnelStage(label, related, heard, abstract)).toBe('read as a name, ruled out as no target');
    expect(ruledOutBy(label, related, heard)).toBe(refusal);
  });

  it('names no rule for a relation another frame related, though the reading of its name was ruled out', () => {
    // "a novel Mamba-based framework": the name reads as a family, the phrase as what the work builds on.
    const label = { type: 'builds-on', target: 'Mamba' } as const;
    const heard = [{ name: 'Mamba', target: false, ruledOutBy: 'category' as const }];
    expect(ruledOutBy(label, [], heard)).toBe('category');
    expect(ruledOutBy(label, [{ type: 'uses', target: 'Mamba' }], heard)).toBeNull();
  });
});

describe('countByFrame', () => {
  it('counts what each frame read, and how much of it the labels hold with its type and with its target', () => {
    const labelled = [
      { type: 'compares-with', target: 'LoRA' },
      { type: 'uses', target: 'Llama-3 8B' },
    ] as const;
    const counts = countByFrame(
      new Map(),
      [
        { type: 'compares-with', target: 'LoRA', frame: 'cue-object' },
        // The right target under another type, and a spelling the labels' key folds together.
        { type: 'builds-on', target: 'llama 3 8b', frame: 'cue-object' },
        { type: 'compares-with', target: 'DoRA', frame: 'nearest-cue' },
      ],
      labelled,
    );
    expect(counts.get('cue-object')).toEqual({ read: 2, typed: 1, targets: 2 });
    expect(counts.get('nearest-cue')).toEqual({ read: 1, typed: 0, targets: 0 });
    // A second paper adds to the same counts.
    countByFrame(counts, [{ type: 'uses', target: 'Llama-3 8B', frame: 'nearest-cue' }], labelled);
    expect(counts.get('nearest-cue')).toEqual({ read: 2, typed: 1, targets: 1 });
  });
});

describe('countTypeConfusions', () => {
  it('counts each target found with other types than labelled, by the pair of type sets, once per target', () => {
    const labelled = [
      { type: 'compares-with', target: 'LoRA' },
      { type: 'uses', target: 'Llama-3 8B' },
      { type: 'compares-with', target: 'Llama-3 8B' },
      { type: 'builds-on', target: 'SAM' },
      { type: 'uses', target: 'CLIP' },
    ] as const;
    const counts = countTypeConfusions(
      new Map(),
      [
        { type: 'uses', target: 'LoRA' },
        // A spelling the labels' key folds together, read one of the two ways it is labelled.
        { type: 'uses', target: 'llama 3 8b' },
        // Found with its type: typed right, not counted.
        { type: 'builds-on', target: 'SAM' },
        // Not found at all (CLIP), or not labelled (DoRA): finding, not typing.
        { type: 'compares-with', target: 'DoRA' },
      ],
      labelled,
    );
    expect(Object.fromEntries(counts)).toEqual({
      'compares-with → uses': 1,
      'compares-with + uses → uses': 1,
    });
    // A second paper adds to the same counts.
    countTypeConfusions(counts, [{ type: 'uses', target: 'LoRA' }], [{ type: 'compares-with', target: 'LoRA' }]);
    expect(counts.get('compares-with → uses')).toBe(2);
    // Two sizes of one model labelled are one target, counted once.
    const sized = countTypeConfusions(
      new Map(),
      [{ type: 'uses', target: 'Llama-3' }],
      [
        { type: 'uses', target: 'Llama-3 8B' },
        { type: 'compares-with', target: 'Llama-3 70B' },
      ],
    );
    expect(Object.fromEntries(sized)).toEqual({ 'compares-with + uses → uses': 1 });
  });
});

describe('the frames a relation was read in (`npm run eval -- --frames`)', () => {
  it('tells each relation the extractor keeps with the frame that first read it', () => {
    const told: Array<[string, string, string]> = [];
    mentionRecorder.frames = (_, relations) =>
      told.push(
        ...relations.map(({ relation, frame }): [string, string, string] => [relation.type, relation.target, frame]),
      );
    try {
      const related = relationExtractor([])(
        'Our method outperforms ZetaNet-7B. Traditional tools such as FooTool and BarTool have long served.',
      );
      expect(told.map(([type, target]) => `${type} ${target}`).sort()).toEqual(
        related.map(({ type, target }) => `${type} ${target}`).sort(),
      );
      expect(told).toContainEqual(['compares-with', 'ZetaNet', 'cue-object']);
    } finally {
      mentionRecorder.frames = undefined;
    }
  });
});
