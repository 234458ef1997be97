import { METADATA_FIELDS } from '../model/paper';
import { shortDigest } from './slug';
import { foldText } from './text';
import type { CorpusEntry, PaperDraft, PaperMetadata, Problem, SourceLocation } from './types';

/** Case, accents, punctuation and spacing folded away, so re-scraped copies of a title compare equal. */
export const normaliseTitle = (title: string): string => foldText(title);

function describe(source: SourceLocation): string {
  return `${source.file}:${source.line}`;
}

/** A paper read from more than one place and merged into one page, for the build report. */
export interface MergeNote {
  /** Where the paper was first read; its title and abstract are the ones kept. */
  into: SourceLocation;
  from: SourceLocation;
  title: string;
  /** What showed the two were the same paper. */
  by: 'arXiv id' | 'DOI' | 'title';
  /** The two abstracts differ (beyond spacing and case); the first one was kept. */
  abstractsDiffer: boolean;
}

/** The registry key of a paper with a persistent identifier, which survives a corrected title. */
function identifierKey(paper: PaperMetadata): string | undefined {
  if (paper.arxivId) return `arxiv:${paper.arxivId}`;
  if (paper.doi) return `doi:${paper.doi}`;
  return undefined;
}

/** Two records may be the same paper only if no identifier both carry says otherwise. */
function identifiersAgree(a: PaperMetadata, b: PaperMetadata): boolean {
  return !(a.arxivId && b.arxivId && a.arxivId !== b.arxivId) && !(a.doi && b.doi && a.doi !== b.doi);
}

/** A one-line account of a merge: `b.json:3 merged into a.bib:12 (same DOI): "Title"`. */
export function describeMerge(note: MergeNote): string {
  const abstracts = note.abstractsDiffer ? `; the abstracts differ, the one at ${describe(note.into)} is kept` : '';
  return `${describe(note.from)} merged into ${describe(note.into)} (same ${note.by})${abstracts}: ${JSON.stringify(note.title)}`;
}

/**
 * Turns corpus entries into papers with a stable identity, merging the same paper read twice.
 *
 * Entries are the same paper when they share an arXiv id, a DOI, or a normalised title (unless
 * their identifiers differ; within one file, also unless their abstracts differ). The first one
 * read keeps its title, abstract and place; metadata it lacks is filled from the others. A copy in
 * the same file is a warning (delete one of them); the same paper in two files is expected when
 * lists are combined, and is returned as a merge note.
 *
 * The key is `arxiv:<id>` or `doi:<doi>` when the paper has one, else its normalised title, so the
 * slugs of a corpus without identifiers never change. A paper keyed by an identifier also names
 * its title key as a former key, so a paper published before its identifier was known keeps its URL.
 */
export function normaliseEntries(entries: readonly CorpusEntry[]): {
  papers: PaperDraft[];
  problems: Problem[];
  merges: MergeNote[];
} {
  const problems: Problem[] = [];
  const merges: MergeNote[] = [];
  const drafts: Array<Omit<PaperDraft, 'key'>> = [];
  const byArxivId = new Map<string, number>();
  const byDoi = new Map<string, number>();
  const byTitle = new Map<string, number[]>();
  const index = (position: number) => {
    const draft = drafts[position] as PaperDraft;
    if (draft.arxivId && !byArxivId.has(draft.arxivId)) byArxivId.set(draft.arxivId, position);
    if (draft.doi && !byDoi.has(draft.doi)) byDoi.set(draft.doi, position);
  };

  for (const entry of entries) {
    const title = normaliseTitle(entry.title);
    let match: { position: number; by: MergeNote['by'] } | undefined;
    if (entry.arxivId !== undefined && byArxivId.has(entry.arxivId))
      match = { position: byArxivId.get(entry.arxivId) as number, by: 'arXiv id' };
    else if (entry.doi !== undefined && byDoi.has(entry.doi))
      match = { position: byDoi.get(entry.doi) as number, by: 'DOI' };
    else if (title !== '') {
      // Within one file, a listing names each paper once: the same title over a different abstract
      // is another paper (both are kept). Across files, the same title is the same paper.
      const position = byTitle.get(title)?.find((candidate) => {
        const draft = drafts[candidate] as PaperDraft;
        const sameListing = draft.source.file === entry.source.file;
        return (
          identifiersAgree(draft, entry) &&
          (!sameListing || normaliseTitle(draft.abstract) === normaliseTitle(entry.abstract))
        );
      });
      if (position !== undefined) match = { position, by: 'title' };
    }

    if (match === undefined) {
      const { source, ...rest } = entry;
      drafts.push({ ...rest, source: { ...source } });
      index(drafts.length - 1);
      byTitle.set(title, [...(byTitle.get(title) ?? []), drafts.length - 1]);
      continue;
    }

    const paper = drafts[match.position] as PaperDraft;
    const abstractsDiffer = normaliseTitle(paper.abstract) !== normaliseTitle(entry.abstract);
    for (const field of METADATA_FIELDS)
      if (paper[field] === undefined && entry[field] !== undefined) Object.assign(paper, { [field]: entry[field] });
    paper.alsoIn = [...(paper.alsoIn ?? []), { ...entry.source }];
    index(match.position);
    if (entry.source.file === paper.source.file) {
      problems.push({
        severity: 'warning',
        file: entry.source.file,
        line: entry.source.line,
        message:
          `duplicate of the paper at ${describe(paper.source)} (same ${match.by}); merged into it` +
          (abstractsDiffer ? ', keeping the abstract there' : ''),
        hint: 'delete one of the two copies to silence this warning',
      });
    } else {
      merges.push({
        into: { ...paper.source },
        from: { ...entry.source },
        title: paper.title,
        by: match.by,
        abstractsDiffer,
      });
    }
  }

  const keys = new Set<string>();
  const papers = drafts.map((draft): PaperDraft => {
    const title = normaliseTitle(draft.title) || shortDigest(draft.title);
    const titleKey = keys.has(title) ? `${title}#${shortDigest(draft.abstract)}` : title;
    const key = identifierKey(draft) ?? titleKey;
    // The title key stays reserved even when an identifier is the key: it is the paper's former key.
    keys.add(titleKey).add(key);
    return key === titleKey ? { key, ...draft } : { key, formerKeys: [titleKey], ...draft };
  });
  return { papers, problems, merges };
}
