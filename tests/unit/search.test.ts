import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../src/search/browser/excerpt';
import { foldText } from '../../src/pipeline/text';
import {
  enteredAtOnce,
  isActive,
  queryWhileTyping,
  readSearchState,
  toggleFilter,
  writeSearchState,
} from '../../src/search/browser/search-state';

describe('search state in the URL', () => {
  it.each([
    ['?q=mezo', { query: 'mezo', filters: {} }],
    ['?q=+low+rank++', { query: 'low rank', filters: {} }],
    [
      '?topic=optimization&topic=fine-tuning&code=yes',
      { query: '', filters: { topic: ['fine-tuning', 'optimization'], code: ['yes'] } },
    ],
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

describe('excerpts', () => {
  it('marks matching words and escapes the text around them', () => {
    expect(excerptOf('Uses <HYBNEXT> & LoRA adapters.', (word) => word === 'lora')).toBe(
      'Uses &lt;HYBNEXT&gt; &amp; <mark>LoRA</mark> adapters.',
    );
  });

  it('marks no cut when the whole text is shown, spaces around it or not', () => {
    expect(excerptOf('  Uses LoRA adapters.  ', (word) => word === 'lora')).toBe('Uses <mark>LoRA</mark> adapters.');
  });

  it('starts near the first match in a long text and marks the cut with ellipses', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'target';
    const excerpt = excerptOf(words.join(' '), (word) => word === 'target', 10);
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt).toContain('<mark>target</mark>');
    expect(excerpt.split(' ').filter((word) => word !== '…')).toHaveLength(10);
  });

  it('normalises text to plain lower-case words', () => {
    expect(foldText('Zeroth-Order  (ZO) Méthodes!')).toBe('zeroth order zo methodes');
  });
});

describe('what is searched while typing', () => {
  it.each([
    ['', ''],
    ['n', ''],
    ['rl', ''],
    ['neu', 'neu'],
    ['neural h', 'neural'],
    ['neural ho', 'neural'],
    ['neural how', 'neural how'],
    ['  chest x-ray ', 'chest x-ray'],
  ])('%j searches %j', (typed, searched) => {
    expect(queryWhileTyping(typed)).toBe(searched);
  });
});

describe('an edit that enters a query at once', () => {
  it.each([
    ['', 'r', false],
    ['mixture of', 'mixture of ', false],
    ['mixture of e', 'mixture of ex', false],
    ['mixure', 'mixture', false],
    ['mixture of experts', 'mixture of expert', false],
    ['mixture of experts', '', false],
    ['', 'R0', true],
    ['mixture of experts', 'R0', true],
    ['large', 'large language model', true],
    ['mixture experts', 'mixture of experts', true],
    ['aaa', 'aaaa', false],
    ['aaa', 'aaaaa', true],
  ])('%j to %j: %s', (before, after, atOnce) => {
    expect(enteredAtOnce(before, after)).toBe(atOnce);
  });
});
