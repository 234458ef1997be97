import { describe, expect, it } from 'vitest';
import { extractName, nameKey, settleMethodNames } from '../../src/pipeline/extract-name';
import { abstractNames, introducedNames, nameFromAbstract } from '../../src/pipeline/name-from-abstract';

describe('the name an abstract gives its own method', () => {
  it.each([
    // A second verb of a sentence whose subject is "we", past an abbreviation.
    ['We lay a foundation (e.g., for strings) and present SelfReflect, a metric.', 'SelfReflect'],
    // A capitalised word that reads as a kind ("Model") begins the long form.
    ['We propose Model Sensitivity to Uncertainty (MSU), a probing metric.', 'MSU'],
    // An acronym that begins a proper name.
    ['We present DAO Portal, a production-grade dashboard.', 'DAO Portal'],
    // Words before a kind noun, however many, are a kind: the name is what the label gives.
    [
      'We propose a CNN-Transformer hybrid 3D medical image segmentation model, named TMA-TransBTS, for tumours.',
      'TMA-TransBTS',
    ],
    // A coined name the sentence about the work sets off as new, wherever the verb stands.
    [
      'In this paper, we propose to fix these issues by GS-RGBN, a new Gaussian reconstruction model for 3D objects.',
      'GS-RGBN',
    ],
    // So is one set off before a kind the work says it makes, the relative word left out.
    ['We test on GSM8K and ZetaOrderQA, a benchmark we introduce with controlled difficulty.', 'ZetaOrderQA'],
    // What others named is theirs ("et al." ends no sentence).
    [
      'Recently, Cheng et al. proposed a framework called non-half-sum disjoint packing (NHSDP). We introduce a structure named C-NHSDP.',
      'C-NHSDP',
    ],
    // A capitalised acronym with one capital, spelled out by a capitalised long form.
    ['we propose a Span-level Quality Assurance EvaluaTOR (Sqator) to mark scores.', 'Sqator'],
    // A long form with its acronym, then a passive verb.
    ['Next, a unified framework, Textual Guidance Multimodal fusion (TGMM), was proposed.', 'TGMM'],
    // An adverb between "we" and the verb ("we innovatively propose"), and coordinated adjectives.
    ['We innovatively propose a novel and robust zeta quantification method(ZQ).', 'ZQ'],
    ['We carefully design ZetaNet, a network for depth.', 'ZetaNet'],
    // A connective between "we" and the verb, as an adverb: "we therefore propose", "we thus introduce".
    ['Agreement is costly. We therefore propose Resource-Bounded Consent (RBC): a framework for it.', 'RBC'],
    ['Labels drift over time. We thus introduce ZetaGuard and KappaNet to fix them.', 'ZetaGuard'],
    // A decimal point inside a name: "Zeta-1.6M".
    ['We publicly release Zeta-1.6M, a new dataset of faces.', 'Zeta-1.6M'],
    // A surer name at a later cue wins over a long name in capitals with a bracketed short name.
    [
      'We propose Zeta Step-aware Kappa Tuning (DDT) as a module. Overall, we introduce PhysZeta, a framework for video.',
      'PhysZeta',
    ],
    // A report, article or letter introduces its method as a paper does.
    ['This report presents ZetaNet and KappaNet, our approaches to the challenge.', 'ZetaNet'],
  ])('%j names %j', (abstract, name) => expect(nameFromAbstract(abstract)).toBe(name));

  it.each([
    // The verbs of introducing in the past tense.
    ['To resolve it, we introduced ZT-SSM, an efficient segmentation architecture.', 'ZT-SSM'],
    ['We proposed the Zeta-Aware Layer Gradients (ZALG) Framework, a unified attribution framework.', 'ZALG'],
    // One plain capitalised word in apposition after the cue.
    ['To overcome these limitations, we propose Orchid, a novel reasoning framework.', 'Orchid'],
    ['This work proposes Zephyr, a model predictive control framework for planning.', 'Zephyr'],
    // A kind, then a coined name ending its noun phrase.
    ['We design a geometric perturbation strategy ZetaDP within the DP framework.', 'ZetaDP'],
    // Capitalised words a naming word gives, whatever follows them.
    ['We introduce a new feature called Zeta Examples: documents from other authors.', 'Zeta Examples'],
    // A name in quotation marks a few words after the cue, or its acronym when it spells one.
    ['Hence, we propose an alternative dynamic mechanism,"Zeta Game",to assure fairness.', 'Zeta Game'],
    ['We introduce "Latent Zeta Reconstruction" (LZR), a network trained to reconstruct.', 'LZR'],
    // Other verbs a paper introduces its work by, and an ampersand between capitals.
    ['This paper develops FedZeta, a novel framework for low-latency wireless learning.', 'FedZeta'],
    ['We introduce Z&J (Zeta of Behavior and Judgments), a framework for personas.', 'Z&J'],
    // A name spelled out with its acronym after a kind is called by the acronym.
    ['We introduce a novel self-training algorithm: ZEta to Plan before Answering (ZPA). ZPA trains.', 'ZPA'],
    // A long name in capitals right after the cue, with a short name in brackets that does not
    // spell its initials, when no cue gives a surer name.
    [
      'We propose Cross-modal Zeta-aware Learning for Visual Prompt-Guided Multimodal Image Understanding (ZLV-Net). ZLV-Net works.',
      'ZLV-Net',
    ],
    ['To tackle these issues, we propose Cluster-driven Zeta Pruning (Z-Prune), a two-stage framework.', 'Z-Prune'],
    // A kind of thing that is no method, given a name an apposition says is a method's.
    ['We present a new concept called Zeta Agent, a role-specialized LLM designed to dissent.', 'Zeta Agent'],
  ])('%j names %j', (abstract, name) => expect(nameFromAbstract(abstract)).toBe(name));

  it.each([
    // The past tense of the authors' earlier work.
    'Recently, we proposed ZetaFormer to incorporate the convolution into ViT.',
    // A naming word in a clause about something the work only uses, or about no method at all.
    'We compare two kinds of learning using a physical robotic arm called Zeta Emika Panda.',
    'The first generation of models, what might be called "Act Zero" of generative AI, succeeded.',
    'Humans understand new combinations of words, an ability called Compositional Zeta.',
    'In this paper, we introduce the concept of "Zetality" and its definitions.',
    // A proper name set off by a comma, given to a kind of thing that is no method.
    'We assess quality from a unique perspective termed Writing Zeta, which covers grammar.',
    // An acronym or coined word before the noun phrase of a kind, after an indefinite article.
    'In addition, we also built an HMZ screen dataset based on real-world requirements.',
    'We proposed a novel Zeta-LLM union framework to address the issues.',
    // A word before a plural noun qualifies it.
    'In the second part, we introduced new simple ZoM tasks based on situations.',
    // Capitalised words with something else in brackets: a reference, a formula.
    'We propose Zeta Kappa Learning (2024) for pose estimation.',
    'We propose Zeta Kappa Learning ($\\mu$ZK) for pose estimation.',
    // What the work builds on, or measures itself against, set off before its verb.
    'We extend ZetaNeXt-2, the model we build on, with an audio encoder.',
    'On ZetaVista, the benchmark we develop our method against, accuracy rises.',
    // A compound adjective with its hyphen left out, before what the work makes with it.
    'We present ZetaGAN based augmentation for maps.',
  ])('%j names nothing', (abstract) => expect(nameFromAbstract(abstract)).toBeNull());

  it('puts the name "our proposed framework" gives the whole before the names of its parts', () => {
    const abstract =
      'We propose the Masked Sparse Gated Recurrent Unit (MS-GRU). Results show that our proposed unified framework, MonoMRN, works.';
    expect(abstractNames(abstract)).toEqual(['MonoMRN', 'MS-GRU']);
  });

  it('puts the names of data the paper releases after the name of its method', () => {
    const abstract =
      'We first construct a parking slot dataset (named CRPS-D). Additionally, we develop a baseline, termed SS-PSD, for detection.';
    expect(abstractNames(abstract)).toEqual(['SS-PSD', 'CRPS-D']);
    expect(abstractNames('We present AlgoBench, a benchmark of workloads.')).toEqual(['AlgoBench']);
    // A name after a colon that ends the description of the data.
    expect(abstractNames('To study it, we curate a multimodal image-text GI dataset: Zeta-VLM.')).toEqual(['Zeta-VLM']);
    expect(abstractNames('We curate a benchmark dataset, ZetaE-Bench, for it. We propose ZetaE, a framework.')).toEqual(
      ['ZetaE', 'ZetaE-Bench'],
    );
    expect(abstractNames('In this work, we curate ZMA++, the largest lesion dataset.')).toEqual(['ZMA++']);
  });

  it('does not read the benchmarks a result names after "namely" as the paper’s own', () => {
    const abstract =
      'We show gains over prior methods on three common benchmarks for pose estimation, namely Zeta3.6M, MPI-ZETA and 3DZW.';
    expect(abstractNames(abstract)).toEqual([]);
    expect(abstractNames('We propose a new model, namely ZetaPose, for pose estimation.')).toEqual(['ZetaPose']);
  });

  it('does not read which of a kind of thing "namely" spells out after a plural as a name', () => {
    expect(abstractNames('We optimise detection on one of the latest edge GPUs, namely Zeta Orin AGX.')).toEqual([]);
    expect(abstractNames('The pipeline combines two models, namely ZetaViT++ for nuclei and ZetaNet.')).toEqual([]);
    // A plural after "of" or "for" belongs to a singular head, which the name names.
    expect(abstractNames('We acquire a dataset of raspberries, namely ZetaGrade, and annotate it.')).toEqual([
      'ZetaGrade',
    ]);
    expect(abstractNames('We propose a method for multimodal agents, namely ZETA, that explores.')).toEqual(['ZETA']);
  });

  it('does not read a compound adjective as a name', () => {
    expect(abstractNames('We present an AI-native autonomous laboratory for engineering.')).toEqual([]);
    expect(abstractNames('We introduce LLM-generated edits of summaries as a method.')).toEqual([]);
    // A phrase of English before a noun qualifies it; set off as the name, it is the name.
    expect(abstractNames('We introduce an End-to-End Neural Coreference Resolution system.')).toEqual([]);
    expect(abstractNames('We propose Prune-on-Logic, a structure-aware framework.')).toEqual(['Prune-on-Logic']);
  });

  it('reads a long form with a comma before a capitalised word, not one set off as an apposition', () => {
    expect(abstractNames('We propose Colors See, Colors Ignore (CSCI), an RGB-only method.')).toEqual(['CSCI']);
    expect(abstractNames('We propose a novel framework, Zeta Shift Eraser (ZSE), for clients.')).toEqual(['ZSE']);
    expect(abstractNames('We propose ZetaNet, a framework (ZF) for images.')).toEqual(['ZetaNet']);
  });

  it('lists every name in the order written', () => {
    const abstract = 'First, we build snippets (called CLIC-pages). Second, we construct a Legal Question Bank (LQB).';
    expect(abstractNames(abstract)).toEqual(['CLIC-pages', 'LQB']);
  });

  it('prefers the name whose long form the title echoes', () => {
    const abstract = 'First, we build snippets (called CLIC-pages). Second, we construct a Legal Question Bank (LQB).';
    expect(extractName('Bringing law to the public with a legal question bank', abstract)).toBe('LQB');
  });

  it('counts a name inside a longer name as a mention of the longer one only', () => {
    const abstract =
      'We introduce ZeForDet, a framework for forgery detection. We curate a zeta image forgery (ZeFor) dataset. Our ZeForDet is best.';
    expect(extractName('On Detecting Zeta Image Forgery', abstract)).toBe('ZeForDet');
  });

  it("calls a title's name of three words or more by the acronym the abstract gives it, capitals and all", () => {
    const abstract = 'In this work, we introduce the ZD Open LULC Map (ZOLM), providing annotations.';
    expect(extractName('ZD Open LULC Map: High-Resolution Land Cover Mapping', abstract)).toBe('ZOLM');
    // One coined word with another keeps the title's spelling.
    const coined = 'We propose ZetaNet Plus (ZNP), a network.';
    expect(extractName('ZetaNet Plus: Fast Segmentation', coined)).toBe('ZetaNet Plus');
  });

  it('calls a title name of plain words joined by hyphens by the short name the abstract brackets after it', () => {
    const abstract = 'We present Quantize-then-Rectify (ZeVQ), a framework for fast training. ZeVQ is cheap.';
    expect(extractName('Quantize-then-Rectify: Efficient VQ-VAE Training', abstract)).toBe('ZeVQ');
    // A coined title name keeps its spelling, and a bracket that is no name is not one.
    expect(extractName('ZetaFormer: Fast Segmentation', 'We present ZetaFormer (ZF), a network.')).toBe('ZetaFormer');
    expect(extractName('Plan-and-Refine: Planning', 'We present Plan-and-Refine (ours), a method.')).toBe(
      'Plan-and-Refine',
    );
  });

  it('calls a title name by its last word when the abstract spells that word out after the others', () => {
    const abstract =
      'We propose a network-based approach, the Hierarchical Zeta-Level Attention Network (ZLANet), for faces. ' +
      'A training strategy is employed, incorporating Zeta Morphable Model (ZMM) parameters.';
    expect(extractName('Hierarchical ZLANet: Faces From Images', abstract)).toBe('ZLANet');
    // Words the long form does not follow are part of the name.
    const apart =
      'We propose Hierarchical ZLANet, built on a Zeta-Level Attention Network (ZLANet). ' +
      'A training strategy is employed, incorporating Zeta Morphable Model (ZMM) parameters.';
    expect(extractName('Hierarchical ZLANet: Faces From Images', apart)).toBe('Hierarchical ZLANet');
  });

  it("keeps the title name when the title's subtitle spells out the acronym the abstract gives", () => {
    const abstract = 'We propose a Body Zeta-aware Textual Alignment (BZaTa) framework that models body shape.';
    expect(extractName('ZetaSpeak: Body Zeta-Aware Textual Alignment for Person Search', abstract)).toBe('ZetaSpeak');
    // A subtitle that says something else leaves the abstract's name standing.
    expect(extractName('ZetaSpeak: Searching for People', abstract)).toBe('BZaTa');
  });

  it('keeps the title name when the abstract calls the work by a LaTeX macro', () => {
    const parts = 'a framework comprising ZetaDeformR and ZetaSegger. We designed ZetaDeformR to deform a template.';
    expect(extractName('ZetaCrowner: Crown Design', `We propose \\totalframework, ${parts}`)).toBe('ZetaCrowner');
    // Without the macro, the coined name the abstract gives stands for a title name it never repeats.
    expect(extractName('ZetaCrowner: Crown Design', `We propose ${parts}`)).toBe('ZetaDeformR');
  });

  it('spells a title name as the abstract does when the title does not tell its case', () => {
    // A title in capitals, against running text.
    expect(extractName('ZETAMEM: Memory for Agents', 'We propose ZetaMem, a memory. ZetaMem helps.')).toBe('ZetaMem');
    // A name capitalised as a title word, against one with capitals inside.
    expect(extractName('Zetabooth: Stories', 'We present ZetaBooth, a tool.')).toBe('ZetaBooth');
    // Not the other way: the title's inner capitals are the name's, whatever an abstract in capitals says.
    expect(extractName('ZetaCoder: Code Models', 'We present ZETACODER, a model.')).toBe('ZetaCoder');
    // Nor a word that opens a sentence, nor one inside a web address.
    expect(extractName('ZETAMEM: Memory for Agents', 'Zetamem is ours. See github.com/x/zetamem.')).toBe('ZETAMEM');
  });

  it('keeps the first name when the abstract goes on about it more than about the one the title echoes', () => {
    const abstract =
      'We present PhiGenesis, a framework. PhiGenesis renders scenes. We propose Stereo Forcing, a strategy.';
    expect(extractName('Scene Generation With Stereo Forcing', abstract)).toBe('PhiGenesis');
  });
});

