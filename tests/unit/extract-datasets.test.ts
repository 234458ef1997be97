import { describe, expect, it } from 'vitest';
import {
  DatasetReader,
  extractCorpusDatasets,
  linkDatasetNames,
  type DatasetKnowledge,
} from '../../src/pipeline/extract-datasets';
import { findFramedNames } from '../../src/pipeline/find-dataset-names';
import { loadVocabulary } from '../../src/pipeline/load-vocabulary';

const term = (label: string, aliases: string[] = [], prefix = false) => ({
  id: label.toLowerCase().replace(/[^a-z0-9]+/gu, '-'),
  label,
  aliases,
  prefix,
  family: false,
});

/** A small vocabulary: what the datasets facet is told, besides the grammar. */
const knowledge: DatasetKnowledge = {
  datasets: [term('ImageNet', ['ImageNet-1K']), term('COCO', ['MS-COCO']), term('KITTI'), term('WMT', [], true)],
  notDatasets: [term('LLaMA', [], true), term('ResNet', [], true), term('LoRA')],
  metrics: new Set(['bleu', 'accuracy', 'fid', 'miou']),
  languages: new Set(['english', 'chinese']),
  isFieldTerm: (name) => ['object detection', 'llm', 'llms', 'image classification'].includes(name.toLowerCase()),
};

const names = (abstract: string, title = 'A paper') =>
  findFramedNames(title, abstract).datasets.map((mention) => mention.name);

/** The datasets a reader told `datasets` more than the small vocabulary reads in an abstract. */
const readerKnowing =
  (...datasets: string[]) =>
  (abstract: string) =>
    new DatasetReader({ ...knowledge, datasets: [...knowledge.datasets, ...datasets.map((label) => term(label))] })
      .read({ title: 'A paper', abstract, ownNames: [], isOtherThing: () => false })
      .map((tag) => tag.value);

const read = (abstract: string, ownNames: string[] = [], title = 'A paper') =>
  new DatasetReader(knowledge).read({ title, abstract, ownNames, isOtherThing: () => false }).map((tag) => tag.value);

