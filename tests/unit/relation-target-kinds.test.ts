import { describe, expect, it } from 'vitest';
import { writtenAsFamily } from '../../src/pipeline/relation-mentions';
import { extractRelations, indexMethodsForLineage } from '../../src/pipeline/extract-relations';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import { knownMethod, relationReader } from '../helpers/relations';

/** How the kind of a target (a stage of training, a model, a method) decides its relation. */

const sft = knownMethod('SFT', ['supervised fine-tuning'], { stage: true });
const dpo = knownMethod('DPO', ['Direct Preference Optimization']);
const qwen = knownMethod('Qwen', [], { model: true });
const clip = knownMethod('CLIP', [], { model: true });
const dino = knownMethod('DINOv3', [], { model: true });
const claude = knownMethod('Claude', [], { model: true });
const read = relationReader([sft, dpo, qwen, clip, dino, claude]);
const relations = (abstract: string) => read(abstract).sort();

describe('a stage of training as a target', () => {
  it('is not a method the work uses or builds on', () => {
    expect(relations('We train the policy via SFT and then apply DPO to align it.')).toEqual(['uses DPO']);
  });

  it('is a baseline the work compares with', () => {
    expect(relations('Our method outperforms SFT on every benchmark.')).toEqual(['compares-with SFT']);
  });
});

describe('a model governed by a cue of development', () => {
  it.each([
    ['We release two models based on Qwen 3 for African languages.', ['uses Qwen 3']],
    ['Our recipe is built on top of Qwen2.5 with a new tokenizer.', ['uses Qwen2.5']],
  ])('is the base the work uses: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('is developed when the work makes it better', () => {
    expect(relations('We propose a plug-in empowering CLIP with patch selection.')).toEqual(['builds-on CLIP']);
  });

  it('is built on when the work is inspired by it: an idea, not weights to start from', () => {
    expect(relations('Inspired by the success of CLIP, we pretrain a retinal model on reports.')).toEqual([
      'builds-on CLIP',
    ]);
  });

  it('leaves a method after the same cue built on', () => {
    expect(relations('Our objective is based on DPO with a margin.')).toEqual(['builds-on DPO']);
  });
});

describe('a model whose score the work improves', () => {
  it('is one the work is applied to, and uses', () => {
    expect(relations('Our method improves Qwen2.5-7B from 54.0 to 61.3 on AIME.')).toEqual(['uses Qwen2.5']);
    expect(relations('Our reward boosts Qwen2.5-7B by 7 points.')).toEqual(['uses Qwen2.5']);
    expect(relations('Our reward boosts Qwen2.5-7B accuracy by up to 7 points.')).toEqual(['uses Qwen2.5']);
  });

  it('is developed when no score follows', () => {
    expect(relations('Our work improves CLIP with patch-level supervision.')).toEqual(['builds-on CLIP']);
  });
});

describe('a name written before a plural kind', () => {
  it.each([
    ['CLIP', '-based methods', true],
    ['GNN', ' models are popular', true],
    // A versioned name: the sizes or releases of that one model.
    ['DINOv3', ' models by large margins', false],
    ['Stable Diffusion 3', ' variants', false],
    ['Qwen2.5', '-based methods', true],
  ])('%s%s → a family: %s', (name, after, expected) => {
    expect(writtenAsFamily(name, after)).toBe(expected);
  });

  it('compares with the releases of one model', () => {
    expect(relations('Our student outperforms the baseline DINOv3 models by large margins.')).toEqual([
      'compares-with DINOv3',
    ]);
  });
});

describe('a model named with its version', () => {
  it('keeps the variant joined to the version by hyphens', () => {
    expect(relations('Our agent outperforms Claude-3.7-sonnet-think on every task.')).toEqual([
      'compares-with Claude-3.7-sonnet-think',
    ]);
  });

  it('leaves a suffix that makes the name an adjective', () => {
    expect(relations('Our agent outperforms Claude-3.7-based agents and DPO.')).toEqual(['compares-with DPO']);
  });
});

