import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAtlasIndex, type AtlasIndexOptions } from '../../src/search/build/atlas-index';
import type { SearchDocument } from '../../src/search/build/documents';
import { indexFiles, runIndexScript } from '../../src/search/build/index-files';
import { AtlasSearch } from '../../src/search/browser/atlas-search';
import { bestCorrections } from '../../src/search/browser/corrections';
import { maxTypoCost, typoCost } from '../../src/search/browser/typo-cost';
import { separators } from '../../src/search/build/separators';
import { decodeIdSet, decodeLexicon, encodeIdSet, encodeLexicon } from '../../src/search/shared/codec';
import { fileFor, shardsFor } from '../../src/search/shared/index-format';

/** A search over the files of an index, recording which files it loaded. */
function searchOver(documents: readonly SearchDocument[], options: Partial<AtlasIndexOptions> = {}) {
  const files = new Map(indexFiles(buildAtlasIndex(documents, options)).map((file) => [file.path, file.text]));
  const loaded: string[] = [];
  const search = new AtlasSearch(async (_key, path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    loaded.push(path);
    return runIndexScript(text).payload;
  });
  return { search, loaded };
}

const doc = (fields: Partial<SearchDocument> & Pick<SearchDocument, 't'>): SearchDocument => ({
  u: `papers/${fields.t.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}/`,
  k: 'Paper',
  topicWords: '',
  facets: { kind: ['Paper'] },
  ...fields,
});

const titlesOf = (outcome: { hits: Array<{ doc: { t: string } }> }) => outcome.hits.map((hit) => hit.doc.t);

/** One typing slip at `at`: a letter left out, typed twice, replaced, or swapped with the next. */
function slip(word: string, kind: 'drop' | 'double' | 'replace' | 'swap', at: number, letter: string): string {
  const i = at % word.length;
  if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
  if (kind === 'double') return word.slice(0, i + 1) + word.slice(i);
  if (kind === 'replace') return word.slice(0, i) + letter + word.slice(i + 1);
  const j = Math.min(i, word.length - 2);
  return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
}

const word = fc.stringMatching(/^[a-z]{5,11}$/u);
const slipOf = fc.record({
  kind: fc.constantFrom('drop' as const, 'double' as const, 'replace' as const, 'swap' as const),
  at: fc.nat({ max: 20 }),
  letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
});

describe('what a typo costs', () => {
  it('costs one edit or less for any single slip, so a word of five letters or more can always be corrected', () => {
    fc.assert(
      fc.property(word, slipOf, (meant, { kind, at, letter }) => {
        const typed = slip(meant, kind, at, letter);
        expect(typoCost(typed, meant, maxTypoCost(typed.length))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each([
    ['experst', 'experts', 0.6, 'swapped letters'],
    ['momentun', 'momentum', 0.6, 'a neighbouring key'],
    ['anomally', 'anomaly', 0.6, 'a letter typed twice'],
    ['alocation', 'allocation', 0.6, 'a double letter typed once'],
    ['equivarient', 'equivariant', 0.8, 'a vowel for another'],
    ['adaptaton', 'adaptation', 1, 'a letter left out'],
    ['lerning', 'learning', 1, 'a letter left out'],
  ])('reads %s as %s for %s (%s)', (typed, meant, cost) => {
    expect(typoCost(typed, meant, 2)).toBeCloseTo(cost as number);
  });

  it('does not correct words of three letters or fewer, which are mostly acronyms', () => {
    expect(maxTypoCost(3)).toBe(0);
    expect(bestCorrections('rlf', [['rlhf', 10]])).toEqual([]);
  });

  it('prefers neighbouring keys and swapped letters, then the word more pages have', () => {
    const near = [
      ['expert', 90],
      ['experts', 5],
      ['exports', 40],
    ] as const;
    expect(bestCorrections('experst', near).map((entry) => entry.word)[0]).toBe('experts');
    expect(bestCorrections('lerning', [...near, ['leaning', 3], ['learning', 400]]).map((e) => e.word)).toEqual([
      'learning',
      'leaning',
    ]);
  });

  it('reads an unfinished last word as the beginning of a word, typos and all', () => {
    expect(bestCorrections('segmentai', [['segmentation', 50]], true).map((entry) => entry.word)).toEqual([
      'segmentation',
    ]);
    expect(bestCorrections('segmentai', [['segmentation', 50]], false)).toEqual([]);
  });
});

describe('the word lists and facet values, as written', () => {
  it('read back any sorted word list with its frequencies, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,12}$/u), fc.nat({ max: 8 }))), (entries) => {
        const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const unique = sorted.filter(([text], index) => index === 0 || sorted[index - 1]![0] !== text);
        expect(decodeLexicon(encodeLexicon(unique))).toEqual(unique);
      }),
    );
  });

  it('tell sorted files apart by the shortest starts: each word is found in its file, each beginning in its files', () => {
    const files = fc
      .uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/u), { minLength: 2, maxLength: 60 })
      .chain((words) =>
        fc.tuple(
          fc.constant([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))),
          fc.uniqueArray(fc.nat(), { maxLength: 10 }),
        ),
      );
    fc.assert(
      fc.property(files, fc.stringMatching(/^[a-z]{1,3}$/u), ([words, cuts], prefix) => {
        const at = [...new Set([0, ...cuts.map((cut) => 1 + (cut % (words.length - 1)))])].sort((a, b) => a - b);
        const groups = at.map((start, index) => words.slice(start, at[index + 1] ?? words.length));
        const starts = separators(groups.map((group) => ({ first: group[0]!, last: group.at(-1)! })));
        groups.forEach((group, file) => {
          for (const word of group) expect(fileFor(starts, word)).toBe(file);
        });
        const holding = groups.flatMap((group, file) => (group.some((word) => word.startsWith(prefix)) ? [file] : []));
        for (const file of holding) expect(shardsFor(starts, prefix)).toContain(file);
      }),
    );
  });

  it('read back any set of ids, as gaps or as a bitmap, whichever is shorter', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 500 })), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect(decodeIdSet(encodeIdSet(sorted, 501))).toEqual(sorted);
      }),
    );
    const most = Array.from({ length: 900 }, (_, id) => id);
    expect(encodeIdSet(most, 1000).length).toBeLessThan(200);
  });
});

