import type { ReviewEntry } from './curation/review-queue';
import type { StaleCorrection } from './curation/types';
import type { TaggedPaper } from './types';

/** What a curator should look at after a build: weakly tagged papers and phrases the vocabulary lacks. */
export interface CurationReport {
  /** Papers with fewer than two topics, with their keyphrases as hints. */
  weaklyTagged: Array<{ slug: string; title: string; topics: string[]; keyphrases: string[] }>;
  /** Keyphrases used by several papers that no vocabulary entry matches, most used first. */
  missingPhrases: Array<{ phrase: string; papers: number }>;
  /** Phrases no topic covers that enough papers use to make a topic of their own, most used first. */
  proposedTopics: ProposedTopic[];
  /** What most needs a curator's look, most urgent first (src/pipeline/curation/review-queue.ts). */
  review: ReviewEntry[];
  /** Corrections of content/curation.yaml that no longer change anything. */
  stale: StaleCorrection[];
  /** The corrections file the review's lines go into. */
  curationFile: string;
}

/** A candidate topic: a phrase no topic matches, the papers that use it, and where it might go. */
export interface ProposedTopic {
  phrase: string;
  /** The topic most of these papers already have: a parent to consider. */
  parent: string | null;
  /** How many papers use the phrase. */
  count: number;
  /** The first few of them. */
  papers: Array<{ slug: string; title: string }>;
}

/** A phrase makes a candidate topic when at least this many papers use it. */
const MIN_TOPIC_PAPERS = 3;
/** Papers listed under each proposal. */
const EXAMPLE_PAPERS = 5;

/** Phrases of several papers that no topic covers, with those papers and their commonest topic. */
function proposeTopics(
  papers: readonly TaggedPaper[],
  coversTopic: (phrase: string) => boolean,
  limit: number,
): ProposedTopic[] {
  const users = new Map<string, { phrase: string; papers: TaggedPaper[] }>();
  for (const paper of papers)
    for (const phrase of new Set(paper.tags.keyphrases.map((p) => p.toLowerCase()))) {
      const entry = users.get(phrase) ?? { phrase, papers: [] };
      entry.papers.push(paper);
      users.set(phrase, entry);
    }
  const commonestTopic = (tagged: TaggedPaper[]) => {
    const counts = new Map<string, number>();
    for (const paper of tagged)
      for (const tag of paper.tags.topics) counts.set(tag.value, (counts.get(tag.value) ?? 0) + 1);
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
    return best ? best[0] : null;
  };
  return [...users.values()]
    .filter(
      (entry) => entry.papers.length >= MIN_TOPIC_PAPERS && entry.phrase.includes(' ') && !coversTopic(entry.phrase),
    )
    .sort((a, b) => b.papers.length - a.papers.length || a.phrase.localeCompare(b.phrase, 'en'))
    .slice(0, limit)
    .map((entry) => ({
      phrase: entry.phrase,
      parent: commonestTopic(entry.papers),
      count: entry.papers.length,
      papers: entry.papers.slice(0, EXAMPLE_PAPERS).map((paper) => ({ slug: paper.slug, title: paper.title })),
    }));
}

/**
 * Gathers the curation report. `isCovered` says whether the vocabulary already matches a phrase;
 * phrases of two or more papers that it does not match are candidates for new aliases or topics.
 */
export function buildCurationReport(
  papers: readonly TaggedPaper[],
  isCovered: (phrase: string) => boolean,
  limit = 50,
  coversTopic: (phrase: string) => boolean = isCovered,
  curated: Pick<CurationReport, 'review' | 'stale' | 'curationFile'> = {
    review: [],
    stale: [],
    curationFile: 'content/curation.yaml',
  },
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
  return { weaklyTagged, missingPhrases, proposedTopics: proposeTopics(papers, coversTopic, limit), ...curated };
}

/** The report as Markdown, for a curator to read after a build. */
export function formatCurationReport(report: CurationReport): string {
  const lines = ['# Curation report', '', 'Written by each build; nothing here is published.', ''];
  lines.push(...formatStale(report.stale, report.curationFile), ...formatReview(report.review, report.curationFile));
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
  lines.push('', `## Proposed topics (${report.proposedTopics.length})`, '');
  lines.push(
    'Phrases no topic covers, used by several papers. Make one a topic in content/taxonomy.yaml (under the parent most of its papers have, if it fits), or an alias of an existing topic.',
    '',
  );
  for (const { phrase, parent, count, papers } of report.proposedTopics) {
    lines.push(`- **${phrase}** (${count} papers; their commonest topic: ${parent ? `\`${parent}\`` : 'none'})`);
    for (const paper of papers) lines.push(`  - ${paper.title} (\`${paper.slug}\`)`);
  }
  return `${lines.join('\n')}\n`;
}

const REVIEW_HEADINGS: Record<ReviewEntry['kind'], string> = {
  'weak-evidence': 'weakest evidence',
  'one-topic': 'one topic only',
  'one-paper-method': 'method only this paper names',
};

function formatStale(stale: readonly StaleCorrection[], file: string): string[] {
  if (stale.length === 0) return [];
  const lines = [`## Stale corrections (${stale.length})`, ''];
  lines.push(
    `Corrections of ${file} that no longer change anything: delete them, or move an \`add\` the extractor now agrees with to \`keep\`.`,
    '',
  );
  for (const entry of stale) lines.push(`- ${file}:${entry.line}: ${entry.what}: ${entry.why}`);
  return [...lines, ''];
}

function formatReview(review: readonly ReviewEntry[], file: string): string[] {
  const lines = [`## Review queue (${review.length})`, ''];
  lines.push(
    `What most needs a look, most urgent first. Paste the lines that accept or reject an entry into ${file}; \`npm run curate\` makes the common edits.`,
    '',
  );
  review.forEach((entry, index) => {
    const score = entry.confidence
      ? ` (confidence ${entry.confidence.score.toFixed(2)}: ${entry.confidence.place ?? 'not word for word'}, ${entry.confidence.mentions} mention(s), ${entry.confidence.known ? 'known name' : 'name not in the vocabulary'})`
      : '';
    lines.push(
      `${index + 1}. **${entry.what}** in ${entry.title} (\`${entry.slug}\`): ${REVIEW_HEADINGS[entry.kind]}${score}`,
    );
    lines.push('   - accept:', '     ```yaml', ...entry.accept.map((line) => `     ${line}`), '     ```');
    lines.push('   - reject:', '     ```yaml', ...entry.reject.map((line) => `     ${line}`), '     ```');
  });
  return [...lines, ''];
}
