import { describe, expect, it } from 'vitest';
import { buildFallbackIndex, fallbackIndexScript, type ExportedPaper, type ExportedTopic } from '../../src/lib/search-fallback-index';
import { excerptOf, hydrateFallbackIndex, normaliseText, searchFallback, type FallbackIndex, type FallbackPage, type StoredFallbackIndex } from '../../src/scripts/search/fallback-engine';
import { isActive, queryWhileTyping, readSearchState, toggleFilter, writeSearchState } from '../../src/scripts/search/search-state';

describe('search state in the URL', () => {
  it.each([
    ['?q=mezo', { query: 'mezo', filters: {} }],
    ['?q=+low+rank++', { query: 'low rank', filters: {} }],
    ['?topic=optimization&topic=fine-tuning&code=yes', { query: '', filters: { topic: ['fine-tuning', 'optimization'], code: ['yes'] } }],
    ['?q=x&topic=a&topic=a&unknown=1&task=', { query: 'x', filters: { topic: ['a'] } }],
    ['', { query: '', filters: {} }],
  ])('reads %s', (search, expected) => {
    expect(readSearchState(search)).toEqual(expected);
  });

  it('writes the same link for the same search, whatever order the filters were chosen in', () => {
    const a = writeSearchState({ query: 'lora', filters: { topic: ['b', 'a'], kind: ['Paper'] } });
    const b = writeSearchState({ query: ' lora ', filters: { kind: ['Paper'], topic: ['a', 'b'] } });
    expect(a).toBe('?q=lora&kind=Paper&topic=a&topic=b');
    expect(b).toBe(a);
  });

  it('writes nothing for an empty search, and reads back what it wrote', () => {
    expect(writeSearchState({ query: ' ', filters: { topic: [] } })).toBe('');
    const state = { query: 'zeroth order & more', filters: { topic: ['x/y'], modality: ['Video'] } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('toggles a facet value on and off without changing the state it was given', () => {
    const start = { query: 'q', filters: {} };
    const on = toggleFilter(start, 'topic', 'nlp');
    expect(on.filters).toEqual({ topic: ['nlp'] });
    expect(start.filters).toEqual({});
    expect(toggleFilter(on, 'topic', 'nlp').filters).toEqual({});
  });

  it('counts a search with filters but no words as a search (browse mode)', () => {
    expect(isActive({ query: '', filters: { code: ['yes'] } })).toBe(true);
    expect(isActive({ query: '  ', filters: {} })).toBe(false);
  });
});

const page = (fields: Partial<FallbackPage> & Pick<FallbackPage, 't'>): FallbackPage => ({ u: `papers/${fields.t}/`, k: 'Paper', f: { kind: ['Paper'] }, ...fields });

describe('the fallback search (a site opened from disk)', () => {
  const index: FallbackIndex = {
    pages: [
      page({ t: 'Sparse MeZO: Less Parameters for Better Performance', m: 'Sparse MeZO', x: 'Memory-efficient zeroth-order (MeZO) optimizers need only forward passes.', f: { kind: ['Paper'], topic: ['optimization', 'zeroth-order'] } }),
      page({ t: 'Fine-Tuning Language Models with Just Forward Passes', m: 'MeZO', x: 'We propose a memory-efficient zerothorder optimizer (MeZO).', f: { kind: ['Paper'], topic: ['optimization', 'zeroth-order'], code: ['no'] } }),
      page({ t: 'Adan: Adaptive Nesterov Momentum', m: 'Adan', x: 'An optimizer with Nesterov momentum for deep models.', f: { kind: ['Paper'], topic: ['optimization'], code: ['yes'] } }),
      page({ t: 'Zeroth-order optimization', u: 'topics/zeroth-order/', k: 'Topic', f: { kind: ['Topic'], topic: ['optimization', 'zeroth-order'] } }),
    ],
  };
  const titles = (query: string, filters = {}) => searchFallback(index, query, filters).hits.map((hit) => hit.page.t);

  it('ranks the page whose method name is exactly the query first', () => {
    expect(titles('mezo')[0]).toBe('Fine-Tuning Language Models with Just Forward Passes');
  });

  it('needs every word, matches the last one as a prefix, and ignores case, accents and hyphens', () => {
    expect(titles('nesterov momen')).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(titles('NÉSTEROV')).toEqual(['Adan: Adaptive Nesterov Momentum']);
    expect(titles('nesterov zeroth')).toEqual([]);
    expect(titles('zeroth-order')).toContain('Zeroth-order optimization');
  });

  it('ranks a match in the title above a match in the abstract', () => {
    expect(titles('forward passes')[0]).toBe('Fine-Tuning Language Models with Just Forward Passes');
  });

  it('keeps only pages with every chosen facet value, and counts the values of what it found', () => {
    const outcome = searchFallback(index, 'optimizer', { topic: ['zeroth-order'] });
    expect(outcome.hits.map((hit) => hit.page.m)).toEqual(expect.arrayContaining(['MeZO', 'Sparse MeZO']));
    expect(outcome.total).toBe(2);
    expect(outcome.counts.topic).toEqual({ optimization: 2, 'zeroth-order': 2 });
    expect(searchFallback(index, '', { code: ['yes'] }).hits.map((hit) => hit.page.m)).toEqual(['Adan']);
  });

  it('browses every page that passes the filters when no words are given, by title', () => {
    expect(searchFallback(index, '', { kind: ['Paper'] }).total).toBe(3);
    expect(searchFallback(index, '', {}).total).toBe(4);
  });

  it('limits the hits but not the total', () => {
    const outcome = searchFallback(index, '', {}, 2);
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBe(4);
  });
});

describe('excerpts', () => {
  it('marks matching words and escapes the text around them', () => {
    expect(excerptOf('Uses <HYBNEXT> & LoRA adapters.', ['lora'])).toBe('Uses &lt;HYBNEXT&gt; &amp; <mark>LoRA</mark> adapters.');
  });

  it('starts near the first match in a long text and marks the cut with ellipses', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'target';
    const excerpt = excerptOf(words.join(' '), ['target'], 10);
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt).toContain('<mark>target</mark>');
    expect(excerpt.split(' ').filter((word) => word !== '…')).toHaveLength(10);
  });

  it('normalises text to plain lower-case words', () => {
    expect(normaliseText('Zeroth-Order  (ZO) Méthodes!')).toBe('zeroth order zo methodes');
  });
});

describe('the fallback index', () => {
  const topics: ExportedTopic[] = [
    { id: 'fine-tuning', label: 'Fine-tuning', parent: null, aliases: [] },
    { id: 'peft', label: 'Parameter-efficient fine-tuning', parent: 'fine-tuning', aliases: ['PEFT'] },
    { id: 'lora', label: 'Low-rank adaptation', parent: 'peft', aliases: ['LoRA'] },
  ];
  const papers: ExportedPaper[] = [
    {
      slug: 'pissa',
      title: 'PiSSA: Principal Singular Values',
      name: 'PiSSA',
      abstract: 'PiSSA initialises adapters from principal singular values.',
      topics: ['lora'],
      tasks: [],
      modalities: ['Text'],
      links: ['https://github.com/example/pissa'],
      relations: [{ type: 'builds-on', target: 'LoRA', targetSlug: null, evidence: 'PiSSA builds on LoRA.' }],
    },
  ];

  const hydrated = (stored: StoredFallbackIndex) => hydrateFallbackIndex(stored).pages;

  it('files a paper under its topics and all their ancestors, with its facets', () => {
    const paper = hydrated(buildFallbackIndex(papers, topics)).find((entry) => entry.k === 'Paper')!;
    expect(paper).toMatchObject({ u: 'papers/pissa/', m: 'PiSSA', p: 'Low-rank adaptation' });
    expect(paper.f).toEqual({ kind: ['Paper'], topic: ['fine-tuning', 'peft', 'lora'], task: [], modality: ['Text'], code: ['yes'] });
  });

  it('stores topics once, as a table, and each paper only with its own topics', () => {
    const stored = buildFallbackIndex(papers, topics);
    expect(stored.topics).toEqual([
      ['fine-tuning', 'Fine-tuning', null],
      ['peft', 'Parameter-efficient fine-tuning', 'fine-tuning'],
      ['lora', 'Low-rank adaptation', 'peft'],
    ]);
    expect(stored.pages.find((entry) => entry.k === 'Paper')).toEqual({
      u: 'papers/pissa/',
      t: 'PiSSA: Principal Singular Values',
      k: 'Paper',
      m: 'PiSSA',
      x: papers[0]!.abstract,
      tp: [2],
      mo: ['Text'],
      c: 1,
    });
  });

  it('lists topic pages with their lineage, and only methods no paper of the atlas introduces', () => {
    const pages = hydrated(buildFallbackIndex(papers, topics));
    expect(pages.find((entry) => entry.u === 'topics/lora/')).toMatchObject({ k: 'Topic', p: 'Fine-tuning › Parameter-efficient fine-tuning › Low-rank adaptation', f: { topic: ['fine-tuning', 'peft', 'lora'] } });
    expect(pages.filter((entry) => entry.k === 'Method').map((entry) => entry.u)).toEqual(['methods/lora/']);
  });

  it('leaves the abstracts out when they would make the index too big', () => {
    expect(buildFallbackIndex(papers, topics).pages.find((entry) => entry.k === 'Paper')?.x).toBe(papers[0]!.abstract);
    expect(buildFallbackIndex(papers, topics, { textBudget: 10 }).pages.find((entry) => entry.k === 'Paper')?.x).toBeUndefined();
  });

  it('is a script no corpus text can break out of', () => {
    const hostile = [{ ...papers[0]!, abstract: 'a </script><script>alert(1)</script> b' }];
    const script = fallbackIndexScript(buildFallbackIndex(hostile, topics));
    expect(script).not.toContain('</script>');
    const sandbox: { atlasFallbackIndex?: StoredFallbackIndex } = {};
    new Function('window', script)(sandbox);
    expect(sandbox.atlasFallbackIndex?.pages.find((entry) => entry.k === 'Paper')?.x).toBe(hostile[0]!.abstract);
  });
});

describe('what is searched while typing', () => {
  it.each([
    ['', ''],
    ['n', ''],
    ['rl', 'rl'],
    ['neu', 'neu'],
    ['neural h', 'neural'],
    ['neural ho', 'neural'],
    ['neural how', 'neural how'],
    ['  chest x-ray ', 'chest x-ray'],
  ])('%j searches %j', (typed, searched) => {
    expect(queryWhileTyping(typed)).toBe(searched);
  });
});
