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
    // A method the work takes as a part is used, not built on.
    ['In our method, SVD is employed to factorize W, and LoRA is used to adapt it.', ['uses LoRA @lora']],
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

describe('relations to models, families and names the atlas has not seen', () => {
  const llama: MethodEntity = { name: 'LLaMA', aliases: new Set(['LLaMA', 'Llama']), introducedBy: null, model: true };
  const peft: MethodEntity = { name: 'PEFT', aliases: new Set(['PEFT']), introducedBy: null, family: true };
  const wide = new PhraseMatcher(
    [...methods, peft].flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias) ?? [])),
  );
  const withModels = new PhraseMatcher([
    ...[...methods, peft].flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias) ?? [])),
    ...[...llama.aliases].flatMap((alias) => compilePhrase(llama, alias, true) ?? []),
  ]);
  function read(abstract: string, matcher = withModels, ownName: string | null = null) {
    return extractRelations({
      title: 'A Title',
      abstract,
      own: undefined,
      ownName,
      methods: indexMethodsForLineage(methods),
      matcher,
      isNotMethod: (name) => ['LLM', 'GLUE'].includes(name),
    }).map((r) => `${r.type} ${r.target}`);
  }

  it.each([
    // A model the work fine-tunes is used, named with its version and without its size.
    ['We fine-tune Llama-2-7B with a new objective.', ['uses Llama-2']],
    ['Our method uses LoRA to adapt the model.', ['uses LoRA']],
    // Categories are not targets: a family flagged in the vocabulary, or a plural acronym.
    ['Our method builds on PEFT and outperforms GNNs.', []],
    // A capitalised word with a version is a name; so is a coined word.
    [
      'Our model outperforms Claude 3.5 Sonnet and Jamba 1.6.',
      ['compares-with Claude 3.5 Sonnet', 'compares-with Jamba 1.6'],
    ],
    // A long form with the acronym it defines names the method by the acronym; a lower-case long
    // form ("convolutional neural network (CNN)") is as often a kind of model as one method, so only
    // a strong cue takes it.
    ['Our solver builds on the block coordinate descent (BCD) algorithm.', ['builds-on BCD']],
    ['We use a convolutional neural network (CNN) and the Segment Anything Model (SAM).', ['uses SAM']],
    // LaTeX around a name does not hide it, and the evidence stays as written.
    ['Our design builds on \\textbf{FooNet} for speed.', ['builds-on FooNet']],
    // A list set off after the kind of thing it names.
    ['We fine-tune two video models, LTX-Video and HunyuanVideo, on surgery.', ['uses LTX-Video', 'uses HunyuanVideo']],
    // A name the cue does not govern directly, in the same clause.
    ['Our system outperforms strong baselines by 5%, including GPT-4o.', ['compares-with GPT-4o']],
    // A name after a preposition of setting is where the work was measured, not what it beat.
    ['Our method outperforms LoRA on GLUE and on SuperNI.', ['compares-with LoRA']],
    // A name the abstract introduces as its own is never a target.
    ['We propose FooNet. FooNet outperforms BazNet.', ['compares-with BazNet']],
    // Hardware the work ran on is no method, however name-shaped.
    ['Our method uses H100 GPUs and LoRA.', ['uses LoRA']],
    // A clause boundary stops a cue from reaching further.
    ['Our method outperforms LoRA, while BazNet needs more memory.', ['compares-with LoRA']],
  ])('%s', (abstract, expected) => {
    expect(read(abstract).sort()).toEqual([...expected].sort());
  });

  it('keeps the sentence as the abstract wrote it as evidence', () => {
    const [relation] = extractRelations({
      title: 'T',
      abstract: 'Our design builds on \\textbf{FooNet} for speed.',
      own: undefined,
      ownName: null,
      methods: new Map(),
      matcher: wide,
      isNotMethod: () => false,
    });
    expect(relation?.evidence).toBe('Our design builds on \\textbf{FooNet} for speed.');
  });
});
