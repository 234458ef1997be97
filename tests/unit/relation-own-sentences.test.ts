import { describe, expect, it } from 'vitest';
import type { Slug } from '../../src/pipeline/types';
import { knownMethod, relationExtractor, relationReader } from '../helpers/relations';

/**
 * Relations read from the work's own sentences with no verb right before the target: what the work
 * makes, the parts it is made of, the software it takes, the models it runs on.
 */

const listed = { listed: true };
const unet = knownMethod('U-Net', [], { model: true, ...listed });
const resnet = knownMethod('ResNet', [], { model: true, ...listed });
const lora = knownMethod('LoRA', ['low-rank adaptation'], listed);
const dpo = knownMethod('DPO', ['Direct Preference Optimization'], listed);
const ppo = knownMethod('PPO', ['Proximal Policy Optimization'], listed);
const mcts = knownMethod('MCTS', ['Monte Carlo Tree Search'], listed);
const rag = knownMethod('RAG', ['retrieval-augmented generation'], listed);
const gnn = knownMethod('GNN', ['graph neural network'], { family: true, ...listed });
// A corpus paper's acronym, which the vocabulary does not list.
const sig = knownMethod('SIG', ['Sparse Inference Graph']);
const methods = [unet, resnet, lora, dpo, ppo, mcts, rag, gnn, sig];
const read = relationReader(methods);
const relations = (abstract: string) => read(abstract).sort();

