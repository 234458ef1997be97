import { describe, expect, it } from 'vitest';
import { oneReadingPerMention } from '../../src/pipeline/relation-one-reading';
import type { Relation, RelationType } from '../../src/pipeline/types';
import { knownMethod, relationReader } from '../helpers/relations';

const model = (name: string) => knownMethod(name, [], { model: true });
const read = relationReader([
  model('Llama3'),
  model('GPT-4o-mini'),
  model('PaLM2'),
  model('Gemma2'),
  model('CLIP'),
  knownMethod('RetinaNet'),
  knownMethod('TimeSformer'),
  knownMethod('RSF', ['Rejection Sampling Finetuning']),
]);

function relation(type: RelationType, target: string, evidence: string): Relation {
  return { type, target, targetSlug: null, evidence, confidence: 0.8, source: 'extracted' };
}

describe('one reading of one mention', () => {
  it.each<[string, string, string[]]>([
    // "evaluate" and "using" both reach the names; "using" is nearer and governs them.
    [
      'the nearer cue governs',
      'We evaluate the pipeline using multiple LLMs (Llama3-8B and GPT-4o-mini).',
      ['uses GPT-4o-mini', 'uses Llama3'],
    ],
    [
      'a development of a name written before the noun of a part: one reading, a use',
      'Building on the TimeSformer backbone, our model introduces a fusion module.',
      ['uses TimeSformer'],
    ],
    // A participle before the name is its adjective, not a verb of use: the comparison governs.
    [
      'a participle as an adjective governs nothing',
      'Our model surpasses massive closed LLMs such as GPT-4o-mini and finetuned PaLM2.',
      ['compares-with GPT-4o-mini', 'compares-with PaLM2'],
    ],
    // The cue inside a defined name is part of the name, not before it.
    [
      'a cue inside the long form of letters',
      'We fine-tune the LLM with a preference-conditioned variant of Rejection Sampling Finetuning (RSF).',
      ['builds-on RSF'],
    ],
  ])('%s', (_, abstract, expected) => {
    expect(read(abstract).sort()).toEqual(expected);
  });

  it('keeps both readings where a cue takes the nearer cue’s noun phrase as its object', () => {
    expect(read('Our module improves the baseline RetinaNet by a large margin.').sort()).toEqual([
      'builds-on RetinaNet',
      'compares-with RetinaNet',
    ]);
  });

  it('keeps a name written twice in the sentence, each mention with its own reading', () => {
    const sentence = 'Our scorer based on CLIP even outperforms CLIP at half the size.';
    const kept = oneReadingPerMention(
      [relation('builds-on', 'CLIP', sentence), relation('compares-with', 'CLIP', sentence)],
      () => new Set([sentence]),
    );
    expect(kept.map((r) => r.type).sort()).toEqual(['builds-on', 'compares-with']);
  });

  it('keeps a reading that another sentence gives too', () => {
    const sentence = 'We evaluate the pipeline using Llama3-8B.';
    const compared = relation('compares-with', 'Llama3', sentence);
    const used = relation('uses', 'Llama3', sentence);
    const twice = new Set([sentence, 'Llama3 is outperformed by ours.']);
    const kept = oneReadingPerMention([compared, used], (r) => (r === compared ? twice : new Set([sentence])));
    expect(kept).toEqual([compared, used]);
  });

  it('reads the nearest cue as the relation it states with the name', () => {
    const sentence = 'Our assistant is based on Llama3-8B with a retrieval module.';
    const readings = [relation('uses', 'Llama3', sentence), relation('compares-with', 'Llama3', sentence)];
    // "based on" a specific model: the model is used, as the extractor retypes it.
    const retyped = oneReadingPerMention(
      readings,
      () => new Set([sentence]),
      [],
      (_, cue) => (cue.type === 'builds-on' ? 'uses' : cue.type),
    );
    expect(retyped.map((r) => r.type)).toEqual(['uses']);
    // Read by its pattern alone, the cue states neither reading, and both stand.
    expect(oneReadingPerMention(readings, () => new Set([sentence]))).toEqual(readings);
  });

  it('keeps both readings of a model the work is measured on', () => {
    const sentence = 'We integrate our loss into a reward framework and evaluate on Gemma2-2B.';
    const readings = [relation('compares-with', 'Gemma2', sentence), relation('uses', 'Gemma2', sentence)];
    expect(oneReadingPerMention(readings, () => new Set([sentence]))).toEqual(readings);
  });

  it('keeps both readings of a name past the nearest cue’s reach', () => {
    const sentence =
      'Extensive experiments show that FlowMix significantly improves temporal coherence and diversity across various video generation models, including CLIP.';
    const readings = [relation('builds-on', 'CLIP', sentence), relation('uses', 'CLIP', sentence)];
    expect(oneReadingPerMention(readings, () => new Set([sentence]))).toEqual(readings);
  });
});
