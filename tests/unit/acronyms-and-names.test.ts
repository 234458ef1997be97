import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions, findLongForm, singularAcronym } from '../../src/pipeline/acronyms';
import {
  extractName,
  extractNamedMethod,
  nameFromAbstract,
  nameKey,
  readNames,
  settleMethodNames,
  type NameReading,
} from '../../src/pipeline/extract-name';
import { nameFromTitle } from '../../src/pipeline/name-from-title';

describe('findAcronymDefinitions', () => {
  it.each([
    ['we use Direct Preference Optimization (DPO) to align', 'DPO', 'Direct Preference Optimization'],
    ['sparsely-gated mixture-of-experts (MoE) has been', 'MoE', 'mixture-of-experts'],
    ['Memory-efficient Zeroth-order (MeZO) optimizers', 'MeZO', 'Memory-efficient Zeroth-order'],
    ['with Proximal Policy Optimization (PPO) and', 'PPO', 'Proximal Policy Optimization'],
    ['a family of Structured Sparse Fine-Tuning (S^{2}FT) methods', 'S^{2}FT', 'Structured Sparse Fine-Tuning'],
  ])('%s', (text, acronym, longForm) => {
    expect(findAcronymDefinitions(text)).toEqual([{ acronym, longForm }]);
  });

  it('ignores parentheses that do not define an acronym', () => {
    expect(findAcronymDefinitions('results (see Table 2) of models (e.g. GPT) and ours (ABC)')).toEqual([]);
  });

  it('finds no long form when the words do not spell the acronym', () => {
    expect(findLongForm('XYZ', 'completely unrelated words here')).toBeNull();
  });
});

describe('singularAcronym', () => {
  it.each([
    ['LLMs', 'LLM'],
    ['VLMs', 'VLM'],
    ['DPO', 'DPO'],
    ['MoEs', 'MoE'],
  ])('%s → %s', (plural, singular) => expect(singularAcronym(plural)).toBe(singular));
});

