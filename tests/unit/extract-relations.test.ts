import { describe, expect, it } from 'vitest';
import { extractRelations, indexMethodsForLineage, type MethodEntity } from '../../src/pipeline/extract-relations';
import { modelSize } from '../../src/pipeline/relation-mentions';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import type { Slug } from '../../src/pipeline/types';
import { knownMethod, relationExtractor, relationReader } from '../helpers/relations';

/** One test per abstract: the relations `read` finds in it are the expected ones, in any order. */
function readsEach(read: (abstract: string) => string[], cases: Array<[string, string[]]>): void {
  it.each(cases)('%s', (abstract, expected) => {
    expect(read(abstract).sort()).toEqual([...expected].sort());
  });
}

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
  readsEach(relations, [
    ['Our method outperforms LoRA on GLUE.', ['compares-with LoRA @lora']],
    ['It is faster than vanilla LoRA and PiSSA.', ['compares-with LoRA @lora', 'compares-with PiSSA @pissa']],
    ['We report a 9% improvement over MeZO.', ['compares-with MeZO @mezo']],
    // A measured difference from a name the atlas does not know; the measure it is in is no method.
    ['Ours achieves 65.3% bitrate savings over PLVC in terms of DISTS.', ['compares-with PLVC']],
    ['Ours gives a 2x reduction over PLVC.', ['compares-with PLVC']],
    // "over" alone reaches no unknown acronym: it is as often "over RGB frames" or "over time".
    ['Ours is robust over PLVC frames.', []],
    // The model the work trains is one it takes; "trained" before a name qualifies it.
    ['We train ZetaEdit on the selected subset.', ['uses ZetaEdit']],
    ['The trained ZetaEdit is fast.', []],
    ['Inspired by Direct Preference Optimization, we align models.', ['builds-on DPO']],
    ['Our approach is based on LoRA.', ['builds-on LoRA @lora']],
    ['We extend MeZO to sparse subsets, and it surpasses MeZO.', ['compares-with MeZO @mezo', 'builds-on MeZO @mezo']],
    ['The system outperforms DeepSpeed in throughput.', ['compares-with DeepSpeed']],
    [
      'We achieve better results compared to models aligned through other methods such as DPO and LoRA.',
      ['compares-with DPO', 'compares-with LoRA @lora'],
    ],
    ['Ours is superior to popular adapters like PiSSA.', ['compares-with PiSSA @pissa']],
    // Examples of the data the models ran on are not more of the models compared.
    [
      'Evaluating across models including MeZO and other variants on various datasets like ZetaBench and OmegaBench, ours wins.',
      ['compares-with MeZO @mezo'],
    ],
    // A method the work takes as a part is used, not built on.
    ['In our method, SVD is employed to factorize W, and LoRA is used to adapt it.', ['uses LoRA @lora']],
    // The methods a work explores are ones it tries, and so uses.
    ['To train the policy, we explore both LoRA and full updates.', ['uses LoRA @lora']],
    // A passive verb after a list says it of every name in the list.
    ['In our pipeline, LoRA, a pruning step (PS), and DPO are applied in turn.', ['uses LoRA @lora', 'uses DPO']],
    ['Our approach outperforms the celebrated DPO.', ['compares-with DPO']],
    ['We surpass full fine-tuning and the popular LoRA.', ['compares-with LoRA @lora']],
    ['Our model is competitive with a model finetuned with LoRA.', []],
  ]);

  it('ignores methods mentioned without a cue or a list of examples governing them', () => {
    expect(relations('LoRA and DPO are popular. MeZO needs only forward passes.')).toEqual([]);
  });

  it('reads no builds-on from sentences about earlier work', () => {
    expect(relations('Existing methods typically rely on LoRA, which is widely used.')).toEqual([]);
    // What the field does as a rule is background too.
    expect(relations('In reconstruction using LoRA, it is common to split the scene into regions.')).toEqual([]);
    expect(relations('The common practice for DPO-based training is to use a single network.')).toEqual([]);
  });

  it('reads the work’s own use where it follows a practice', () => {
    expect(relations('Following standard practice, LoRA is applied to all attention layers.')).toHaveLength(1);
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

  it('reads lineage from a title that develops a proper name the atlas does not know', () => {
    const title = (t: string) => relations('We study it.', { title: t }).map((r) => r.replace(/ @.*$/u, ''));
    expect(title('Augmenting FooSLAM3 with Deep Features and Learned Loop Closure')).toEqual(['builds-on FooSLAM3']);
    // A name the title writes as a modifier, or as a compound adjective, is not what it develops.
    expect(title('Enhancing LLM-Based RTL Code Generation through Validation')).toEqual([]);
    expect(title('Harnessing Multi-VLM Agreement for Self-Verifying OCR')).toEqual([]);
  });

  it('reads what a title says the work is done with as a method or model it uses', () => {
    const title = (t: string, abstract = 'We study it.') =>
      relations(abstract, { title: t }).map((r) => r.replace(/ @.*$/u, ''));
    expect(title('Faster Fine-Tuning via LoRA')).toEqual(['uses LoRA']);
    expect(title('Sparse Adapters Integrating PiSSA and MeZO for Edge Devices')).toEqual(['uses PiSSA', 'uses MeZO']);
    // A name the atlas does not know may be the work's own: "… with DIFFusion".
    expect(title('Teaching Humans Subtle Differences with ZetaDiffusion')).toEqual([]);
    // A name the title makes a modifier, or qualifies as the work's own variant.
    expect(title('Segmentation in Ultrasound with LoRA-Tuned Vision-Language Models')).toEqual([]);
    expect(title('Memory-Efficient Training via Sparse LoRA for Captions')).toEqual([]);
    // The abstract's own reading stands: a title's "via DPO" adds no second relation.
    expect(
      title('Mitigating Hallucinations via DPO', 'Our method is based on Direct Preference Optimization.'),
    ).toEqual(['builds-on DPO']);
  });

  it('reads a name made into a compound adjective of likeness as what the work is a variant of', () => {
    expect(relations('We propose a ZetaGAN-inspired model for defect images.')).toEqual(['builds-on ZetaGAN']);
    expect(relations('We design a LoRA-style control module for the backbone.')).toEqual(['builds-on LoRA @lora']);
    // Before a plural the name makes a kind of method, which is no target.
    expect(relations('We compare against LoRA-like methods on the benchmark.')).toEqual([]);
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

  readsEach(read, [
    // A model the work fine-tunes is used, named with its version and without its size.
    ['We fine-tune Llama-2-7B with a new objective.', ['uses Llama-2']],
    // A level a model sets is matched, not run: "with Llama-2-level performance".
    ['We propose a small model with Llama-2-level performance on math.', []],
    ['We train a suite of new Llama-sized models.', []],
    ['Our method uses LoRA to adapt the model.', ['uses LoRA']],
    // A model the vocabulary lists, written before "models" or "architectures", is that model's releases.
    ['Extensive experiments on Llama architectures show that our loss helps.', ['uses Llama']],
    ['Our method outperforms PEFT models on three tasks.', []],
    // A model the work is built on is one it uses; its architecture is a design the work develops.
    ['Our assistant is built on Llama-2 with a retrieval module.', ['uses Llama-2']],
    ['Our encoder is built upon the Llama architecture, with gated attention.', ['builds-on Llama']],
    // Categories are not targets: a family flagged in the vocabulary, or a plural acronym.
    ['Our method builds on PEFT and outperforms GNNs.', []],
    // So is an acronym the atlas does not know before the plural of a kind of system; a known model
    // before it names that model's ("Llama classifiers").
    ['Our tracker remains competitive with advanced FNN trackers and BZR systems.', []],
    ['We fine-tune Llama classifiers on our labels.', ['uses Llama']],
    // A capitalised word with a version is a name; so is a coined word.
    // The variant after a version is part of the name, spaced or hyphenated.
    ['Our model outperforms Claude-3.5-Sonnet.', ['compares-with Claude-3.5-Sonnet']],
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
    // Examples after a comparison are compared, whatever cue stood before it.
    ['Despite using small agents, our system outperforms strong baselines like BazNet-2.', ['compares-with BazNet-2']],
    // A name before a verb after "and" is the subject of a clause of its own, not a cue's object.
    ['Our method outperforms full fine-tuning on long inputs and DPO needs twice the memory.', []],
    // A list names things of one kind: beside a name that is surely a method, a bare acronym is one.
    ['Our sampler is faster than FOO and BarNet-2.', ['compares-with FOO', 'compares-with BarNet-2']],
    ['Our sampler is faster than FOO on long inputs.', []],
    // A name before a plural noun of approach names a kind of approach, not one method.
    [
      'Our method improves over state-of-the-art FooNet-2 approaches and BazNet-3 baselines.',
      ['compares-with BazNet-3'],
    ],
    // A relative clause about others' work says what they use, not what this work uses.
    ['We show that existing detectors that employ FooNet-2 miss small objects.', []],
    // A name that qualifies a noun of measurement or data names the measure, not a method.
    ['Unlike FooGen-3 samples, ours are diverse.', []],
    ['Our results are comparable to FooNet-2 scores.', ['compares-with FooNet-2']],
    // What is compared may stand between the adjective of comparison and its preposition; a gain
    // "with" a method is had by running with it, not measured against it.
    ['Our adapter reaches comparable quality to LoRA with fewer weights.', ['compares-with LoRA']],
    ['Our adapter achieves competitive results with DPO on three tasks.', ['compares-with DPO']],
    ['Our decoding gives comparable improvements with MeZO on every task.', []],
    // A result "similar to" or "close to" another's is set level with it; "similar to" alone is not.
    ['Our 7B model reaches performance close to FooNet-2 on every task.', ['compares-with FooNet-2']],
    [
      'Our model has output quality similar to the best models we examined, FooNet-2 and BarNet-3.',
      ['compares-with FooNet-2', 'compares-with BarNet-3'],
    ],
    ['Similar to FooNet-2, our model reads the whole page.', []],
    // The verb of a passive use after a list of names, closed by a dash, says it of each name.
    [
      'Three models - FooNet-2, BarNet-3, and BazNet-4 - were fine-tuned on our data.',
      ['uses FooNet-2', 'uses BarNet-3', 'uses BazNet-4'],
    ],
    [
      'Three models - FooNet-2.1, BarNet-3, and BazNet-4.5 - were fine-tuned on our data.',
      ['uses FooNet-2.1', 'uses BarNet-3', 'uses BazNet-4.5'],
    ],
    ['Our FooNet-2 outperforms BarNet-3, and the features were used for ranking.', ['compares-with BarNet-3']],
    // "With" before an article gives the means a result was had with, not what it is compared with.
    ['Our method achieves competitive results with a FooNet-2 backbone.', ['uses FooNet-2']],
    ['Our method achieves competitive results with FooNet-2 on every task.', ['compares-with FooNet-2']],
    // A possessive names the owner; the name is what it owns, when that is surely a name, even before
    // the noun of its kind. A person's name stays in the name of a method named after them.
    ["We use OpenAI's FooNet-2 model for ranking.", ['uses FooNet-2']],
    ["Our method is based on Pollard's Rho algorithm for factoring.", ["builds-on Pollard's Rho"]],
    // A word begun inside maths glued to a name is a variable or a script; LaTeX's tie is a space.
    ['Our denoiser outperforms TV-$L^1$ and BarNet-2 on every image.', ['compares-with BarNet-2']],
    ['We extend the TCSF$_{IDMS}$ with a new summation model.', ['builds-on TCSF']],
    [
      'Compared to baselines such as FooNet~2 and BarNet-2, our layers are faster.',
      ['compares-with FooNet 2', 'compares-with BarNet-2'],
    ],
    // "prompts" is the noun; the verb is "prompt", "prompted", "prompting".
    ['Our agent writes prompts and FooNet-2 answers them.', []],
    // A tie before a citation, which is blanked before it: "FooNet~\\cite{foo}".
    ['Our model outperforms FooNet~\\cite{foo} on every task.', ['compares-with FooNet']],
    ['We prompt FooNet-2 with questions.', ['uses FooNet-2']],
    // A clause boundary stops a cue from reaching further.
    ['Our method outperforms LoRA, while BazNet needs more memory.', ['compares-with LoRA']],
    // So does a second verb that takes the things named as its object; not a second object of the
    // cue, nor a second verb with a noun of its own ("and tripling the performance of T5-XXL").
    ['We compare two embeddings of the cells and project them with BazNet-2.', []],
    [
      'Our method is compared to LoRA and to the recent baseline FooNet-2.',
      ['compares-with LoRA', 'compares-with FooNet-2'],
    ],
    ['We compare and contrast the models FooNet-2 and BazNet-2.', ['compares-with FooNet-2', 'compares-with BazNet-2']],
    [
      'Our model outperforms FooNet-2 on reasoning and triples the performance of BazNet-2 on summaries.',
      ['compares-with FooNet-2', 'compares-with BazNet-2'],
    ],
  ]);

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

describe('a known name with more joined to it by a hyphen is the name as written', () => {
  const read = relationReader([
    knownMethod('GPT-4', ['GPT-4o'], { model: true }),
    knownMethod('Stable Diffusion', ['SD3'], { model: true }),
    knownMethod('SegFormer'),
    knownMethod('U-Net', ['UNet']),
    knownMethod('RoBERTa'),
    knownMethod('LoRA'),
    knownMethod('CLIP'),
  ]);

  readsEach(read, [
    // A variant of a model is another model: "GPT-4o-mini" is not GPT-4o, "SD3-Medium" not SD3.
    ['Our agent outperforms GPT-4o-mini and SD3-Medium.', ['compares-with GPT-4o-mini', 'compares-with SD3-Medium']],
    // The vocabulary's own name gives way to what is written when more is joined to it.
    ['We improve SegFormer-B0. Our model outperforms U-Net++.', ['builds-on SegFormer-B0', 'compares-with U-Net++']],
    ['Our tagger does not outperform a RoBERTa-CRF baseline.', ['compares-with RoBERTa-CRF']],
    // A suffix that makes an adjective, a participle or a preposition after a dash is not part of the name.
    ['Our method outperforms LoRA-based tuning.', []],
    ['We use CLIP-guided sampling.', ['uses CLIP']],
    ['Our method outperforms DPO-trained policies and LoRA.', ['compares-with LoRA']],
    ['We integrate foundation models such as CLIP-into one detector.', ['uses CLIP']],
    // Written plainly, the known name keeps the vocabulary's spelling.
    ['Our segmenter outperforms UNet.', ['compares-with U-Net']],
    // A method's release, written with its "v", is that release.
    ['Our encoder outperforms RoBERTa V3 and CLIP-v2.', ['compares-with RoBERTa V3', 'compares-with CLIP-v2']],
  ]);
});

describe('a known name joined to a capitalised word before it is another model', () => {
  const read = relationReader([
    knownMethod('LLaVA', [], { model: true }),
    knownMethod('Gemini', [], { model: true }),
    knownMethod('Sora', [], { model: true }),
  ]);

  readsEach(read, [
    // "Mini-Gemini" is not Gemini, and a list goes on past it to the next kind's bracketed list.
    [
      'The pipeline can be applied to both open-source models (LLaVA-1.5, Mini-Gemini) and closed-source models (Claude-3.5-Sonnet, GPT-4o).',
      ['uses LLaVA-1.5', 'uses Mini-Gemini', 'uses Claude-3.5-Sonnet', 'uses GPT-4o'],
    ],
    [
      'We conduct experiments across multiple text-to-video models, including Open-Sora, Pika and Kling.',
      ['uses Open-Sora', 'uses Pika', 'uses Kling'],
    ],
    // Joined to nothing, the known name is itself.
    ['We conduct experiments on Sora and Kling.', ['uses Sora', 'uses Kling']],
  ]);
});

describe("a variant's word or a capital-V version after a model named whole", () => {
  const read = relationReader([
    knownMethod('GPT-4', ['GPT-4o'], { model: true }),
    knownMethod('Gemini', [], { model: true }),
    knownMethod('ConvNeXt', [], { model: true }),
  ]);

  readsEach(read, [
    // "GPT-4o mini" is another model than GPT-4o, as "GPT-4o-mini" is.
    [
      'Our agent outperforms GPT-4o mini and Gemini Flash.',
      ['compares-with GPT-4o mini', 'compares-with Gemini Flash'],
    ],
    // Named whole with no variant's word after it, the model stays itself.
    ['Our agent outperforms GPT-4o by 3%.', ['compares-with GPT-4o']],
    // A version with a capital V after a space is the model's version too.
    [
      'Our backbone outperforms ConvNeXt V2 and ConvNeXt V1.5+.',
      ['compares-with ConvNeXt V2', 'compares-with ConvNeXt V1.5+'],
    ],
  ]);
});

describe('a name joined by "-based" to one thing the work makes', () => {
  const read = relationReader([
    knownMethod('LLaMA', ['Llama'], { model: true }),
    knownMethod('CLIP'),
    knownMethod('LoRA'),
    knownMethod('PEFT', [], { family: true }),
  ]);

  readsEach(read, [
    // A model, or a name the atlas does not know, is what the work's thing uses.
    ['Our benchmark provides a Llama-3.2-based evaluation model whose scores mirror people.', ['uses Llama-3.2']],
    ['We preprocess text with SciBERT-based tokenization.', ['uses SciBERT']],
    // A known method is what the work's method is built on, and what a step of it uses.
    ['We propose a LoRA-based fine-tuning method.', ['builds-on LoRA']],
    ['We then perform cost-effective LoRA-based supervised fine-tuning.', ['uses LoRA']],
    // The thing made is named after its noun: "a LoRA-based framework called X".
    ['We propose a LoRA-based framework called FooNet, which learns fast.', ['builds-on LoRA']],
    ['We propose a Llama-based agent dubbed FooBot.', ['uses Llama']],
    // A bracketed gloss after the name is no part of the phrase it qualifies.
    ['We design a LoRA-style (low-rank adaptation) control module that learns fast.', ['builds-on LoRA']],
    // An acronym may qualify the thing made as a word in lower case would: "LoRA-based RL tuning".
    ['Our results show that LoRA-based RL tuning outperforms full fine-tuning.', ['uses LoRA']],
    // Before a plural the name makes a kind of method; a family is never a target.
    ['Our CLIP-based detectors outperform others.', []],
    ['We propose PEFT-based tuning.', []],
    // Others' work, or a comparison, is not what the work is made from.
    ['Existing CLIP-based retrieval is slow.', []],
    ['Our model is faster than a CLIP-based retriever.', []],
  ]);
});

describe("a model written as a part of the work's system, a method as a process it runs", () => {
  const read = relationReader([
    knownMethod('ResNet', [], { model: true }),
    knownMethod('CLIP', [], { model: true }),
    knownMethod('LoRA', [], { listed: true }),
    knownMethod('DDIM'),
    knownMethod('PnP', ['plug-and-play']),
  ]);

  readsEach(read, [
    ['We propose FooNet, which pairs a ResNet-50 backbone with a light head.', ['uses ResNet-50']],
    ['We propose FooNet. A simplified PatchGAN discriminator further stabilizes training.', ['uses PatchGAN']],
    ['The images are encoded by a frozen CLIP image encoder.', ['uses CLIP']],
    // A method written as a process the work runs is one it uses.
    ['We then perform LoRA fine-tuning on the new data.', ['uses LoRA']],
    ['Our method aligns these priors in DDIM sampling.', ['uses DDIM']],
    // Not a phrase in lower case that is a method's alias, nor a measure named after a model.
    ['Our method supports plug-and-play inference.', []],
    ['Our images reach the highest CLIP alignment scores.', []],
    ['Our method outperforms LoRA fine-tuning.', ['compares-with LoRA']],
    // Measured against, or in others' work, the part is not the work's.
    ['Our method outperforms the ResNet-50 backbone.', ['compares-with ResNet-50']],
    ['Existing methods rely on a CLIP encoder, which fails on sketches.', []],
    // Parts a known method makes of the work's model; not an unknown name's, nor letters defined there.
    ['We find that equipping the base model with lightweight LoRA adapters suffices.', ['uses LoRA']],
    ['Our framework has a FooFusion module designed to fuse modalities.', []],
    ['Our network inserts a Velocity Refiner with Acceleration (LoRA) block between branches.', []],
    // A model the atlas knows, trained by the work, is its base; a new name it trains is its own.
    ['Meanwhile, we train ResNet-50 using our curriculum and find it generalises.', ['uses ResNet-50']],
    ['We train FooNet-7B, a new model, using our curriculum.', []],
  ]);
});

describe('relations stated by frames beyond a cue and its object', () => {
  const llama: MethodEntity = { name: 'LLaMA', aliases: new Set(['LLaMA', 'Llama']), introducedBy: null, model: true };
  // The vocabulary may name a method by its long form; the abstract's acronym is what readers call it.
  const sam: MethodEntity = {
    name: 'Segment Anything Model',
    aliases: new Set(['SAM', 'Segment Anything Model']),
    introducedBy: null,
  };
  const known = [...methods, sam];
  const matcher = new PhraseMatcher([
    ...known.flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias) ?? [])),
    ...[...llama.aliases].flatMap((alias) => compilePhrase(llama, alias, true) ?? []),
  ]);
  function read(abstract: string, title = 'A Title') {
    return extractRelations({
      title,
      abstract,
      own: undefined,
      ownName: null,
      methods: indexMethodsForLineage(known),
      matcher,
      isNotMethod: (name) => ['GLUE', 'FID'].includes(name),
    }).map((r) => `${r.type} ${r.target}`);
  }

  readsEach(read, [
    // The model a work's experiments ran on is one it uses, whichever preposition says so.
    ['We validate our method with alignment experiments on Llama-2-7B.', ['uses Llama-2']],
    ['Our method improves accuracy by 3% on LLaMA and by 4% on FooNet-7B.', ['uses LLaMA', 'uses FooNet']],
    // Models listed after their kind are models, even written as a bare acronym.
    ['Experiments on two detection models, FOO and BarNet-3, show consistent gains.', ['uses FOO', 'uses BarNet-3']],
    // …but a benchmark the work ran on is not, nor is a model in a sentence about earlier work.
    ['Our method outperforms LoRA on GLUE.', ['compares-with LoRA']],
    ['Existing methods were typically evaluated on Llama-2-7B.', []],
    // "utilise" is "use".
    ['Utilizing a pretrained FooDiff model, our method denoises images.', ['uses FooDiff']],
    // A comparison written as a share of the other's performance, or as its score beside ours.
    ['With 10% of the data, we reach 95% performance of state-of-the-art method LoRA.', ['compares-with LoRA']],
    ['Our model scores 92.3% (compared to 83.3% for FooNet-2).', ['compares-with FooNet-2']],
    [
      'Compared to the recent method of direct preference optimization (DPO), ours needs no reference.',
      ['compares-with DPO'],
    ],
    ['Our model is competitive to FooNet-2 at a tenth of the cost.', ['compares-with FooNet-2']],
    // "DPO baselines" are runs of DPO, not a family of methods.
    ['Experiments show the improved performance of our method compared with DPO baselines.', ['compares-with DPO']],
    // A long form the abstract abbreviates is named by its acronym wherever it is written.
    ['The Segment Anything Model (SAM) is strong. We build on Segment Anything Model for 3D.', ['builds-on SAM']],
    // A measure with its value is not a method, whatever cue precedes it.
    ['Our method improves fidelity (FID 15.26) over LoRA.', ['compares-with LoRA']],
  ]);
});

describe('frames that look like relations but are not', () => {
  const llama: MethodEntity = { name: 'LLaMA', aliases: new Set(['LLaMA', 'Llama']), introducedBy: null, model: true };
  const clip: MethodEntity = { name: 'CLIP', aliases: new Set(['CLIP']), introducedBy: null, model: true };
  const qwen: MethodEntity = { name: 'Qwen', aliases: new Set(['Qwen', 'Qwen2']), introducedBy: null, model: true };
  const matcher = new PhraseMatcher(
    [...methods, llama, clip, qwen].flatMap((m) =>
      [...m.aliases].flatMap((alias) => compilePhrase(m, alias, m.model) ?? []),
    ),
  );
  const read = (abstract: string) =>
    extractRelations({
      title: 'A Title',
      abstract,
      own: undefined,
      ownName: null,
      methods: indexMethodsForLineage(methods),
      matcher,
      isNotMethod: () => false,
    }).map((r) => `${r.type} ${r.target}`);

  readsEach(read, [
    // "compared with" is a comparison even though "with" can also set where a work ran.
    ['Compared with the detection baseline FooDet-7B, our model generalises better.', ['compares-with FooDet']],
    // What the paper develops and evaluates is its own, not a baseline.
    ['This study aims to develop and evaluate a denoising diffusion probabilistic model (DDPM) for scans.', []],
    // A known name glued into a longer one ("CLIP-IQA") is not that name.
    ['We evaluate our images on the CLIP-IQA metric.', []],
    // A model written in lower case is named as the vocabulary spells it.
    ['We fine-tune a pretrained llama model for speech.', ['uses LLaMA']],
    // The minor version after a name that ends in its major one is kept.
    ['We fine-tune Qwen2.5-7B with our method.', ['uses Qwen2.5']],
    // A long form after an indefinite article is a new thing the work adds, not another's method;
    // after a definite one it may be either, and a strong cue takes it.
    ['Additionally, we incorporate a Texture Recovery Network (TRN) to restore details.', []],
    ['Our decoder builds on the Texture Recovery Network (TRN) of earlier work.', ['builds-on TRN']],
    // What a sentence of making defines is the work's own, however far from its verb, until a
    // comparison or a cue of building on names another's.
    ['Building on this finding, we establish the Static Frame Classifier (SFC) for long tails.', []],
    [
      'We propose FooNet, a detector of small objects in aerial scenes at night that integrates the Gated Residual Fusion (GRF).',
      [],
    ],
    // A lower-case long form after a weak cue is a method when the sentence names it as one.
    ['Our solver uses the alternating least squares (ALS) algorithm for each block.', ['uses ALS']],
    [
      'Compared with the classic method of iterative hard thresholding (IHT), ours converges faster.',
      ['compares-with IHT'],
    ],
    ['We use the mean squared error (MSE) on held-out frames.', []],
    // "over" and "than" before a number mean "more than": the names after them are compared with nothing.
    // (The model the result is for is one the work ran on, not one it was compared with.)
    ['Remarkably, our merging achieves over a 30% reduction in FLOPs for the FooViT-S model.', ['uses FooViT-S']],
    ['Six growth stages were predicted with over 95% accuracy using FooNet-3.', ['uses FooNet-3']],
    // A name that starts with a digit is still a name after them; so is one after its size, and the
    // thing whose share is compared.
    ['Our renderer yields better quality than 3D-FooNet at half the memory.', ['compares-with 3D-FooNet']],
    ['Our quantizer is more accurate than 4-bit LoRA.', ['compares-with LoRA']],
    ['Our small model answers better than 7B Llama.', ['compares-with Llama']],
    ['It trains less than 1% of the parameters of LoRA.', ['compares-with LoRA']],
  ]);
});

/** Each relation's confidence by its target, read against the known `methods`. */
const extractKnown = relationExtractor(methods);
const confidenceByTarget = (abstract: string) => new Map(extractKnown(abstract).map((r) => [r.target, r.confidence]));

describe('lists of examples of a kind of method that no cue governs', () => {
  const contribution = ' We propose a new approach to this problem.';
  it.each([
    // Earlier work named by its kind, in the background: what the paper sets itself against.
    [
      'Classical morphological tools such as Foma and Hunspell have long served this task.',
      ['compares-with Foma', 'compares-with Hunspell'],
    ],
    [
      'Existing clustering algorithms, such as FastCluster and DenStream, struggle with concept drift.',
      ['compares-with FastCluster', 'compares-with DenStream'],
    ],
    // A word in lower case inside the list is an item, not its end; a name before its kind is a name.
    [
      'Classical similarity algorithms such as Hamming, overlap, and Jaro distances are brittle on noisy names.',
      ['compares-with Hamming', 'compares-with Jaro'],
    ],
    // Known methods, in a sentence-initial list.
    [
      'Approaches such as LoRA and PiSSA have become common.',
      ['compares-with LoRA @lora', 'compares-with PiSSA @pissa'],
    ],
  ])('background: %s', (sentence, expected) => {
    expect(relations(sentence + contribution).sort()).toEqual([...expected].sort());
  });

  it.each([
    // In a sentence about the work, the examples are what it takes; a run of capitals is one name.
    [
      'Our annotation pipeline queries hosted LLMs (e.g., Mistral Large, Falcon 2) for every review.',
      ['uses Mistral Large', 'uses Falcon 2'],
    ],
    [
      'We show that the method transfers to popular backbones, e.g., ConvNeXt and EfficientViT.',
      ['uses ConvNeXt', 'uses EfficientViT'],
    ],
    // Qualified as others' work, the examples are compared with even there.
    ['Our detector approaches closed-source models like Orion-2 in recall.', ['compares-with Orion-2']],
    // "namely", "specifically" and "i.e." open a list as "such as" does, naming the kind's instances.
    [
      'Our method leverages fragmentation algorithms, specifically BRICS and r-BRICS, combined with search.',
      ['uses BRICS', 'uses r-BRICS'],
    ],
    [
      'Our annotation pipeline queries two hosted LLMs, namely Mistral-7B and Falcon 2.',
      ['uses Mistral', 'uses Falcon 2'],
    ],
    [
      'We compare three CNN-based models, i.e., Attention U-Net and U-KAN.',
      ['compares-with Attention U-Net', 'compares-with U-KAN'],
    ],
    // A comparison before the list, cue or not, compares with its examples (the size dropped).
    [
      'Our small model approaches the performance of large reasoning models such as Zephyr-70B.',
      ['compares-with Zephyr'],
    ],
  ])('own work: %s', (sentence, expected) => {
    expect(relations(sentence).sort()).toEqual([...expected].sort());
  });

  it.each([
    // Not a kind of method: datasets, benchmarks, tasks, domains.
    'Public datasets such as KITTI and Waymo Open are used for evaluation.',
    'Evaluation suites such as HELM and BIG-bench are saturated.',
    'Vision models serve many tasks such as image classification and detection.',
    'Robots work in domains like Warehouse and Kitchen settings.',
    // Models the background names, with their failings, are as often what the work improves as
    // what it sets itself against: neither is read.
    'Pretrained segmentation models such as SegNeXt-L exhibit strong accuracy but fail under fog.',
    // Categories of models, not instances.
    'Deep architectures such as GNNs and CNNs have been applied to molecules.',
    // A capitalised adjective is not a name: "Bayesian inference", "Gaussian processes".
    'Probabilistic methods such as Bayesian inference and Gaussian processes are costly.',
    // What others use ("rely on") is not what the paper relates to.
    'Existing pipelines rely on detectors such as YOLOX and RTMDet.',
    // A name that the vocabulary does not list is not a method when it is a dataset.
    'Vision models such as ImageNet are popular.',
  ])('none: %s', (sentence) => {
    expect(relations(sentence + contribution)).toEqual([]);
  });

  it('leaves out what the title names, which the work is done with', () => {
    const abstract = 'Existing detectors such as YOLOv7 and RTMDet are accurate but slow.' + contribution;
    expect(relations(abstract)).toEqual(['compares-with YOLOv7', 'compares-with RTMDet']);
    expect(relations(abstract, { title: 'Fast Detection with YOLOv7 on Edge Devices' })).toEqual([
      'compares-with RTMDet',
    ]);
    expect(relations(abstract, { title: 'Fast Detection with LoRA on Edge Devices' })).toEqual([
      'compares-with YOLOv7',
      'compares-with RTMDet',
      'uses LoRA @lora',
    ]);
  });

  it('prefers what the work says it uses over what its background compares', () => {
    expect(
      relations(
        'Existing methods such as FastCluster struggle with drift. Our tool is compatible with methods such as FastCluster.',
      ).sort(),
    ).toEqual(['uses FastCluster']);
  });

  it('is less sure than a cue that governs the same name', () => {
    const confidence = (abstract: string) => confidenceByTarget(abstract).get('FastCluster');
    const listed = confidence(
      'Existing clustering algorithms, such as FastCluster, struggle with drift.' + contribution,
    );
    const governed = confidence('Our method outperforms FastCluster.');
    expect(listed).toBeDefined();
    expect(listed!).toBeLessThan(governed!);
  });
});

describe('confidence of a relation', () => {
  const read = confidenceByTarget;

  it('is higher for a cue that governs a known method than for one the cue only precedes', () => {
    const confidence = read('Our method outperforms LoRA by 5% on average, including PiSSA.');
    expect(confidence.get('LoRA')).toBeGreaterThanOrEqual(0.5);
    expect(confidence.get('PiSSA')).toBeLessThan(confidence.get('LoRA')!);
  });

  it('is lower for a name the atlas has never seen than for a known one', () => {
    const confidence = read('Our method outperforms LoRA and FooNet.');
    expect(confidence.get('FooNet')).toBeLessThan(confidence.get('LoRA')!);
  });

  it('rises when another sentence says the same', () => {
    const once = read('Our method outperforms FooNet.').get('FooNet')!;
    const twice = read('Our method outperforms FooNet. It is also faster than FooNet.').get('FooNet')!;
    expect(twice).toBeGreaterThan(once);
  });
});

describe('a name written as the successor of another ("X++")', () => {
  it('builds on the name it extends, written alone in the abstract, and keeps what cues say of it', () => {
    expect(
      relations(
        'Detectors such as SegNet still miss thin objects. To address this, we propose SegNet++, which outperforms SegNet on three benchmarks.',
        { title: 'SegNet++: Faster Segmentation of Thin Objects', ownName: 'SegNet++' },
      ).sort(),
    ).toEqual(['builds-on SegNet', 'compares-with SegNet']);
  });

  it('gives as evidence the sentence that writes the earlier name, cut as every sentence is', () => {
    const [relation] = extractRelations({
      title: 'GANO++: Detection',
      abstract: 'Detectors of thin objects (e.g. GANO) miss small parts. We propose GANO++ with a new loss.',
      own: undefined,
      ownName: 'GANO++',
      methods: indexMethodsForLineage(methods),
      matcher,
      isNotMethod: () => false,
    });
    expect(relation?.evidence).toBe('Detectors of thin objects (e.g. GANO) miss small parts.');
  });

  it('builds on a bare acronym too: "++" says whose successor it is', () => {
    expect(
      relations(
        'Current methods such as GANO still suffer from rigid perturbations. We propose GANO++ with a new loss.',
        {
          title: 'GANO++: Adaptive Perturbations for Domain Transfer',
          ownName: 'GANO++',
        },
      ),
    ).toEqual(['builds-on GANO']);
  });

  it.each([
    'We propose GANO++ for detection.',
    // A link is no mention of another method.
    'We propose GANO++ for detection. Code: https://github.com/lab/GANO.',
    // The longer version of the paper that named it: the earlier name is the work's own.
    'We propose GANO, a detector of thin objects. GANO++ adds a new loss.',
  ])('reads nothing when the abstract never writes the earlier name alone as another method: %s', (abstract) => {
    expect(relations(abstract, { title: 'GANO++: Detection', ownName: 'GANO++' })).toEqual([]);
  });
});

describe("a model's size, kept beside its name", () => {
  const extract = relationExtractor([
    knownMethod('LLaMA', ['Llama'], { model: true }),
    knownMethod('Qwen', ['Qwen2'], { model: true }),
    knownMethod('Gemma', [], { model: true }),
    knownMethod('LoRA'),
  ]);
  const read = (abstract: string) =>
    extract(abstract).map((r) => `${r.type} ${r.target}${r.sizes ? ` [${r.sizes.join('|')}]` : ''}`);

  readsEach(read, [
    // Joined by a hyphen or set off by a space: the size is the model's, the name its family's.
    ['We fine-tune Llama-2-7B with our objective.', ['uses Llama-2 [7B]']],
    ['We fine-tune Llama3 8B with our objective.', ['uses Llama3 [8B]']],
    ['Our method outperforms Qwen2.5-72B-Instruct on every task.', ['compares-with Qwen2.5 [72B Instruct]']],
    ['It surpasses Gemma 3 27B IT by 4 points.', ['compares-with Gemma 3 [27B IT]']],
    // Two sizes of one model are one relation with both sizes.
    ['Our method outperforms Llama-2-7B and Llama-2-70B.', ['compares-with Llama-2 [7B|70B]']],
    // A name the atlas has not seen keeps its size too.
    ['Our model outperforms FooNet-13B on the benchmark.', ['compares-with FooNet [13B]']],
    // No size: a count of thousands names data ("GSM8K"); a method has none.
    ['Our method outperforms Llama-2 and LoRA.', ['compares-with Llama-2', 'compares-with LoRA']],
  ]);
});

describe('names a weak cue governs when the sentence says more', () => {
  const read = relationReader([knownMethod('LoRA')]);
  readsEach(read, [
    // A plain capitalised word after "employs" is a model when it is given a part to play.
    ['We propose ZetaNet, which employs Flux as the backbone network.', ['uses Flux']],
    ['We propose ZetaNet, which employs Flux for images.', []],
    // A coined name after the dimensions it works in is a name; an acronym there may be a task.
    ['We propose a convolution design based on an improved 3D-DenseNet model.', ['builds-on 3D-DenseNet']],
    ['Our method outperforms conventional 2D-UNet baselines.', ['compares-with 2D-UNet']],
    ['We introduce a 4D model for end-to-end generation of 4D-PSG.', []],
  ]);
});

describe('a name in the title the abstract relates the work to', () => {
  const read = relationReader([]);
  it.each([
    // A proper name the title gives and a strong cue governs is another's method.
    [
      'ZetaSLAM3: Augmenting ORB-SLAM3 with Deep Features',
      'ZetaSLAM3',
      'It outperforms ORB-SLAM3 in accuracy.',
      // The title develops it too.
      ['builds-on ORB-SLAM3', 'compares-with ORB-SLAM3'],
    ],
    [
      'Reproducing and Improving CheXNet',
      null,
      'Our model outperforms CheXNet on ChestX-ray14.',
      ['compares-with CheXNet'],
    ],
    // Not a plain word, a piece of the paper's own name, or a name only a weak cue governs.
    ['An Algebraic Geometry Approach to Graphs', null, 'We propose a framework based on Algebraic Geometry.', []],
    ['Llama-3-Zeta-10B: A Model for Hindi', 'Llama-3-Zeta-10B', 'Built upon Llama-3-8B, Zeta adds blocks.', []],
    ['Tracking with ZetaSORT', null, 'We track objects using ZetaSORT.', []],
  ])('%s', (title, ownName, abstract, expected) => {
    expect(read(abstract, { title, ownName }).sort()).toEqual(expected);
  });
});

describe('the type of a relation from what follows the name', () => {
  const read = relationReader([
    knownMethod('GPT-4', [], { model: true }),
    knownMethod('Qwen', ['Qwen2'], { model: true }),
  ]);
  readsEach(read, [
    // What the model made is compared; the work uses the model to make it.
    ['We compare human passages versus GPT-4-generated versions of them.', ['uses GPT-4']],
    // A score raised from one value to another says the work was applied to the model, even where
    // the cue does not govern the name directly.
    ['Our approach boosts the success rate of Qwen2.5-3B from 6.1% to 33.9%.', ['uses Qwen2.5']],
  ]);
});

describe('a list of names in brackets after the kind they are', () => {
  const read = relationReader([knownMethod('Qwen', ['Qwen2'], { model: true })]);
  readsEach(read, [
    [
      'Using three models (ZetaLM, KappaLM and ThetaLM), we generate outputs.',
      ['uses ZetaLM', 'uses KappaLM', 'uses ThetaLM'],
    ],
    // Named through the kind of thing they are, what a method improves was worked on, not developed.
    [
      'Our method significantly improves performance across two VLP frameworks (ZetaBEF, KappaLIP-2).',
      ['uses ZetaBEF', 'uses KappaLIP-2'],
    ],
    // One name in brackets is no list: it may be the kind's acronym.
    ['Our method improves accuracy across vision models (VMs) on benchmarks.', []],
  ]);
});

describe('modelSize', () => {
  it.each([
    ['Llama-2-7B', '', { size: '7B', length: 0 }],
    ['Llama3', ' 8B model', { size: '8B', length: 3 }],
    ['Mistral', ' (7B) is', { size: '7B', length: 5 }],
    ['Qwen2.5', '-7B-Instruct and', { size: '7B Instruct', length: 12 }],
    ['GSM8K', ' and', null],
    ['Llama3', ' 8 B', null],
    ['Llama3', ' 8Bit', null],
  ])('%s%s', (written, after, expected) => {
    expect(modelSize(written, after)).toEqual(expected);
  });
});

describe('a model family named bare beside a release of it', () => {
  const read = relationReader([
    knownMethod('LLaMA', ['Llama'], { model: true }),
    knownMethod('YOLO', [], { model: true }),
    knownMethod('LoRA'),
  ]);

  readsEach(read, [
    // The release the abstract relates is what it means by the family.
    ['We fine-tune Llama on the data. Experiments on Llama-3-8B show gains.', ['uses Llama-3']],
    ['We propose FooNet, based on YOLOv11n. FooNet outperforms YOLO.', ['uses YOLOv11n']],
    // Without a release, the family stays; a method is no family of releases.
    ['We fine-tune Llama on the data.', ['uses Llama']],
    // Named beside the release in one sentence, the family's name is its first release.
    ['We fine-tune Llama and Llama-3 on the data.', ['uses Llama', 'uses Llama-3']],
    ['We build on LoRA-2 and compare with LoRA.', ['builds-on LoRA-2', 'compares-with LoRA']],
  ]);
});

describe('a number after a word that is no version of a name', () => {
  const read = relationReader([knownMethod('ViT', [], { model: true })]);

  readsEach(read, [
    // A score after a name is not its version, however many digits it has.
    ['Our model reaches 91.6%, compared to ViT 86.54% and 88.28% recall.', ['compares-with ViT']],
    // A function word, a month or a numbered part of a model is no name.
    ['Our method outperforms the rest: The 17 models we tested lag behind.', []],
    ['We compare tweets from Oct 1, 2024 with those from Jan 20, 2025.', []],
    ['Our probe beats the heads at Layers 10, 11 and 12.', []],
    // Nor is a quantifier that opens a sentence.
    ['We evaluate four LLMs on the puzzles. All 2100 puzzles are validated by a solver.', []],
  ]);
});

describe('lineage read from a name holding a short acronym', () => {
  const read = relationReader([
    knownMethod('DPO', [], { listed: true }),
    { ...knownMethod('MAP'), introducedBy: 'map' as Slug },
    { ...knownMethod('ZetaMAP'), introducedBy: 'zetamap' as Slug },
  ]);

  it.each([
    ['MIA-DPO', ['builds-on DPO']],
    // Three capitals only a corpus paper coined are as often other words' letters ("VideoMAP").
    ['VideoMAP', []],
    ['MAP-Net', []],
    // A longer coined name is the method the name develops, when the name is its next version.
    ['ZetaMAP-2', ['builds-on ZetaMAP']],
  ])('%s', (ownName, expected) => {
    expect(read('We study convergence.', { title: `${ownName}: A Title`, ownName }).sort()).toEqual(expected);
  });

  it('takes a longer name only a corpus paper coined from a glued name only where the abstract names it apart', () => {
    const readGlued = (abstract: string) =>
      read(abstract, { title: 'VideoZetaMAP: A Title', ownName: 'VideoZetaMAP' }).sort();
    // "MASH-VLM", "VideoPASTA": a word another paper also coined, not the method the work develops.
    expect(readGlued('We study convergence.')).toEqual([]);
    expect(readGlued('We extend ZetaMAP to video and study convergence.')).toEqual(['builds-on ZetaMAP']);
  });
});

describe('a name of two capitals', () => {
  const read = relationReader([
    knownMethod('SC', ['self-consistency'], { listed: true }),
    { ...knownMethod('ZR', ['zeta reality']), introducedBy: 'zr' as Slug },
  ]);

  readsEach(read, [
    // The vocabulary's is a method like any other.
    ['We evaluate our verifier against SC under a fixed budget.', ['compares-with SC']],
    // One a corpus paper coined, or the abstract defines, is as often a term or a setting of the work.
    ['Our method outperforms ZR on stereo devices.', []],
    ['We combine generative models and augmented reality (AR) into one system, using AR headsets.', []],
    ['Our codec outperforms others using a Random Access (RA) configuration.', []],
  ]);
});

describe('an acronym the abstract defines for a known name', () => {
  const read = relationReader([knownMethod('Zeta Diffusion', ['ZetaDiff'], { model: true, listed: true })]);

  readsEach(read, [
    // The letters are the known model, whatever they are.
    ['We propose FooGen, an image generator based on Zeta Diffusion (ZD).', ['uses ZD']],
  ]);
});

describe('relations read past what hid them: an acronym, a clause, an adjective, a setting, a score', () => {
  const read = relationReader([knownMethod('SAM', ['Segment Anything']), knownMethod('Mamba', [], { model: true })]);

  readsEach(read, [
    // The noun of "adapt" builds on its object, as "extension of" does.
    [
      'We propose EEG-VJEPA, a novel adaptation of the Video Joint Embedding Predictive Architecture (V-JEPA) for EEG.',
      ['builds-on V-JEPA'],
    ],
    // "present in" is the adjective: the acronym it stands before is not the work's own.
    [
      'These properties are present in the recent Local Random Access Sequence (LRAS) architecture. Building on LRAS, we propose KL-tracing.',
      ['builds-on LRAS'],
    ],
    // A compound adjective in lower case before a name is skipped, not one that starts a known name.
    ['We inject errors using a task-specific ArabBERT-2 model.', ['uses ArabBERT-2']],
    ['Based on the classifier-free guidance architecture, a module is designed.', []],
    // "-based" reaches a head past several modifiers.
    ['We propose CAF-Mamba, a novel Mamba-based cross-modal adaptive attention fusion framework.', ['uses Mamba']],
    // So does "based" with its hyphen left out, or capitalised in a title's words; "based (solely)
    // on" says what the name itself is made from.
    ['We propose a SAM based approach for segmenting maps.', ['builds-on SAM']],
    ['We propose FooSeg, a model with a SAM based on maps.', []],
    ['We propose FooSeg, a model with a SAM based solely on maps.', []],
    // Models in brackets after their kind, under a comparison that reaches the kind past three words.
    [
      'With a 3B model, our method matches state-of-the-art multimodal reasoning models (Zeta-o1, Qux-2.5-pro) on video.',
      ['compares-with Zeta-o1', 'compares-with Qux-2.5-pro'],
    ],
    // A word read as a name before the kind of a bracketed list is the kind's modifier.
    [
      'The videos were validated using AI echocardiography models (EchoPrime and PanEcho).',
      ['uses EchoPrime', 'uses PanEcho'],
    ],
    // A score the work raised a model's by, past where it was measured: the work is applied to it.
    ['This method improves the accuracy of Zeta 3.1-8B on AQuA by 5.17% without new parameters.', ['uses Zeta 3.1']],
    // So is the measure raised, written after the model.
    ['Adding our images improves Zeta-3 F1-score by 7.69% on apples.', ['uses Zeta-3']],
    // What others defined is theirs; where a development is taken to is its setting, not its base.
    [
      'Recently, Cheng et al. proposed a framework called non-half-sum disjoint packing (NHSDP). We introduce C-NHSDP by extending NHSDP to MACC systems.',
      ['builds-on NHSDP'],
    ],
    // A count or a coefficient the work reports is a measure, not a method.
    ['Our method improves the Number of Clicks (NoC) compared to M2N2.', ['compares-with M2N2']],
    ['Performance is measured using the Concordance Correlation Coefficient (CCC).', []],
    // So is an instrument people answer.
    ['We screen each participant using the Patient Health Questionnaire-9 (PHQ-9).', []],
    ['Mood is rated using the Beck Depression Inventory-II (BDI-II).', []],
  ]);

  it('reads a known model before a capitalised "-Based" as built on, not as a model of that name', () => {
    const readModel = relationReader([knownMethod('SAM', [], { model: true })]);
    expect(readModel('We propose a new SAM-Based Network for segmenting maps.')).toEqual(['builds-on SAM']);
  });

  it('reads no use of what a fronted clause of contrast names', () => {
    expect(
      read(
        'Unlike conventional try-on models that depend on large Mamba architectures, ZetaTry leverages a transformer.',
        {
          ownName: 'ZetaTry',
        },
      ),
    ).toEqual([]);
  });

  it('takes the paper’s own name without its hyphens, or with the size or depth of one of its models, as its own', () => {
    const own = { ownName: 'ZETA-YOLO' };
    expect(read('Compared to FooNet-2, ZETAYOLO-s improves mAP by 4.6%.', own)).toEqual(['compares-with FooNet-2']);
    expect(read('ZETA-YOLO34 outperforms FooNet-2 at similar depths.', own)).toEqual(['compares-with FooNet-2']);
    expect(read('ZETAYOLO outperforms FooNet-2 at similar depths.', own)).toEqual(['compares-with FooNet-2']);
    // A point release, one digit or a letter glued on make another name.
    expect(read('Our model builds on ZetaLM2.5 with a new tokenizer.', { ownName: 'ZetaLM2' })).toEqual([
      'uses ZetaLM2.5',
    ]);
    expect(read('ZetaNet outperforms ZetaNetX on every task.', { ownName: 'ZetaNet' })).toEqual([
      'compares-with ZetaNetX',
    ]);
    // A successor's "++" is the mark of another name: the one it extends stays a target.
    expect(read('ZetaNet++ builds on ZetaNet with a second stage.', { ownName: 'ZetaNet++' })).toEqual([
      'builds-on ZetaNet',
    ]);
  });

  it('takes a name in the title as the paper’s own only where the title writes it as a word', () => {
    // "ULRAS" is another acronym; "LRAS models" and "LRAS-X" write LRAS itself.
    expect(read('We use LRAS as the backbone.', { title: 'Tracing with ULRAS models' })).toEqual(['uses LRAS']);
    expect(read('Our method outperforms LRAS.', { title: 'ULRAS: tracing' })).toEqual(['compares-with LRAS']);
    expect(read('We use LRAS as the backbone.', { title: 'Tracing with LRAS models' })).toEqual([]);
    expect(read('Our method outperforms LRAS.', { title: 'LRAS-X: tracing' })).toEqual([]);
  });
});

describe('a list a cue governs', () => {
  const read = relationReader([
    knownMethod('DPO', ['direct preference optimization'], { listed: true }),
    knownMethod('SFT', ['supervised fine-tuning'], { listed: true }),
    knownMethod('Qwen', [], { model: true, listed: true }),
  ]);
  it('ends where a subject opens a clause of its own', () => {
    expect(
      read(
        'Building on Qwen2.5 and Deepseek-R1, we employed techniques including supervised fine-tuning (SFT) and direct preference optimization (DPO) to enhance them.',
      ).filter((relation) => relation.startsWith('builds-on')),
    ).toEqual([]);
  });
});

describe("a person's name in the name of a term", () => {
  const read = relationReader([]);
  it.each([
    [
      'Our router adjusts expert selection based on the Tsallis entropy of its distribution.',
      ['builds-on Tsallis entropy'],
    ],
    ["Our framework is based on Sobol's method.", ["builds-on Sobol's method"]],
    ['Our memory is based on a Markov chain.', ['builds-on Markov chain']],
    [
      'Our detector outperforms baselines such as Mahalanobis distance and softmax response.',
      ['compares-with Mahalanobis distance'],
    ],
  ])('is the whole term: %s', (abstract, expected) => {
    expect(read(abstract)).toEqual(expected);
  });

  it.each([
    "By reformulating Tweedie's formula within a linear framework, our sampler needs 4 steps.",
    'Our memory is based on the Ebbinghaus forgetting curve.',
    "Therefore, based on Ebbinghaus' theory, we introduce the view-batch model.",
    // A classification or a measure named after a person is no method either.
    "We augment existing datasets based on Bloom's taxonomy and create questions.",
    'Our scores are computed with the Pearson correlation over items.',
  ])('is no method when the term is a statement or its object: %s', (abstract) => {
    expect(read(abstract)).toEqual([]);
  });

  it('leaves a name before the noun of its kind, and an adjective made of a name', () => {
    expect(read('Our model outperforms the Informer model on every set.')).toEqual(['compares-with Informer']);
    expect(read('Experiments show that Ours dominates the ZetaWalker baseline by 28.7%.')).toEqual([
      'compares-with ZetaWalker',
    ]);
    expect(read('The current era of the field is dominated by ZetaFormer models.')).toEqual([]);
    expect(read('Our objective is based on a Bayesian learning principle.')).toEqual([]);
  });
});

describe('a hyphen written for a dash', () => {
  const read = relationReader([knownMethod('ZetaLM', [], { model: true })]);
  it('between a plural noun and a name, or a name and the word after it, is no part of the name', () => {
    expect(
      read('We benchmark three 3D reconstruction models-Zeta-3D, Gamma-3D, and Delta-3D-on custom datasets.').sort(),
    ).toEqual(['compares-with Delta-3D', 'compares-with Gamma-3D', 'compares-with Zeta-3D']);
    expect(
      read('Ours matches the much stronger baselines-ZetaLM and GammaNet while using less compute.').sort(),
    ).toEqual(['compares-with GammaNet', 'compares-with ZetaLM']);
  });

  it('after a noun of data names the data', () => {
    expect(read('Our model is validated on three widely-used benchmarks-Camelyon9, ZetaSet, and BRACS.')).toEqual([]);
  });
});

describe('several kinds a cue governs, each with its bracketed list', () => {
  const read = relationReader([]);
  it('reads every list', () => {
    const compared = read(
      'Our model outperforms task-specific CNNs (ZetaUNet, ZetaUNet++), vision transformers (GammaFormer, SwinZ-B), and other foundation models (TerraZeta, SatZeta).',
    ).filter((relation) => relation.startsWith('compares-with'));
    expect(compared.sort()).toEqual(
      ['GammaFormer', 'SatZeta', 'SwinZ-B', 'TerraZeta', 'ZetaUNet', 'ZetaUNet++'].map(
        (name) => `compares-with ${name}`,
      ),
    );
  });

  it('reads the lists after a family the reader passes over, and items it cannot read leave the others', () => {
    const withFamily = relationReader([knownMethod('CNN', ['CNNs'], { family: true })]);
    expect(
      withFamily(
        'Ours outperforms task-specific CNNs (ZetaUNet, ZetaUNet++), vision transformers (gammaformer, SwinZ-B), and other foundation models (TerraZeta, SatZeta).',
      ).sort(),
    ).toEqual(['SatZeta', 'SwinZ-B', 'TerraZeta', 'ZetaUNet', 'ZetaUNet++'].map((name) => `compares-with ${name}`));
  });

  it('takes a capitalised word opening a bracketed list for a name', () => {
    expect(read('Ours outperforms established baselines (Kalibra, COLMAP, VINS-Mono), reducing error.').sort()).toEqual(
      ['COLMAP', 'Kalibra', 'VINS-Mono'].map((name) => `compares-with ${name}`),
    );
    // A word after a bracket that opens no list may begin a sentence of its own.
    expect(read('Ours is trained on the data (Figure 2 shows how).')).toEqual([]);
  });

  it('stops at a phrase of means', () => {
    expect(
      read(
        'Ours improves upon three algorithms (ZetaPO, GammaPO, and DeltaPO) using two base models (ZetaLM and GammaLM).',
      ),
    ).not.toContain('builds-on ZetaLM');
  });

  it('stops where another clause opens', () => {
    expect(
      read('Using public datasets (ZetaQA and GammaQA), we evaluated proprietary models (ZetaLM, GammaLM).'),
    ).not.toContain('uses ZetaLM');
  });
});

describe('a measure of a model the work raises', () => {
  const read = relationReader([knownMethod('ZetaVL', [], { model: true }), knownMethod('ZetaRA')]);
  it('says the work was applied to the model, not that it developed it', () => {
    expect(read('Our decoding improves the accuracy of ZetaVL-1.5 7B by up to 6.45 points.')).toEqual([
      'uses ZetaVL-1.5',
    ]);
  });

  it('of a method says the work develops the method', () => {
    expect(read('Our scheme improves the efficiency of ZetaRA on long inputs.')).toEqual(['builds-on ZetaRA']);
  });
});

describe('a name in apposition after the noun of its kind', () => {
  const read = relationReader([]);
  readsEach(read, [
    // Whatever words qualify the noun, and however the name is written.
    [
      'Using this dataset, we fine-tune the unified multimodal generation baseline Bagel to obtain ours.',
      ['uses Bagel'],
    ],
    [
      'We present an approach leveraging the diffusion model Instruct Pix2Pix to make images.',
      ['uses Instruct Pix2Pix'],
    ],
    // A compound adjective before the name qualifies it.
    ['Our detector is better than the baseline RGB-only DiffusionDet on all sets.', ['compares-with DiffusionDet']],
    // No name after the noun: nothing.
    ['We fine-tune the diffusion model on our data.', []],
    // The other way round: an apposition after capitalised words says they name a model.
    ['Comparisons to Zeta Heavy, a commercial multi-agent model, show similar designs.', ['compares-with Zeta Heavy']],
    ['Comparisons to Zeta Heavy show similar designs.', []],
  ]);
});

describe('a method named after its authors', () => {
  const read = relationReader([]);
  readsEach(read, [
    // Capitalised words joined by hyphens, then the noun of one method: the whole is its name.
    [
      'We illustrate its computation via the Blahut-Arimoto algorithm on two sources.',
      ['uses Blahut-Arimoto algorithm'],
    ],
    [
      'Inspired by the Atkinson-Shiffrin model of memory, our agent keeps three stores.',
      ['builds-on Atkinson-Shiffrin model'],
    ],
    [
      'Our simplifier is more accurate than the Douglas-Peucker algorithm.',
      ['compares-with Douglas-Peucker algorithm'],
    ],
    // A plural names a kind; an indefinite article brings in a thing of the kind.
    ['Our detector is more accurate than Vision-Language models.', []],
    ['We propose a method using a Two-Stage model of scenes.', []],
    // A framework is as often described in capitals as named.
    ['We build on the Teacher-Student framework for labels.', []],
    // The noun qualifies the noun after it, which is what is named.
    ['We refine the anomalies via Math-Physics model guidance.', []],
  ]);
});

describe('a list whose names are mostly no methods', () => {
  const read = relationReader([]);
  const isNotMethod = (name: string) => ['BLEU', 'chrF', 'COMET', 'Zulu', 'Gaelic'].includes(name);

  it('holds no method the atlas does not know', () => {
    const abstract =
      'We build a framework adapting automatic metrics such as BLEU, chrF, ZER, and COMET to freelancers.';
    expect(read(abstract, { isNotMethod })).toEqual([]);
  });

  it('leaves a list of methods alone', () => {
    const abstract = 'Our method outperforms ZetaNet, BetaNet and GammaNet on all benchmarks.';
    expect(read(abstract, { isNotMethod })).toEqual([
      'compares-with ZetaNet',
      'compares-with BetaNet',
      'compares-with GammaNet',
    ]);
  });
});

describe('a method the work does without', () => {
  const read = relationReader([knownMethod('ZetaMap'), knownMethod('ZetaNet', [], { model: true })]);

  it('is neither taken nor built on', () => {
    expect(read('Our splats are initialised from volumes, eliminating the need for pipelines like ZetaMap.')).toEqual(
      [],
    );
    expect(read('Instead of relying on the ZetaNet detector, we present a tracker built on fresh parts.')).toEqual([]);
    expect(read('Our optimizer improves calibration without sacrificing the accuracy of ZetaMap.')).toEqual([]);
  });

  it('is still what the work compares with', () => {
    expect(read('Unlike ZetaNet, our model needs no labels.')).toEqual(['compares-with ZetaNet']);
  });
});

describe('a bound prefix joined to a name', () => {
  const read = relationReader([knownMethod('ZetaGPT', [], { model: true })]);

  it('makes a word of another kind, whose name is not named', () => {
    expect(read('We build the data through multi-ZLM collaboration among agents.')).toEqual([]);
    expect(read('Our method outperforms non-ZLM baselines and intra-ZLM scoring.')).toEqual([]);
    expect(read('We compare tweets from 2020 (pre-ZetaGPT) with tweets from 2024.')).toEqual([]);
  });

  it('leaves a model named with more parts', () => {
    expect(read('Our method outperforms all-ZetaLM-L6-v2 on retrieval.')).toEqual(['compares-with all-ZetaLM-L6-v2']);
  });
});

describe('examples of measures or data after a cue', () => {
  const read = relationReader([knownMethod('ZetaScore'), knownMethod('ZetaQA'), knownMethod('ZetaNet')]);

  it('are no methods the work takes', () => {
    expect(read('Our evaluation incorporates assessment metrics such as BLEU-Z, ChrZ, and ZetaScore.')).toEqual([]);
    expect(read('Our experiments employ ZetaNet, using data sets such as TruthZ, ZetaQA, and TriviaZ.')).toEqual([
      'uses ZetaNet',
    ]);
  });

  it('leave examples of a kind of method', () => {
    expect(read('Our evaluation incorporates detectors such as ZetaNet.')).toEqual(['uses ZetaNet']);
  });

  it('are the source of data made from them, not a method', () => {
    expect(read('We curate a benchmark dataset based on ZetaQA and release it.')).toEqual([]);
    expect(read('These datasets extend ZetaQA with camera calibration.')).toEqual([]);
    expect(read('Our new dataset is based on ZetaQA and holds 5,000 questions.')).toEqual([]);
    // A benchmark built with a method uses it.
    expect(read('We release a benchmark built with ZetaNet in the loop.')).toEqual(['uses ZetaNet']);
    // What the work itself is based on, and data a step of the work is run on, stand.
    expect(read('Our detector is based on ZetaNet.')).toEqual(['builds-on ZetaNet']);
    expect(read('We pretrain on the ZetaQA dataset using ZetaNet as the backbone.')).toEqual(['uses ZetaNet']);
  });
});

describe('a name with a release number, worked on', () => {
  const read = relationReader([knownMethod('ZetaNet')]);

  it('is a model the work runs on, and so is a name listed beside it', () => {
    expect(read('Our method achieves up to 1.8x speedups on Wan2.2 and HunyuanVideo.')).toEqual([
      'uses Wan2.2',
      'uses HunyuanVideo',
    ]);
  });

  it('is not a name without a release number', () => {
    expect(read('Our method achieves up to 1.8x speedups on HunyuanVideo.')).toEqual([]);
  });
});

describe('what a model puts out, written before the model', () => {
  const read = relationReader([knownMethod('SAM', [], { model: true })]);
  it('makes the model one the work uses: features from it, the latent space of it', () => {
    expect(read('We extract multi-scale features from FooNet-2 to guide our decoder.')).toEqual(['uses FooNet-2']);
    expect(read('We run the diffusion process in the latent space of FooGen-3.')).toEqual(['uses FooGen-3']);
  });

  it('but embeddings of a thing are of what is embedded', () => {
    expect(read('We learn embeddings of FooBar-2 formulae for our decoder.')).toEqual([]);
  });

  it('keeps a first release named beside its second in any sentence it was read in', () => {
    const both = 'It can be applied to pre-trained SAM and SAM2 with few parameters.';
    expect(read(`Our method runs diffusion in the latent space of SAM. ${both}`)).toEqual(['uses SAM', 'uses SAM2']);
    // Named bare and never beside the release, the family is that release named less precisely.
    expect(read('Our method runs diffusion in the latent space of SAM. It is also applied to SAM2.')).toEqual([
      'uses SAM2',
    ]);
  });
});

describe('a part written after the name a cue of development governs', () => {
  const read = relationReader([knownMethod('TimeSformer'), knownMethod('NeRF')]);

  readsEach(read, [
    // The noun after the name is the part the work gives it: used, not developed.
    ['Our detector is built on a TimeSformer backbone with gating.', ['uses TimeSformer']],
    // Unless the cue says the work makes that part better.
    ['We improve the NeRF prior with a depth term.', ['builds-on NeRF']],
    ['We optimise sharp images based on the NeRF prior.', ['uses NeRF']],
    // With no part after it, the name is what the work develops.
    ['Building on TimeSformer, we introduce a fusion module.', ['builds-on TimeSformer']],
  ]);
});

describe('a kind named after a method, then its examples', () => {
  const read = relationReader([knownMethod('U-Net', ['UNet'], { listed: true })]);

  readsEach(read, [
    // The examples, not the method the kind is named after, are what the cue governs.
    [
      'Our design can be integrated into popular U-Net-like architectures including FooMorph and BarMorph.',
      ['uses FooMorph', 'uses BarMorph'],
    ],
    ['Our model outperforms U-Net-based architectures such as FooMorph.', ['compares-with FooMorph']],
  ]);
});

describe('models a result is stated for', () => {
  const read = relationReader([knownMethod('DALL-E', ['DALL-E 3'], { model: true, listed: true })]);

  readsEach(read, [
    // The kind or a size says the names after "for" are models the work ran on.
    [
      'Our method achieves a 30% reduction in FLOPs for the FooViT-T and FooViT-S models.',
      ['uses FooViT-T', 'uses FooViT-S'],
    ],
    ['Our method reduces latency by 66% for FooLM-32B.', ['uses FooLM']],
    // Without them, "for" names whose score it is (compared here, not run on), or bounds a size.
    ['It needs 3.4 rounds (vs. 13.7 for DALL-E 3).', ['compares-with DALL-E 3']],
    ['It sets a new benchmark for sub-10B models.', []],
    ['Scores are 3.1 for DALL-E 3 and 2.0 for ours.', []],
    // A name in lower case with its size is still a model ("falcon-40B").
    ['We fine-tune our adapter on falcon-40B.', ['uses falcon']],
  ]);
});
