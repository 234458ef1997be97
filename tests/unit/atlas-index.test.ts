import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAtlasIndex, type AtlasIndexOptions } from '../../src/search/build/atlas-index';
import {
  searchDocuments,
  type ExportedPaper,
  type ExportedTopic,
  type SearchDocument,
} from '../../src/search/build/documents';
import { indexFiles, runIndexScript } from '../../src/search/build/index-files';
import { AtlasSearch } from '../../src/search/browser/atlas-search';
import { decodeIds, decodePostings, encodeIds, encodePostings } from '../../src/search/shared/codec';
import { META_PATH, packOccurrence, shardsFor, unpackOccurrence } from '../../src/search/shared/index-format';
import { paperRecord } from '../helpers/records';

/** A search over the files of an index, recording which files it loaded. */
function searchOver(documents: readonly SearchDocument[], options: Partial<AtlasIndexOptions> = {}) {
  const files = new Map(indexFiles(buildAtlasIndex(documents, options)).map((file) => [file.path, file.text]));
  const loaded: string[] = [];
  const search = new AtlasSearch(async (key, path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    const call = runIndexScript(text);
    expect(call.key).toBe(key);
    loaded.push(path);
    return call.payload;
  });
  return { search, loaded, files };
}

const doc = (fields: Partial<SearchDocument> & Pick<SearchDocument, 't'>): SearchDocument => ({
  u: `papers/${fields.t.toLowerCase().replace(/[^a-z]+/gu, '-')}/`,
  k: 'Paper',
  topicWords: '',
  facets: { kind: [fields.k ?? 'Paper'] },
  ...fields,
});

const DOCUMENTS: SearchDocument[] = [
  doc({
    t: 'Sparse MeZO: Less Parameters for Better Performance',
    m: 'Sparse MeZO',
    x: 'Memory-efficient zeroth-order (MeZO) optimizers need only forward passes.',
    facets: { kind: ['Paper'], topic: ['optimization', 'zeroth-order'], code: ['yes'] },
  }),
  doc({
    t: 'Fine-Tuning Language Models with Just Forward Passes',
    m: 'MeZO',
    x: 'We propose a memory-efficient zerothorder optimizer (MeZO).',
    facets: { kind: ['Paper'], topic: ['optimization', 'zeroth-order'], code: ['no'] },
  }),
  doc({
    t: 'Adan: Adaptive Nesterov Momentum',
    m: 'Adan',
    x: 'An optimizer with Nesterov momentum for deep models, and the models it trains.',
    facets: { kind: ['Paper'], topic: ['optimization'], code: ['yes'] },
  }),
  doc({ t: 'To Be or Not to Be', x: 'A study of the question.', facets: { kind: ['Paper'], code: ['no'] } }),
  doc({
    t: 'Zeroth-order optimization',
    u: 'topics/zeroth-order/',
    k: 'Topic',
    topicWords: 'Optimization Zeroth-order optimization',
    facets: { kind: ['Topic'], topic: ['optimization', 'zeroth-order'] },
  }),
];

