import { describe, expect, it } from 'vitest';
import {
  benchmarkMadeIn,
  dataNamedInTitle,
  evaluationNamedInTitle,
  reviewTopics,
  studyTopics,
  withStudyTopics,
} from '../../src/pipeline/study-topics';
import { withoutToolTopics } from '../../src/model/topics';
import { extractCorpus } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug, TopicId } from '../../src/pipeline/types';

const id = (value: string) => value as TopicId;
/** The taxonomy's say: which topics a phrase names. */
const aliases: Record<string, string[]> = {
  'new benchmark': ['benchmarks'],
  'new dataset': ['datasets'],
  'literature review': ['surveys'],
};
const topicsNamedBy = (phrase: string) => (aliases[phrase] ?? []).map(id);
const parentOf = new Map<TopicId, TopicId | null>([
  [id('data'), null],
  [id('benchmarks'), id('data')],
  [id('datasets'), id('data')],
  [id('vision'), null],
]);

describe('topics a paper has by the kind of work it is', () => {
  it.each([
    ['WorldVQA, a benchmark', ['benchmarks']],
    ['XToM, a rigorously validated multilingual benchmark', ['benchmarks']],
    ['the NorthSet datasets', ['datasets']],
    // Data with no noun the taxonomy files ("collection") adds nothing.
    ['TextHub is an open-source collection', []],
  ])('%s → %j', (evidence, expected) => {
    const tags = studyTopics({ evidence, name: evidence.split(/[ ,]/u)[0] ?? '', title: 'A title' }, topicsNamedBy);
    expect(tags.map((tag) => tag.value)).toEqual(expected);
    for (const tag of tags) expect(tag.evidence).toBe(evidence);
  });

  it.each([
    // The title's subtitle says what the named data is when the abstract's words do not.
    ['KelpSet', 'KelpSet: A Multi-Season Underwater Dataset for Counting Kelp', ['datasets']],
    ['RoadQA', 'RoadQA: An Open Benchmark for Driving Questions', ['benchmarks']],
    // A name that says it is a benchmark.
    ['HarborBench', 'Testing Agents in Ports', ['benchmarks']],
    ['QuizArena', 'QuizArena', ['benchmarks']],
    // Neither: a subtitle without a data noun, a name without a benchmark suffix.
    ['KelpNet', 'KelpNet: Counting Kelp from Above', []],
    // A data noun later in the subtitle is not its head.
    ['TideFormer', 'TideFormer: Forecasting Tides with Transformers on the Global Tide Gauge Dataset', []],
  ])('%s, titled %j → %j', (name, title, expected) => {
    expect(studyTopics({ evidence: name, name, title }, topicsNamedBy).map((tag) => tag.value)).toEqual(expected);
  });

  it.each([
    // A title that names the work, then says it evaluates, names a benchmark.
    ['FjordEval', 'FjordEval: Evaluating Language Models on Norwegian Idioms', ['benchmarks']],
    ['ClipArena', 'ClipArena: Benchmarking Video Models on Long Clips', ['benchmarks']],
    // A name written with maths in the title, read without it.
    ['τ-Fjord', '$τ$-Fjord: Evaluating Agents over Fjord Knowledge', ['benchmarks']],
    // Not a subtitle that says the work improves, nor evaluation said later in it, nor a title whose
    // name is elsewhere.
    ['FjordNet', 'FjordNet: Improving and Evaluating Idiom Translation', []],
    ['FjordNet', 'Evaluating Idioms: A Study with FjordNet', []],
    ['FjordNet', 'FjordNet', []],
  ])('%s, titled %j, read from its title alone → %j', (name, title, expected) => {
    const introduced = evaluationNamedInTitle(name, title);
    expect(studyTopics(introduced, topicsNamedBy).map((tag) => tag.value)).toEqual(expected);
  });

  it('adds nothing to a paper that introduces no named data', () => {
    expect(studyTopics(undefined, topicsNamedBy)).toEqual([]);
  });

  it('keeps the topics read from the words first, the most specific only, and at most the limit', () => {
    const tag = (value: string) => ({ value: id(value), evidence: value, confidence: 0.8 });
    expect(withStudyTopics([tag('vision')], [tag('benchmarks')], parentOf, 5).map((t) => t.value)).toEqual([
      'vision',
      'benchmarks',
    ]);
    // A broader topic the paper already has below it is not added again.
    expect(withStudyTopics([tag('benchmarks')], [tag('data')], parentOf, 5).map((t) => t.value)).toEqual([
      'benchmarks',
    ]);
    expect(
      withStudyTopics([tag('vision'), tag('datasets')], [tag('benchmarks')], parentOf, 2).map((t) => t.value),
    ).toEqual(['vision', 'datasets']);
  });
});