describe('the names a corpus settles on', () => {
  const isFieldTerm = (name: string) => ['lora'].includes(nameKey(name));
  const paper = (title: string, abstract: string) => ({ title, abstract });

  it('tries a later name when the first is a term of the field', () => {
    const abstract = 'We propose a LoRA fine-tuned model. Finally, we present CHARIS, an evaluation framework.';
    expect(settleMethodNames([paper('Taming Diffusion Models', abstract)], isFieldTerm)).toEqual(['CHARIS']);
  });

  it('drops an acronym other papers of the corpus spell out as this one does: a shared term', () => {
    const coined = 'We introduce three Neural Network (NN) models for tracking.';
    const others = [
      'A neural network (NN) predicts flow.',
      'We train neural networks (NN) on scans.',
      'A Neural Network (NN) is used.',
    ];
    const corpus = [paper('Tracking Objects', coined), ...others.map((abstract, i) => paper(`Paper ${i}`, abstract))];
    expect(settleMethodNames(corpus, isFieldTerm)[0]).toBeNull();
    // Spelled out so by one other paper only, it is still this paper's name.
    expect(settleMethodNames(corpus.slice(0, 2), isFieldTerm)[0]).toBe('NN');
    // A title that announces the name keeps it, however many papers spell it out.
    const announced = paper('NN: Neural Networks for Tracking', 'We propose Neural Networks (NN) for tracking.');
    expect(settleMethodNames([announced, ...corpus.slice(1)], isFieldTerm)[0]).toBe('NN');
  });

  it("does not take a known model an abstract names, or a title improves, for the paper's own", () => {
    const isKnownModel = (name: string) => /^(?:ResNet|YOLO|Qwen)(?:v?\d+)?$/u.test(name);
    const papers = [
      paper(
        'Drone Identification at Long Range',
        'Here, we introduce a novel integration of residual neural networks (ResNet) with lidar.',
      ),
      paper('An Improved ResNet50 Model for Pavements', 'We propose ResNet50, an enhanced residual network.'),
      // A release the title opens with is the paper's work.
      paper('Qwen3 Technical Report', 'We present Qwen3, the latest version of the Qwen family.'),
    ];
    expect(settleMethodNames(papers, isFieldTerm)).toEqual(['ResNet', 'ResNet50', 'Qwen3']);
    expect(settleMethodNames(papers, isFieldTerm, isKnownModel)).toEqual([null, null, 'Qwen3']);
  });

  it('drops an acronym of two letters the abstract spells out in ordinary words', () => {
    const generic = 'We propose policy optimization (PO) for agents.';
    const proper = 'We propose a Decision Transformer (DT) for agents.';
    expect(settleMethodNames([paper('Acting Well', generic), paper('Acting Better', proper)], isFieldTerm)).toEqual([
      null,
      'DT',
    ]);
  });
});

