import { shortDigest } from './slug';
import type { CorpusEntry, PaperDraft, Problem } from './types';

/** Case, accents, punctuation and spacing folded away, so re-scraped copies of a title compare equal. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function describe(entry: CorpusEntry): string {
  return `${entry.source.file}:${entry.source.line}`;
}

/**
 * Turns corpus entries into papers with a stable identity.
 *
 * An entry identical to an earlier one (same title and abstract, up to spacing and case) is merged
 * into it with a warning. Two entries with the same title but different abstracts are both kept:
 * the first holds the title as its key, later ones add a digest of their abstract.
 */
export function normaliseEntries(entries: readonly CorpusEntry[]): {
  papers: PaperDraft[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const papers: PaperDraft[] = [];
  const firstByContent = new Map<string, CorpusEntry>();
  const keys = new Set<string>();

  for (const entry of entries) {
    const title = normaliseTitle(entry.title);
    const content = `${title}\n${normaliseTitle(entry.abstract)}`;
    const earlier = firstByContent.get(content);
    if (earlier) {
      problems.push({
        severity: 'warning',
        file: entry.source.file,
        line: entry.source.line,
        message: `duplicate of the paper at ${describe(earlier)}; merged into it`,
        hint: 'delete one of the two copies to silence this warning',
      });
      continue;
    }
    firstByContent.set(content, entry);

    const base = title || shortDigest(entry.title);
    const key = keys.has(base) ? `${base}#${shortDigest(entry.abstract)}` : base;
    keys.add(key);
    papers.push({ key, title: entry.title, abstract: entry.abstract, source: entry.source });
  }
  return { papers, problems };
}
