import { describe, expect, it } from 'vitest';
import { relationExtractor } from '../helpers/relations';
import { funnelStage } from '../../scripts/lib/relation-funnel';
import { mentionRecorder, type HeardName } from '../../src/pipeline/extract-relations';

/** What the extractor relates and hears in `abstract`, as `npm run eval -- --funnel` does. */
function read(abstract: string) {
  let heard: readonly HeardName[] = [];
  mentionRecorder.record = (_, names) => (heard = names);
  try {
    const related = relationExtractor([])(abstract).map(({ type, target }) => ({ type, target }));
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