describe('titles that name no method', () => {
  it('reads a title whose part before the colon is a term of the field as naming nothing', () => {
    const isFieldTerm = (name: string) => nameKey(name) === 'image quality assessment';
    const abstract =
      'Image quality assessment needs references. We propose a memory-driven quality-aware framework (MQAF).';
    expect(settleMethodNames([{ title: 'Image Quality Assessment: Exploring Memory', abstract }], isFieldTerm)).toEqual(
      ['MQAF'],
    );
  });

  it("reads a title whose only coinage is a field's acronym as naming nothing but the field", () => {
    const field = new Set(['ai', 'llm', 'rag', 'explainable ai']);
    const isFieldTerm = (name: string) => field.has(nameKey(name));
    const papers = [
      // The field with its acronym: the abstract's own name stands instead.
      {
        title: 'Explainable AI: Context-Aware Gradients',
        abstract:
          'Explainable AI needs faithful attributions. We introduce Context-Aware Layer-wise Integrated Gradients (CA-LIG).',
      },
      // Four words, taken for a name only for the acronyms in them.
      { title: 'Graphs Meet AI Agents: Taxonomy and Progress', abstract: 'This survey reviews graphs for agents.' },
      { title: 'LLM Ensemble for RAG: Role of Context Length', abstract: 'We study ensembles of models.' },
      // A coinage of the paper's own beside the field's acronym, and a name of plain words, stand.
      { title: 'AI-Sentinel: Guarding Agents', abstract: 'We present a guard.' },
      { title: 'Split & Merge: Unlocking Segmentation', abstract: 'We present a method.' },
    ];
    expect(settleMethodNames(papers, isFieldTerm)).toEqual(['CA-LIG', null, null, 'AI-Sentinel', 'Split & Merge']);
  });

  it('reads a title that makes a claim as naming nothing', () => {
    expect(extractName('Colors Matter: Exploring Human Feature Colors', 'This study presents a framework.')).toBeNull();
  });
});