describe('the frames English names datasets in', () => {
  it.each([
    ['a data noun after the name', 'We train on the ZetaScenes dataset.', ['ZetaScenes']],
    // A hyphen after a data noun in lower case is a dash: the name is what follows it.
    [
      'a name after a data noun and a dash written as a hyphen',
      'Results on three widely-used datasets-ZetaScenes, Qux-7 and NorthSet show gains.',
      ['ZetaScenes', 'Qux-7', 'NorthSet'],
    ],
    // A word in lower case joined to capitals or to a measure qualifies them: no name.
    ['a compound adjective of capitals', 'We train it on a synthetically augmented video-QA dataset.', []],
    [
      'a compound adjective of capitals in a list',
      'We fine-tune on pseudo-RAW image datasets and the ZetaScenes dataset.',
      ['ZetaScenes'],
    ],
    ['a compound adjective before a data noun', 'Results on the high-IPC benchmark are weak.', []],
    // A name in lower case with its size or split is still a name.
    [
      'a name in lower case with a size',
      'We evaluate on the coco-20i and imagenet-1k datasets.',
      ['coco-20i', 'imagenet-1k'],
    ],
    // A phrase of setting put before its clause is read with it.
    ['a fronted "on X"', 'Notably, on LongClipBench, our method outperforms the best model.', ['LongClipBench']],
    [
      'a list before a plural data noun',
      'Experiments on the Qux-7 and NorthSet datasets show gains.',
      ['Qux-7', 'NorthSet'],
    ],
    [
      'a list of names with their sizes or splits as numbers',
      'Experiments on ZetaPose 60, ZetaPose 120, NW-Qux and Kinetics 400 datasets show gains.',
      ['ZetaPose 60', 'ZetaPose 120', 'NW-Qux', 'Kinetics 400'],
    ],
    ['modifiers between name and noun', 'We use the BRAVO abdominal organ segmentation dataset.', ['BRAVO']],
    // A name set in maths reads as written; maths with a script does not make one.
    [
      'a name set in maths',
      'We test on various datasets like $\\texttt{ZetaJailBench}$ and $\\texttt{OmegaBench}$.',
      ['ZetaJailBench', 'OmegaBench'],
    ],
    ['the acronym of a long form before the noun', 'We use the wild bird calls (WBC) dataset.', ['WBC']],
    [
      'a colon after the noun',
      'We test on four benchmark datasets: TVQ, SumDiv, Lumen-2, and ClipHop.',
      ['TVQ', 'SumDiv', 'Lumen-2', 'ClipHop'],
    ],
    ['"such as" after the noun', 'It transfers to benchmarks such as FooQA and BarEval.', ['FooQA', 'BarEval']],
    // What the data are about may come between the noun and the colon that lists them.
    [
      'a phrase between the noun and its colon',
      'We build two new benchmarks on long-form synthesis: Quill-Story and Quill-Meet, for stories and meetings.',
      ['Quill-Story', 'Quill-Meet'],
    ],
    [
      'a list set off by commas after a phrase about the data',
      'Using two essay datasets with human-annotated trait scores, ZSAP++ and ELLIPZE, we show gains.',
      ['ZSAP++', 'ELLIPZE'],
    ],
    [
      '"e.g." in brackets after the noun',
      'Results on three datasets (e.g., AlphaSet, BetaSet) are strong.',
      ['AlphaSet', 'BetaSet'],
    ],
    [
      'the noun right before the names',
      'We evaluate on image classification datasets CIFAR10, CIFAR100 and SVHN.',
      ['CIFAR10', 'CIFAR100', 'SVHN'],
    ],
    [
      '"on" after an evaluation word',
      'Experiments on ICDAR 2015 and Total-Text demonstrate the gains.',
      ['ICDAR 2015', 'Total-Text'],
    ],
    [
      'a sentence that opens with "On"',
      'On ARC (logic) and DARTS (math), our router improves accuracy.',
      ['ARC', 'DARTS'],
    ],
    [
      'an ellipsis of a year',
      'It outperforms prior work on both KITTI 2015 and 2012 benchmarks.',
      ['KITTI 2015', 'KITTI 2012'],
    ],
    [
      'an appositive introduction',
      'We introduce WorldQA, a rigorously validated multilingual benchmark for models.',
      ['WorldQA'],
    ],
    ['"is a … collection"', 'GameHall is an open-source collection of text games for training agents.', ['GameHall']],
    [
      'a capitalised word beside coined names',
      'On the public datasets, i.e., FashionIQ, Fashion200k, and Shoes, we gain.',
      ['FashionIQ', 'Fashion200k', 'Shoes'],
    ],
    [
      'a name ending in a capitalised data noun',
      'We rank first on the Open LLM Leaderboard.',
      ['Open LLM Leaderboard'],
    ],
  ])('%s', (_case, abstract, expected) => {
    expect(names(abstract)).toEqual(expected);
  });

  it('reads benchmarks listed after "tasks" when they are coined words, not acronyms of kinds of task', () => {
    expect(names('The agent improves on tasks such as ZetaWorld, ShopSim-2 and NER.')).toEqual([
      'ZetaWorld',
      'ShopSim-2',
    ]);
    // A capitalised word beside them names one too; alone it does not.
    expect(names('We evaluate it on complex tasks including ZetaWorld, NER, and Jerico.')).toEqual([
      'ZetaWorld',
      'Jerico',
    ]);
    expect(names('We evaluate it on complex tasks including Planning and Jerico.')).toEqual([]);
  });

  it('reads a list whose items carry a phrase of purpose ("X for tool use, Y for …")', () => {
    expect(
      names('We evaluate it on agent tasks, including ZetaBench for tool use agents, ShopSim-2 for web agents.'),
    ).toEqual(['ZetaBench', 'ShopSim-2']);
    // A purpose with names in it is not skipped: the list ends there.
    expect(names('Results on benchmarks such as ZetaBench for GPT-4 agents, and so on.')).toEqual(['ZetaBench']);
  });

  it('reads a list on past a name that ends in its data noun ("LIVE Challenge")', () => {
    expect(names('Experiments on datasets, including KADID, ZetaIQ, LIVE Challenge, and SPAQ, show gains.')).toEqual([
      'KADID',
      'ZetaIQ',
      'LIVE Challenge',
      'SPAQ',
    ]);
  });

  it('reads a list before its data noun past a short note in brackets after each name', () => {
    expect(names('We introduce ZETA-ME (multi-exposure) and ZETA-RE (random-exposure) benchmarks.')).toEqual([
      'ZETA-ME',
      'ZETA-RE',
    ]);
  });

  it('reads the names after a colon that ends a long phrase of what the data are for', () => {
    expect(
      names(
        'We propose two new benchmarks for a more accurate and challenging assessment of image synthesis: ZetaEval++.',
      ),
    ).toEqual(['ZetaEval++']);
    // Words of what the data are about stay in the phrase ("reasoning with charts").
    expect(names('We build two benchmarks for reasoning with charts: ChartZeta and PlotZeta.')).toEqual([
      'ChartZeta',
      'PlotZeta',
    ]);
    // A phrase that goes on to the means lists those after its colon, not data.
    expect(
      names(
        'We report results on three datasets for video reconstruction using the following metrics: Zeta Error Index.',
      ),
    ).toEqual([]);
  });

  it('reads a list on past a relative clause set off by commas after an item', () => {
    expect(
      names('We introduce two benchmarks: ZetaBench, which tests mask sizes, and HumanZeta, which tests people.'),
    ).toEqual(['ZetaBench', 'HumanZeta']);
    // A clause with no item after it ends the list, and so does a clause whose comma opens the main one.
    expect(names('We introduce one benchmark: ZetaBench, which tests mask sizes, and we release it.')).toEqual([
      'ZetaBench',
    ]);
    expect(names('Experiments on ZetaPro, which is challenging, OurNet improves PSNR.')).toEqual(['ZetaPro']);
  });

  it('reads a pair of names after "both" or "either" ("on both X and Y"), which is no quantifier there', () => {
    expect(names('Experiments on both ZetaFloods and Sen2Zeta show gains.')).toEqual(['ZetaFloods', 'Sen2Zeta']);
    expect(names('We report accuracy on either ZetaFloods or Sen2Zeta.')).toEqual(['ZetaFloods', 'Sen2Zeta']);
    // Before a noun, "both" still quantifies it and names no data.
    expect(names('We report accuracy on both datasets.')).toEqual([]);
  });

  it('reads the names after data a phrase names by its noun ("on our new benchmarks and GoPro")', () => {
    expect(names('Our model achieves the best accuracy on our new benchmarks and ZetaPro, beating others.')).toEqual([
      'ZetaPro',
    ]);
    expect(names('We report the best accuracy on public benchmarks, Zeta LOCO AD, with an AUROC of 87.6.')).toEqual([
      'Zeta LOCO AD',
    ]);
    expect(names('We report results on three datasets and find gains.')).toEqual([]);
  });

  it('reads the cohorts a study draws its data from as data', () => {
    expect(
      names(
        'We trained on slides from the STHLM3 cohort (n = 676). We tested on two cohorts: LEOPARD (n = 508) and TCGA-PRAD.',
      ),
    ).toEqual(['STHLM3', 'LEOPARD', 'TCGA-PRAD']);
  });

  it('does not read a Roman numeral as a name ("cohort II", "Benchmark I and Benchmark II")', () => {
    expect(
      names(
        'Models were evaluated on 60 patients from cohort II. It includes two datasets: Benchmark I and Benchmark II.',
      ),
    ).toEqual([]);
  });

  it('reads editions after a name as part of it ("AIME 24/25"), and the list goes on after them', () => {
    expect(names('Gains across coding benchmarks (ZETA 24/25, QuxQA, Omni-Zeta) hold.')).toEqual([
      'ZETA 24/25',
      'QuxQA',
      'Omni-Zeta',
    ]);
  });

  it('reads a name as the source of data ("a dataset from X", "test sets from X", "a subset of X")', () => {
    expect(names('We use the zetaScan dataset from the Dark Zeta Survey (DZS) for training.')).toEqual([
      'zetaScan',
      'DZS',
    ]);
    expect(names('It gains 2.8 BLEU on the test sets from IWSLT2099.')).toEqual(['IWSLT2099']);
    expect(names('Leveraging a subset of MIMIC-Z, we preprocess text.')).toEqual(['MIMIC-Z']);
    // Capitalised ordinary words there are places and platforms, and a name before a noun qualifies it.
    expect(names('We collect a dataset from Kaggle and one from the Aegean Sea.')).toEqual([]);
    expect(names('It covers a narrow subset of NSW classes.')).toEqual([]);
  });

  it('reads a name that says it is a benchmark without a data noun or a word of evaluation', () => {
    expect(names('We introduce ZetaDefBench, a practical, open-source toolkit for agents.')).toEqual(['ZetaDefBench']);
    expect(names('It speeds up generation with negligible quality drops on ZBench-2.0.')).toEqual(['ZBench-2.0']);
  });

  it('reads an acronym between "a" and a singular data noun as the kind of data, not its name', () => {
    expect(names('We construct ZetaD, a large-scale text-rich TIMZ dataset of image pairs.')).toEqual(['ZetaD']);
    expect(names('We curate a multimodal image-text GZ dataset for study.')).toEqual([]);
    expect(names('We train on the TIMZ dataset and a ZetaSet2 dataset.')).toEqual(['TIMZ', 'ZetaSet2']);
    expect(names('We train on a subset of the ZKU dataset.')).toEqual(['ZKU']);
  });

  it('does not read a challenge in an apposition as data: there it is a problem', () => {
    expect(names('It fails on Visually Rich Zeta Understanding (VRZU), a critical challenge for models.')).toEqual([]);
  });

  it('does not take a description in capitals for a name ("X: A Large-Scale SAR Video Dataset")', () => {
    expect(names('We measure things.', 'ZetaText: A Large-Scale SAR Image-Text Dataset Built with Care')).toEqual([]);
    expect(names('We measure things.', 'ZetaVideo: High-Quality UHD Video Dataset with Captions')).toEqual([]);
    expect(names('We release a Large-Scale SAR Image-Text Dataset.')).toEqual([]);
    expect(names('We measure things.', 'Toward Real Dialogues: ZPsDD Dataset and a System')).toEqual(['ZPsDD Dataset']);
  });

  it('reads an introduction in the title', () => {
    expect(names('We measure things.', 'FooBench: A Benchmark for Measuring Things')).toEqual(['FooBench']);
  });

  it.each([
    ['a name after "based on"', 'Our results show that a detector based on ZetaNet is fast.'],
    ['hardware after "on"', 'Experiments on RTX4090 GPUs show a 2x speedup.'],
    ['a model named by its noun', 'Results on the FooLM models show gains.'],
    ['one acronym before a plural noun (a kind of data)', 'Our method is evaluated on public EEG datasets.'],
    ['a compound adjective', 'We train on LLM-generated datasets.'],
    ['names after a noun that points back', 'On these benchmarks, ZetaNet outperforms BetaNet.'],
    ['"on" with no evaluation in the sentence', 'We focus our attention on FooBar and BazQux.'],
    // A phrase of what the data are about holds no list without a colon after it.
    ['names after a phrase with no colon', 'We build two benchmarks on long-form synthesis with FooNet and BarNet.'],
    ['the subject of a clause after a phrase', 'On datasets for training, FooNet and BarNet outperform others.'],
    [
      'a title prefix that is not a name',
      'We measure things.',
      'Evaluating Models in Low-Resource Settings: A New Benchmark',
    ],
    ['a name counted as a kind of data', 'It excels on two publicly available benchmark mmZave datasets.'],
    ['a name of data said not to exist', 'There are currently no publicly available NL2Zeta benchmarks.'],
  ])('no dataset from %s', (_case, abstract, title = 'A paper') => {
    expect(names(abstract, title)).toEqual([]);
  });

  it('keeps the words that framed each name as its evidence', () => {
    const [mention] = findFramedNames('A paper', 'Experiments on the ZetaScenes dataset show gains.').datasets;
    expect(mention?.evidence).toBe('ZetaScenes dataset');
  });

  it('does not read a preposition as a modifier of a noun of things ("X across three backbones")', () => {
    const framed = findFramedNames('A paper', 'Evaluated on ZetaDown and Map2Zeta across three backbones, it gains.');
    expect(framed.things).toEqual([]);
    expect(framed.datasets.map((mention) => mention.name)).toEqual(['ZetaDown', 'Map2Zeta']);
  });

  it('ends a list at a comma after its last conjunct ("On X and Y, Z improves")', () => {
    expect(names('On ZetaQA (logic) and DARTZ (math), Dr.Zeta improves accuracy.')).toEqual(['ZetaQA', 'DARTZ']);
    expect(names('Across benchmarks including ZIME 2024 and 2025, ZetaMath, and AMZ, it gains.')).toEqual([
      'ZIME 2024',
      'ZIME 2025',
      'ZetaMath',
      'AMZ',
    ]);
  });

  it('reads "&" between two capitalised words as one name ("Tanks & Temples"), between coined names as a list', () => {
    expect(names('Results on ZETH3D, Rivers & Hills and Zecha datasets are strong.')).toEqual([
      'ZETH3D',
      'Rivers & Hills',
      'Zecha',
    ]);
    expect(names('Results on ZetaQA & DartZ benchmarks are strong.')).toEqual(['ZetaQA', 'DartZ']);
  });

  it('gathers names framed as models or tools, which are not data', () => {
    expect(findFramedNames('A paper', 'We fine-tune the HunyuanClip and WanVid models.').things).toEqual([
      'HunyuanClip',
      'WanVid',
    ]);
  });
});