describe('the atlas index format', () => {
  it('reads back any ascending document ids and postings it wrote', () => {
    const ascending = fc.uniqueArray(fc.nat({ max: 2_000_000 })).map((ids) => ids.sort((a, b) => a - b));
    fc.assert(
      fc.property(ascending, (ids) => {
        expect(decodeIds(encodeIds(ids))).toEqual(ids);
      }),
    );
    fc.assert(
      fc.property(ascending, fc.array(fc.nat({ max: 63 }), { minLength: 1 }), (ids, bits) => {
        const occurrences = ids.map((_, index) => bits[index % bits.length] as number);
        expect(decodePostings(encodePostings({ ids, occurrences }))).toEqual(
          ids.map((id, index) => [id, occurrences[index]]),
        );
      }),
    );
  });

  it('packs where a word occurs without losing any of it', () => {
    const occurrence = fc.record({
      title: fc.boolean(),
      method: fc.boolean(),
      wholeMethod: fc.boolean(),
      topic: fc.boolean(),
      body: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(occurrence, (value) => {
        expect(unpackOccurrence(packOccurrence(value))).toEqual(value);
      }),
    );
    expect(
      unpackOccurrence(packOccurrence({ title: false, method: false, wholeMethod: false, topic: false, body: 9 })).body,
    ).toBe(3);
  });

  it('refuses ids out of order, and text that is not its own', () => {
    expect(() => encodeIds([3, 3])).toThrow(/ascend/u);
    expect(() => decodeIds('a b')).toThrow(/rebuild the site/u);
  });

  it('finds the shards a word or a beginning of words may be in', () => {
    const starts = ['a', 'diff', 'mod', 'model', 'zeta'];
    expect(shardsFor(starts, 'diffusion')).toEqual([1]);
    expect(shardsFor(starts, 'mo')).toEqual([1, 2, 3]);
    expect(shardsFor(starts, 'model')).toEqual([3]);
    expect(shardsFor(starts, 'modality')).toEqual([2]);
    expect(shardsFor(starts, 'zz')).toEqual([4]);
    expect(shardsFor(starts, '0')).toEqual([0]);
  });
});

describe('the atlas search', () => {
  const { search } = searchOver(DOCUMENTS);
  const titles = async (query: string, filters = {}) =>
    (await search.search(query, filters)).hits.map((hit) => hit.doc.t);

  it('ranks the page whose method name is exactly the query first', async () => {
    expect((await titles('mezo'))[0]).toBe('Fine-Tuning Language Models with Just Forward Passes');
    expect((await titles('sparse mezo'))[0]).toBe('Sparse MeZO: Less Parameters for Better Performance');
  });

  it('needs every word, matches the last one as a beginning, and ignores case, accents and hyphens', async () => {
    expect(await titles('nesterov momen')).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(await titles('NÉSTEROV')).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(await titles('momentum nesterov')).toEqual(['Adan: Adaptive Nesterov Momentum']);
    // Only the last word may be unfinished; pages with only some of the words are partial matches.
    const fullMatches = async (query: string) => (await search.search(query)).hits.filter((hit) => !hit.partial);
    expect(await fullMatches('momen nesterov')).toEqual([]);
    expect(await fullMatches('nesterov zeroth')).toEqual([]);
    expect(await titles('zeroth-order')).toContain('Zeroth-order optimization');
  });

  it('finds other forms of a word, below the form typed', async () => {
    // "optimizers" is in one abstract, "optimizer" in two others, "optimization" in a title.
    const found = await titles('optimizers');
    expect(found).toEqual(
      expect.arrayContaining([
        'Fine-Tuning Language Models with Just Forward Passes',
        'Adan: Adaptive Nesterov Momentum',
        'Zeroth-order optimization',
      ]),
    );
    expect(found.indexOf('Sparse MeZO: Less Parameters for Better Performance')).toBeLessThan(
      found.indexOf('Fine-Tuning Language Models with Just Forward Passes'),
    );
    expect(await titles('passing forward')).toContain('Fine-Tuning Language Models with Just Forward Passes');
    // A stem ending in an "i" that is a "y" in other forms: "policies" and "policy" are "polici".
    const { search: policies } = searchOver([
      doc({ t: 'A policy', x: 'One policy.' }),
      doc({ t: 'Studies', x: 'Several policies and a study.' }),
    ]);
    expect((await policies.search('policies')).hits.map((hit) => hit.doc.t).sort()).toEqual(['A policy', 'Studies']);
    expect((await policies.search('study')).hits.map((hit) => hit.doc.t)).toEqual(['Studies']);
  });

  it('matches a word of three letters or fewer only as typed, from one shard', async () => {
    const { search: short, loaded } = searchOver(
      [
        doc({ t: 'Offline RL', x: 'Offline RL from logged data.' }),
        doc({ t: 'RLHF at scale', x: 'Reward models for RLHF.' }),
        doc({ t: 'Rlax', x: 'A library.' }),
      ],
      { shardChars: 1 },
    );
    expect((await short.search('rl')).hits.map((hit) => hit.doc.t)).toEqual(['Offline RL']);
    expect(loaded.filter((path) => /\/t\d+\.js$/u.test(path))).toHaveLength(1);
    expect((await short.search('rlhf')).hits.map((hit) => hit.doc.t)).toEqual(['RLHF at scale']);
    expect((await short.search('offl')).hits.map((hit) => hit.doc.t)).toEqual(['Offline RL']);
  });

  it('ranks a match in the title above a match in the abstract', async () => {
    expect((await titles('forward passes'))[0]).toBe('Fine-Tuning Language Models with Just Forward Passes');
    expect((await titles('momentum'))[0]).toBe('Adan: Adaptive Nesterov Momentum');
  });

  it('treats function words as optional, but searches titles for a query of nothing else', async () => {
    expect(await titles('the nesterov momentum')).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(await titles('to be or not')).toEqual(['To Be or Not to Be']);
    // "the" of Adan's abstract is not indexed: only titles and method names keep function words.
    expect(await titles('the')).toEqual([]);
  });

  it('keeps only pages with every chosen facet value, and counts the values of what it found', async () => {
    const outcome = await search.search('optimizer', { topic: ['zeroth-order'], kind: ['Paper'] }, { counts: true });
    expect(outcome.hits.map((hit) => hit.doc.m).sort()).toEqual(['MeZO', 'Sparse MeZO']);
    expect(outcome.total).toBe(2);
    expect(outcome.counts.topic).toEqual({ optimization: 2, 'zeroth-order': 2 });
    expect(outcome.counts.code).toEqual({ yes: 1, no: 1 });
    expect(outcome.counts.kind).toEqual({ Paper: 2 });
    expect((await search.search('', { code: ['yes'], topic: ['optimization'] })).hits.map((hit) => hit.doc.m)).toEqual([
      'Adan',
      'Sparse MeZO',
    ]);
    expect((await search.search('', { topic: ['no-such-topic'] })).total).toBe(0);
  });

  it('browses every page that passes the filters when no words are given, by title', async () => {
    expect((await search.search('', { kind: ['Paper'] })).hits.map((hit) => hit.doc.t)).toEqual([
      'Adan: Adaptive Nesterov Momentum',
      'Fine-Tuning Language Models with Just Forward Passes',
      'Sparse MeZO: Less Parameters for Better Performance',
      'To Be or Not to Be',
    ]);
    expect((await search.search('', {})).total).toBe(5);
  });

  it('limits the hits but not the total, and fetches no documents for a search no longer wanted', async () => {
    const outcome = await search.search('', {}, { limit: 2 });
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBe(5);
    const stale = await search.search('optimizer', {}, { isCurrent: () => false });
    expect(stale.total).toBe(4);
    expect(stale.hits).toEqual([]);
  });

  it('marks the words that matched in the excerpt, in any form', async () => {
    const [hit] = (await search.search('nesterov model')).hits;
    expect(hit?.excerpt).toContain(
      '<mark>Nesterov</mark> momentum for deep <mark>models,</mark> and the <mark>models</mark>',
    );
  });

  it('answers nothing, without failing, from an atlas with no pages', async () => {
    const empty = searchOver([]).search;
    expect(await empty.search('anything')).toMatchObject({ total: 0, hits: [] });
    expect((await empty.search('')).total).toBe(0);
  });

  it('gives excerpts in which corpus text is only text', async () => {
    const hostile = 'Attack <img src=x onerror="alert(1)"> & <script>alert(2)</script> nesterov.';
    const [hit] = (await searchOver([doc({ t: 'Hostile', x: hostile })]).search.search('nesterov')).hits;
    expect(hit?.excerpt).toBe(
      'Attack &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt; <mark>nesterov.</mark>',
    );
  });

  it('answers the same whatever the size of its shards, while a word and its other forms fit in two', async () => {
    const small = searchOver(DOCUMENTS, { shardChars: 60 }).search;
    const large = searchOver(DOCUMENTS, { shardChars: 1_000_000 }).search;
    for (const query of ['mezo', 'optimizers', 'zeroth ord', 'the nesterov', 'forward passes', 'o']) {
      const [a, b] = await Promise.all([small.search(query), large.search(query)]);
      expect(a.hits.map((hit) => [hit.doc.u, hit.score])).toEqual(b.hits.map((hit) => [hit.doc.u, hit.score]));
    }
  });

  it('matches a word only as typed when its other forms and longer words would take more than four shards', async () => {
    // A word a shard: "optim…" is optimization, optimizer, optimizers, optimum and more.
    const more = doc({ t: 'Optimal optimism', x: 'The optimum of optimal optimistic optimisers.' });
    const { search: spread, loaded } = searchOver([...DOCUMENTS, more], { shardChars: 1 });
    expect((await spread.search('optimizers')).hits.map((hit) => hit.doc.t)).toEqual([
      'Sparse MeZO: Less Parameters for Better Performance',
    ]);
    expect(loaded.filter((path) => /\/t\d+\.js$/u.test(path))).toHaveLength(1);
  });

  it('loads only the shards of the words searched and the documents shown', async () => {
    const { search: fresh, loaded } = searchOver(DOCUMENTS, { shardChars: 1 });
    await fresh.search('nesterov', {}, { limit: 1 });
    const shards = loaded.filter((path) => /\/t\d+\.js$/u.test(path));
    // A file a document: with its text for the excerpt (x/), or without when excerpts are not wanted (d/).
    const docs = loaded.filter((path) => /\/x\/\d+\.js$/u.test(path));
    const titlesOnly = searchOver(DOCUMENTS, { shardChars: 1 });
    await titlesOnly.search.search('momentum', {}, { limit: 1, excerpts: false });
    expect(titlesOnly.loaded.filter((path) => /\/[dx]\/\d+\.js$/u.test(path))).toEqual([
      expect.stringMatching(/\/d\/\d+\.js$/u),
    ]);
    expect(loaded[0]).toBe(META_PATH);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(2);
    expect(docs).toHaveLength(1);
    expect(loaded.some((path) => path.endsWith('/facets.js'))).toBe(false);
  });
});

describe('a search after the site was rebuilt', () => {
  it('reads the table of contents again when the folder it named is gone, and answers from the new one', async () => {
    const before = indexFiles(buildAtlasIndex(DOCUMENTS));
    const after = new Map(
      indexFiles(buildAtlasIndex([...DOCUMENTS, doc({ t: 'Nesterov momentum revisited' })])).map((file) => [
        file.path,
        file.text,
      ]),
    );
    const cachedMeta = before.find((file) => file.path === META_PATH)!.text;
    const search = new AtlasSearch(async (key, path) => {
      // The browser still has the old table of contents; only a load past the cache sees the new one.
      const text = path === META_PATH ? cachedMeta : after.get(path.replace(/\?\d+$/u, ''));
      if (text === undefined) throw new Error(`no file ${path}`);
      return runIndexScript(text).payload;
    });
    expect((await search.search('nesterov')).hits.map((hit) => hit.doc.t).sort()).toEqual([
      'Adan: Adaptive Nesterov Momentum',
      'Nesterov momentum revisited',
    ]);
  });

  it('asks for the table of contents again after it failed to load', async () => {
    const files = new Map(indexFiles(buildAtlasIndex(DOCUMENTS)).map((file) => [file.path, file.text]));
    let failures = 1;
    const search = new AtlasSearch(async (_key, path) => {
      if (path === META_PATH && failures-- > 0) throw new Error('offline for a moment');
      return runIndexScript(files.get(path)!).payload;
    });
    await expect(search.search('nesterov')).rejects.toThrow(/offline/u);
    expect((await search.search('nesterov')).total).toBe(1);
  });

  it('moves searches running together to the new index once, each with the documents of its own index', async () => {
    const before = indexFiles(buildAtlasIndex(DOCUMENTS));
    // A paper whose title sorts first shifts every document id by one in the new build.
    const after = new Map(
      indexFiles(buildAtlasIndex([...DOCUMENTS, doc({ t: 'Aardvark nesterov' })])).map((file) => [
        file.path,
        file.text,
      ]),
    );
    let metaReads = 0;
    const search = new AtlasSearch(async (_key, path) => {
      if (path.startsWith(META_PATH)) {
        metaReads += 1;
        return runIndexScript(
          (metaReads === 1 ? before.find((file) => file.path === META_PATH)! : { text: after.get(META_PATH)! }).text,
        ).payload;
      }
      const text = after.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return runIndexScript(text).payload;
    });
    const outcomes = await Promise.all(['nesterov', 'momentum', 'mezo'].map((query) => search.search(query)));
    expect(outcomes[0]!.hits.map((hit) => hit.doc.t).sort()).toEqual([
      'Aardvark nesterov',
      'Adan: Adaptive Nesterov Momentum',
    ]);
    expect(outcomes[1]!.hits.map((hit) => hit.doc.t)).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(outcomes[2]!.hits[0]?.doc.t).toBe('Fine-Tuning Language Models with Just Forward Passes');
    expect(metaReads).toBe(2);
  });

  it('still fails, saying why, when the files are missing from the folder the table names', async () => {
    const files = new Map(
      indexFiles(buildAtlasIndex(DOCUMENTS)).map((file) => [file.path.replace(/\?\d+$/u, ''), file.text]),
    );
    const search = new AtlasSearch(async (_key, path) => {
      const text = files.get(path.replace(/\?\d+$/u, ''));
      if (text === undefined || /\/t\d+\.js$/u.test(path)) throw new Error(`could not load ${path}`);
      return runIndexScript(text).payload;
    });
    await expect(search.search('nesterov')).rejects.toThrow(/could not load .*\/t\d+\.js/u);
  });
});

describe('the atlas index files', () => {
  it('are scripts no corpus text can break out of', () => {
    const hostile = 'a </script><script>alert(1)</script> b \u2028 "quoted" \\ end';
    const files = indexFiles(buildAtlasIndex([doc({ t: hostile, x: hostile, m: '</script>' })]));
    for (const file of files) expect(file.text).not.toMatch(/<\/script/iu);
    const docFile = files.find((file) => /\/d\/0\.js$/u.test(file.path))!;
    expect(runIndexScript(docFile.text).payload).toMatchObject({ t: hostile, m: '</script>' });
    // With its body text, for the excerpt, it is a file of its own.
    const textFile = files.find((file) => /\/x\/0\.js$/u.test(file.path))!;
    expect(runIndexScript(textFile.text).payload).toMatchObject({ t: hostile, x: hostile, m: '</script>' });
  });

  it('keep the table of contents in one place and the rest in a folder that changes with the content', () => {
    const first = indexFiles(buildAtlasIndex(DOCUMENTS));
    const again = indexFiles(buildAtlasIndex([...DOCUMENTS].reverse()));
    const changed = indexFiles(buildAtlasIndex([...DOCUMENTS, doc({ t: 'One more paper' })]));
    const folderOf = (files: typeof first) =>
      (runIndexScript(files.find((file) => file.path === META_PATH)!.text).payload as { folder: string }).folder;
    expect(folderOf(first)).toBe(folderOf(again));
    expect(folderOf(first)).not.toBe(folderOf(changed));
    for (const file of first) expect(file.path === META_PATH || file.path.startsWith(`${folderOf(first)}/`)).toBe(true);
    expect(first).toEqual(again);
  });
});

describe('the pages search finds', () => {
  const topics: ExportedTopic[] = [
    { id: 'fine-tuning', label: 'Fine-tuning', parent: null, aliases: [] },
    { id: 'peft', label: 'Parameter-efficient fine-tuning', parent: 'fine-tuning', aliases: ['PEFT'] },
    { id: 'lora', label: 'Low-rank adaptation', parent: 'peft', aliases: ['LoRA'] },
  ];
  const papers: ExportedPaper[] = [
    paperRecord({
      slug: 'pissa',
      title: 'PiSSA: Principal Singular Values',
      name: 'PiSSA',
      abstract: 'PiSSA initialises adapters from principal singular values.',
      topics: ['lora'],
      tasks: [],
      modalities: ['Text'],
      links: ['https://github.com/example/pissa'],
      relations: [{ type: 'builds-on', target: 'LoRA', targetSlug: null, evidence: 'PiSSA builds on LoRA.' }],
      results: [
        {
          metric: 'accuracy',
          direction: 'higher',
          value: '72.86%',
          kind: 'score',
          dataset: 'GSM8K',
          comparator: 'LoRA',
          model: 'PiSSA',
          evidence: 'PiSSA reaches 72.86% on GSM8K.',
        },
      ],
    }),
    // A second paper naming LoRA gives it a page (src/lib/method-pages.ts); QLoRA, named by one, has none.
    paperRecord({
      slug: 'adapters',
      title: 'Adapters compared',
      name: null,
      abstract: 'We compare adapters.',
      topics: [],
      methods: ['LoRA', 'QLoRA'],
    }),
  ];
  const documents = searchDocuments(papers, topics);

  it('files a paper under its topics and all their ancestors, with its facets', () => {
    expect(documents.find((entry) => entry.k === 'Paper')).toEqual({
      u: 'papers/pissa/',
      t: 'PiSSA: Principal Singular Values',
      k: 'Paper',
      m: 'PiSSA',
      p: 'Low-rank adaptation',
      x: papers[0]!.abstract,
      topicWords: 'Low-rank adaptation',
      facets: {
        kind: ['Paper'],
        topic: ['fine-tuning', 'peft', 'lora'],
        task: [],
        modality: ['Text'],
        code: ['yes'],
        results: ['GSM8K'],
      },
    });
  });

  it('lists topic pages with their lineage and other names, and only methods no paper of the atlas introduces', () => {
    expect(documents.find((entry) => entry.u === 'topics/lora/')).toMatchObject({
      k: 'Topic',
      p: 'Fine-tuning › Parameter-efficient fine-tuning › Low-rank adaptation',
      x: 'Also known as: LoRA',
      facets: { kind: ['Topic'], topic: ['fine-tuning', 'peft', 'lora'] },
    });
    expect(documents.filter((entry) => entry.k === 'Method').map((entry) => entry.u)).toEqual(['methods/lora/']);
  });

  it('finds a paper by the label of its topic, below a page with the words in its title', async () => {
    const { search } = searchOver(documents);
    const found = (await search.search('low-rank adaptation')).hits.map((hit) => hit.doc.u);
    // The page of LoRA, the acronym the topic is also known as, is the page of its long form.
    expect(found).toEqual(['methods/lora/', 'topics/lora/', 'papers/pissa/']);
  });
});