describe('method names', () => {
  it.each([
    ['Sparse MeZO: Less Parameters for Better Performance', 'Sparse MeZO'],
    ['S^{2}FT: Efficient, Scalable and Generalizable LLM Fine-tuning', 'S^{2}FT'],
    ['Split & Merge: Unlocking the Potential of Visual Adapters', 'Split & Merge'],
    // A version after the name is part of it.
    ['ZetaNet v2: Native Activations for Small Models', 'ZetaNet v2'],
    ['Zeta Treebank v1.3: A Framework for Aligning Tags', 'Zeta Treebank v1.3'],
    ['Survey: A Review of Everything', null],
    ['Beyond Reverse KL: Generalizing Direct Preference Optimization', null],
    ['Aligning Large Language Models with Human Feedback: A Study', null],
    ['Fine-Tuning Language Models with Just Forward Passes', null],
    // A double hyphen sets the name off as a dash does.
    ['CoEx -- Co-evolving World-model and Exploration', 'CoEx'],
    // A name may hold "of" or "and"; a lead with a preposition of purpose or means says what the
    // work does with a method.
    ['Tree of Thoughts: Deliberate Problem Solving', 'Tree of Thoughts'],
    ['ZetaNet for Retinal Scans: Robustness to Noise', null],
    ['Pruning ZetaNet via Gradients: A Study', null],
    ['Zeta Adapters with Gates: Fast Tuning', null],
  ])('title %j names %j', (title, name) => expect(nameFromTitle(title)).toBe(name));

  it.each([
    ['To address this, we propose CorDA, a method.', 'CorDA'],
    ['We call it a thing, dubbed UCoFiA, which works.', 'UCoFiA'],
    // A bare acronym after its long form only where the long form is written as a name: not letters
    // a phrase with a lower-case verb happens to spell.
    ['we propose a ZetaGAN for generating FA maps from scans.', 'ZetaGAN'],
    ['we propose a novel benchmark, Zeta Social Test (we call it ZST below), to assess agents.', 'ZST'],
    // A long form after a verb of taking names a means the work takes.
    ['We propose a novel approach using multi-objective zeta learning (MOZL) with preferences.', null],
    ['we propose leveraging the Adams-Zeta-Moulton (AZM) predictor-corrector method to solve it.', null],
    ['We propose a novel approach, multi-objective zeta learning (MOZL), with preferences.', 'MOZL'],
    // "as" may follow any naming word, as abstracts write it.
    ['we propose a novel attack method (dubbed as ZetaNTL) to break the barrier.', 'ZetaNTL'],
    ['we propose a novel framework named as Zeta-Talk, following the idea of disentangling.', 'Zeta-Talk'],
    ['we propose a memory-efficient zerothorder optimizer (MeZO), adapting', 'MeZO'],
    ['we propose a simple yet effective parameter selection scheme.', null],
    // A compound adjective, or a word between "a" and a kind, says what kind of method it is.
    ['We introduce an LLM-driven framework that decomposes reviews.', null],
    ['Fusion (MFIF) is hard. To solve it, we propose a MFIF method based on boundaries.', null],
    ['In this paper, we propose a novel SFDA framework to address these challenges.', null],
    ['We introduce the CorDA framework for adapters.', 'CorDA'],
    // Named by an impersonal sentence, after its kind, or when the data is what the paper releases.
    ['In this paper, a Hybrid Multilayer Extreme Learning Machine (HML-ELM) is suggested.', 'HML-ELM'],
    ['Based on this, we construct an efficient semantic segmentation network, OffSeg.', 'OffSeg'],
    ['We also release LazyReviewPlus, a dataset of 1,309 sentences.', 'LazyReviewPlus'],
  ])('abstract %j names %j', (abstract, name) => expect(nameFromAbstract(abstract)).toBe(name));

  it('prefers the title over the abstract when the abstract uses the title name', () => {
    expect(
      extractName(
        'VideoSAVi: Self-Aligned Video Language Models',
        'we propose VideoSAVi, and we propose VSV (Video Something)',
      ),
    ).toBe('VideoSAVi');
  });

  it('prefers the coined name of the abstract over a title slogan the abstract never repeats', () => {
    expect(
      extractName('Split & Merge: Unlocking Adapters', 'we propose Mixture of Sparse Adapters, or MoSA, as a method'),
    ).toBe('MoSA');
  });

  it('keeps a coined title name before an acronym the abstract gives a technique it describes', () => {
    // "supervised contrastive learning" in lower case describes a technique; "ZetaLID" names the work.
    const abstract = 'We propose a novel supervised contrastive learning (SCL) approach for rare languages.';
    expect(extractName('ZetaLID: Supervised Contrastive Learning for Rare Languages', abstract)).toBe('ZetaLID');
    // A long form in capitals is a name the abstract gives, which a title name it never repeats yields to.
    const named = 'We propose Visual Amplification Fusion (VAF), a plug-and-play technique.';
    expect(extractName('ClearZeta: Visual Signal Enhancement', named)).toBe('VAF');
  });

  it('names a title subject by the acronym of its long form, up to inflection, when the work calls it its own', () => {
    const abstract =
      'Existing methods tune every weight. It embeds consensus into the prompts to formulate task-specific ' +
      'Zeta Consensus Prompts (ZCP). Our ZCP aims to induce the frozen model to perform better.';
    expect(extractName('Zeta Consensus Prompting for Salient Object Detection', abstract)).toBe('ZCP');
    // Without "our" (or "we", "this" before the definition) the long form may be another's method.
    expect(
      extractName('Zeta Consensus Prompting for Salient Object Detection', abstract.replace('Our ZCP', 'The ZCP')),
    ).toBe(null);
    // Nor a task's letters before the kind of thing that does it ("Our SLT system").
    const task =
      'Zeta language translation (ZLT) remains hard for rare languages. Prior systems fail. Our ZLT system uses a pose encoder.';
    expect(extractName('Zeta Language Translation for Low-Resource Languages', task)).toBe(null);
    // "our" before other letters does not make them the work's.
    expect(
      extractName('Zeta Consensus Prompting for Salient Object Detection', abstract.replace('Our ZCP', 'Our ZCPX')),
    ).toBe(null);
  });

  it('reads a name the abstract writes in LaTeX markup', () => {
    expect(extractName('Keep Calm: Steady Training', 'We propose \\textit{Gradient Anchoring}, a regulariser.')).toBe(
      'Gradient Anchoring',
    );
    expect(extractName('A Model of Rivers', 'In this paper, we introduce \\textsc{RiverNet} for flood maps.')).toBe(
      'RiverNet',
    );
  });

  it('prefers the acronym the abstract defines for a spelled-out title name', () => {
    expect(
      extractName(
        'Step-aware Preference Optimization: Aligning Things',
        'we propose Step-aware Preference Optimization (SPO), a method',
      ),
    ).toBe('SPO');
  });

  it.each([
    ['This paper presents f-DPO, a generalized approach', 'f-DPO'],
    ['we propose a method, LoRA Silver Bullet or LoRA-SB, that approximates', 'LoRA-SB'],
    ['we propose On-Policy Alignment (OPA)-DPO framework, which', 'OPA-DPO'],
    ['We motivate and present feature selective anchor-free (FSAF) module, a', 'FSAF'],
    ['by proposing Self-Improving Robust Preference Optimization SRPO, a practical', 'SRPO'],
    ['We present deita (short for Data-Efficient Instruction Tuning for Alignment)', 'deita'],
  ])('abstract %j names %j', (abstract, name) => expect(nameFromAbstract(abstract)).toBe(name));
});