describe('judging framed names', () => {
  it.each([
    ['a metric', 'Results on BLEU and FooSet improve.', ['FooSet']],
    // An acronym with a plural "s" names a class of things, never one dataset.
    ['a plural acronym', 'Relational databases (RZBs) matter. We test on a subset of RZBs and on FooSet.', ['FooSet']],
    ['a vocabulary model with its size', 'Experiments on LLaMA-2-7B and KITTI show gains.', ['KITTI']],
    ['a parameter count', 'Experiments on Tulu-3-8B and KITTI show gains.', ['KITTI']],
    ['a language', 'We build the English and Chinese datasets.', []],
    ['a pair of languages', 'Our experiments show gains on English-to-Chinese.', []],
    [
      'a term the abstract spells out',
      'Few-shot object detection (FSOD) matters. We test on FSOD and FooSet.',
      ['FooSet'],
    ],
    [
      'a term of the field the abstract spells out in capitals',
      'We study Image Classification (ICL) under shift. We report results on ICL and FooSet.',
      ['FooSet'],
    ],
    ['capitalised words evaluated on with no coined name beside them', 'Experiments on Mars and Venus show gains.', []],
    ['capitalised words that qualify a noun', 'Experiments on Real-World datasets show gains.', []],
  ])('leaves out %s', (_case, abstract, expected) => {
    expect(read(abstract)).toEqual(expected);
  });

  it('takes capitalised words joined by a hyphen evaluated on as a coined name', () => {
    expect(read('Our experiments show gains on Pick-Zeta and Pick-Safe.')).toEqual(['Pick-Zeta', 'Pick-Safe']);
  });

  it('takes the vocabulary label for a name the vocabulary lists, and keeps a variant it does not', () => {
    expect(read('We report results on MS-COCO and on ImageNet-1K.')).toEqual(['COCO', 'ImageNet']);
    expect(read('Experiments on KITTI 2015 and ImageNet-21K show gains.')).toEqual(['KITTI 2015', 'ImageNet-21K']);
    expect(read('We submit to the WMT25 shared task.')).toEqual(['WMT25']);
  });

  it('does not take a vocabulary name that opens a longer name of other data', () => {
    expect(read('Experiments on the KITTI Zeta Prediction dataset and on FooSet show gains.')).toEqual([
      'KITTI Zeta Prediction',
      'FooSet',
    ]);
    expect(read('Experiments on the KITTI Zeta Prediction dataset and on KITTI show gains.')).toEqual([
      'KITTI',
      'KITTI Zeta Prediction',
    ]);
  });

  it('does not take a dataset that names a format ("COCO format")', () => {
    expect(read('It fits common datasets (COCO format) and reports results on KITTI.')).toEqual(['KITTI']);
  });

  it('spells out "X-10/100" as two datasets', () => {
    expect(read('Experiments on FOO-10/100 datasets show gains.')).toEqual(['FOO-10', 'FOO-100']);
  });

  it('reads a name without the generic words around it, and a resolution is not part of a name', () => {
    expect(read('Results on the LLM FooSet dataset improve.')).toEqual(['FooSet']);
    expect(read('It improves FID on ZetaSet 256x256 and on FooSet.')).toEqual(['ZetaSet', 'FooSet']);
    expect(read('We use the Deep LLM and FooSet datasets.')).toEqual(['Deep LLM', 'FooSet']);
  });

  it('leaves out a variant of the paper’s own method it is evaluated on, not a dataset named after it', () => {
    expect(read('When pretrained on FooSet, ZetaDet-L achieves 57 AP.', ['ZetaDet'])).toEqual(['FooSet']);
    expect(read('We pretrain on a new dataset called ZetaDet300M.', ['ZetaDet'])).toEqual(['ZetaDet300M']);
  });

  it('takes the name a paper gives its own data after the noun ("a dataset (named X)", "a dataset, termed X")', () => {
    expect(read('We construct a parking slot dataset (named ZETA-D), with many scenes.', ['ZETA-D'])).toEqual([
      'ZETA-D',
    ]);
    expect(read('We introduce a novel benchmark dataset, termed ZORP, of records.', ['ZORP'])).toEqual(['ZORP']);
    expect(
      read('We gather the first precise benchmark dataset, ZetaTrack, covering many ages.', ['ZetaTrack']),
    ).toEqual(['ZetaTrack']);
  });

  it('reads a name set off by commas after the noun, with its article or its long form after it', () => {
    expect(read('We introduce a humor dataset, the Zeta Fun Set (ZFunSet). It helps.')).toEqual(['ZFunSet']);
    expect(read('We build a new dataset, ZIPLAR(Zeta Image Pairs of Low-resource lAnguages), for training.')).toEqual([
      'ZIPLAR',
    ]);
  });

  it('reads one name after a colon that follows a singular data noun as the data the paper introduces', () => {
    const framed = findFramedNames('A paper', 'To study it, we curate a multimodal image-text GI dataset: Zeta-VLM.');
    expect(framed.datasets.map((mention) => [mention.name, mention.frame])).toEqual([['Zeta-VLM', 'introduced']]);
  });

  it('reads an appositive introduction with an acronym in brackets in it', () => {
    expect(read('We then introduce ChartZeum, a new Large Language Model (LLM) benchmark of charts.')).toEqual([
      'ChartZeum',
    ]);
  });

  it('reads a capital V and a number after a name as its version', () => {
    expect(
      read('We introduce ZetaEvents V1, a large-scale benchmark dataset for grounding.', ['ZetaEvents V1']),
    ).toEqual(['ZetaEvents V1']);
  });

  it('leaves out the paper’s own method unless the paper introduces it as data', () => {
    expect(read('Experiments on ZetaNet and FooSet show that ZetaNet is fast.', ['ZetaNet'])).toEqual(['FooSet']);
    expect(read('We introduce ZetaBench, a benchmark of hard questions.', ['ZetaBench'])).toEqual(['ZetaBench']);
  });

  it('takes the paper’s own name for data wherever the paper calls it a dataset or benchmark', () => {
    // Its own data noun makes the name data: "the ZAP benchmark", "the … (ZETA) dataset".
    expect(read('We introduce the ZAP benchmark for agents.', ['ZAP'])).toEqual(['ZAP']);
    expect(read('On the FooSet benchmark ZetaNet learns a 2-bit model.', ['ZetaNet'])).toEqual(['FooSet']);
    expect(read('We introduce the Zeta Eval Tasks (ZETA) dataset of scans.', ['ZETA'])).toEqual(['ZETA']);
    // An introduction mid-sentence after a verb of making, with a colon or an acronym between.
    expect(read('Towards this, we introduce ZetaHQ: a new benchmark for intent.', ['ZetaHQ'])).toEqual(['ZetaHQ']);
    expect(read('We introduce DoZetaSay (DOZS), a multilingual dataset of prompts.', ['DOZS'])).toEqual(['DOZS']);
  });
});