describe('a topic the paper only works with', () => {
  // Language models are a paper's subject beside work on the model (compressing it), not beside a
  // benchmark or a field that only prompts one.
  const parents = new Map<TopicId, TopicId | null>([
    [id('nlp'), null],
    [id('language-models'), id('nlp')],
    [id('multilingual-nlp'), id('nlp')],
    [id('efficient-ml'), null],
    [id('quantization'), id('efficient-ml')],
    [id('data'), null],
    [id('benchmarks'), id('data')],
  ]);
  const subjectBeside = new Map([[id('language-models'), new Set([id('efficient-ml')])]]);
  const kept = (...values: string[]) =>
    withoutToolTopics(
      values.map((value) => ({ value: id(value) })),
      subjectBeside,
      parents,
    ).map((t) => t.value);

  it('is left out beside topics of other areas only', () => {
    expect(kept('language-models', 'benchmarks')).toEqual(['benchmarks']);
    expect(kept('multilingual-nlp', 'language-models')).toEqual(['multilingual-nlp']);
  });

  it('stays alone, or beside a topic under the areas it is the subject of', () => {
    expect(kept('language-models')).toEqual(['language-models']);
    expect(kept('language-models', 'quantization', 'benchmarks')).toEqual([
      'language-models',
      'quantization',
      'benchmarks',
    ]);
    // Other topics are never left out.
    expect(kept('benchmarks', 'multilingual-nlp')).toEqual(['benchmarks', 'multilingual-nlp']);
  });

  it('keeps every topic when all of them are such tools, so no paper is left without one', () => {
    const both = new Map([
      [id('language-models'), new Set([id('efficient-ml')])],
      [id('benchmarks'), new Set([id('efficient-ml')])],
    ]);
    const tags = [{ value: id('language-models') }, { value: id('benchmarks') }];
    expect(withoutToolTopics(tags, both, parents).map((t) => t.value)).toEqual(['language-models', 'benchmarks']);
  });

  it('is left out before the limit, so it keeps no other topic out', () => {
    const tag = (value: string) => ({ value: id(value), evidence: value, confidence: 0.8 });
    const topics = [tag('language-models'), tag('multilingual-nlp')];
    expect(withStudyTopics(topics, [tag('benchmarks')], parents, 2, subjectBeside).map((t) => t.value)).toEqual([
      'multilingual-nlp',
      'benchmarks',
    ]);
  });
});

