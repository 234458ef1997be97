import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug } from '../../src/pipeline/types';

/** A vocabulary from the YAML text of its file. */
const vocabularyOf = (text: string) => loadVocabulary(text, 'vocabulary.yaml').vocabulary;
const vocabulary = vocabularyOf(
  'methods:\n  - { id: adam, label: Adam, aliases: [] }\n  - { id: full, label: Full fine-tuning, aliases: [] }\n',
);
const topics = loadTaxonomy(
  'topics:\n  - { id: optimization, label: Optimization, aliases: [] }\n',
  'taxonomy.yaml',
).topics;

/** A corpus of papers, each `[title, abstract]`, the paper at each index of `names` named so. */
function corpusOf(papers: string[][], names: Record<number, string> = {}) {
  return papers.map(([title, abstract], index) => ({
    key: `k${index}`,
    slug: `p${index}` as Slug,
    name: names[index] ?? null,
    title: title as string,
    abstract: abstract as string,
    source: { file: 'corpus.txt', line: index * 3 + 1 },
  }));
}

const papers = corpusOf(
  [
    ['Ares: Adaptive Reasoning Effort Selection', 'We propose Ares, which selects effort. Ares outperforms Adam.'],
    ['Faster Agents', 'Agents are slow. Our agents are faster than those that are tuned, and build on Ares.'],
    ['Cheap Tuning', 'We reach 86.1% vs 86.3% for full-finetuning.'],
  ],
  { 0: 'Ares' },
);
const [ares, agents, cheap] = extractCorpus(papers, { topics, vocabulary });

describe('a name a paper of the corpus coins', () => {
  it('is found where another paper writes it, and never in the ordinary word it resembles', () => {
    expect(agents?.tags.relations.map((relation) => `${relation.type} ${relation.target}`)).toEqual(['builds-on Ares']);
    expect(agents?.tags.methods.map((tag) => tag.value)).toEqual(['Ares']);
    expect(ares?.tags.relations.map((relation) => `${relation.type} ${relation.target}`)).toEqual([
      'compares-with Adam',
    ]);
  });
});

describe('a vocabulary name written closed up', () => {
  it('is the same method: "full-finetuning" is full fine-tuning', () => {
    expect(cheap?.tags.relations.map((relation) => `${relation.type} ${relation.target}`)).toEqual([
      'compares-with Full fine-tuning',
    ]);
  });
});

describe('the long forms a paper of the corpus spells its acronym with', () => {
  const corpus = corpusOf(
    [
      ['ZG: Zeta Generation', 'We propose an Internet-Augmented text-to-image generation (IA-T2I) framework.'],
      ['Fast Zeta', 'Our method outperforms IA-T2I.'],
      ['Stronger Zeta', 'Our method outperforms the Consistency Zeta Trainer (CZT).'],
      ['Zeta Trainer', 'We propose a Consistency Zeta Trainer (CZT). Our trainer builds on Adam.'],
      ['Other Zeta', 'Our method outperforms consistency zeta trainer baselines.'],
      ['Plain Zeta', 'Our method outperforms models of text-to-image generation.'],
    ],
    { 0: 'IA-T2I', 3: 'CZT' },
  );
  const tagged = extractCorpus(corpus, { topics, vocabulary });
  const relations = (index: number) =>
    tagged[index]?.tags.relations.map((relation) => `${relation.type} ${relation.target}`);

  it('name its method by the acronym and by a long form in capitals, as written', () => {
    expect(relations(1)).toEqual(['compares-with IA-T2I']);
    expect(relations(2)).toEqual(['compares-with CZT']);
  });

  it('are the ordinary phrase where another paper writes them in lower case', () => {
    expect(relations(4)).toEqual([]);
    expect(relations(5)).toEqual([]);
  });
});

/** The targets of the relations read from one abstract, with a vocabulary. */
const targetsRead = (abstract: string, known: typeof vocabulary) =>
  extractCorpus(corpusOf([['A Title', abstract]]), { topics, vocabulary: known })[0]?.tags.relations.map(
    (relation) => relation.target,
  );

