import { describe, expect, it } from 'vitest';
import { namesTask } from '../../src/pipeline/open-names';
import { raisedValue } from '../../src/pipeline/relation-cues';
import type { Slug } from '../../src/pipeline/types';
import { knownMethod, relationReader } from '../helpers/relations';

/** Names a cue governs that are not methods, models or systems: tasks, measures, addresses. */

const read = relationReader([knownMethod('DPO', ['Direct Preference Optimization'])]);
const relations = (abstract: string) => read(abstract).sort();

describe('an acronym the abstract spells out as a task or a field', () => {
  it.each([
    [
      'Sentence-level Speech Translation (SLST) remains hard. Our model outperforms strong SLST systems on five pairs.',
      [],
    ],
    [
      'We study Open Vocabulary Object Localization (OVOL). Our method surpasses OVOL baselines and DPO.',
      ['compares-with DPO'],
    ],
    ['Studies of theory of mind (ToM) in machines are few. Our agent beats ToM on the test.', []],
  ])('is no target: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it.each([
    [
      'Knowledge-Guided Answer Generation (KGAG) grounds answers in graphs. Our method outperforms KGAG on three sets.',
      ['compares-with KGAG'],
    ],
    [
      'We adopt the Contrastive Token Learning (CTL) algorithm. Our model outperforms CTL on every set.',
      ['compares-with CTL', 'uses CTL'],
    ],
    [
      'Sparse Mixing Networks (SMN) route tokens to experts. Our model outperforms SMN at equal cost.',
      ['compares-with SMN'],
    ],
  ])('is a target when its long form says how, or a method noun follows: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('tells a task from a method by the head noun and a participle of means', () => {
    expect(namesTask('Document-level Machine Translation')).toBe(true);
    expect(namesTask('Visually Rich Document Understanding')).toBe(true);
    expect(namesTask('Retrieval-Augmented Generation')).toBe(false);
    expect(namesTask('Retrieval Augmented Generation')).toBe(false);
    expect(namesTask('Direct Preference Optimization')).toBe(false);
    expect(namesTask('Self-Supervised Monocular Depth Estimation')).toBe(true);
  });
});

describe('a measure', () => {
  it.each([
    ['Our model is better than the baseline, with its AUC, WQ and F1score values of 99%, 86% and 84%.', []],
    [
      'The mean weighted accuracy (MWA) was computed. Our model outperforms MWA-tuned rivals and DPO.',
      ['compares-with DPO'],
    ],
    ['We compare against the baselines in PHQ-8 and GAD-7 scores of the patients.', []],
    // A name given a value is the quantity it names: "(ScareBLEU=79.53)", "TAR @ 1% FAR", "PCK@0.05".
    ['Our model far outperforms existing models in all metrics (ScareBLEU = 63.89, BLEU-1 = 55.14).', []],
    ['It outperforms competitive methods by achieving TAR @ 1% FAR improvements of 7.1%.', []],
    ['We outperform the strongest rival by far (+3.2% PCK@0.05) and DPO.', ['compares-with DPO']],
    // "an mAP50-95 of 98.8": the value after "of".
    [
      'Our model outperforms the baselines, with an aZOTA of 0.722 and an mZP50-95 of 98.8, and DPO.',
      ['compares-with DPO'],
    ],
    // So is one whose value is raised to another, the first read as a version: "CLIP 16.12 to 17.70".
    ['Compared to prior models, ours raises ZetaScore 16.12 to 17.70 (+9.80%) and beats DPO.', ['compares-with DPO']],
  ])('is no target: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('is not a model that scores a number', () => {
    expect(relations('We compare with Claude-Opus 3.5 scores 90% on the benchmark.')).toContain(
      'compares-with Claude-Opus 3.5',
    );
    // Nor one given a size or a count after "of".
    for (const size of ['13B parameters', '7b', '8x7B', '12 layers', '50 steps', '1T parameters'])
      expect(relations(`We compare our model with ZetaLM of ${size}.`)).toContain('compares-with ZetaLM');
  });

  it('is a score raised from one value to another only where the name ends in the first value', () => {
    expect(raisedValue('CLIP 16.12', ' to 17.70 (+9.80%)')).toBe(true);
    // "from around 0.5 for baseline models like Qwen2.5-1.5B-Instruct to 0.976": the model's score.
    expect(raisedValue('Qwen2.5-1.5B-Instruct', ' to 0.976')).toBe(false);
    // A version has one decimal: "from 6.3% accuracy in vanilla Llama 3.2 to 99.7% accuracy".
    expect(raisedValue('Llama 3.2', ' to 99.7% accuracy')).toBe(false);
    expect(raisedValue('Llama 3.1', ' to 3.3')).toBe(false);
  });
});

describe('an address', () => {
  it.each([
    'Our code builds on https: //github.com/Acme-Lab/FooNet for training.',
    'Our code builds on github.com/Acme-Lab/FooNet for training.',
  ])('names no method: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('leaves the name written outside it', () => {
    expect(relations('Our code builds on FooNet (see github.com/Acme-Lab/tools).')).toEqual(['builds-on FooNet']);
  });
});

