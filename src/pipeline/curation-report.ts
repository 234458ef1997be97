import type { TaggedPaper } from './types';

/** What a curator should look at after a build: weakly tagged papers and phrases the vocabulary lacks. */
export interface CurationReport {
  /** Papers with fewer than two topics, with their keyphrases as hints. */
  weaklyTagged: Array<{ slug: string; title: string; topics: string[]; keyphrases: string[] }>;
  /** Keyphrases used by several papers that no vocabulary entry matches, most used first. */
  missingPhrases: Array<{ phrase: string; papers: number }>;
}

/**
 * Gathers the curation report. `isCovered` says whether the vocabulary already matches a phrase;
 * phrases of two or more papers that it does not match are candidates for new aliases or topics.
 */
export function buildCurationReport(
  papers: readonly TaggedPaper[],
  isCovered: (phrase: string) => boolean,
  limit = 50,
): CurationReport {
  const weaklyTagged = papers
    .filter((paper) => paper.tags.topics.length < 2)
    .map((paper) => ({
      slug: paper.slug,
      title: paper.title,
      topics: paper.tags.topics.map((tag) => tag.value),
      keyphrases: paper.tags.keyphrases,
    }));
  const counts = new Map<string, { phrase: string; papers: number }>();
  for (const paper of papers) {
    for (const phrase of new Set(paper.tags.keyphrases)) {
      const key = phrase.toLowerCase();
      const entry = counts.get(key) ?? { phrase, papers: 0 };
      entry.papers += 1;
      counts.set(key, entry);
    }
  }
  const missingPhrases = [...counts.values()]
    .filter((entry) => entry.papers >= 2 && !isCovered(entry.phrase))
    .sort((a, b) => b.papers - a.papers || a.phrase.localeCompare(b.phrase, 'en'))
    .slice(0, limit);
  return { weaklyTagged, missingPhrases };
}

/** The report as Markdown, for a curator to read after a build. */
export function formatCurationReport(report: CurationReport): string {
  const lines = ['# Curation report', '', 'Written by each build; nothing here is published.', ''];
  lines.push(`## Papers with fewer than two topics (${report.weaklyTagged.length})`, '');
  for (const paper of report.weaklyTagged) {
    lines.push(
      `- ${paper.title} (\`${paper.slug}\`): topics ${paper.topics.join(', ') || 'none'}; keyphrases ${paper.keyphrases.join(', ') || 'none'}`,
    );
  }
  lines.push('', `## Frequent phrases not in the vocabulary (${report.missingPhrases.length})`, '');
  lines.push(
    'Add the ones that name a topic, task, method, model or dataset as aliases in content/taxonomy.yaml or content/vocabulary.yaml.',
    '',
  );
  for (const { phrase, papers } of report.missingPhrases) lines.push(`- ${phrase} (${papers} papers)`);
  return `${lines.join('\n')}\n`;
}
