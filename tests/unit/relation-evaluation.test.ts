import { describe, expect, it } from 'vitest';
import { extractRelations, indexMethodsForLineage, type MethodEntity } from '../../src/pipeline/extract-relations';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import { evaluatesModels, isStudyTitle } from '../../src/pipeline/relation-evaluation';
import { blankMarkup, definedOtherwise, sameTerm } from '../../src/pipeline/relation-frames';
import type { Slug } from '../../src/pipeline/types';

const model = (name: string, aliases: string[] = []): MethodEntity => ({
  name,
  aliases: new Set([name, ...aliases]),
  introducedBy: null,
  model: true,
});
const llama = model('LLaMA', ['Llama']);
const claude = model('Claude');
const lora: MethodEntity = { name: 'LoRA', aliases: new Set(['LoRA', 'Low-Rank Adaptation']), introducedBy: null };
const matcher = new PhraseMatcher([
  ...[llama, claude].flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias, true) ?? [])),
  compilePhrase(lora, 'LoRA')!,
  compilePhrase(lora, 'Low-Rank Adaptation')!,
]);

/** The relations read from an abstract, with their confidence. */
function extracted(
  abstract: string,
  options: { title?: string; introducesBenchmark?: boolean; ownName?: string } = {},
) {
  return extractRelations({
    title: options.title ?? 'A Title',
    abstract,
    own: undefined,
    ownName: options.ownName ?? null,
    introducesBenchmark: options.introducesBenchmark,
    methods: indexMethodsForLineage([lora]),
    matcher,
    isNotMethod: (name) => ['GLUE'].includes(name),
  });
}

function read(abstract: string, options: { title?: string; introducesBenchmark?: boolean; ownName?: string } = {}) {
  return extracted(abstract, options)
    .map((r) => `${r.type} ${r.target}`)
    .sort();
}