describe('hardware', () => {
  it.each([
    'Our method runs in 2 ms using a single NVIDIA GeForce RTX 4090 Ti GPU.',
    'We deploy the detector with an embedded NPU and EdgeTPU for inference.',
    'Our recipe trains a 3-step student in less than one H200 day.',
    'We benchmark our kernels against TPU v5 with our scheduler.',
  ])('is no target: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('leaves a model run on it', () => {
    expect(relations('We fine-tune FooLM-7B on four H200 GPUs with DPO.').sort()).toEqual(['uses DPO', 'uses FooLM']);
  });
});

describe('data and what an apposition says a name is', () => {
  it.each([
    'We train our detector using the curated FooSet-20k dataset.',
    'Our encoder is trained with semantic RGBD images and outperforms prior work.',
    'Our agent outperforms Qux-Forum, a Korean online platform for recipes.',
    'Our model outperforms the pipeline of BarLab, a research institute in Oslo.',
  ])('is no target: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it.each([
    ['Our model outperforms FooNet-2, on every benchmark we tried.', ['compares-with FooNet-2']],
    ['We extend FooQ, a Bar Error Metrics (BEM)-based representation.', ['builds-on FooQ']],
  ])('is a target where the phrase after it is no apposition of a kind: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });
});

describe('a word numbered by a year or a clause opened by a gerund', () => {
  it.each([
    'We evaluate models on abstracts of FooConf 2024 papers.',
    'We compare the models released after March 2025 with older ones.',
    'Comparing 12 models, we find that scale helps.',
  ])('is no target: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('leaves a model numbered by its release', () => {
    expect(relations('Our model outperforms Foobar 3 on every task.')).toEqual(['compares-with Foobar 3']);
  });
});

describe('a name that qualifies the data it is the source of', () => {
  it.each([
    "Using a curated dataset based on Ganjoor's corpus, we draw upon lexical features.",
    'We fine-tune our model on co-located Sentinel-1 (Synthetic Aperture Radar) imagery.',
    'Our pipeline relies on ArXivSum abstracts collected in 2024 and SciBERTa embeddings of each.',
  ])('is no target: %s', (abstract) => {
    expect(relations(abstract).filter((r) => !r.includes('SciBERTa'))).toEqual([]);
  });

  it('is a target when a method noun follows it', () => {
    expect(relations("Our model is based on Ganjoor's encoder, fine-tuned on poems.")).toEqual(['builds-on Ganjoor']);
  });
});

describe('a name written before the noun of a task', () => {
  it.each([
    'Grapheme-to-phoneme (G2P) conversion is hard for Persian. Our model improves accuracy for Persian G2P conversion.',
    'Our model improves over strong baselines on the CODA-X detection benchmark and MedQ segmentation.',
  ])('is no target: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('is a target when no task noun follows it', () => {
    expect(relations('Our detector outperforms YOLOX-S on the new benchmark.')).toEqual(['compares-with YOLOX-S']);
  });
});

describe("another corpus paper's acronym that this abstract spells out as a task", () => {
  // A corpus paper introduced "HAR" under the same long form: the vocabulary does not list it.
  const har = knownMethod('HAR', ['Human Activity Recognition'], { introducedBy: 'rag-har' as Slug });
  const abstract = 'Human Activity Recognition (HAR) matters. Our model is superior to HAR on three sets.';
  it('is no target', () => {
    expect(relationReader([har])(abstract)).toEqual([]);
  });

  it('is a target when the vocabulary lists it as a method', () => {
    expect(relationReader([{ ...har, listed: true }])(abstract)).toEqual(['compares-with HAR']);
  });
});

describe("another corpus paper's acronym that this abstract spells out as a field", () => {
  const dl = knownMethod('DL', ['Deep Learning'], { introducedBy: 'some-paper' as Slug });
  const readField = relationReader([dl]);
  it('is no target', () => {
    expect(
      readField('Our model, trained on radiomics, outperforms Deep Learning (DL) on every set.', {
        isNotMethod: (name) => name.toLowerCase() === 'deep learning',
      }),
    ).toEqual([]);
  });
});

describe('a unit or a source of data', () => {
  it.each([
    ['Our model outperforms the prior work by 0.73 dB in PSNR.', []],
    ['It reconstructs speech from a minimum of 0.5 kHz sampling frequency, over DPO.', ['compares-with DPO']],
    ['The dataset integrates co-registered Sentinel-2 and ALOS-2 imagery, and our model outperforms them.', []],
    ['We reconstruct images from predictions using T1w and/or T2w scans.', []],
    ['Our method outperforms state-of-the-art models on the TAP-Vid DAVIS dataset.', []],
    ['Results on commonly adopted VIS benchmarks show that our method outperforms prior ones.', []],
    ['We leverage high-resolution satellite images (Sentinel-2 L1C) with weather data.', []],
    ['We train FooNet-2 on natural language inference tasks (ZetaNLI and QuxNLI), and evaluate it.', ['uses FooNet-2']],
    // Not a name after a verb in the brackets: "(using ZetaSeg and QuxSeg)" names tools.
    ['We segment images (using ZetaSeg-2 and QuxSeg-3) and outperform both.', ['uses QuxSeg-3', 'uses ZetaSeg-2']],
  ])('is no target: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it.each([
    // A number ending a word ("FP16") is no quantity of what follows it.
    ['Our kernel achieves a 4.8x speedup compared to FP16 FlashDecoding-v2.', 'compares-with FlashDecoding-v2'],
    ['Our model outperforms ZS-N2N by 4.59 dB.', 'compares-with ZS-N2N'],
    ['Our model outperforms the 7 Llama-2 baselines.', 'compares-with Llama-2'],
  ])('leaves the name beside it: %s', (abstract, expected) => {
    expect(relations(abstract)).toContain(expected);
  });
});