describe('a search that forgives typos', () => {
  const documents = [
    doc({ t: 'MoS: Low-Rank Adaptation with Mixture of Shards', m: 'MoS', x: 'Shards of a shared pool.' }),
    doc({ t: 'Adan: Adaptive Nesterov Momentum', m: 'Adan', x: 'An optimizer with Nesterov momentum.' }),
    doc({ t: 'Sparse experts', x: 'A mixture of experts routes tokens.' }),
    doc({ t: 'Anomaly detection', x: 'Finds anomalies in images.' }),
  ];

  it('finds a word typed with one slip, whatever the word and the slip', async () => {
    await fc.assert(
      fc.asyncProperty(word, slipOf, fc.array(word, { minLength: 3, maxLength: 8 }), async (meant, typo, others) => {
        const typed = slip(meant, typo.kind, typo.at, typo.letter);
        fc.pre(typed !== meant && !others.includes(typed) && !others.includes(meant));
        const pages = [doc({ t: 'The one', x: `Text about ${meant}.` }), ...others.map((other) => doc({ t: other }))];
        const outcome = await searchOver(pages).search.search(typed);
        expect(titlesOf(outcome)).toContain('The one');
      }),
      { numRuns: 150 },
    );
  });

  it('says what it searched instead, and searches what was typed when asked', async () => {
    const { search } = searchOver(documents);
    const corrected = await search.search('mixture of shrads');
    expect(corrected.searched).toBe('mixture of shards');
    expect(corrected.corrections).toEqual([{ typed: 'shrads', word: 'shards' }]);
    expect(titlesOf(corrected)[0]).toBe('MoS: Low-Rank Adaptation with Mixture of Shards');
    const asTyped = await search.search('mixture of shrads', {}, { correct: false });
    expect(asTyped.searched).toBeUndefined();
    expect(asTyped.total).toBe(0);
    // A word that matches as typed is not corrected.
    expect((await search.search('nesterov momentum')).searched).toBeUndefined();
  });

  it('corrects every misspelled word of a query, the last one while it is still being typed', async () => {
    const { search } = searchOver(documents);
    expect(titlesOf(await search.search('nesterv momentun'))).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(titlesOf(await search.search('anomally detectio'))[0]).toBe('Anomaly detection');
  });

  it('lists pages with some of the words below every page with all of them, the most words first', async () => {
    const { search } = searchOver(documents);
    const outcome = await search.search('mixture experts zzzz');
    expect(outcome.total).toBe(0);
    expect(outcome.hits.every((hit) => hit.partial)).toBe(true);
    expect(titlesOf(outcome)[0]).toBe('Sparse experts');
    expect(titlesOf(outcome)).toContain('MoS: Low-Rank Adaptation with Mixture of Shards');
    const mixed = await search.search('mixture shards');
    expect(mixed.hits.map((hit) => [hit.doc.t, hit.partial])).toEqual([
      ['MoS: Low-Rank Adaptation with Mixture of Shards', false],
      ['Sparse experts', true],
    ]);
  });

  it('loads at most two small word lists to correct a word', async () => {
    const many = Array.from({ length: 300 }, (_, n) =>
      doc({ t: `Paper ${n}`, x: `topic${String.fromCharCode(97 + (n % 26))}${n} words` }),
    );
    const { search, loaded } = searchOver([...documents, ...many], { lexiconChars: 200, shardChars: 400 });
    await search.search('nesterv');
    const lists = loaded.filter((path) => /\/[fb]\d+\.js$/u.test(path));
    expect(lists).toHaveLength(2);
    expect(lists.filter((path) => /\/f\d+\.js$/u.test(path))).toHaveLength(1);
  });

  it('reads a rare word typed for a much commoner one when no page has every word', async () => {
    const common = Array.from({ length: 12 }, (_, n) => doc({ t: `Tuning study ${n}`, x: 'Careful tuning.' }));
    const { search } = searchOver([
      ...common,
      doc({ t: 'Adversarial tuning of segmenters', x: 'Segment anything with adversarial tuning.' }),
      doc({ t: 'A typo', x: 'Tunning is how this abstract spells it.' }),
    ]);
    const outcome = await search.search('adversarial tunning');
    expect(titlesOf(outcome)[0]).toBe('Adversarial tuning of segmenters');
    expect(outcome.searched).toBe('adversarial tuning');
  });
});

