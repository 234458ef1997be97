import { describe, expect, it } from 'vitest';
import { liveResults, pagefindParts, pagefindPartsList } from '../../src/search/shared/pagefind-parts';

describe('pagefindParts', () => {
  const pages = ['a/index.html', 'b/index.html', 'c/index.html', 'd/index.html', 'e/index.html'];

  it('keeps a site of at most one part’s pages one index, where Pagefind writes a whole site’s', () => {
    expect(pagefindParts(pages, 5)).toEqual([{ folder: 'pagefind', pages }]);
    expect(pagefindPartsList(pagefindParts(pages, 5))).toEqual({ parts: [] });
  });

  it('cuts a larger site into parts in page order, the later ones in folders of the first', () => {
    const parts = pagefindParts(pages, 2);
    expect(parts).toEqual([
      { folder: 'pagefind', pages: ['a/index.html', 'b/index.html'] },
      { folder: 'pagefind/part-2', pages: ['c/index.html', 'd/index.html'] },
      { folder: 'pagefind/part-3', pages: ['e/index.html'] },
    ]);
    expect(pagefindPartsList(parts)).toEqual({ parts: ['part-2/', 'part-3/'] });
  });

  it('writes one (empty) index for a site with no searched pages', () => {
    expect(pagefindParts([], 2)).toEqual([{ folder: 'pagefind', pages: [] }]);
  });
});

describe('liveResults', () => {
  it('drops superseded records and lists a record found in two parts once, in the order found', () => {
    const found = ['a', 'stale', 'b', 'a', 'c'].map((id, rank) => ({ id, rank }));
    expect(liveResults(found, new Set(['stale']))).toEqual([
      { id: 'a', rank: 0 },
      { id: 'b', rank: 2 },
      { id: 'c', rank: 4 },
    ]);
  });
});