describe('a paper whose title names its work and says it evaluates', () => {
  it('is filed under benchmarks by the extractor, though its abstract never calls the work a benchmark', () => {
    const topics = loadTaxonomy(
      [
        'topics:',
        '  - { id: data-and-evaluation, label: Data and evaluation, aliases: [] }',
        '  - { id: benchmarks, label: Benchmarking, parent: data-and-evaluation, aliases: [new benchmark] }',
        '  - { id: language-models, label: Large language models, aliases: [language models] }',
      ].join('\n'),
      'taxonomy.yaml',
    ).topics;
    const vocabulary = loadVocabulary('methods: []\n', 'vocabulary.yaml').vocabulary;
    const paper = (title: string, name: string) => ({
      key: name,
      slug: name.toLowerCase() as Slug,
      name,
      title,
      abstract: 'Language models read idioms poorly. We test twelve language models on idioms of Norwegian.',
      source: { file: 'corpus.txt', line: 1 },
    });
    const [evaluation, method] = extractCorpus(
      [
        paper('FjordEval: Evaluating Language Models on Norwegian Idioms', 'FjordEval'),
        paper('FjordNet: Translating Norwegian Idioms with Language Models', 'FjordNet'),
      ],
      { topics, vocabulary },
    );
    expect(evaluation?.tags.topics.map((tag) => tag.value)).toContain('benchmarks');
    expect(method?.tags.topics.map((tag) => tag.value)).not.toContain('benchmarks');
    // A method paper that also says it makes a benchmark is filed under benchmarks too.
    const [both] = extractCorpus(
      [
        {
          ...paper('FjordNet: Translating Norwegian Idioms with Language Models', 'FjordNet'),
          abstract:
            'Language models read idioms poorly. We propose FjordNet, which translates idioms. We also release an idiom benchmark of 500 items.',
        },
      ],
      { topics, vocabulary },
    );
    expect(both?.tags.topics.find((tag) => tag.value === 'benchmarks')?.evidence).toBe('release an idiom benchmark');
  });
});

describe('a benchmark the paper says it makes', () => {
  it.each([
    [
      'We introduce FjordQA-Bench, a citation-aware benchmark of annotated idioms.',
      'introduce FjordQA-Bench, a citation-aware benchmark',
    ],
    ['Furthermore, we propose a new benchmark, FjordBench, of 10,140 videos.', 'propose a new benchmark'],
    ['We introduce a 1,024 prompt benchmark spanning four levels.', 'introduce a 1,024 prompt benchmark'],
    ['We also introduce an updatable benchmark to evaluate adaptability.', 'introduce an updatable benchmark'],
    ['This work contributes two new benchmarks for idiom translation.', 'contributes two new benchmarks'],
    ['We release the FjordQA benchmark.', 'release the FjordQA benchmark'],
    ['We introduce a new dataset and benchmark for idioms.', 'introduce a new dataset and benchmark'],
    ['We introduce FjordTest, a testbed comprising 300 tasks.', 'introduce FjordTest, a testbed'],
    ['We introduce a new evaluation benchmark.', 'introduce a new evaluation benchmark'],
    ['We thus introduce a benchmark specifically designed for idioms.', 'introduce a benchmark'],
    ['Our work introduces FjordBench, a benchmark for idioms.', 'introduces FjordBench, a benchmark'],
    ['We introduce FjordLogic: a benchmark of 1,000 problems.', 'introduce FjordLogic: a benchmark'],
    [
      'We construct and release two dedicated benchmarks, FjordA and FjordB.',
      'construct and release two dedicated benchmarks',
    ],
    ['We develop benchmarks for agents that act in unknown fjords.', 'develop benchmarks'],
    ['We construct a new benchmark Fjord Idiom Benchmark (FIB), which fills the gap.', 'construct a new benchmark'],
    ['We developed the Fjord Idiom (FI) benchmark from ten newspapers.', 'developed the Fjord Idiom (FI) benchmark'],
  ])('%s', (abstract, evidence) => {
    const made = benchmarkMadeIn(abstract, 'A title');
    expect(made?.evidence).toBe(evidence);
    expect(studyTopics(made, topicsNamedBy).map((tag) => tag.value)).toEqual(['benchmarks']);
  });

  it.each([
    // Another's benchmark, after a preposition or a verb of results.
    'We propose FjordNet, evaluated on the FjordQA benchmark.',
    'We build on the FjordQA benchmark.',
    'We build upon existing benchmarks.',
    'We first introduce textual descriptions into idiom benchmarks.',
    'The model we propose exceeds the benchmark.',
    // Benchmarks as results, or as a verb beside the work.
    'We present new benchmarks demonstrating that our method is fast.',
    'We propose FjordNet and benchmark it on three datasets.',
    'We introduce no new benchmark.',
    'We present results on a hard benchmark.',
    'We build a model that outperforms the best benchmark.',
    // The noun qualifies another, or is a verb.
    'We present a benchmark study of idiom translation.',
    'We benchmark twelve models on idioms.',
    // Others make it, or the paper makes data of another kind.
    'Prior work introduced a new benchmark for idioms.',
    'We introduce FjordSet, a dataset of idioms.',
  ])('not in %j', (abstract) => {
    expect(benchmarkMadeIn(abstract, 'A title')).toBeUndefined();
  });
});

