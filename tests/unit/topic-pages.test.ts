import { describe, expect, it } from 'vitest';
import { isContinuingPage, stableListPage, stableListPages } from '../../src/lib/list-pages';
import { topicPagePath, topicPageSize } from '../../src/lib/topic-pages';

describe('topic pages', () => {
  const slices = (runs: number[], size: number) =>
    stableListPages(runs, size).map(({ start, end }) => [start, end] as const);

  it('cut a list from its oldest end, the newest items that fill no page on the first page', () => {
    // 250 newest first: the 50 newest make the first page, then two pages of 100.
    expect(slices([250], 100)).toEqual([
      [0, 50],
      [50, 150],
      [150, 250],
    ]);
    // 230: the 30 newest are fewer than half a page, so they join the first full page.
    expect(slices([230], 100)).toEqual([
      [0, 130],
      [130, 230],
    ]);
    expect(slices([300], 100)).toEqual([
      [0, 100],
      [100, 200],
      [200, 300],
    ]);
  });

  it('keep a list that fits on one page on one page, its runs together', () => {
    expect(slices([60, 40], 100)).toEqual([[0, 100]]);
    expect(slices([0, 0], 100)).toEqual([[0, 0]]);
  });

  it("page a topic's sure papers and its guessed ones apart, a short first run beside the next run's newest", () => {
    expect(slices([60, 80], 100)).toEqual([
      [0, 60],
      [60, 140],
    ]);
    // 30 sure papers are too few for the topic's own page: the 80 newest guessed ones join them.
    expect(slices([30, 80], 100)).toEqual([[0, 110]]);
    expect(slices([30, 180], 100)).toEqual([
      [0, 110],
      [110, 210],
    ]);
    // Not past the heaviest page a run's own first page can be (149 at 100).
    expect(slices([45, 140], 100)).toEqual([
      [0, 45],
      [45, 185],
    ]);
    expect(slices([0, 180], 100)).toEqual([
      [0, 80],
      [80, 180],
    ]);
  });

  it('leave the pages of older papers as they were when papers join the front of either run', () => {
    const itemsOf = (runs: number[], ids: string[][]) =>
      stableListPages(runs, 10).map(({ start, end }) => ids.flat().slice(start, end).join());
    for (const [sure, guessed] of [
      [0, 37],
      [23, 0],
      [45, 12],
      [9, 9],
      [100, 3],
      [3, 25],
      [4, 12],
      [2, 0],
    ] as const)
      for (const added of [1, 4, 5, 9, 17])
        for (const run of [0, 1]) {
          const before = [
            Array.from({ length: sure }, (_, i) => `s${i}`),
            Array.from({ length: guessed }, (_, i) => `g${i}`),
          ];
          const after = before.map((ids, index) =>
            index === run ? [...Array.from({ length: added }, (_, i) => `new${i}`), ...ids] : ids,
          );
          const pagesAfter = new Set(
            itemsOf(
              after.map((ids) => ids.length),
              after,
            ),
          );
          // Every page but the list's first and the one where the run that grew starts is still a
          // page, with the same papers.
          const runStart = run === 0 ? 0 : sure;
          const grew = stableListPages([sure, guessed], 10).findIndex(
            ({ start, end }) => start <= runStart && runStart < end,
          );
          itemsOf([sure, guessed], before).forEach((page, index) => {
            if (index !== 0 && index !== grew && page !== '')
              expect(pagesAfter.has(page), `${sure}+${guessed}, ${added} added to run ${run}: ${page}`).toBe(true);
          });
        }
  });

  it('refuse a page the list does not have', () => {
    const items = Array.from({ length: 250 }, (_, index) => `p${index + 1}`);
    expect(stableListPage(items, [250], 3, 100)).toEqual({
      items: items.slice(150),
      pagination: { page: 3, pages: 3, total: 250, first: 151 },
    });
    expect(() => stableListPage(items, [250], 4, 100)).toThrow(/page 4 of a list of 250 items: there are 3 pages/u);
    expect(() => stableListPage(items, [250], 0, 100)).toThrow(RangeError);
    expect(() => stableListPage(items, [200, 40], 1, 100)).toThrow(/runs of 200 \+ 40 items for a list of 250/u);
  });

  it("keep the topic's own URL as the first page", () => {
    expect(topicPagePath('vision', 1)).toBe('/topics/vision/');
    expect(topicPagePath('vision', 2)).toBe('/topics/vision/page/2/');
    expect(isContinuingPage('topics/vision/page/2/index.html')).toBe(true);
    expect(isContinuingPage('topics/vision/index.html')).toBe(false);
    expect(isContinuingPage('topics/page/index.html')).toBe(false);
    expect(isContinuingPage('datasets/imagenet/page/2/index.html')).toBe(true);
    expect(isContinuingPage('datasets/imagenet/index.html')).toBe(false);
  });

  it('take the page size from ATLAS_TOPIC_PAGE_SIZE only when it is a positive whole number', () => {
    expect(topicPageSize({ ATLAS_TOPIC_PAGE_SIZE: '3' })).toBe(3);
    expect(topicPageSize({ ATLAS_TOPIC_PAGE_SIZE: 'ten' })).toBe(100);
    expect(topicPageSize({})).toBe(100);
  });
});