describe('what the work makes, named as a kind of a known method', () => {
  it.each([
    [
      'In this paper we present a lightweight three-branch U-Net architecture for retinal vessels.',
      ['builds-on U-Net'],
    ],
    ['This study introduces a compact ResNet variant that halves the memory cost.', ['builds-on ResNet']],
    // A model the work builds a system on is one it uses.
    ['We develop a ResNet classification model for crop diseases.', ['uses ResNet']],
    // A participle between the name and the head says what was done with the name.
    ['We propose a LoRA adapted segmentation model for small clinics.', ['uses LoRA']],
    // A model the work trains is one it takes, whatever it is trained for.
    ['Furthermore, we train a ResNet feature detection network solely on synthetic images.', ['uses ResNet']],
    ['We retrain a U-Net architecture on the new scans.', ['uses U-Net']],
    // Known to the atlas or not: a versioned name is an existing model.
    ['We train a SkyDet-11 detection network on drone images.', ['uses SkyDet-11']],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it.each([
    // A kind written in lower case is no name.
    'We present a novel transformer architecture for tabular data.',
    // A new name after the verb of making is the paper's own.
    'We propose a novel HydraNet architecture for retinal vessels.',
    // The name is not what the thing made is a kind of: it comes after the noun phrase.
    'We propose a framework for U-Net pruning.',
    // A part of the work, not the whole of it.
    'We design a U-Net loss term for thin structures.',
    // Others make it, not the work.
    'Prior studies present a deep U-Net architecture for the task.',
    // A new name the work trains is its own.
    'We train a novel HydraNet model on the scans.',
  ])('reads nothing from: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });
});

describe('the known parts a system is made of, listed after a colon', () => {
  it.each([
    [
      'Our planner consists of three main components: a small model that drafts candidate plans, a verifier that checks each step, and an MCTS search module.',
      ['uses MCTS'],
    ],
    [
      'We address both problems through two novel components: (i) a sparse tokenizer that keeps rare words whole across many scripts and long documents, and (ii) a Direct Preference Optimization (DPO) penalty.',
      ['uses DPO'],
    ],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('takes no part the work spells out and names there, even under a known acronym', () => {
    expect(
      relations('Our detector consists of two key components: Region Aware Grouping (RAG) and Pixel Pooling (PP).'),
    ).toEqual([]);
  });

  it('takes no part the work names in its list of parts, whatever verb of improving comes before the list', () => {
    expect(
      relations(
        'We propose a framework called PolyNet, which enhances robustness through two key components: the Cross Prototype Alignment Module (CPAM) and the Feature Balance Module (FBM).',
      ),
    ).toEqual([]);
  });

  it('takes no part the atlas does not know: a new name among the parts is the work own part', () => {
    expect(
      relations('Our system comprises three modules: (i) FlowMixer for fusion, (ii) a decoder and (iii) a head.'),
    ).toEqual([]);
  });

  it('takes no name only a corpus paper gives: another paper may spell its own part so', () => {
    expect(relations('Our model consists of two components: a SIG module and a small decoder.')).toEqual([]);
    expect(relations('We present a compact SIG architecture for parsing.')).toEqual([]);
  });

  it('takes no family of methods', () => {
    expect(relations('Our model combines two components: a GNN encoder and a small decoder.')).toEqual([]);
  });
});

describe('a possessive before a noun of software', () => {
  it.each([
    ['We wrap LlamaIndex’s retrieval functionality in a graph cache.', ['uses LlamaIndex']],
    // The name after the possessive is the tool; its owner is who made it.
    ["Our parser calls Apache's Lucene library to index the notes.", ['uses Lucene']],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it.each([
    // A plain capitalised owner is as often a company or a person.
    "We query Google's search API for every claim.",
    // Not software: the owner's results.
    "We study GPT-4o's answers on the benchmark.",
  ])('reads nothing from: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });
});

describe('a name listed beside a known model after "experiments on"', () => {
  it('is a model the work ran on too, when evidently a proper name', () => {
    expect(relations('Extensive experiments on ResNet and SkyDetNet confirm our gains.')).toEqual([
      'uses ResNet',
      'uses SkyDetNet',
    ]);
    // Alone, an unknown name after "on" is as often a benchmark.
    expect(relations('Extensive experiments on SkyDetNet confirm our gains.')).toEqual([]);
  });
});

describe('names before a noun of models after "experiments on"', () => {
  it('are the models the work ran on, known to the atlas or not', () => {
    expect(relations('Experiments on HunyuanVid and Mochi-1 VAE decoders show a 4x speedup.')).toEqual([
      'uses HunyuanVid',
      'uses Mochi-1',
    ]);
  });

  it('are compared by a study of models', () => {
    expect(relations('We evaluate 12 models. Experiments on HunyuanVid and Mochi-1 VAE decoders show gaps.')).toEqual([
      'compares-with HunyuanVid',
      'compares-with Mochi-1',
    ]);
  });

  it.each([
    // A maker's name alone before "models" says whose models, not which.
    'We report experiments with OpenAI models on the benchmark.',
    // Not a noun of models after the names.
    'Experiments on HunyuanVid and Mochi-1 scores show gaps.',
    // A plural before the noun is a verb: a clause, not a noun of models.
    'Our planner with HunyuanVid surpasses baseline LLMs.',
    // Set against the work, not run on.
    'We compare our tracker with the baseline HunyuanVid video detector on three datasets.',
  ])('reads nothing from: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });
});

describe('confidence of the new frames', () => {
  const extract = relationExtractor(methods);
  const confidence = (abstract: string) => extract(abstract)[0]?.confidence;

  it('is below a cue that governs the target directly', () => {
    const direct = confidence('Our architecture is based on U-Net.')!;
    expect(confidence('We present a lightweight U-Net architecture.')).toBeLessThan(direct);
    expect(confidence('Our planner consists of two components: a critic and an MCTS module.')).toBeLessThan(direct);
  });
});

describe('an acronym the abstract defines as the name of a part', () => {
  // Another corpus paper introduced the same letters; the vocabulary does not list them.
  const hfr = knownMethod('HFR', ['High-Frequency Refinement'], { introducedBy: 'hfr-net' as Slug });
  const gae = knownMethod('GAE', ['Gamma-Asymmetric Enhancement'], { introducedBy: 'gae-net' as Slug });
  const readParts = relationReader([hfr, gae]);
  it.each([
    'Our tracker is complemented by a lightweight High-Frequency Refinement (HFR) module. Experiments show that HFR outperforms the rest.',
    'We incorporate a Gamma-Asymmetric Enhancement (GAE) module into the network, leveraging GAE for features.',
  ])('is the paper’s own part, no target: %s', (abstract) => {
    expect(readParts(abstract)).toEqual([]);
  });

  it('is a target when the abstract names no part after it', () => {
    expect(readParts('Our tracker outperforms High-Frequency Refinement (HFR) on every set.')).toEqual([
      'compares-with HFR',
    ]);
  });

  it('is another’s when the work takes it already trained', () => {
    // Defined in a sentence about the work, the model is the work's own; already trained, another's.
    const owned = 'We propose a network that employs a Universal Speech Model (USM) for features.';
    expect(relations(owned)).toEqual([]);
    expect(relations(owned.replace('a Universal', 'a pre-trained Universal'))).toEqual(['uses USM']);
    expect(relations(owned.replace('a Universal', 'an off-the-shelf Universal'))).toEqual(['uses USM']);
  });

  it('is the paper’s own when its long form ends in a part’s noun after an indefinite article', () => {
    expect(
      relations('These features are fused using a Cross-Synchronized Fusion Module (CSFM), enhancing representation.'),
    ).toEqual([]);
    expect(relations('We utilize a simple Channel Swap Module (CSM) to model temporal dependency.')).toEqual([]);
    // A part others made goes by its name, with no article that brings it in.
    expect(
      relations('Our network is enhanced with Convolutional Block Attention Module (CBAM) for better features.'),
    ).toEqual(['builds-on CBAM']);
  });
});

describe('a known model named in a sentence about the work, with no cue that governs it', () => {
  const extract = relationExtractor(methods);

  it.each([
    ['In our study, ResNet reaches higher accuracy on clean images.', ['uses ResNet']],
    // A comparison in the sentence is with what its cue governs; the model the work ran is used.
    ['In our study, ResNet adapted with our loss outperforms DPO.', ['compares-with DPO', 'uses ResNet']],
    // A method, not a model, and a sentence about earlier work, say nothing.
    ['In our study, LoRA reaches higher accuracy on clean images.', []],
    ['Earlier detectors showed that ResNet reaches higher accuracy on clean images.', []],
    // After the sentence that states the contribution, one that reports no result goes on about the work.
    [
      'We propose a crop monitoring system. A combination of U-Net and ResNet provides robust field segmentation.',
      ['uses ResNet', 'uses U-Net'],
    ],
    // Not before it, nor in a sentence that gives the work's address.
    ['A combination of U-Net and ResNet provides robust field segmentation. We propose a crop monitoring system.', []],
    ['We propose a crop monitoring system. The code is available at https://github.com/lab/ResNet.', []],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('is measured in a study of models', () => {
    expect(
      read('In our study, ResNet reaches higher accuracy on clean images.', { introducesBenchmark: true }),
    ).toEqual(['compares-with ResNet']);
  });

  it("is not a piece of the paper's own name", () => {
    const relations = read('In our study, the ResNet series reaches higher accuracy.', { ownName: 'ResNet Alignment' });
    expect(relations).not.toContain('uses ResNet');
  });

  it('is drawn, but less surely than one a cue governs', () => {
    const [named] = extract('In our study, ResNet reaches higher accuracy on clean images.');
    const [governed] = extract('In our study, we fine-tune ResNet on clean images.');
    expect(named?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(named?.confidence).toBeLessThan(governed?.confidence ?? 0);
  });
});

describe('the owner of a name the abstract defines', () => {
  it('is the work\u2019s after "our" or "innovative", whatever cue of use comes before', () => {
    expect(
      relations(
        'Visual and audio features are integrated using our Adaptive Multimodal Fusion Block (AMFB), which employs local and global streams.',
      ),
    ).toEqual([]);
    expect(
      relations(
        'We learn decoupled content and emotion representations via an innovative Contrastive Decoupled Representation Learning (CDRL) algorithm.',
      ),
    ).toEqual([]);
    expect(
      relations('Features are integrated using the Adaptive Multimodal Fusion Block (AMFB) of earlier work.'),
    ).toEqual(['uses AMFB']);
  });
});

describe('a name said to be used increasingly', () => {
  const sam2 = relationReader([knownMethod('SAM 2', ['SAM2'], { model: true, listed: true })]);
  it('is what the field does, outside the work\u2019s own sentences', () => {
    expect(
      sam2(
        'Video segmentation foundation models such as SAM2 are increasingly deployed in autonomous driving, raising concerns about backdoors. We find that classic attacks are ineffective.',
      ),
    ).toEqual([]);
  });
  it('is what the work does when the work says so', () => {
    expect(sam2('In our pipeline, SAM2 is increasingly employed as the mask decoder.')).toEqual(['uses SAM2']);
  });
});

describe('a specific method the background sets up and the abstract names again', () => {
  const extract = relationExtractor(methods);
  const setUp =
    'LoRA has become a prevalent way to adapt large models. However, LoRA often converges slowly. We propose SwiftAdapt, which rescales each update.';

  it('is the method the work starts from, listed rather than drawn', () => {
    expect(relations(setUp)).toEqual(['builds-on LoRA']);
    // Spelled out in lower case, it is named by the acronym after it.
    expect(
      relations(
        'Retrieval-augmented generation (RAG) has become prevalent. However, RAG is slow. We propose FastRead.',
      ),
    ).toEqual(['builds-on RAG']);
    expect(extract(setUp)[0]?.confidence).toBeLessThan(0.5);
  });

  it.each([
    // Named once: a passing mention.
    'LoRA has become a prevalent way to adapt large models. We propose SwiftAdapt, which rescales each update.',
    // First named in the work's own sentences, not set up by the background.
    'We propose SwiftAdapt, which rescales each LoRA update. Our SwiftAdapt keeps LoRA ranks small.',
    // A kind of method, not one method.
    'GNN layers have become prevalent in chemistry. However, GNN layers oversmooth. We propose DeepSmooth.',
    // A method written in lower case, a process of the field rather than a named method.
    'retrieval-augmented generation has become prevalent. However, retrieval-augmented generation is slow. We propose FastRead.',
    // No work of the paper's own to start from it.
    'LoRA has become a prevalent way to adapt large models. However, LoRA often converges slowly.',
  ])('is not read from: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it('is not read past a frame that relates the method another way', () => {
    expect(
      relations(
        'LoRA has become a prevalent way to adapt large models. However, LoRA often converges slowly. We propose SwiftAdapt, which outperforms LoRA.',
      ),
    ).toEqual(['compares-with LoRA']);
  });

  it('is not a name the atlas does not know: a defined task is named again as often', () => {
    expect(
      relations(
        'Clothes-Changing Re-Identification (CC-ReID) aims to match people. However, CC-ReID remains hard. We propose CSCI.',
      ),
    ).toEqual([]);
  });
});

describe('a known method joined to "-based"', () => {
  it.each([
    // Before the noun of a kind of method, the work's method is a kind of the named one.
    ['We propose a LoRA-based fine-tuning scheme for small clinics.', ['builds-on LoRA']],
    ['We present a lightweight DPO-based alignment framework.', ['builds-on DPO']],
    // Before anything else, the named method made a thing the work uses.
    ['Our decoder refines U-Net-based features at each scale.', ['uses U-Net']],
    ['In our pipeline, LoRA-based fine-tuning keeps the encoder frozen.', ['uses LoRA']],
    // A family, or a comparison, is no such use.
    ['Our model fuses GNN-based embeddings of each molecule.', []],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });
});

describe('a name past the object of the nearest cue before it', () => {
  const cfg = knownMethod('Classifier-free guidance', ['classifier-free guidance', 'CFG'], listed);
  const controlnet = knownMethod('ControlNet', [], { model: true, ...listed });
  const readNear = relationReader([cfg, controlnet]);

  it('is related when written as a name', () => {
    expect(
      readNear('For the textures, MeshGen employs a reference attention-based multi-view ControlNet for appearance.', {
        ownName: 'MeshGen',
      }),
    ).toEqual(['uses ControlNet']);
  });

  it('is not related when written in lower case, as often the work’s own process', () => {
    expect(
      readNear(
        'To further enhance quality, we propose multimodal classifier-free guidance and inference-time optimization mechanism.',
      ),
    ).toEqual([]);
  });
});

describe('a name in capitals after "compared with"', () => {
  it.each([
    ['Compared with CAPRA-S, our model improved postoperative prognostication.', ['compares-with CAPRA-S']],
    [
      'Our model improves accuracy by 5% compared to BBGM, ASAR and GMTR.',
      ['compares-with ASAR', 'compares-with BBGM', 'compares-with GMTR'],
    ],
    ['Our approach achieves higher scores compared to the previous KMVE method.', ['compares-with KMVE']],
    // A name in capitals before a noun qualifies the noun; after a weaker cue it is not taken.
    ['Compared with ICD codes, our extraction is more precise.', []],
    ['Our model improves accuracy over CAPRA-S.', []],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });
});

describe('software a sentence about the work names by its kind', () => {
  it.each([
    ['We develop two planet generators within the Godot engine.', ['uses Godot']],
    ['All examples we generate are verified using the SMT solver CVC5.', ['uses CVC5']],
    ['We render our scenes in the Isaac Sim simulator.', ['uses Isaac Sim']],
    // A short acronym before the noun names a kind of tool; earlier work's tools are not the work's.
    ['We zero out the first steps of the ODE solver.', []],
    ['Earlier detectors were trained in the CARLA simulator.', []],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });
});

describe('a sentence of the work with a second thing it does', () => {
  it.each([
    // "while" before a verb in "-ing" adds what the same subject does; it contrasts with no other work.
    [
      'The model employs a ResNet feature extractor to detect distortions, while integrating semantic gating.',
      ['uses ResNet'],
    ],
    [
      'By conducting PPO training with small reward models, the policy shortens answers while adding accuracy.',
      ['uses PPO'],
    ],
  ])('%s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('still reads a "while" that opens a sentence as a contrast with earlier work', () => {
    // No other word of earlier work here: "learning-based" ends in -ing as a verb would.
    expect(relations('While learning-based methods rely on PPO, they are slow.')).toEqual([]);
  });
});