describe('an organisation that makes models', () => {
  it('is no relation target, though named like one', () => {
    const withOrganisations = vocabularyOf(
      'methods:\n  - { id: adam, label: Adam, aliases: [] }\norganisations: [zetacorp]\n',
    );
    const text = 'We evaluate models from ZetaCorp and outperform ZetaNet-2 and ZetaCorp.';
    expect(targetsRead(text, vocabulary)).toContain('ZetaCorp');
    expect(targetsRead(text, withOrganisations)).toEqual(['ZetaNet-2']);
  });
});

describe('a natural language', () => {
  it('is no relation target, though written as a name after a cue', () => {
    const withLanguages = vocabularyOf('methods:\n  - { id: adam, label: Adam, aliases: [] }\nlanguages: [zetish]\n');
    const text =
      'Our methodology combines prompt engineering, multilingual obfuscation (e.g., Zetish, Gaelic, Base64), and evaluation using ZetaNet-2.';
    expect(targetsRead(text, vocabulary)).toContain('Zetish');
    expect(targetsRead(text, withLanguages)).not.toContain('Zetish');
    expect(targetsRead(text, withLanguages)).toContain('ZetaNet-2');
  });
});

describe('a known method named like data the paper uses', () => {
  it('is the data there, no relation', () => {
    // The vocabulary knows the name both as a method and as a dataset.
    const both = vocabularyOf(
      'methods:\n  - { id: zl, label: ZetaLesion, aliases: [] }\ndatasets:\n  - { id: zl-data, label: ZetaLesion, aliases: [] }\n',
    );
    const [tagged] = extractCorpus(corpusOf([['A Title', 'We used a 30% subset of ZetaLesion to train a detector.']]), {
      topics,
      vocabulary: both,
    });
    expect(tagged?.tags.datasets.map((tag) => tag.value)).toEqual(['ZetaLesion']);
    expect(tagged?.tags.relations).toEqual([]);
  });
});

describe('a name the corpus frames as data', () => {
  const relationsOf = (corpus: string[][]) =>
    extractCorpus(corpusOf(corpus), { topics, vocabulary }).map((paper) =>
      paper.tags.relations.map((relation) => `${relation.type} ${relation.target}`),
    );
  const dataPapers = [
    ['Apple Counting', 'We evaluate our counter on the OrchardSet dataset and report recall.'],
    ['Fruit Detection', 'Experiments on the OrchardSet benchmark show that our detector is accurate.'],
  ];
  it('is no method another paper builds on, in two papers or more', () => {
    const extending = ['Orchard Data', 'Extending OrchardSet with our images improves our detector.'];
    expect(relationsOf([...dataPapers, extending])[2]).toEqual([]);
    expect(relationsOf([dataPapers[0] as string[], extending])[1]).toEqual(['builds-on OrchardSet']);
  });

  it('is the data the paper names with its version, written without it', () => {
    const text = 'Our corpus is derived from MIMIC IV notes. We evaluate our model on the MIMIC-IV dataset.';
    expect(relationsOf([['Clinical Notes', text]])[0]).toEqual([]);
  });

  it('is the first word of a name of data the paper names, read short', () => {
    const text =
      'Experiments with two methods (FooPose++ and Forge) using public datasets (C03D and IMC PhotoTourism) validate our graph.';
    expect(relationsOf([['Pose Graphs', text]])[0]).not.toContain('uses IMC');
    // Written alone as well, it is itself.
    const alone = 'We build our assistant on ZetaLM and test it on the ZetaLM Bench dataset, where it beats ZetaLM.';
    expect(relationsOf([['Assistants', alone]])[0]).not.toEqual([]);
  });

  it('is a name listed with data the paper names, the first of them after the words that bring it in', () => {
    const withData = vocabularyOf('methods: []\ndatasets:\n  - { id: amass, label: AMASS, aliases: [] }\n');
    const text = 'We evaluated our method on unseen motion sampled from AMASS, D4D, Mixamo, and raw video.';
    const [tagged] = extractCorpus(corpusOf([['Motion Transfer', text]]), { topics, vocabulary: withData });
    expect(tagged?.tags.datasets.map((tag) => tag.value)).toContain('AMASS');
    expect(tagged?.tags.relations).toEqual([]);
  });
});