describe('"followed by"', () => {
  it('orders things and develops nothing', () => {
    expect(relations('In our study Claude-3.7-sonnet performs best, followed by DPO-tuned agents.')).not.toContain(
      'builds-on DPO',
    );
    expect(relations('Our method scores 81.6, followed by DPO with 78.4.')).toEqual([]);
  });

  it('leaves "follows X" a development', () => {
    expect(relations('Our objective follows DPO with an added margin.')).toEqual(['builds-on DPO']);
  });
});

describe('a cue at the end of a compound adjective', () => {
  it('qualifies the thing the work takes', () => {
    expect(relations('Our pipeline runs a domain-adapted DPO on clinical notes.')).toEqual(['uses DPO']);
  });

  it('reaches no further than its noun', () => {
    expect(relations('Our theory explains instruction-following trade-offs and DPO-induced sophistry.')).toEqual([]);
  });
});

describe('a name set off after the role it fills', () => {
  it('is a part the work uses', () => {
    expect(relations('Our teacher transfers knowledge to the student model, DINOv3, in two stages.')).toEqual([
      'uses DINOv3',
    ]);
  });

  it('is not read from a sentence about others', () => {
    expect(relations('Earlier distillation sent knowledge to the student model, DINOv3.')).toEqual([]);
  });
});

describe('"benchmarks"', () => {
  it('is the noun after a number, an article or a preposition', () => {
    expect(relations('Experiments on four benchmarks including DeepSpeedBench show our gains.')).toEqual([]);
  });

  it('is the verb after its subject', () => {
    expect(relations('This study benchmarks DPO on clinical notes.')).toEqual(['compares-with DPO']);
  });
});

describe('"evaluated with" and "evaluated by"', () => {
  it.each([
    ['Experiments evaluated with the AutoNuggetizer framework show that our method is best.', ['uses AutoNuggetizer']],
    ['Our method raises refusal rates, as evaluated by Llama-Guard-3, while keeping utility.', ['uses Llama-Guard-3']],
  ])('names the instrument of the evaluation, which the work uses: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('still compares with the models it evaluates', () => {
    expect(relations('We evaluate Claude and Qwen on the new benchmark.')).toEqual([
      'compares-with Claude',
      'compares-with Qwen',
    ]);
  });
});

describe('an acronym written in the plural', () => {
  it.each([
    'We fine-tune SLMs with our method and outperform GAIAs on the benchmark.',
    'Our method builds on ViTs and MAEs for dense prediction.',
    'Small Language Models (SLMs) are robust. We introduce SLIDE, a method integrating SLMs and LLMs via adaptive weighting.',
    'We combine two distinct small language models (SLMs) with different architectures.',
    'We propose an ensemble framework, combining transformer-based architectures, such as Swin Transformers and ViTs.',
  ])('names a category, which is no target: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('names a category when a known model matched as a prefix is written in the plural', () => {
    const vit = knownMethod('ViT', [], { model: true, listed: true });
    const found = extractRelations({
      title: 'A Title',
      abstract: 'Leveraging the global modeling of ViTs, we incorporate a perturbation attention in the decoders.',
      own: undefined,
      ownName: null,
      methods: indexMethodsForLineage([vit]),
      matcher: new PhraseMatcher([compilePhrase(vit, 'ViT', true)!]),
      isNotMethod: () => false,
    });
    expect(found.map((r) => `${r.type} ${r.target}`)).toEqual([]);
  });

  it('is a target when the s is a size after a version', () => {
    expect(relations('We fine-tune YOLOv8s on the drone images.')).toEqual(['uses YOLOv8s']);
  });
});

describe('a bare acronym the atlas does not know, after an indefinite article and before a kind of system', () => {
  it('says which kind the one thing is, and names no method', () => {
    expect(relations('Our tracker integrates depth estimation into a standard TBD pipeline.')).toEqual([]);
    expect(
      read('We use this data to train FooBot, a native CUA model that reads screenshots.', { ownName: 'FooBot' }),
    ).toEqual([]);
  });

  it('still names a method after "the", as a method is named', () => {
    expect(relations('We adopt the GRPO framework to train our agent.')).toEqual(['uses GRPO']);
  });
});