describe('datasets over a corpus', () => {
  it('writes names that papers spell alike one way', () => {
    const tags = [
      [{ value: 'Foo-Set', evidence: 'Foo-Set' }],
      [{ value: 'FooSet', evidence: 'FooSet' }],
      [{ value: 'FooSet', evidence: 'FooSet' }],
    ];
    expect(linkDatasetNames(tags, () => undefined).map((list) => list[0]?.value)).toEqual([
      'FooSet',
      'FooSet',
      'FooSet',
    ]);
  });

  it('does not take a name other papers frame as a model for data a paper is evaluated on', () => {
    const papers = [
      { title: 'A', abstract: 'We fine-tune the HunyuanClip model on our data.', ownNames: [] },
      { title: 'B', abstract: 'Experiments on HunyuanClip and ZetaScenes show gains.', ownNames: [] },
    ];
    expect(extractCorpusDatasets(papers, knowledge, []).map((tags) => tags.map((tag) => tag.value))).toEqual([
      [],
      ['ZetaScenes'],
    ]);
  });

  it('does not take methods named before a plural data noun for data: "Deep CCA benchmarks" are benchmarks of a method', () => {
    const papers = [{ title: 'A', abstract: 'We compare on standard Deep CCA benchmarks.', ownNames: [] }];
    expect(extractCorpusDatasets(papers, knowledge, ['Deep CCA'])).toEqual([[]]);
  });

  it('does not take a method another paper introduces for data, unless a paper introduces it as data', () => {
    const papers = [
      { title: 'A', abstract: 'Experiments on FooNet and ZetaScenes show gains.', ownNames: [] },
      { title: 'B', abstract: 'Experiments on BarBench show gains.', ownNames: [] },
      { title: 'C', abstract: 'We introduce BarBench, a benchmark of puzzles.', ownNames: ['BarBench'] },
    ];
    const tags = extractCorpusDatasets(papers, knowledge, ['FooNet', 'BarBench']);
    expect(tags.map((list) => list.map((tag) => tag.value))).toEqual([['ZetaScenes'], ['BarBench'], ['BarBench']]);
  });
});

