import type { PaperRecord } from './catalog';

/** Entries in a feed: feed readers poll for what is new, and a feed of every paper was 21 MB at 10,000 papers. */
export const FEED_ENTRIES = 50;

/** Where a paper stands in its corpus, when the page carries it. */
type Located = PaperRecord & { source?: { file: string; line: number } };

/**
 * The newest papers first, at most `limit`: dated papers by date (a year alone counts as its
 * start), then undated ones from the end of their corpus file, where new papers are appended.
 */
export function newestPapers(papers: Located[], limit = FEED_ENTRIES): PaperRecord[] {
  const dateOf = (paper: Located) => paper.date ?? (paper.year !== undefined ? String(paper.year) : '');
  const byPlace = (a: Located, b: Located) =>
    (b.source?.file ?? '').localeCompare(a.source?.file ?? '') || (b.source?.line ?? 0) - (a.source?.line ?? 0);
  return [...papers].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || byPlace(a, b)).slice(0, limit);
}
