import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalog, topicPaperCounts } from '../../src/lib/catalog';
import { topicListPageView, topicPageView } from '../../src/lib/page-views';
import { paperRecord, testLinks, testTaxonomy } from '../helpers/records';

/**
 * A paper that states none of its topics is filed under the one its abstract weighs most, with a
 * confidence below CONFIDENT (src/pipeline/extract-topics.ts). Topic pages list such papers after
 * the papers that state the topic, and the taxonomy's counts count only the latter.
 */
const links = testLinks;
const taxonomy = testTaxonomy;

/**
 * Titles chosen so that title order would put the guessed papers first; places in the corpus file
 * (later is newer) so that newest first differs from title order.
 */
const catalog = buildCatalog(
  [
    paperRecord({
      slug: 'a-guess',
      title: 'A guess',
      topics: ['pref'],
      confidence: { topics: { pref: 0.35 } },
      source: { file: 'test.txt', line: 17 },
    }),
    paperRecord({
      slug: 'b-stated',
      title: 'B stated',
      topics: ['pref'],
      confidence: { topics: { pref: 0.9 } },
      source: { file: 'test.txt', line: 5 },
    }),
    paperRecord({ slug: 'c-unscored', title: 'C unscored', topics: ['pref'], source: { file: 'test.txt', line: 9 } }),
    paperRecord({
      slug: 'a-confirmed',
      title: 'A confirmed',
      topics: ['pref'],
      confidence: { topics: { pref: 0.35 } },
      curatedTags: { topics: ['pref'] },
      source: { file: 'test.txt', line: 1 },
    }),
    paperRecord({
      slug: 'a-aligned',
      title: 'A aligned, guessed preference',
      topics: ['align', 'pref'],
      confidence: { topics: { align: 0.8, pref: 0.35 } },
      source: { file: 'test.txt', line: 13 },
    }),
    paperRecord({ slug: 'a-seen', title: 'A seen', topics: ['vision'], confidence: { topics: { vision: 0.35 } } }),
  ],
  taxonomy,
);
const node = (id: string) => catalog.topicById.get(id)!;

afterEach(() => {
  delete process.env.ATLAS_TOPIC_PAGE_SIZE;
});

describe("a topic's papers", () => {
  it('list the papers that state the topic first, then those filed under it only by a guess, each part newest first', () => {
    expect(node('pref').papers).toEqual(['c-unscored', 'b-stated', 'a-confirmed', 'a-guess', 'a-aligned']);
    expect(node('pref').tentativePapers).toEqual(['a-guess', 'a-aligned']);
  });

  it("count a paper as sure under a parent topic when any of its sure tags is the parent's or a subtopic's", () => {
    expect(topicPaperCounts(node('align'))).toEqual({ confident: 4, tentative: 1 });
    expect(node('align').tentativePapers).toEqual(['a-guess']);
    expect(topicPaperCounts(node('pref'))).toEqual({ confident: 3, tentative: 2 });
    expect(topicPaperCounts(node('vision'))).toEqual({ confident: 0, tentative: 1 });
  });
});

describe("a topic page's view", () => {
  it('holds the sure papers and the guessed ones apart, with the counts of each', () => {
    const view = topicPageView(node('pref'), catalog, links);
    expect(view.papers.map((paper) => paper.slug)).toEqual(['c-unscored', 'b-stated', 'a-confirmed']);
    expect(view.tentativePapers.map((paper) => paper.slug)).toEqual(['a-guess', 'a-aligned']);
    expect(view.counts).toEqual({ confident: 3, tentative: 2 });
    expect(topicPageView(node('align'), catalog, links).subtopics).toEqual([
      { id: 'pref', label: 'Preference optimisation', papers: 3, tentativePapers: 2 },
    ]);
  });

  it('pages the sure papers and the guessed ones apart, the newest of each on its first page', () => {
    process.env.ATLAS_TOPIC_PAGE_SIZE = '2';
    // Three sure papers: the newest, one short of a page, has the first page; the two older fill the next.
    const first = topicPageView(node('pref'), catalog, links);
    expect(first.papers.map((paper) => paper.slug)).toEqual(['c-unscored']);
    expect(first.tentativePapers).toEqual([]);
    expect(first.counts).toEqual({ confident: 3, tentative: 2 });
    const second = topicListPageView(node('pref'), 2, catalog);
    expect(second.papers.map((paper) => paper.slug)).toEqual(['b-stated', 'a-confirmed']);
    expect(second.tentativePapers).toEqual([]);
    const third = topicListPageView(node('pref'), 3, catalog);
    expect(third.papers).toEqual([]);
    expect(third.tentativePapers.map((paper) => paper.slug)).toEqual(['a-guess', 'a-aligned']);
    // A later page's view holds nothing that a paper added elsewhere in the topic would change.
    expect(third.pagination).toEqual({ page: 3, pages: 3 });
  });
});
