import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf } from '../../src/lib/letter-index';
import {
  headedListPage,
  laterPageNumbers,
  listPagePath,
  listPages,
  listPageSize,
  listPagesByWeight,
  pageLinks,
} from '../../src/lib/list-pages';

const letters = (count: number) => Array.from({ length: count }, (_, index) => String.fromCharCode(97 + index));

describe('long lists over pages', () => {
  it('give every item one page, in order, and an empty list its one page', () => {
    const pages = listPages(letters(7), 3);
    expect(pages.map((page) => page.items)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
    expect(pages.map((page) => page.pagination.first)).toEqual([1, 4, 7]);
    expect(listPages([], 3)).toEqual([{ items: [], pagination: { page: 1, pages: 1, total: 0, first: 0 } }]);
  });

  it('number the pages after the first, as many as listPages makes beyond it', () => {
    expect(laterPageNumbers(7, 3)).toEqual([2, 3]);
    expect(laterPageNumbers(6, 3)).toEqual([2]);
    expect(laterPageNumbers(3, 3)).toEqual([]);
    expect(laterPageNumbers(0, 3)).toEqual([]);
    expect(laterPageNumbers(7, 3).length).toBe(listPages(letters(7), 3).length - 1);
  });

  it('fill pages of weighed items up to the budget, a heavier item alone on its page', () => {
    const weights: Record<string, number> = { a: 2, b: 2, c: 5, d: 1, e: 9, f: 1 };
    const pages = listPagesByWeight(Object.keys(weights), (item) => weights[item]!, 5);
    expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c'], ['d'], ['e'], ['f']]);
    expect(pages.at(-1)!.pagination).toEqual({ page: 5, pages: 5, total: 6, first: 6 });
    for (const page of pages)
      expect(page.items.length === 1 || page.items.reduce((sum, item) => sum + weights[item]!, 0) <= 5).toBe(true);
  });

  it('cut a list under headings as one list, repeating on the next page a heading a break falls in', () => {
    const groups = [
      { heading: 'x', items: ['a', 'b', 'c'] },
      { heading: 'empty', items: [] },
      { heading: 'y', items: ['d', 'e'] },
    ];
    const pages = [1, 2, 3].map((page) => headedListPage(groups, page, 2));
    expect(pages.map((page) => page.groups)).toEqual([
      [{ heading: 'x', items: ['a', 'b'], total: 3, continued: false }],
      [
        { heading: 'x', items: ['c'], total: 3, continued: true },
        { heading: 'y', items: ['d'], total: 2, continued: false },
      ],
      [{ heading: 'y', items: ['e'], total: 2, continued: true }],
    ]);
    expect(pages.map((page) => page.pagination)).toEqual([
      { page: 1, pages: 3, total: 5, first: 1 },
      { page: 2, pages: 3, total: 5, first: 3 },
      { page: 3, pages: 3, total: 5, first: 5 },
    ]);
    expect(() => headedListPage(groups, 4, 2)).toThrow(RangeError);
    expect(headedListPage([], 1, 2)).toEqual({ groups: [], pagination: { page: 1, pages: 1, total: 0, first: 0 } });
  });

  it('keep the first page at the list’s own URL and number the others under it', () => {
    expect(listPagePath('/papers/', 1)).toBe('/papers/');
    expect(listPagePath('/papers/', 2)).toBe('/papers/page/2/');
    expect(listPagePath('/methods/lora/', 12)).toBe('/methods/lora/page/12/');
  });

  it('show every page number of a short list, and of a long one the ends and the neighbours of the current page', () => {
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageLinks(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageLinks(99, 100)).toEqual([1, null, 97, 98, 99, 100]);
    expect(pageLinks(4, 12)).toEqual([1, 2, 3, 4, 5, 6, null, 12]);
  });

  it('take a list’s page size from its setting only when that is a positive whole number', () => {
    expect(listPageSize('papers', { ATLAS_PAPERS_PAGE_SIZE: '3' })).toBe(3);
    expect(listPageSize('papers', { ATLAS_PAPERS_PAGE_SIZE: '-1' })).toBe(500);
    expect(listPageSize('glossary', { ATLAS_PAPERS_PAGE_SIZE: '3' })).toBe(600);
    expect(listPageSize('topic', { ATLAS_TOPIC_PAGE_SIZE: '7' })).toBe(7);
  });
});

describe('alphabetical lists over pages', () => {
  it('head each letter once per page, anchor it where it starts, and point each letter at that page', () => {
    const words = ['alpha', 'apex', 'beta', 'bolt', 'box', 'Émile', 'éclair', '3D', 'zeta'];
    const { pages, letters: targets } = groupByLetter([words.slice(0, 3), words.slice(3, 6), words.slice(6)], (w) => w);
    expect(pages[0]!.map((group) => [group.letter, group.anchor, group.items])).toEqual([
      ['A', 'letter-a', ['alpha', 'apex']],
      ['B', 'letter-b', ['beta']],
    ]);
    expect(pages[1]!.map((group) => [group.letter, group.anchor])).toEqual([
      ['B', null],
      ['E', 'letter-e'],
    ]);
    expect(targets).toEqual([
      { letter: 'A', page: 1, anchor: 'letter-a' },
      { letter: 'B', page: 1, anchor: 'letter-b' },
      { letter: 'E', page: 2, anchor: 'letter-e' },
      { letter: '#', page: 3, anchor: 'letter-other' },
      { letter: 'Z', page: 3, anchor: 'letter-z' },
    ]);
  });

  it('file a title that starts with a digit, a quote or a formula under #', () => {
    expect(['3D Gaussians', '“Why”', '$k$-means', 'αβ'].map(letterOf)).toEqual(['#', '#', '#', '#']);
    expect(letterOf('éclair')).toBe('E');
  });
});