describe('names from titles without a colon', () => {
  it('takes a title of one coined word as the name', () => {
    expect(extractNamedMethod('TextArena', 'An environment suite for agents.')?.name).toBe('TextArena');
  });

  it('takes the acronym of a long form only where the long form is the subject of the title', () => {
    const defined = 'We present Personalized Feature Translation (PFT), which adapts a model.';
    expect(
      extractNamedMethod('Personalized Feature Translation for Expression Recognition: A Method', defined)?.name,
    ).toBe('PFT');
    const tool = 'This work uses Multi-Hop Question Answering (MHQA) to probe our models.';
    expect(
      extractNamedMethod('Equity in LLMs: Leveraging Multi-Hop Question Answering to Detect Bias', tool),
    ).toBeNull();
    // Nor where the abstract takes the method the title names: the work applies it, others made it.
    const applied = 'We apply elastic zeta consolidation (EZC) to the full set of the model parameters.';
    expect(extractNamedMethod('Elastic Zeta Consolidation for Continual Pre-Training', applied)).toBeNull();
  });

  it('prefers a proper name the abstract introduces over a title slogan it never repeats', () => {
    const abstract = 'We propose Dispersive Loss, a plug-and-play regularizer for diffusion models.';
    expect(extractNamedMethod('Diffuse and Disperse: Image Generation with Regularization', abstract)?.name).toBe(
      'Dispersive Loss',
    );
  });
});

