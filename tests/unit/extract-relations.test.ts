import { describe, expect, it } from 'vitest';
import { extractRelations, indexMethodsForLineage, type MethodEntity } from '../../src/pipeline/extract-relations';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import type { Slug } from '../../src/pipeline/types';

function method(name: string, aliases: string[] = [], introducedBy: string | null = null): MethodEntity {
  return { name, aliases: new Set([name, ...aliases]), introducedBy: introducedBy as Slug | null };
}
const lora = method('LoRA', ['Low-Rank Adaptation'], 'lora');
const mezo = method('MeZO', [], 'mezo');
const dpo = method('DPO', ['Direct Preference Optimization']);
const pissa = method('PiSSA', [], 'pissa');
const galore = method('GaLore');
const methods = [lora, mezo, dpo, pissa, galore];
const matcher = new PhraseMatcher(
  methods.flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias) ?? [])),
);

function relations(abstract: string, options: { title?: string; ownName?: string | null; own?: MethodEntity } = {}) {
  return extractRelations({
    title: options.title ?? 'A Title',
    abstract,
    own: options.own,
    ownName: options.ownName ?? null,
    methods: indexMethodsForLineage(methods),
    matcher,
    isNotMethod: (name) => ['LLM', 'ImageNet'].includes(name),
  }).map((r) => `${r.type} ${r.target}${r.targetSlug ? ` @${r.targetSlug}` : ''}`);
}

describe('extractRelations', () => {
  it.each([
    ['Our method outperforms LoRA on GLUE.', ['compares-with LoRA @lora']],
    ['It is faster than vanilla LoRA and PiSSA.', ['compares-with LoRA @lora', 'compares-with PiSSA @pissa']],
    ['We report a 9% improvement over MeZO.', ['compares-with MeZO @mezo']],
    ['Inspired by Direct Preference Optimization, we align models.', ['builds-on DPO']],
    ['Our approach is based on LoRA.', ['builds-on LoRA @lora']],
    ['We extend MeZO to sparse subsets, and it surpasses MeZO.', ['compares-with MeZO @mezo', 'builds-on MeZO @mezo']],
    ['The system outperforms DeepSpeed in throughput.', ['compares-with DeepSpeed']],
    [
      'We achieve better results compared to models aligned through other methods such as DPO and LoRA.',
      ['compares-with DPO', 'compares-with LoRA @lora'],
    ],
    ['Ours is superior to popular adapters like PiSSA.', ['compares-with PiSSA @pissa']],
    ['In our method, SVD is employed to factorize W, and LoRA is used to adapt it.', ['builds-on LoRA @lora']],
    ['Our approach outperforms the celebrated DPO.', ['compares-with DPO']],
    ['We surpass full fine-tuning and the popular LoRA.', ['compares-with LoRA @lora']],
    ['Our model is competitive with a model finetuned with LoRA.', []],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract).sort()).toEqual([...expected].sort());
  });

  it('ignores methods mentioned without a cue governing them', () => {
    expect(relations('Methods such as LoRA and DPO are popular. MeZO needs only forward passes.')).toEqual([]);
  });

  it('reads no builds-on from sentences about earlier work', () => {
    expect(relations('Existing methods typically rely on LoRA, which is widely used.')).toEqual([]);
  });

  it('ignores a cue whose object is something else', () => {
    expect(relations('Alignment techniques based on human preferences, such as DPO, are common.')).toEqual([]);
  });

  it('never relates a paper to its own method, however it is written', () => {
    const found = relations('Sparse-MeZO improves over MeZO and Sparse MeZO.', { ownName: 'Sparse MeZO' });
    expect(found.filter((r) => /Sparse/u.test(r))).toEqual([]);
    expect(found).toContain('compares-with MeZO @mezo');
  });

  it('reads lineage from a name that contains another method name', () => {
    expect(
      relations('We study convergence.', {
        title: 'LoRA-GA: Low-Rank Adaptation with Gradient Approximation',
        ownName: 'LoRA-GA',
      }),
    ).toEqual(['builds-on LoRA @lora']);
  });

  it('reads lineage from a title that accelerates or generalises a method', () => {
    expect(
      relations('We study it.', {
        title: 'Natural GaLore: Accelerating GaLore for Training',
        ownName: 'Natural GaLore',
      }),
    ).toContain('builds-on GaLore');
  });

  it('does not take datasets, generic acronyms or the paper’s own defined terms for methods', () => {
    expect(relations('It outperforms ImageNet baselines and beats LLM judges.')).toEqual([]);
    expect(
      relations('We add an Interactive Similarity Aggregation (ISA) module, which outperforms ISA-free variants.'),
    ).toEqual([]);
  });

  it('keeps the evidence sentence', () => {
    const [relation] = extractRelations({
      title: 'T',
      abstract: 'First sentence. It beats LoRA by far. Last one.',
      own: undefined,
      ownName: null,
      methods: indexMethodsForLineage(methods),
      matcher,
      isNotMethod: () => false,
    });
    expect(relation?.evidence).toBe('It beats LoRA by far.');
  });
});