describe('dataNamedInTitle', () => {
  it.each([
    ['ZetaBench', 'ZetaBench: Audio-Centric Video Understanding Benchmark', 'Benchmark'],
    ['Zeta-FEVER', 'Zeta-FEVER: A Multilingual Fact Verification Benchmark for Hallucination Detection', 'Benchmark'],
    ['Zeta XNLI', 'Zeta XNLI: Building a Dataset and Exploring Low-resource Approaches', 'Dataset'],
    ['Zeta Corpus', 'The Zeta Corpus: Parallel Data for Romansh Idioms', 'Corpus'],
    ['ZetaCap', 'ZetaCap: Evaluating Semantic Coherence in Scene Synthesis', 'benchmark'],
    ['ZetaArena', 'ZetaArena: Interactive Assessment of Counselors', 'benchmark'],
  ])('%s in "%s" is data of the kind %s', (name, title, kind) => {
    expect(dataNamedInTitle(name, title)?.kind).toBe(kind);
  });

  it.each([
    // Another verb opens the subtitle, the noun qualifies another, or follows a preposition.
    ['ZetaFlow', 'ZetaFlow: Mitigating Dataset Biases through Undecided Learning'],
    ['ZETA', 'ZETA: Soft Label Compression-Centric Dataset Condensation via Coding Rate Optimization'],
    ['ZetaRAG', 'ZetaRAG: Retrieval-Augmented Generation over Multiple Corpora with Diverse Modalities'],
    ['ZetaCode', 'ZetaCode: Leveraging a Code Database for Improved Code Generation'],
    // Not the title's name.
    ['ZetaNet', 'A Benchmark for Detection with ZetaNet'],
    [null, 'ZetaBench: A Benchmark'],
  ])('%s in "%s" is not data', (name, title) => {
    expect(dataNamedInTitle(name, title)).toBeUndefined();
  });
});

describe('a paper whose title says it reviews a field', () => {
  it.each([
    'Computationally Efficient Diffusion Models in Medical Imaging: A Comprehensive Review',
    'A Structured Review of Underwater Object Detection Challenges and Solutions',
    'Natural Language Generation in Healthcare: A Review of Methods and Applications',
    'xAI-CV: An Overview of Explainable Artificial Intelligence in Computer Vision',
    'How to Enable LLM with 3D Capacity? A Survey of Spatial Reasoning in LLM',
    'Operational Change Detection for Geographical Information: Overview and Challenges',
    'An Overview of Large Language Models in 2025',
    'Continual Learning for Robots — A Survey with Open Problems',
  ])('is a survey: %s', (title) => {
    expect(reviewTopics(title, topicsNamedBy).map((tag) => tag.value)).toEqual(['surveys']);
  });

  it.each([
    'Review Generation with Aspect-Aware Transformers',
    'Predicting Peer Review Scores from Manuscript Text',
    'Code Review Automation with Large Language Models',
    'Overviewing the Evidence: Retrieval for Fact Checking',
    'Overview of PlantCLEF 2021: cross-domain plant identification',
    'Overview of the NLPCC 2025 Shared Task: Gender Bias Mitigation Challenge',
    'Peer Review of Scientific Papers with LLMs',
    'Automated Code Review for Pull Requests',
    'Learning to Review: Critiques of Mathematical Proofs',
  ])(
    'is not where "review" qualifies another noun or is another word, nor an overview of a shared task: %s',
    (title) => {
      expect(reviewTopics(title, topicsNamedBy)).toEqual([]);
    },
  );
});