describe('every name an abstract introduces as its own', () => {
  it.each([
    ['We propose ReFuse, a fusion network (RFN) for depth.', ['ReFuse']],
    // An acronym past a relative clause names what the work takes.
    ['We propose an enhanced framework that integrates Squeeze-and-Excitation Residual Networks (SEResNet).', []],
    // Another's work named in its own words ("et al." ends no sentence).
    [
      'Recently, Cheng et al. proposed a framework called non-half-sum disjoint packing (NHSDP). We introduce a structure named C-NHSDP.',
      ['C-NHSDP'],
    ],
    // A coined name set off after a kind the sentence calls new, whatever verb came before.
    ['Inspired by KANs, we introduce a novel network architecture, \\textbf{ZetaNet}, which learns.', ['ZetaNet']],
    ['Furthermore, we propose a novel judging method: PC2 (Pre-Comparison Criteria) evaluation.', ['PC2']],
    // "Innovative" calls the kind new as "novel" does.
    ['The goal of this study is to develop an innovative prompting technique, AnaQuest, for questions.', ['AnaQuest']],
    // Not a name after a kind that is not called new.
    ['We adopt a standard network architecture, ZetaNet, which learns.', []],
    // A compound adjective with its hyphen left out says what the thing is made with, not its name.
    ['We propose a ZetaGAN based approach for generating maps.', []],
    ['We propose a ZetaGAN-based approach for generating maps.', []],
    ['We propose a ZetaGAN driven by maps.', ['ZetaGAN']],
    ['We present ZetaNet based primarily on transformers.', ['ZetaNet']],
    ['We present ZetaNet free of labels.', ['ZetaNet']],
  ])('%s', (abstract, expected) => {
    expect(introducedNames(abstract)).toEqual(expected);
  });
});

