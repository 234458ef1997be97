import { describe, expect, it } from 'vitest';
import { isContinuingPage } from '../../src/lib/list-pages';
import { topicListPage, topicPagePath, topicPageSize } from '../../src/lib/topic-pages';

const items = Array.from({ length: 250 }, (_, index) => `p${index + 1}`);

describe('topic pages', () => {
  it('split a list into pages of the given size, the last one holding the rest', () => {
    expect(topicListPage(items, 1, 100).items).toEqual(items.slice(0, 100));
    expect(topicListPage(items, 3, 100)).toEqual({
      items: items.slice(200),
      pagination: { page: 3, pages: 3, total: 250, first: 201 },
    });
  });

  it('give an empty topic its one page', () => {
    expect(topicListPage([], 1, 100)).toEqual({ items: [], pagination: { page: 1, pages: 1, total: 0, first: 0 } });
  });

  it('refuse a page the list does not have', () => {
    expect(() => topicListPage(items, 4, 100)).toThrow(/page 4 of a list of 250 items: there are 3 pages/u);
    expect(() => topicListPage(items, 0, 100)).toThrow(RangeError);
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