describe('the vocabulary’s word lists for datasets', () => {
  it('reads metrics and languages lower-cased, and reports a list that is not a list of words', () => {
    const { vocabulary } = loadVocabulary('metrics: [BLEU, mIoU]\nlanguages: [English]\n', 'vocabulary.yaml');
    expect([...vocabulary.metrics]).toEqual(['bleu', 'miou']);
    expect([...vocabulary.languages]).toEqual(['english']);
    const { problems } = loadVocabulary('metrics: {BLEU: 1}\n', 'vocabulary.yaml');
    expect(problems.map((problem) => problem.message)).toEqual(['`metrics` must be a list of words']);
  });
});

describe('a word of a vocabulary name read alone', () => {
  const readWith = readerKnowing('Zeta and Temples', 'ZUN RGB-D');

  it('is that dataset, not one of its own', () => {
    expect(readWith('We evaluate on MipNeRF360 and Zeta and Temples.')).toEqual(['MipNeRF360', 'Zeta and Temples']);
    expect(readWith('Results on ScanNet and ZUN RGB-D datasets are strong.')).toEqual(['ScanNet', 'ZUN RGB-D']);
  });
});

describe('a dataset and the letters the abstract defines for it', () => {
  const readWith = readerKnowing('GLUE', 'MT-Bench');

  it('are one dataset, named by its letters', () => {
    expect(read('Extensive evaluations on the View-of-Zeta (VoZ) dataset show that ours is best.')).toEqual(['VoZ']);
  });

  it('are one dataset, named as the vocabulary names it', () => {
    expect(readWith('We evaluate on the General Language Understanding Evaluation (GLUE) benchmark.')).toEqual([
      'GLUE',
    ]);
  });

  it('are named by its letters when only the words were read as data', () => {
    expect(read('We study a cohort of 1,000 screening exams from the Zeta Breast Imaging Dataset (ZBID).')).toEqual([
      'ZBID',
    ]);
  });

  it('stay two when the vocabulary spells those letters as another dataset', () => {
    expect(readWith('We introduce the Multimodal Time Series Benchmark (MTBench) dataset.').sort()).toEqual(
      ['MT-Bench', 'Multimodal Time Series Benchmark'].sort(),
    );
  });
});