describe('a name a naming word gives, and whose thing it is', () => {
  it.each([
    ['The winning team fine-tuned a large, pretrained network called STU-Net on the scans.', []],
    ['Detectors have been trained on a large public dataset called DeepLesion for years.', []],
    ['This phenomenon has been termed as Image-induced Fidelity Loss (IFL) in the literature.', []],
    // Opening on a naming word whose subject is not the work's thing.
    ['Called ZetaNet by its authors, the network of Cheng et al. is widely used.', []],
  ])('is another’s in a sentence that is not about the work: %s', (abstract, expected) => {
    expect(abstractNames(abstract)).toEqual(expected);
  });

  it.each([
    ['This approach, called Step-Wise Reinforcement Learning (SWiRL), learns from its own data.', ['SWiRL']],
    ['The resulting fine-tuned model, named fCLIPSeg, achieves a Dice score of 0.8.', ['fCLIPSeg']],
    ['The current study describes a radiology software platform called NeoMedSys.', ['NeoMedSys']],
    ['We tune a comment generator and propose a new framework named CAMERED.', ['CAMERED']],
    // A sentence that opens on its naming word names its subject, the thing just described.
    ['Called Zeta Causal Graph Model (ZCGM), the approach captures anatomical constraints.', ['ZCGM']],
    ['Dubbed ZetaFlow, the proposed model runs in real time.', ['ZetaFlow']],
  ])('is the work’s in a sentence about it: %s', (abstract, expected) => {
    expect(abstractNames(abstract)).toEqual(expected);
  });
});
