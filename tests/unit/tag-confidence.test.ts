import { describe, expect, it } from 'vitest';
import { FACET_NAMES } from '../../src/model/facets';
import { withTagConfidence } from '../../src/pipeline/tag-confidence';
import type { FacetTags } from '../../src/pipeline/types';

const empty = Object.fromEntries(FACET_NAMES.map((facet) => [facet, []])) as unknown as FacetTags;
const methods = (title: string, abstract: string, ...evidence: string[]) =>
  withTagConfidence(
    { ...empty, methods: evidence.map((phrase) => ({ value: phrase, evidence: phrase })) },
    title,
    abstract,
  ).methods.map((tag) => tag.confidence);

describe('withTagConfidence', () => {
  it('ranks a name in the title above one the abstract repeats, above one it names once', () => {
    const [title, repeated, once] = methods(
      'Sparse Adapters',
      'We tune LoRA adapters. Unlike DPO, our LoRA keeps them small.',
      'Sparse Adapters',
      'LoRA',
      'DPO',
    );
    expect(title).toBeGreaterThan(repeated!);
    expect(repeated).toBeGreaterThan(once!);
  });

  it('gives least to a tag with no words of its own in the text', () => {
    const [inferred, named] = methods('A title', 'We use DPO.', 'Text', 'DPO');
    expect(inferred).toBeLessThan(named!);
  });

  it('keeps the confidence an extractor gave', () => {
    const tags = withTagConfidence({ ...empty, methods: [{ value: 'x', evidence: 'x', confidence: 0.35 }] }, 'x', 'x');
    expect(tags.methods[0]?.confidence).toBe(0.35);
  });
});
