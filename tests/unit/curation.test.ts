import { describe, expect, it } from 'vitest';
import { applyCuration, withCuratedNames } from '../../src/pipeline/curation/apply';
import { editCuration } from '../../src/pipeline/curation/edit';
import { reviewQueue } from '../../src/pipeline/curation/review-queue';
import { didYouMean, nearestNames } from '../../src/pipeline/curation/nearest';
import { neverFilter } from '../../src/pipeline/curation/never';
import { parseCuration, type CurationNames } from '../../src/pipeline/curation/parse';
import { extractCorpus } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug, TaggedPaper, TopicId } from '../../src/pipeline/types';

const FILE = 'content/curation.yaml';

const names: CurationNames = {
  papers: new Set(['adan', 'lora', 'mezo']),
  published: new Set(['adan', 'lora', 'mezo', 'retired-paper']),
  topics: new Set(['optimizers', 'vision-backbones', 'fine-tuning']),
  formerTopics: new Map([['vision', 'vision-backbones']]),
  terms: { tasks: new Map([['image classification', 'Image classification']]) },
};

const parse = (text: string) => parseCuration(text, FILE, names);

describe('parseCuration', () => {
  it('reads every kind of correction with the line it was written on', () => {
    const { curation, problems } = parse(
      [
        '# why: Adan is an optimizer, not a vision backbone',
        'papers:',
        '  adan:',
        '    name: Adan',
        '    topics: { add: [optimizers], remove: [vision-backbones] }',
        '    tasks: { keep: [image classification] }',
        '    relations:',
        '      add: [{ type: builds-on, target: Nesterov momentum, evidence: "We build on Nesterov." }]',
        '      remove:',
        '        - { type: compares-with, target: AdamW }',
        '  mezo:',
        '    name: null',
        'never:',
        '  - { facet: topics, id: vision-backbones, phrase: ViT }',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const [adan, mezo] = curation.papers;
    expect(adan?.line).toBe(3);
    expect(adan?.name).toEqual({ value: 'Adan', line: 4 });
    expect(adan?.facets.topics?.add).toEqual([{ value: 'optimizers', line: 5 }]);
    expect(adan?.facets.topics?.remove).toEqual([{ value: 'vision-backbones', line: 5 }]);
    // A task is written as the vocabulary's label, whatever case the curator used.
    expect(adan?.facets.tasks?.keep).toEqual([{ value: 'Image classification', line: 6 }]);
    expect(adan?.relations.add).toEqual([
      { type: 'builds-on', target: 'Nesterov momentum', evidence: 'We build on Nesterov.', line: 8 },
    ]);
    expect(adan?.relations.remove).toEqual([{ type: 'compares-with', target: 'AdamW', line: 10 }]);
    expect(mezo?.name).toEqual({ value: null, line: 12 });
    expect(curation.never).toEqual([{ facet: 'topics', id: 'vision-backbones', phrase: 'ViT', line: 14 }]);
  });

  it('reads an empty or missing document as no corrections', () => {
    expect(parse('')).toEqual({ curation: { file: FILE, papers: [], never: [] }, problems: [] });
    expect(parse('# nothing yet\npapers: {}\n').problems).toEqual([]);
  });

  it.each([
    [
      'an unknown paper slug',
      'papers:\n  adam:\n    name: Adam\n',
      2,
      /unknown paper slug "adam" \(did you mean "adan"\?\)/u,
    ],
    [
      'an unknown topic id',
      'papers:\n  adan:\n    topics: { add: [optimizer] }\n',
      3,
      /unknown topic id "optimizer" \(did you mean "optimizers"\?\)/u,
    ],
    [
      'a renamed topic id',
      'papers:\n  adan:\n    topics: { remove: [vision] }\n',
      3,
      /topic "vision" was renamed to "vision-backbones"/u,
    ],
    [
      'an unknown facet',
      'papers:\n  adan:\n    topic: { add: [optimizers] }\n',
      3,
      /unknown key "topic" in paper "adan" \(did you mean "topics"\?\)/u,
    ],
    [
      'an unknown verb',
      'papers:\n  adan:\n    topics: { delete: [optimizers] }\n',
      3,
      /unknown key "delete" in topics/u,
    ],
    [
      'an unknown relation type',
      'papers:\n  adan:\n    relations:\n      add: [{ type: build-on, target: X }]\n',
      4,
      /unknown relation type "build-on" \(did you mean "builds-on"\?\)/u,
    ],
    [
      'a task the vocabulary lacks',
      'papers:\n  adan:\n    tasks: { add: [image clasification] }\n',
      3,
      /not a term of the vocabulary's tasks \(did you mean "Image classification"\?\)/u,
    ],
    [
      'an unknown facet in a never rule',
      'never:\n  - { facet: topcs, id: optimizers, phrase: x }\n',
      2,
      /unknown facet "topcs" \(did you mean "topics"\?\)/u,
    ],
    ['a never rule without a phrase', 'never:\n  - { facet: topics, id: optimizers }\n', 2, /needs a `phrase`/u],
    ['malformed YAML', 'papers:\n  adan:\n    topics: { add: [optimizers }\n', 3, /invalid YAML/u],
    ['a duplicate key', 'papers:\n  adan:\n    name: A\n  adan:\n    name: B\n', 4, /a key is written twice/u],
    [
      'an unknown top-level key',
      'paper:\n  adan: {}\n',
      1,
      /unknown key "paper" in the top of the file \(did you mean "papers"\?\)/u,
    ],
  ])('stops at %s, naming its line', (_case, text, line, message) => {
    const { problems } = parse(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ severity: 'error', file: FILE, line });
    expect(problems[0]?.message).toMatch(message);
  });

  it('accepts a published slug whose paper left the corpus (it is stale, not a typo)', () => {
    const { curation, problems } = parse('papers:\n  retired-paper:\n    name: Old\n');
    expect(problems).toEqual([]);
    expect(curation.papers.map((paper) => paper.slug)).toEqual(['retired-paper']);
  });
});

describe('nearestNames', () => {
  it('suggests names a few edits away or containing what was typed, nearest first', () => {
    expect(nearestNames('optimizer', ['optimizers', 'vision', 'optim'])).toEqual(['optimizers', 'optim']);
    expect(nearestNames('zzz', ['optimizers'])).toEqual([]);
    expect(didYouMean('lora', ['LoRA', 'DoRA', 'QLoRA'])).toBe(' (did you mean "LoRA", "DoRA" or "QLoRA"?)');
    expect(didYouMean('zzz', ['optimizers'])).toBe('');
  });
});

function tagged(slug: string, tags: Partial<TaggedPaper['tags']> = {}): TaggedPaper {
  return {
    key: slug,
    slug: slug as Slug,
    title: slug.toUpperCase(),
    abstract: '',
    source: { file: 'corpus.txt', line: 1 },
    tags: {
      name: null,
      aliases: [],
      topics: [],
      evaluatedOn: [],
      methods: [],
      tasks: [],
      modalities: [],
      models: [],
      datasets: [],
      keyphrases: [],
      links: [],
      relations: [],
      results: [],
      ...tags,
    },
  };
}

describe('applyCuration', () => {
  const papers = [
    tagged('adan', {
      name: 'Adan',
      topics: [{ value: 'vision-backbones' as TopicId, evidence: 'ViT' }],
      methods: [{ value: 'AdamW', evidence: 'AdamW' }],
      relations: [
        {
          type: 'compares-with',
          target: 'AdamW',
          targetSlug: null,
          evidence: 'Adan beats AdamW.',
          source: 'extracted',
          confidence: 0.8,
        },
      ],
    }),
    tagged('lora', { name: 'LoRA', aliases: ['Low-Rank Adaptation'] }),
  ];
  const apply = (text: string, extractedNames = new Map<string, string | null>([['adan', 'Adan']])) =>
    applyCuration(papers, parse(text).curation, { extractedNames, usedNever: new Set() });

  it('adds and removes tags, and records what a curator set', () => {
    const {
      papers: [adan],
      stale,
    } = apply(
      'papers:\n  adan:\n    topics: { add: [optimizers], remove: [vision-backbones] }\n    methods: { keep: [adamw] }\n',
    );
    expect(adan?.tags.topics).toEqual([{ value: 'optimizers', evidence: '' }]);
    expect(adan?.tags.curated).toEqual(['topics']);
    // A confirmed tag keeps the extractor's value and evidence and is marked, not counted as a change.
    expect(adan?.tags.methods).toEqual([{ value: 'AdamW', evidence: 'AdamW' }]);
    expect(adan?.tags.curatedTags).toEqual({ topics: ['optimizers'], methods: ['AdamW'] });
    expect(stale).toEqual([]);
  });

  it('adds relations as curated, pointing at the paper that introduces the target, and removes others', () => {
    const {
      papers: [adan],
    } = apply(
      [
        'papers:',
        '  adan:',
        '    relations:',
        '      add: [{ type: builds-on, target: low-rank adaptation }, { type: uses, target: Nesterov momentum }]',
        '      remove: [{ type: compares-with, target: adamw }]',
      ].join('\n'),
    );
    expect(adan?.tags.relations).toEqual([
      // A curator's relation is sure: drawn and listed as the extractor's surest.
      {
        type: 'builds-on',
        target: 'low-rank adaptation',
        targetSlug: 'lora',
        evidence: '',
        source: 'curated',
        confidence: 1,
      },
      { type: 'uses', target: 'Nesterov momentum', targetSlug: null, evidence: '', source: 'curated', confidence: 1 },
    ]);
    expect(adan?.tags.curated).toEqual(['relations']);
  });

  it('marks a renamed method as curated without moving the paper', () => {
    const curation = parse('papers:\n  adan:\n    name: ADAN optimizer\n').curation;
    const named = withCuratedNames([{ slug: 'adan' as Slug, name: 'Adan' }], curation);
    expect(named.papers).toEqual([{ slug: 'adan', name: 'ADAN optimizer' }]);
    expect(named.extractedNames.get('adan')).toBe('Adan');
    const {
      papers: [adan],
    } = applyCuration([tagged('adan', { name: 'ADAN optimizer' })], curation, {
      extractedNames: named.extractedNames,
      usedNever: new Set(),
    });
    expect(adan?.slug).toBe('adan');
    expect(adan?.tags.curated).toEqual(['name']);
  });

  it('reports corrections that change nothing any more as stale, with their lines', () => {
    const { stale, papers: result } = apply(
      [
        'papers:',
        '  adan:',
        '    name: Adan',
        '    topics: { add: [vision-backbones], remove: [optimizers] }',
        '    relations: { add: [{ type: compares-with, target: AdamW }] }',
        '  retired-paper:',
        '    name: Gone',
        'never:',
        '  - { facet: topics, id: optimizers, phrase: momentum }',
      ].join('\n'),
    );
    expect(stale.map(({ line, what, why }) => [line, what, why])).toEqual([
      [3, 'name "Adan"', 'the extractor now gives the same name'],
      [4, 'remove topics "optimizers"', 'the extractor no longer gives this tag'],
      [4, 'add topics "vision-backbones"', 'the extractor now gives this tag: move it to `keep` or delete it'],
      [
        5,
        'add relation "is compared with AdamW"',
        'the extractor now finds this relation: move it to `keep` or delete it',
      ],
      [6, 'the corrections of "retired-paper"', 'the paper left the corpus'],
      [9, 'never topics "optimizers" from "momentum"', 'no paper reads this phrase as this tag any more'],
    ]);
    // A stale add still vouches for what it names.
    expect(result[0]?.tags.relations[0]?.source).toBe('curated');
  });

  it('leaves papers without corrections as they were', () => {
    const { papers: result } = apply('papers:\n  adan:\n    topics: { add: [optimizers] }\n');
    expect(result[1]).toBe(papers[1]);
  });
});

describe('never rules inside extraction', () => {
  const taxonomy = loadTaxonomy(
    [
      'topics:',
      '  - { id: vision, label: Vision, parent: null, description: "", aliases: [ViT, vision transformer] }',
      '  - { id: optimizers, label: Optimizers, parent: null, description: "", aliases: [optimizer] }',
    ].join('\n'),
    'taxonomy.yaml',
  ).topics;
  const vocabulary = loadVocabulary('methods: []\n', 'vocabulary.yaml').vocabulary;
  const paper = (slug: string, title: string, abstract: string) => ({
    key: slug,
    slug: slug as Slug,
    title,
    abstract,
    name: null,
    source: { file: 'corpus.txt', line: 1 },
  });
  const corpus = [
    paper('a', 'A faster optimizer', 'We propose a new optimizer for training ViT models quickly.'),
    paper('b', 'A vision transformer', 'We propose a vision transformer, a ViT for image recognition.'),
  ];
  const rule = { facet: 'topics' as const, id: 'vision', phrase: 'ViT', line: 3 };

  it('keeps the phrase from yielding the tag, while other words still can', () => {
    const never = neverFilter([rule]);
    const [a, b] = extractCorpus(corpus, { topics: taxonomy, vocabulary, never });
    expect(a?.tags.topics.map((tag) => tag.value)).not.toContain('vision');
    expect(b?.tags.topics.map((tag) => tag.value)).toContain('vision');
    expect(b?.tags.topics.find((tag) => tag.value === 'vision')?.evidence.toLowerCase()).toBe('vision transformer');
    expect(never.usedRules().has(rule)).toBe(true);
  });

  it('matches a phrase that is the words around a mention, and records rules that matched nothing', () => {
    const around = { ...rule, phrase: 'training ViT models' };
    const unused = { facet: 'topics' as const, id: 'optimizers', phrase: 'no such words', line: 4 };
    const never = neverFilter([around, unused]);
    const [a] = extractCorpus(corpus, { topics: taxonomy, vocabulary, never });
    expect(a?.tags.topics.map((tag) => tag.value)).toEqual(['optimizers']);
    expect([...never.usedRules()]).toEqual([around]);
  });
});

describe('editCuration', () => {
  const start = [
    '# Our corrections',
    'papers:',
    '  adan:',
    '    # Adan is an optimizer',
    '    topics: { remove: [vision-backbones] }',
    '',
  ].join('\n');

  it('adds corrections and keeps the comments', () => {
    let text = editCuration(start, { kind: 'facet', slug: 'adan', facet: 'topics', verb: 'add', value: 'optimizers' });
    text = editCuration(text, { kind: 'name', slug: 'mezo', name: null });
    text = editCuration(text, {
      kind: 'relation',
      slug: 'lora',
      verb: 'add',
      type: 'builds-on',
      target: 'Nesterov momentum',
      evidence: 'It builds on: Nesterov',
    });
    text = editCuration(text, { kind: 'never', facet: 'topics', id: 'vision-backbones', phrase: 'ViT' });
    expect(text).toContain('# Our corrections');
    expect(text).toContain('# Adan is an optimizer');
    const { curation, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(curation.papers.find((p) => p.slug === 'adan')?.facets.topics).toMatchObject({
      add: [{ value: 'optimizers' }],
      remove: [{ value: 'vision-backbones' }],
    });
    expect(curation.papers.find((p) => p.slug === 'mezo')?.name?.value).toBeNull();
    expect(curation.papers.find((p) => p.slug === 'lora')?.relations.add).toMatchObject([
      { type: 'builds-on', target: 'Nesterov momentum', evidence: 'It builds on: Nesterov' },
    ]);
    expect(curation.never).toMatchObject([{ facet: 'topics', id: 'vision-backbones', phrase: 'ViT' }]);
  });

  it('takes an earlier correction back when the new one undoes it, and never writes one twice', () => {
    let text = editCuration(start, {
      kind: 'facet',
      slug: 'adan',
      facet: 'topics',
      verb: 'add',
      value: 'vision-backbones',
    });
    text = editCuration(text, { kind: 'facet', slug: 'adan', facet: 'topics', verb: 'add', value: 'vision-backbones' });
    const topics = parse(text).curation.papers[0]?.facets.topics;
    expect(topics?.remove).toEqual([]);
    expect(topics?.add.map((entry) => entry.value)).toEqual(['vision-backbones']);
  });

  it('leaves the lines it does not change as they were written', () => {
    const text = editCuration(start, {
      kind: 'facet',
      slug: 'lora',
      facet: 'methods',
      verb: 'remove',
      value: 'Adam [v2]',
    });
    expect(text.startsWith(start)).toBe(true);
    expect(text.slice(start.length)).toBe('  lora:\n    methods: { remove: ["Adam [v2]"] }\n');
  });

  it('starts an empty file with a header saying what it is', () => {
    const text = editCuration('', {
      kind: 'facet',
      slug: 'adan',
      facet: 'topics',
      verb: 'remove',
      value: 'optimizers',
    });
    expect(text).toMatch(/^# Curators' corrections/u);
    expect(parse(text).problems).toEqual([]);
  });
});

describe('reviewQueue', () => {
  const paper = (slug: string, abstract: string, tags: Partial<TaggedPaper['tags']>) => ({
    ...tagged(slug, tags),
    title: `${slug.toUpperCase()}: a title`,
    abstract,
  });
  const papers = [
    paper('weak', 'Deep learning is popular for vision. We propose WEAK, an optimizer.', {
      name: 'WEAK',
      topics: [
        { value: 'vision-backbones' as TopicId, evidence: 'vision' },
        { value: 'optimizers' as TopicId, evidence: 'optimizer' },
      ],
      methods: [{ value: 'Lion', evidence: 'Lion' }],
    }),
    paper('strong', 'We propose STRONG, an optimizer. The optimizer is fast. Our optimizer wins.', {
      name: 'STRONG',
      topics: [{ value: 'optimizers' as TopicId, evidence: 'optimizer' }],
    }),
  ];

  it('lists the weakest evidence first, then papers with one topic, then methods only one paper names', () => {
    const queue = reviewQueue(papers, parse('').curation, () => false);
    expect(queue[0]).toMatchObject({ kind: 'weak-evidence', slug: 'weak' });
    expect(queue[0]?.what).toBe('methods: Lion');
    const kinds = queue.map((entry) => entry.kind);
    expect(kinds.indexOf('one-topic')).toBeGreaterThan(kinds.lastIndexOf('weak-evidence'));
    expect(kinds.at(-1)).toBe('one-paper-method');
    // A topic the contribution and two more sentences name is trusted more than one the background names.
    const score = (slug: string, what: string) =>
      queue.find((entry) => entry.slug === slug && entry.what === what)?.confidence?.score ?? 0;
    expect(score('strong', 'topics: optimizers')).toBeGreaterThan(score('weak', 'topics: vision-backbones'));
  });

  it('lists, of many tags with tied confidences, the thirty weakest in order of score, paper and tag', () => {
    // 40 papers of three tags each: the extractor's confidences take four values, so scores tie
    // across the thirtieth entry; one tag in seven has no confidence and is read from its evidence.
    const many = Array.from({ length: 40 }, (_, i) => {
      const slug = `p${String((i * 17) % 40).padStart(2, '0')}`;
      const confidence = (k: number) => ((i + k) % 7 === 0 ? undefined : [0.2, 0.4, 0.6, 0.8][(i * 3 + k) % 4]);
      return paper(slug, `We propose ${slug.toUpperCase()}, an optimizer for vision. It beats Lion.`, {
        topics: [
          { value: 'optimizers' as TopicId, evidence: 'optimizer', confidence: confidence(0) },
          { value: 'vision-backbones' as TopicId, evidence: 'vision', confidence: confidence(1) },
        ],
        methods: [{ value: 'Lion', evidence: 'Lion', confidence: confidence(2) }],
      });
    });
    const weak = reviewQueue(many, parse('').curation, () => false).filter((entry) => entry.kind === 'weak-evidence');
    // By the definition: every tag's entry, ordered by score, then paper, then tag; the first thirty.
    const every = many.flatMap((p) =>
      (['topics', 'methods'] as const).flatMap((facet) =>
        p.tags[facet].map((tag) => ({
          slug: p.slug as string,
          what: `${facet}: ${tag.value}`,
          extracted: tag.confidence,
        })),
      ),
    );
    const scoreOf = (slug: string, what: string) =>
      weak.find((entry) => entry.slug === slug && entry.what === what)?.confidence?.score;
    expect(weak).toHaveLength(30);
    for (const entry of weak) {
      const tag = every.find((t) => t.slug === entry.slug && t.what === entry.what);
      if (tag?.extracted !== undefined) expect(entry.confidence?.score).toBe(tag.extracted);
    }
    const listed = weak.map((entry) => [scoreOf(entry.slug, entry.what)!, entry.slug, entry.what] as const);
    const ordered = [...listed].sort(
      (a, b) => a[0] - b[0] || a[1].localeCompare(b[1], 'en') || a[2].localeCompare(b[2], 'en'),
    );
    expect(listed).toEqual(ordered);
    // Nothing left out scores lower than the last entry listed, nor ties with it and sorts before it.
    const last = listed.at(-1)!;
    for (const tag of every.filter(
      (t) => t.extracted !== undefined && !weak.some((e) => e.slug === t.slug && e.what === t.what),
    )) {
      const before =
        tag.extracted! < last[0] ||
        (tag.extracted === last[0] &&
          (tag.slug.localeCompare(last[1], 'en') || tag.what.localeCompare(last[2], 'en')) < 0);
      expect(before, `${tag.slug} ${tag.what}`).toBe(false);
    }
  });

  it('gives the lines that accept or reject each entry, which parse as corrections', () => {
    const queue = reviewQueue(papers, parse('').curation, () => false);
    const entry = queue.find((e) => e.what === 'topics: vision-backbones');
    expect(entry?.accept).toEqual(['papers:', '  weak:', '    topics: { keep: [vision-backbones] }']);
    expect(entry?.reject).toEqual(['papers:', '  weak:', '    topics: { remove: [vision-backbones] }']);
  });

  it('gives lines that parse as the correction they name, for every entry but the one asking for a topic id', () => {
    const queue = reviewQueue(papers, parse('').curation, () => false);
    const ours = { ...names, papers: new Set(['weak', 'strong']) };
    const blanks = queue.flatMap((entry) => [entry.accept, entry.reject]).filter((lines) => lines.join().includes('<'));
    expect(blanks).toEqual([
      ['papers:', '  strong:', '    topics: { remove: [optimizers], add: [<the right topic id>] }'],
    ]);
    for (const entry of queue)
      for (const [verb, lines] of [
        ['keep', entry.accept],
        ['remove', entry.reject],
      ] as const) {
        if (blanks.includes(lines)) continue;
        const { curation, problems } = parseCuration(lines.join('\n'), FILE, ours);
        expect(problems, lines.join('\n')).toEqual([]);
        const [correction] = curation.papers;
        const said = [
          ...Object.values(correction?.facets ?? {}).flatMap((facet) => facet[verb]),
          ...(correction?.relations[verb] ?? []),
        ];
        expect(said, lines.join('\n')).toHaveLength(1);
      }
  });

  it('leaves out what a curator already corrected', () => {
    const queue = reviewQueue(
      papers,
      parse('papers:\n  adan:\n    topics: { keep: [optimizers] }\n').curation,
      () => false,
    );
    const curated = reviewQueue(
      papers.map((p) => ({ ...p, slug: (p.slug === 'weak' ? 'adan' : p.slug) as Slug })),
      parse('papers:\n  adan:\n    topics: { keep: [optimizers] }\n').curation,
      () => false,
    );
    expect(queue.some((entry) => entry.slug === 'weak' && entry.what.startsWith('topics'))).toBe(true);
    expect(curated.some((entry) => entry.slug === 'adan' && entry.what.startsWith('topics'))).toBe(false);
  });
});
