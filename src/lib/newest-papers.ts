import type { PaperRecord } from './catalog';

/** Entries in a feed: feed readers poll for what is new, and a feed of every paper was 21 MB at 10,000 papers. */
export const FEED_ENTRIES = 50;

/** Where a paper stands in its corpus, when the page carries it. */
type Located = PaperRecord & { source?: { file: string; line: number } };

/**
 * Orders papers newest first: dated papers by date (a year alone counts as its start), then undated
 * ones from the end of their corpus file, where new papers are appended.
 */
export function byNewest(a: Located, b: Located): number {
  const dateOf = (paper: Located) => paper.date ?? (paper.year !== undefined ? String(paper.year) : '');
  // Code points, not the machine's locale: the order decides what each topic page holds.
  const descending = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0);
  return (
    descending(dateOf(a), dateOf(b)) ||
    descending(a.source?.file ?? '', b.source?.file ?? '') ||
    (b.source?.line ?? 0) - (a.source?.line ?? 0)
  );
}

/** The newest papers first (`byNewest`), at most `limit`. */
export function newestPapers(papers: Located[], limit = FEED_ENTRIES): PaperRecord[] {
  return [...papers].sort(byNewest).slice(0, limit);
}