describe('a short name a paper of the corpus coins, joined to a number elsewhere', () => {
  const corpus = corpusOf(
    [
      ['DoF: Depth of Field for Gaussian Splats', 'We propose DoF, a renderer that blurs splats. DoF beats Adam.'],
      ['Grasping in Clutter', 'We present GraspX for 6-DoF grasping in clutter, built on DoF.'],
      ['Dexterous Hands', 'Our platform has two 6-DoF hands and a 35-DOF arm with 20 DoF in all.'],
    ],
    { 0: 'DoF' },
  );
  const [, grasp, hands] = extractCorpus(corpus, { topics, vocabulary });

  it('is the number’s unit there, neither a method the paper names nor one it relates to', () => {
    expect(hands?.tags.methods.map((tag) => tag.value)).toEqual([]);
    expect(hands?.tags.relations).toEqual([]);
  });

  it('is the method where a cue governs it, written on its own', () => {
    expect(grasp?.tags.methods.map((tag) => tag.value)).toEqual(['DoF']);
    expect(grasp?.tags.relations.map((relation) => `${relation.type} ${relation.target}`)).toEqual(['builds-on DoF']);
  });
});

describe('a name a paper of the corpus coins from plain English words', () => {
  const corpus = corpusOf(
    [
      [
        'Explorer: Robust Collection of Interactable GUI Elements',
        'We present Explorer, a crawler for apps. It beats Adam.',
      ],
      ['Browsing Agents', 'Our agent drives Internet Explorer and Chrome. Explorer sessions are logged.'],
      ['Crawling Apps', 'Our crawler improves on Explorer by 20% on five apps.'],
      ['Explorer Agents Revisited', 'We study how agents explore apps, and compare them.'],
    ],
    { 0: 'Explorer' },
  );
  const [, browsing, crawling, revisited] = extractCorpus(corpus, { topics, vocabulary });
  const methods = (paper: typeof browsing) => paper?.tags.methods.map((tag) => tag.value);

  it('names the method where English capitalises the word for being a name', () => {
    expect(methods(crawling)).toEqual(['Explorer']);
  });

  it('is the word where any word is capitalised, or one word of a run of capitals', () => {
    expect(methods(browsing)).toEqual([]);
    expect(methods(revisited)).toEqual([]);
  });
});

describe('a name a paper of the corpus gives itself, which the rest of the corpus frames as data', () => {
  const corpus = corpusOf(
    [
      ['BIRD: A Big Bench for Text-to-SQL', 'We present BIRD, built from 95 databases. It beats Adam.'],
      ['Faster SQL', 'Our parser reaches 70% on the BIRD benchmark, above Adam.'],
      ['Cheaper SQL', 'We evaluate on the BIRD dataset and on Spider.'],
    ],
    { 0: 'BIRD' },
  );
  const [bird, faster, cheaper] = extractCorpus(corpus, { topics, vocabulary });

  it('is data where the other papers write it, not a method they name', () => {
    expect(faster?.tags.methods.map((tag) => tag.value)).toEqual(['Adam']);
    expect(cheaper?.tags.methods.map((tag) => tag.value)).toEqual([]);
  });

  it('is still the name of the paper that gave it', () => {
    expect(bird?.tags.name).toBe('BIRD');
  });
});