describe('acronyms and long forms as one word', () => {
  const documents = [
    doc({
      t: 'Direct preference optimization',
      m: 'DPO',
      x: 'Unlike reinforcement learning from human feedback (RLHF), DPO needs no reward model.',
    }),
    doc({ t: 'Mitigating overoptimization in RLHF', x: 'RLHF overoptimizes a proxy reward.' }),
    doc({ t: 'Reward hacking', x: 'Policies trained with reinforcement learning from human feedback hack rewards.' }),
    doc({
      t: 'S^{2}FT: Structured Sparsity',
      m: 'S^{2}FT',
      x: 'We propose Structured Sparse Fine-Tuning (S^{2}FT) for LLMs.',
    }),
    doc({ t: 'Sparse MeZO', m: 'Sparse MeZO', x: 'Builds on memory-efficient zeroth-order (MeZO) optimizers.' }),
    doc({ t: 'Fine-tuning with forward passes', m: 'MeZO', x: 'A memory-efficient zeroth-order optimizer (MeZO).' }),
  ];
  const { search } = searchOver(documents);

  it('finds a page that writes only the acronym by its long form, and the reverse', async () => {
    expect(titlesOf(await search.search('reinforcement learning from human feedback'))).toContain(
      'Mitigating overoptimization in RLHF',
    );
    expect(titlesOf(await search.search('RLHF'))).toContain('Reward hacking');
    // Function words may be left out of a long form, and the last word may be unfinished.
    expect(titlesOf(await search.search('reinforcement learning human feedb'))).toContain(
      'Mitigating overoptimization in RLHF',
    );
  });

  it('tells a correction that completes a long form word for word, and searches the long form', async () => {
    const { search: shards } = searchOver([
      doc({ t: 'Parameter sharing', m: 'MoS', x: 'We propose Mixture of Shards (MoS), sharing a pool of shards.' }),
      doc({ t: 'Using MoS', x: 'MoS adapters.' }),
      doc({ t: 'Sparse experts', x: 'A mixture of experts.' }),
    ]);
    const outcome = await shards.search('mixture of shrads');
    expect(outcome.searched).toBe('mixture of shards');
    expect(outcome.corrections).toEqual([{ typed: 'shrads', word: 'shards' }]);
    expect(titlesOf(outcome).slice(0, 2)).toEqual(['Parameter sharing', 'Using MoS']);
  });

  it("corrects a word to the long form its query's earlier words begin, beyond the word lists it reads", async () => {
    // Many words between "shrads" and "shards", both alphabetically and spelled backwards.
    const fillers =
      'shade shadow shaft shake shallow shape shared sharp shell shield shift shine ship shock shoot short shot show shrink beds birds bonds builds cards clouds fields finds foods funds goods hands heads holds kids kinds lands leads loads minds needs rewards roads seeds sounds stands thresholds trends words yards';
    const pages = [
      doc({ t: 'Parameter sharing', m: 'MoS', x: 'We propose Mixture of Shards (MoS).' }),
      ...fillers.split(' ').map((filler) => doc({ t: `On ${filler}`, x: `${filler} and mixture` })),
    ];
    const { search: spread, loaded } = searchOver(pages, { lexiconChars: 40 });
    const outcome = await spread.search('mixture of shrads');
    expect(outcome.searched).toBe('mixture of shards');
    expect(titlesOf(outcome)[0]).toBe('Parameter sharing');
    expect(loaded.filter((path) => /\/[fb]\d+\.js$/u.test(path))).toHaveLength(2);
  });

  it('marks the long form in the excerpt of a page found by its acronym', async () => {
    const hit = (await search.search('rlhf')).hits.find((entry) => entry.doc.t === 'Reward hacking');
    expect(hit?.excerpt).toContain('<mark>reinforcement</mark>');
  });

  it('ranks the paper that introduced a method first for its name and for its long form', async () => {
    expect(titlesOf(await search.search('MeZO'))[0]).toBe('Fine-tuning with forward passes');
    expect(titlesOf(await search.search('memory-efficient zeroth-order'))[0]).toBe('Fine-tuning with forward passes');
    expect(titlesOf(await search.search('S2FT'))[0]).toBe('S^{2}FT: Structured Sparsity');
    expect(titlesOf(await search.search('structured sparse fine-tuning'))[0]).toBe('S^{2}FT: Structured Sparsity');
  });
});