describe('the methods a corpus introduces', () => {
  // A field with two terms: a topic with its acronym, and a task.
  const isFieldTerm = (name: string) =>
    ['large language model', 'llm', 'direct alignment algorithm', 'daa', 'question answering'].includes(nameKey(name));
  const paper = (title: string, abstract: string) => ({ title, abstract });

  it('drops a name read from an abstract that is a term of the field', () => {
    const [name] = settleMethodNames(
      [
        paper(
          'Crash Causation Analysis for Freeway Safety',
          'We present a large language model (LLM)-based framework for crash reports.',
        ),
      ],
      isFieldTerm,
    );
    expect(name).toBeNull();
  });

  it('drops a compound in a title\u2019s capitals that other abstracts write in lower case', () => {
    const others = [1, 2, 3].map((n) =>
      paper(`Detector ${n}`, `We study open-world detection and multi-turn dialogue in setting ${n}.`),
    );
    const names = settleMethodNames(
      [
        paper('Open-World: Counting Objects in Videos', 'We count objects in videos.'),
        paper('Aligning Long Contexts', 'We propose Multi-Turn alignment, which aligns long contexts.'),
        paper('Self-Refine: Iterative Refinement', 'We refine outputs with self-feedback.'),
        ...others,
      ],
      isFieldTerm,
    );
    expect(names.slice(0, 3)).toEqual([null, null, 'Self-Refine']);
    // Fewer papers than that write it so: the capitals may be the paper's coinage.
    expect(
      settleMethodNames([paper('Open-World: Counting', 'We count objects.'), ...others.slice(0, 2)], isFieldTerm)[0],
    ).toBe('Open-World');
  });

  it("keeps a field's acronym that the abstract spells out as something of its own", () => {
    const [name] = settleMethodNames(
      [
        paper(
          'Backdoor Detection in Diffusion Models',
          'We propose Dynamic Attention Analysis (DAA), which detects backdoors.',
        ),
      ],
      isFieldTerm,
    );
    expect(name).toBe('DAA');
  });

  it('keeps a name the title announces, even a term of the field, and falls back to it when the abstract names a term', () => {
    expect(settleMethodNames([paper('LLM: Notes on Itself', 'We study LLMs.')], isFieldTerm)).toEqual(['LLM']);
    expect(
      settleMethodNames(
        [paper('REEF: Relevance-Aware Adapters', 'We introduce LLMs that read video frames.')],
        isFieldTerm,
      ),
    ).toEqual(['REEF']);
  });

  it('drops a name several abstracts use alike, and keeps one they spell out as different methods', () => {
    const alike = ['Crowd counting', 'Depth estimation', 'Scene flow'].map((title) =>
      paper(title, 'We propose DeepSets for scenes.'),
    );
    expect(settleMethodNames(alike, isFieldTerm)).toEqual([null, null, null]);
    const coined = [
      paper(
        'Federated learning across gaps',
        'We propose Semi-supervised Aggregation with Gap Estimation (SAGE), a method.',
      ),
      paper('Graph sampling at scale', 'We propose Sampling And Graph Embedding (SAGE), an algorithm.'),
      paper('Guided editing of images', 'We propose Structure-Aware Guided Editing (SAGE), a model.'),
    ];
    expect(settleMethodNames(coined, isFieldTerm)).toEqual(['SAGE', 'SAGE', 'SAGE']);
    // Two papers are not yet "several".
    expect(settleMethodNames(alike.slice(0, 2), isFieldTerm)).toEqual(['DeepSets', 'DeepSets']);
  });

  it('compares names without case or a plural "s", but keeps the capital S of an acronym', () => {
    expect(nameKey('LLMs')).toBe(nameKey('llm'));
    expect(nameKey('CCAS')).not.toBe(nameKey('CCA'));
  });

  it('reads each text once into a memo, and settles kept readings as it settles fresh ones', () => {
    const corpus = [
      paper('Crowd counting', 'We propose DeepSets for scenes.'),
      paper('Depth estimation', 'We propose DeepSets for scenes.'),
      paper('Scene flow', 'We propose DeepSets for scenes.'),
      paper('Open-World: Counting Objects', 'We count objects with Dynamic Attention Analysis (DAA).'),
      paper('LLM: Notes on Itself', 'We study LLMs and open-world detection.'),
      paper('Backdoor Detection', 'We propose Dynamic Attention Analysis (DAA), which detects backdoors.'),
    ];
    const kept = new Map<string, NameReading>();
    const memo = {
      get: (text: { title: string; abstract: string }) => kept.get(text.title),
      set: (text: { title: string; abstract: string }, reading: NameReading) => void kept.set(text.title, reading),
    };
    const fresh = settleMethodNames(corpus, isFieldTerm);
    expect(settleMethodNames(corpus, isFieldTerm, () => false, memo)).toEqual(fresh);
    expect([...kept.keys()]).toEqual(corpus.map((entry) => entry.title));
    // Readings as a cache file keeps them (JSON), read back in place of the texts.
    const stored = new Map([...kept].map(([title, reading]) => [title, JSON.parse(JSON.stringify(reading))]));
    kept.clear();
    for (const [title, reading] of stored) kept.set(title, reading);
    expect(settleMethodNames(corpus, isFieldTerm, () => false, memo)).toEqual(fresh);
    // A kept reading stands for its text: the text is not read again.
    kept.set('Backdoor Detection', readNames('Backdoor Detection', 'We propose Gated Memory (GM) for backdoors.'));
    expect(settleMethodNames(corpus, isFieldTerm, () => false, memo).at(-1)).toBe('GM');
  });
});