describe('a number written like a name', () => {
  it.each([
    ['Our cache reaches 1.5-bit precision with almost no drop compared to the FP16 counterparts.'],
    ['We introduce an FP8-based training recipe on par with BF16-based training.'],
    ['Our kernels outperform INT4 and MXFP4 baselines at equal memory.'],
    ['Our method is compatible with W8A8, W4A8 and W4A16 for both backbones.'],
  ])('is a number format, not a method: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('is a value with its unit after a name, not the name\u2019s version', () => {
    expect(relations('Our model surpasses diffusion-based models in speed (Hallo 20.93s vs. Teller 0.92s).')).toEqual(
      [],
    );
    expect(relations('Our model outperforms Gemini 2.5 Pro and GPT-4.1.')).toEqual([
      'compares-with GPT-4.1',
      'compares-with Gemini 2.5 Pro',
    ]);
  });
});

describe('a name before the noun of an instrument', () => {
  it.each([
    ['Radiologists use the Response Assessment in Neuro-Oncology (RANO) criteria to label each tumour.'],
    ['Our tool achieves full compliance with 18 rules derived from FDA guidelines.'],
    ['We use the PHQ-9 questionnaire and the GAD-7 scale to screen each participant.'],
    ['Our personas are defined using the Myers-Briggs Type Indicator (MBTI) for each user.'],
  ])('is the instrument a field assesses by, not a method: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });
});

describe('a licence', () => {
  it('is no model a study of models compares, in a list or before the noun', () => {
    expect(
      relations(
        'We evaluate four LLMs (GPT-4o, Llama-3-8B, Qwen2.5-7B and Gemma-2) on legal questions. The benchmark is released under Apache 2.0 and CC-BY-4.0.',
      ),
    ).toEqual(['compares-with GPT-4o', 'compares-with Gemma-2', 'compares-with Llama-3', 'compares-with Qwen2.5']);
    expect(
      relations(
        'We evaluate four LLMs (GPT-4o and Gemma-2) on legal questions and share data under a CC-NC-SA-4.0 licence.',
      ),
    ).toEqual(['compares-with GPT-4o', 'compares-with Gemma-2']);
  });
});

describe('a name joined to the next sentence by a lost space', () => {
  it('ends at the full stop before a function word', () => {
    expect(
      relations(
        'We capture defective surfaces as an event stream using DVS.In addition to event data, we include grayscale images.',
      ),
    ).toEqual([]);
  });
});

describe('a capital and a digit, or a conversion written with a 2', () => {
  it.each([
    ['Our loss outperforms regression-based losses like L1/L2 on every set.'],
    ['We use T1-weighted and T2-weighted MRI images from 205 people.'],
    ['Our model is tested on a DJI Phantom 4 Pro V2 drone.'],
    ['Our generator outperforms existing T2M generation methods by a large margin.'],
  ])('is no method: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('is a name where a kind of method follows it', () => {
    expect(relations('We introduce S5-RF, a new layer based on the S5 model.')).toEqual(['uses S5']);
  });
});

describe('a name an apposition calls a part or a region', () => {
  it.each([
    ['For efficiency, our model incorporates CoTR, a novel token reduction module, to merge tokens.'],
    ['Our detector incorporates DeeFuser, a fusion module that combines features.'],
    ['Our method has been applied to the Yangtze River Economic Belt (YREB), a region of diverse topography.'],
  ])('is no method another work made: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });
});

describe('a name read inside a run of capitalised words', () => {
  it.each([
    ["Inspired by Unreal Engine 5's Nanite system, we propose V3DG, a renderer.", ['builds-on Unreal Engine']],
    ['Compared to baselines such as Gated DeltaNet, our layer is faster.', ['compares-with Gated DeltaNet']],
    ['Quantitative comparisons against the Toronto NeuroFace and other products show gains.', []],
    ['We build a retrieval framework that integrates a SuperGlobal Reranking mechanism.', []],
  ])('is a piece of the longer name, no target of its own: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it.each([
    ["Our agent outperforms OpenAI's o1 on three benchmarks.", ['compares-with o1']],
    ['Our model outperforms SegFormer on ADE20K.', ['compares-with SegFormer']],
    ['Compared with DPO, our method is more stable.', ['compares-with DPO']],
  ])('is a name after a possessive, a cue or a sentence’s first word: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });
});