describe('letters and words a corpus paper coins, written in another paper', () => {
  const corpus = corpusOf(
    [
      ['RAD: Robust Anomaly Detector', 'We propose the Robust Anomaly Detector (RAD) for parts. It beats Adam.'],
      ['Chest Models', 'We probe three foundation models (RAD-DINO, CheXagent and BiomedCLIP) on X-rays.'],
      ['Faster Detectors', 'Our detector is 3x faster than the Robust Anomaly Detector on five parts.'],
      ['Radiology Reports', 'Reports of radiology (RAD) are long. We summarise RAD text with Adam.'],
      ['Power Grids', 'We model RAD events in grids with a new solver.'],
      ['Faster Detectors Again', 'Our detector is 3x faster than RAD, the Robust Anomaly Detector.'],
      ['Anomalies', 'We study robust anomaly detector designs for parts.'],
    ],
    { 0: 'RAD' },
  );
  const [, chest, faster, reports, grids, again, lower] = extractCorpus(corpus, { topics, vocabulary });
  const methods = (paper: typeof chest) => paper?.tags.methods.map((tag) => tag.value);

  it('are the paper’s method where the text spells them out as the paper does', () => {
    expect(methods(faster)).toEqual(['RAD']);
    expect(methods(again)).toEqual(['RAD']);
  });

  it('are not inside another name, in lower case, spelled out otherwise or as capitals alone', () => {
    expect(methods(chest)).toEqual([]);
    expect(methods(lower)).toEqual([]);
    expect(methods(reports)).toEqual(['Adam']);
    expect(methods(grids)).toEqual([]);
  });
});

describe('a name a corpus paper makes of one plain word, written in lower case elsewhere', () => {
  const corpus = corpusOf(
    [
      [
        'Negation: A Pink Elephant in the Large Language Models Room?',
        'We present Negation, two benchmarks of negated statements. It beats Adam.',
      ],
      ['Negation in Models', 'We study how language models handle negation, and find that negation confuses them.'],
      ['Embeddings', 'Our embeddings improve on Negation by 5 points with Adam.'],
    ],
    { 0: 'Negation' },
  );
  const [, study, embeddings] = extractCorpus(corpus, { topics, vocabulary });

  it('is the word of the language, not the paper’s method', () => {
    expect(study?.tags.methods.map((tag) => tag.value)).toEqual([]);
    expect(embeddings?.tags.methods.map((tag) => tag.value)).toEqual(['Negation', 'Adam']);
  });
});

describe('a name listed with the data a paper names', () => {
  const withData = vocabularyOf(
    [
      'methods:',
      '  - { id: dpo, label: DPO, aliases: [] }',
      'models:',
      '  - { id: vgg, label: VGG, aliases: [], prefix: true }',
      '  - { id: resnet, label: ResNet, aliases: [], prefix: true }',
      'datasets:',
      '  - { id: alpacaeval, label: AlpacaEval, aliases: [] }',
      '  - { id: cifar, label: CIFAR-10, aliases: [] }',
    ].join('\n'),
  );
  const corpus = corpusOf([
    [
      'Cell Counting',
      'Experiments on four challenging cell counting datasets (ADI, MBM, VGG, and DCC) demonstrate that our method outperforms FooNet.',
    ],
    ['Preference Mixing', 'Our mixing improves upon DPO by an average of 6.03% on Alpaca Eval 2.0.'],
    ['Shampoo', 'Experiments on CIFAR-10 using ResNet, VGG, and ViT show that our optimizer beats Adam.'],
  ]);
  const [cells, preference, shampoo] = extractCorpus(corpus, { topics, vocabulary: withData });
  const targets = (paper: typeof cells) => paper?.tags.relations.map((relation) => relation.target).sort();

  it('is data too: a list names things of one kind', () => {
    expect(targets(cells)).toEqual(['FooNet']);
  });

  it('is data where it is a dataset the paper names with a version', () => {
    expect(targets(preference)).toEqual(['DPO']);
  });

  it('is not an item of a list of data it only shares a sentence with', () => {
    expect(targets(shampoo)).toEqual(expect.arrayContaining(['ResNet', 'VGG']));
  });

  it('is not one name set off after data, which is no list of it', () => {
    const apposed = 'We fine-tune a backbone pretrained on CIFAR-10, ResNet-50, and beat Adam.';
    const [paper] = extractCorpus(corpusOf([['Backbones', apposed]]), { topics, vocabulary: withData });
    expect(targets(paper)).toContain('ResNet-50');
  });
});
