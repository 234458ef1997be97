import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './types';

/** A curator's note as read from content/notes/: where it is and its text. */
export interface NoteFile {
  file: string;
  text: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/**
 * Checks that every curator's note names a paper or topic of this atlas in its frontmatter
 * (`paper: <slug>` or `topic: <id>`), so no note silently goes unshown. Problems carry the line
 * of the key that is wrong.
 */
export function checkNotes(
  notes: readonly NoteFile[],
  atlas: { paperSlugs: ReadonlySet<string>; topics: ReadonlyArray<{ id: string; formerIds: readonly string[] }> },
): Problem[] {
  const topicIds = new Set(atlas.topics.map((topic) => topic.id));
  const renamedTo = new Map(
    atlas.topics.flatMap((topic) => topic.formerIds.map((formerId) => [formerId, topic.id] as const)),
  );
  const problems: Problem[] = [];
  for (const { file, text } of notes) {
    const match = text.match(FRONTMATTER);
    const lines = new LineCounter();
    const document = match ? parseDocument(match[1] as string, { lineCounter: lines }) : null;
    const data = document && document.errors.length === 0 && isMap(document.contents) ? document.contents : null;
    const paper = data?.get('paper');
    const topic = data?.get('topic');
    // The frontmatter starts on line 2, after the opening `---`.
    const lineOf = (key: string) => {
      const pair = data?.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const offset = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
      return offset === undefined ? 1 : lines.linePos(offset).line + 1;
    };
    if (typeof paper !== 'string' && typeof topic !== 'string') {
      problems.push({
        severity: 'error',
        file,
        line: 1,
        message:
          'a note must say what it is about: expected `paper: <slug>` or `topic: <id>` in frontmatter between `---` lines',
        hint: 'add the paper slug (from its URL, /papers/<slug>/) or the topic id (from taxonomy.yaml)',
      });
      continue;
    }
    if (typeof paper === 'string' && !atlas.paperSlugs.has(paper)) {
      problems.push({
        severity: 'error',
        file,
        line: lineOf('paper'),
        message: `a note on paper "${paper}", which this atlas has no page for`,
        hint: 'use the slug from the paper’s URL (/papers/<slug>/, listed in content/slugs.yaml), or delete the note if the paper left the corpus',
      });
    }
    if (typeof topic === 'string' && !topicIds.has(topic)) {
      const now = renamedTo.get(topic);
      problems.push({
        severity: 'error',
        file,
        line: lineOf('topic'),
        message: `a note on topic "${topic}", which is not a topic id of the taxonomy`,
        hint: now ? `the topic is now "${now}": write \`topic: ${now}\`` : 'use a topic id from taxonomy.yaml',
      });
    }
  }
  return problems;
}