describe('a list one of whose items is a model', () => {
  it('lists models: a name the atlas does not know beside a known model is no dataset', () => {
    expect(read('Our method achieves 1.9x speedups while keeping quality on ZetaVid2.2 and LLaMA-2.')).toEqual([]);
    expect(read('We report the speedups on Infinity-8B and ZetaVAR-d30.')).toEqual([]);
  });

  it('is read as data when the model only opens a longer name, or the vocabulary names the other item as data', () => {
    // "ResNet Sound" itself is no dataset (a name that opens with a model's is judged on its own).
    expect(read('We evaluate the proposed approach on ZetaSet, ResNet Sound, and KITTI.')).toEqual([
      'ZetaSet',
      'KITTI',
    ]);
    expect(read('We report speedups on LLaMA-2 and KITTI.')).toEqual(['KITTI']);
  });
});

describe('a measure of speed before "on"', () => {
  it('measures a model or a system run faster, not data', () => {
    expect(read('Our method achieves 1.9x speedups while keeping quality on ZetaVid and OmegaVid.')).toEqual([]);
    expect(read('The cache lowers decoding latency on ZetaServe by 40%.')).toEqual([]);
  });

  it('gives way to a measure of quality nearer the cue', () => {
    expect(read('Training runs 2x faster and reaches higher accuracy on ZetaSet.')).toEqual(['ZetaSet']);
    expect(read('Experiments on ZetaSet show 2x speedups.')).toEqual(['ZetaSet']);
  });
});

describe('a vocabulary name of words in capitals', () => {
  const readWith = readerKnowing('Zeta Questions', 'Zeta Open Dataset');

  it('is the name where its words are written with their capitals', () => {
    expect(readWith('We evaluate on Zeta Questions and COCO.')).toEqual(['Zeta Questions', 'COCO']);
    // A noun of data the name ends in may be lowered.
    expect(readWith('We evaluate on the Zeta Open dataset.')).toContain('Zeta Open Dataset');
  });

  it('is the English phrase in lower case', () => {
    expect(readWith('A zeta question arises: can models count? We evaluate on COCO.')).toEqual(['COCO']);
  });
});