describe('names a title gives in other shapes', () => {
  it.each([
    // A name in brackets after its long form is the name.
    ['Monitor-Generate-Verify (MGV):Formalising Metacognitive Theory', 'MGV'],
    // A coined name, then what it stands for in brackets, is the name alone.
    ['ReLiK (Retrieve Link Keep): Fast Entity Linking', 'ReLiK'],
    // Brackets after a plain word do not make it a name.
    ['Planning (with Feedback): Agents That Revise', null],
    // A shared task's system paper: "System at Venue Year: …".
    ['SysBot at SemEval-2024 Task 3: Tuning a Model for Claims', 'SysBot'],
    // A Greek letter joined to a word is a coined name.
    ['$τ$-Quest: Evaluating Agents over Manuals', 'τ-Quest'],
    // A claim, not a venue.
    ['Stable at Any Speed: Tracking with Kalman Filters', null],
    // Words a comma parts are a slogan; a bracketed name among them is still a name.
    ['Fast, Not Fancy: Rethinking Zeta with Rules', null],
    ['Zeta, Beta, Gamma: Three Zetas Compared', null],
    ['Colors See, Colors Ignore (CSCI): Debiasing', 'CSCI'],
  ])('title %j names %j', (title, name) => expect(nameFromTitle(title)).toBe(name));

  it('reads the acronym a title gives in brackets after its long form, not one it compares', () => {
    expect(extractName('A Comparison of Principal Component Analysis (PCA) and Others', 'We compare.')).toBeNull();
    expect(extractName('Fast Tumour Segmentation Using a Dual-Decoder U-Net (DDUNet)', 'We present a model.')).toBe(
      'DDUNet',
    );
  });

  it('reads a title that is the long form of an acronym the abstract defines, after its article', () => {
    const abstract = 'This paper presents a new task, the Subset Sum Matching Problem (SSMP), for finance.';
    expect(extractName('The Subset Sum Matching Problem', abstract)).toBe('SSMP');
  });

  it('reads the acronym an abstract gives before the long form of the title name', () => {
    const abstract = 'We propose a novel model termed GAT (Gather and Trace). GAT reads text in videos.';
    expect(extractName('Gather and Trace: Rethinking Video Text Reading', abstract)).toBe('GAT');
  });

  it('keeps a coined title name over the acronym of a part its abstract names', () => {
    const abstract =
      'We propose an enhanced Pix2Pix framework that integrates Squeeze-and-Excitation Residual Networks (SEResNet).';
    // A number with one letter is a dimension, not a name.
    expect(nameFromAbstract('Then we construct a family of $2$-D classical codes.')).toBeNull();
    expect(nameFromAbstract('we propose a method called Retrieval-Augmented Prompt (RAP). RAP works.')).toBe('RAP');
    expect(extractName('SRU-Pix2Pix: A Generator Network for Image Translation', abstract)).toBe('SRU-Pix2Pix');
  });
});

describe('titles of surveys', () => {
  it.each([
    ['Vision Generalist Model: A Survey', null],
    ['Graph Prompting: A Comprehensive Review of Methods', null],
    ['MME-Unify: A Comprehensive Benchmark for Unified Models', 'MME-Unify'],
  ])('title %j names %j', (title, name) => expect(nameFromTitle(title)).toBe(name));
});

describe('titles that open with a task', () => {
  it.each([
    // Plain words headed by the noun of a task name what the paper works on.
    ['Non-Registration Change Detection: A Novel Change Detection Task and Benchmark Dataset', null],
    ['Hybrid Emotion Recognition: Enhancing Customer Interactions Through Acoustic Analysis', null],
    ['Spatial Speech Translation: Translating Across Space With Binaural Hearables', null],
    // A method is named by how it is done, or a phrase with "of" has its head before the task.
    ['Uncertainty Distillation: Teaching Language Models to Express Confidence', 'Uncertainty Distillation'],
    ['Guardians of Generation: Dynamic Inference-Time Copyright Shielding', 'Guardians of Generation'],
    // Nouns that end methods' names as often as tasks' do not make the phrase a task.
    ['Dense Passage Retrieval: A Method for Open-Domain QA', 'Dense Passage Retrieval'],
    // A coined word names the method whatever its head; the field's own name in a compound is no
    // coinage ("Human-AI", "AI-Driven"), letters a paper joins to a word are ("DO-Merging").
    ['STSeg-Net Detection: A Solution for Video Objects', 'STSeg-Net Detection'],
    ['Human-AI Interaction and User Satisfaction: Empirical Evidence from Reviews', null],
    ['AI-Driven Spine Pathology Grading: A Deep Learning Approach', null],
    ['DO-Merging: A Data-Free Framework for LoRA Merging', 'DO-Merging'],
  ])('title %j names %j', (title, name) => expect(nameFromTitle(title)).toBe(name));
});