describe('a study that evaluates models', () => {
  it.each([
    ['We evaluate four LLMs on legal tasks.', true],
    ['Evaluating four frontier models on 40 episodes, we find over-triggering.', true],
    ['We present a preliminary evaluation of LLMs in legal scenarios.', true],
    ['Our analysis includes 9 LLMs and 17 tasks.', true],
    ['Finally, we use our tool to compare popular text-to-image models.', true],
    ['In this paper, we examine the performance of three major LLMs in designing circuits.', true],
    ['We establish a benchmark evaluating state-of-the-art MLLMs, revealing a gap.', true],
    // The paper's own models, or models already spoken of, are not a set brought in to be measured.
    ['We evaluate our models on three benchmarks.', false],
    ["We evaluate the models' transfer to new domains.", false],
    ['We evaluate the method on GLUE.', false],
    ['Large models are evaluated by humans.', false],
    // "models" the verb.
    ['WSSB includes Freq-SSM, a module that models high-frequency degradation.', false],
    // "benchmark" the noun: where the work was tested, not an act of measuring models.
    ['Experiments on the PrivacyLens benchmark with several open-source LLMs show gains.', false],
    // Models after a preposition are the standard the work is measured against; a gerund of making
    // makes the models the work's own.
    ['FlowDreamer achieves better performance compared to other baseline RGB-D world models.', false],
    ['Our detector performs well when compared with existing detection models.', false],
    ['This paper investigates training better visual world models for robot manipulation.', false],
    ['We present a comparison among seven LLMs on clinical notes.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(evaluatesModels(sentence)).toBe(expected);
  });

  it.each([
    ['Are Large Language Models Good at Detecting Propaganda?', true],
    ['Can LLMs Generate Reliable Test Case Generators? A Study on Competition-Level Problems', true],
    ['Are Lexicon-Based Tools Still the Gold Standard for Valence Analysis?', false],
    ['Do Language Models Dream of Sheep: Generating Images', false],
  ])('a title that asks what models can do announces a study of them: %s', (title, expected) => {
    expect(isStudyTitle(title)).toBe(expected);
  });

  it.each([
    ['Evaluating Small Models on Long Documents', true],
    // The subtitle after a colon says what the paper is, as the opening of a title does.
    ['TableBench: Benchmarking Agents and Pipelines for Text-to-SQL', true],
    ['ProbeKit: Probing Vision Transformers for Texture Bias', true],
    ['A Theoretical Analysis of Adam under Heavy Tails', true],
    // A method whose name holds the word is not a study; nor is a subtitle that names a task.
    ['BenchmarkingNet: Fast Image Matching', false],
    ['FastSQL: Text-to-SQL with Execution-Guided Decoding', false],
  ])('a title or subtitle that opens with an act of measuring announces a study: %s', (title, expected) => {
    expect(isStudyTitle(title)).toBe(expected);
  });

  it('compares with the models a benchmark ran on, which a method paper would use', () => {
    const abstract = 'We conduct comprehensive experiments on Llama 3 and Claude 3.7 Sonnet.';
    expect(read(abstract, { introducesBenchmark: true })).toEqual([
      'compares-with Claude 3.7 Sonnet',
      'compares-with Llama 3',
    ]);
    expect(read(abstract)).toEqual(['uses Claude 3.7 Sonnet', 'uses Llama 3']);
  });

  it('uses the models the sentence presenting its own model names as its parts', () => {
    const made =
      'We define a new benchmark, ZetaSet. We introduce ZetaCLIP, a model that joins the encoders of Llama 3 and Claude 3.';
    expect(read(made, { introducesBenchmark: true, ownName: 'ZetaCLIP' })).toEqual(['uses Claude 3', 'uses Llama 3']);
    // A benchmark presented by what it measures still compares the models it names.
    const measured = 'We introduce ZetaBench, a benchmark that measures how well Llama 3 and Claude 3 read maps.';
    expect(read(measured, { introducesBenchmark: true, ownName: 'ZetaBench' })).toEqual([
      'compares-with Claude 3',
      'compares-with Llama 3',
    ]);
  });

  it('compares with every specific model it names, in its findings and in its background', () => {
    const abstract =
      'Reasoning models, such as Llama-4 and Jamba 1.6, excel at mathematics. ' +
      'We present an evaluation of LLMs on legal reasoning. ' +
      'We find that Claude Sonnet 4.5 and GPT-5.2 still fail on multi-defendant cases.';
    expect(read(abstract)).toEqual([
      'compares-with Claude Sonnet 4.5',
      'compares-with GPT-5.2',
      'compares-with Jamba 1.6',
      'compares-with Llama-4',
    ]);
  });

  it('draws a model the atlas knows, and lists apart a name-shaped word it does not', () => {
    const relations = extracted(
      'We evaluate four LLMs on legal tasks. We find that Claude 3 and Zeta-9 still fail on long cases.',
    );
    const confidence = (target: string) => relations.find((relation) => relation.target === target)?.confidence ?? 0;
    expect(confidence('Claude 3')).toBeGreaterThanOrEqual(0.5);
    expect(confidence('Zeta-9')).toBeGreaterThan(0);
    expect(confidence('Zeta-9')).toBeLessThan(0.5);
  });

  it('keeps a model the study says it used as a tool, and reads nothing in a paper that evaluates no models', () => {
    const abstract = 'We evaluate six LLMs on safety, using Llama-3 as the judge. Claude 3 refuses most often.';
    expect(read(abstract)).toEqual(['compares-with Claude 3', 'uses Llama-3']);
    expect(read('We fine-tune a classifier on GLUE. Claude 3 refuses most often.')).toEqual([]);
  });
});

describe('what kind of study a paper is', () => {
  const findings =
    'Our benchmark exposes a gap: the best model, Gemini-2.5-Pro, scores 63%, and Qwen2.5-VL-72B 38%. ' +
    // A term the study defines is not a model it measured.
    'Retrieval is scored against 99 random distractors (RD100).';

  it('reads "we benchmark X" as measuring X', () => {
    expect(read('To answer this, we benchmark DINOv3 across medical vision tasks.')).toEqual(['compares-with DINOv3']);
  });

  it('reads a paper that introduces a benchmark as a study that evaluates the models it names', () => {
    expect(read(findings, { introducesBenchmark: true })).toEqual([
      'compares-with Gemini-2.5-Pro',
      // Named as relations name models: the version kept, the size dropped.
      'compares-with Qwen2.5-VL',
    ]);
    expect(read(findings)).toEqual([]);
  });

  it('reads a paper whose title announces a study of models as evaluating the models it names', () => {
    const abstract = 'Claude 3 drafts contracts well. We probe how often it cites laws that do not exist.';
    expect(read(abstract, { title: "An Empirical Study of Claude 3's Legal Drafting" })).toEqual([
      'compares-with Claude 3',
    ]);
    expect(read(abstract, { title: 'Drafting Contracts with Fewer Errors' })).toEqual([]);
  });

  it('reads a paper that studies one model the atlas knows as measuring it', () => {
    expect(read('This work investigates Llama-3 with a focus on its residual stream.')).toEqual([
      'compares-with Llama-3',
    ]);
    expect(read('In this paper, we aim to explore the capabilities of Claude 3 across various tasks.')).toEqual([
      'compares-with Claude 3',
    ]);
    // A name the atlas does not know after the verb is as often the paper's own: the paper is no
    // study, and a model it names elsewhere is not one it measured.
    expect(read('We evaluate Zeta-9 on GLUE. Claude 3 refuses most often.')).toEqual(['compares-with Zeta-9']);
    // Nor is a paper that names a method of its own, nor a model given a part to play.
    const studied = 'We probe Claude 3 with our prompts. Llama-3 refuses most often.';
    expect(read(studied)).toEqual(['compares-with Claude 3', 'compares-with Llama-3']);
    expect(read(studied, { ownName: 'ZetaProbe' })).toEqual(['uses Claude 3']);
    expect(read('We investigate Llama-3 as the backbone of our agent.')).toEqual(['uses Llama-3']);
    // "In this study" is the noun: what follows is no object of study.
    expect(read('In this study Llama-3 is fine-tuned with LoRA.')).not.toContain('compares-with Llama-3');
  });

  it('reads the models its own part is an example of as used, not another work’s', () => {
    expect(read('Given an image, our target MLLM (e.g., Llama-3-8B) generates seed boxes.')).toEqual(['uses Llama-3']);
    expect(read('Their approach relies on a large transformer (VAR-d24) and private data.')).toEqual([]);
  });

  it('reads no relations from a survey, which names methods to review them', () => {
    const abstract = 'This paper systematically reviews foundation models (e.g., SatMAE-2, Jamba 1.6) built on LoRA.';
    expect(read(abstract)).toEqual([]);
    expect(read('We list models built on LoRA.', { title: 'A Survey of Adapters' })).toEqual([]);
    expect(read('We list models built on LoRA.')).toEqual(['builds-on LoRA']);
  });
});

describe("the paper's own terms", () => {
  it('reads an acronym the abstract defines for other words as that, not as the vocabulary’s', () => {
    // The corpus knows LoRA as low-rank adaptation, introduced by the paper "lora"; this abstract
    // means something else by it, so its LoRA links nowhere.
    const known: MethodEntity = { ...lora, introducedBy: 'lora' as Slug };
    const slugs = (abstract: string) =>
      extractRelations({
        title: 'A Title',
        abstract,
        own: undefined,
        ownName: null,
        methods: indexMethodsForLineage([known]),
        matcher: new PhraseMatcher([compilePhrase(known, 'LoRA')!, compilePhrase(known, 'Low-Rank Adaptation')!]),
        isNotMethod: () => false,
      }).map((r) => `${r.type} ${r.target} @${r.targetSlug}`);
    expect(slugs('Our method leverages Local Regional Attention (LoRA) to align.')).toEqual(['uses LoRA @null']);
    expect(slugs('Our method leverages Low-Rank Adaptation (LoRA) to align.')).toEqual(['uses LoRA @lora']);
  });

  it('reads what a sentence about its own method defines as its part, and what it is based on as another’s', () => {
    const own = { title: 'SCDL: Class Distributions for Segmentation' };
    const parts =
      'We propose SCDL. SCDL integrates Class Distribution Bidirectional Alignment (CDBA) to align embeddings.';
    expect(read(parts, own)).toEqual([]);
    const base = 'We propose SCDL. SCDL is based on an ELM-based autoencoder (ELM-AE) and fuzzy logic.';
    expect(read(base, own)).toEqual(['builds-on ELM-AE']);
  });
});

describe('two spellings of one term', () => {
  it.each([
    ['Vision Transformer', 'Vision Transformers', true],
    ['supervised fine-tuning', 'Supervised Fine-Tuned', true],
    ['supervised fine-tuning', 'supervised fune-tuning', true],
    ['soft actor-critic', 'Semantic Anchor Constraints', false],
    ['sparse fine-tuning', 'supervised fine-tuning', false],
  ])('%s / %s → %s', (a, b, same) => expect(sameTerm(a, b)).toBe(same));

  it('tells a defined acronym from a known method only when the method is written out', () => {
    expect(definedOtherwise(['SAC', 'Soft actor-critic'], 'Semantic Anchor Constraints')).toBe(true);
    expect(definedOtherwise(['SFT', 'supervised fine-tuning'], 'Supervised Fine-Tuned')).toBe(false);
    // Known only by short names: the abstract's long form cannot be told apart from it.
    expect(definedOtherwise(['ViT', 'ViT-B'], 'Vision Transformers')).toBe(false);
  });
});

describe('names in an abstract', () => {
  it('reads a capitalised word a cue governs as a proper name, but not a run of capitalised words', () => {
    expect(read('Our forecaster outperforms Informer and Autoformer on long horizons.')).toEqual([
      'compares-with Autoformer',
      'compares-with Informer',
    ]);
    expect(read('Our forecaster outperforms Graph Neural Networks on long horizons.')).toEqual([]);
  });

  it('reads a name with a number as a model a study measured only where the name or the sentence says it is one', () => {
    const paper = { introducesBenchmark: true };
    for (const sentence of [
      'Wildfires in 2023 emitted large quantities of CO2.',
      'Audits are aligned with Industry 4.0 standards.',
      'All tables were produced at a cost of under USD 100.',
      'Each patch holds Sentinel-2, Sentinel-1, climate and elevation data.',
      'Training took 20 GPU-hours on an NVIDIA H100.',
      'Exposure to PM2.5 and NO2 rose in 2023.',
      'CO2, a model pollutant, rose.',
    ])
      expect(read(`Our benchmark measures models. ${sentence}`, paper)).toEqual([]);
    expect(read('Our benchmark exposes a gap: Zeta-9 models fail, and so do Omega 2 checkpoints.', paper)).toEqual([
      'compares-with Omega 2',
      'compares-with Zeta-9',
    ]);
    expect(read('Our benchmark exposes a gap: Zeta-9, the strongest open model, fails.', paper)).toEqual([
      'compares-with Zeta-9',
    ]);
    expect(read('Our benchmark exposes a gap: Zeta2.1 fails on long cases.', paper)).toEqual(['compares-with Zeta2.1']);
    expect(read('We measure four LLMs: Zeta-9, Omega-2 and Delta-5.', paper)).toEqual([
      'compares-with Delta-5',
      'compares-with Omega-2',
      'compares-with Zeta-9',
    ]);
    // A model the atlas knows makes a name a model only when the two are listed or compared together.
    expect(read('Our benchmark finds Claude 3 strong. Training took a day on an NVIDIA H100.', paper)).toEqual([
      'compares-with Claude 3',
    ]);
    expect(read('Our benchmark finds that Zeta-9 trails Claude 3.', paper)).toEqual([
      'compares-with Claude 3',
      'compares-with Zeta-9',
    ]);
  });

  it('reads no name from a preposition or a numbered part before a number, nor across a double hyphen', () => {
    const paper = { introducesBenchmark: true };
    expect(read('Across 14 diverse benchmarks and in Table 2, Jamba 1.6 trails GPT-5.2.', paper)).toEqual([
      'compares-with GPT-5.2',
      'compares-with Jamba 1.6',
    ]);
    expect(read('In Studies 1a and 1b, Jamba 1.6 trails GPT-5.2.', paper)).toEqual([
      'compares-with GPT-5.2',
      'compares-with Jamba 1.6',
    ]);
    expect(read('Our model reasons based on them--UV-CoT improves spatial tasks.')).toEqual([]);
  });

  it('reads no method from an alphabetic citation key', () => {
    expect(blankMarkup('denoising on DIV2K [AT17] and [KH+09, Vas17a].')).toBe(
      `denoising on DIV2K ${' '.repeat(6)} and ${' '.repeat(15)}.`,
    );
    expect(read('We fine-tune a classifier using GLUE [KH+09] and FooNet [AT17].')).toEqual(['uses FooNet']);
  });

  it('keeps a number that ends a name without a separator: a size is set off by a hyphen or space', () => {
    expect(read('Our method outperforms FooNet-7B, BarNet 13B, Qux (7B) and Baz8K.')).toEqual([
      'compares-with BarNet',
      'compares-with Baz8K',
      'compares-with FooNet',
      'compares-with Qux',
    ]);
  });

  it('reads names set in maths as written, and no method from maths, a reference or a bare command', () => {
    // A name in maths loses its dollars; a Greek letter in a name is the letter, padded to keep places.
    expect(blankMarkup('with $\\texttt{Llama}$ and PixArt-$\\alpha$ models')).toBe(
      `with ${' '.repeat(9)}Llama${' '.repeat(2)} and PixArt-α${' '.repeat(7)} models`,
    );
    expect(read('We use the pretrained $\\texttt{FooSum-Large}$ model to summarise.')).toEqual(['uses FooSum-Large']);
    expect(read('We compare against PixArt-$\\alpha$ on every prompt.')).toEqual(['compares-with PixArt-α']);
    // Maths with a script or a command is no name; nor is a reference's key or a macro's name.
    expect(read('Our method outperforms $\\mathcal{F}_{TV}$ and FooNet in accuracy.')).toEqual([
      'compares-with FooNet',
    ]);
    expect(read('Building on Toker et al.~\\cite{Toker2024-ve}, we extend FooNet.')).toEqual(['builds-on FooNet']);
    expect(read('We introduce \\SysName, which uses FooNet for retrieval.')).toEqual(['uses FooNet']);
  });

  it('reads no method from a web address', () => {
    expect(blankMarkup('Code: https://github.com/SomeOne/SomeTool here')).toBe(`Code: ${' '.repeat(35)} here`);
    expect(read('We compare with LoRA; see https://github.com/LeonGuertler/TextArena and www.Example.org.')).toEqual([
      'compares-with LoRA',
    ]);
  });

  it('reads a variant after a version as part of the name, and no possessive', () => {
    expect(read('On LongVideoBench, our method outperforms Gemini 2.5 pro by 3.6%.')).toEqual([
      'compares-with Gemini 2.5 pro',
    ]);
    expect(read("Our method outperforms GPT-5.2's answers.")).toEqual(['compares-with GPT-5.2']);
  });

  it("reads what an owner's possessive names, not the owner", () => {
    expect(read("Our agent surpasses leading proprietary agents like OpenAI's o4-mini.")).toEqual([
      'compares-with o4-mini',
    ]);
    expect(read("Our model outperforms Meta's Llama-3 on every task.")).toEqual(['compares-with Llama-3']);
    expect(read("Our method outperforms TinyNet's results.")).toEqual(['compares-with TinyNet']);
  });

  it('reads a bare acronym before a kind of method as the field, not one method', () => {
    expect(read('Our method outperforms existing TTA methods on point clouds.')).toEqual([]);
    expect(read('Our method outperforms state-of-the-art DGSS approaches.')).toEqual([]);
    expect(read('Our method outperforms DeiT3 models and ERNIE.')).toEqual([
      'compares-with DeiT3',
      'compares-with ERNIE',
    ]);
  });

  it('reads examples as targets only when they are examples of methods', () => {
    expect(read('Our approach outperforms radiomics in multiple diseases, including Crohn disease (CD).')).toEqual([]);
    const diseases = 'in several diseases, including cardiovascular disease (CVD) and chronic kidney disease (CKD).';
    expect(read(`Our approach outperforms radiomics ${diseases}`)).toEqual([]);
    expect(read('Our approach outperforms strong baselines, including Informer.')).toEqual(['compares-with Informer']);
  });

  it('reads "augment X with Y" as building on X, and "(X for short)" as a definition', () => {
    expect(read('We augment Assumption Based Argumentation (ABA for short) with weights.')).toEqual(['builds-on ABA']);
  });

  it('reads the models a work ran on when it names their kind first', () => {
    expect(read('Experiments on two text-to-image models, Jamba-2 and PixArt-Sigma, show large gains.')).toEqual([
      'uses Jamba-2',
      'uses PixArt-Sigma',
    ]);
  });
});
