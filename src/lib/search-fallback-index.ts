import type { FallbackIndex, FallbackPage } from '../scripts/search/fallback-engine';
import { buildMethods, type PaperRecord } from './catalog';
import { hasCode } from './search-facets';

/** A paper as `api/papers.json` exports it. */
export type ExportedPaper = Pick<PaperRecord, 'slug' | 'title' | 'name' | 'abstract' | 'topics' | 'tasks' | 'modalities' | 'links' | 'relations'>;
/** A topic as `api/topics.json` exports it. */
export interface ExportedTopic {
  id: string;
  label: string;
  parent: string | null;
  aliases: string[];
}

export interface FallbackIndexOptions {
  /**
   * Abstracts are included while all of them together stay under this many characters; past it
   * the index keeps titles, method names, topics and facets only, so it stays small enough to load
   * as a script.
   */
  textBudget: number;
}

const DEFAULTS: FallbackIndexOptions = { textBudget: 2_000_000 };

const byTitle = (a: FallbackPage, b: FallbackPage) => a.k.localeCompare(b.k) || a.t.localeCompare(b.t, 'en', { sensitivity: 'base' }) || a.u.localeCompare(b.u);

/**
 * The small search index for a site opened from disk: one entry per paper, topic and method page,
 * with the same facet values the Pagefind index has. Paths are relative to the site root.
 */
export function buildFallbackIndex(
  papers: readonly ExportedPaper[],
  topics: readonly ExportedTopic[],
  options: Partial<FallbackIndexOptions> = {},
): FallbackIndex {
  const { textBudget } = { ...DEFAULTS, ...options };
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const lineage = (id: string): ExportedTopic[] => {
    const chain: ExportedTopic[] = [];
    const seen = new Set<string>();
    for (let topic = topicById.get(id); topic && !seen.has(topic.id); topic = topic.parent ? topicById.get(topic.parent) : undefined) {
      seen.add(topic.id);
      chain.unshift(topic);
    }
    return chain;
  };
  const withAncestors = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => (topicById.has(id) ? lineage(id).map((topic) => topic.id) : [id])))];
  const includeText = papers.reduce((sum, paper) => sum + paper.abstract.length, 0) <= textBudget;

  const paperPages = papers.map((paper): FallbackPage => {
    const page: FallbackPage = {
      u: `papers/${paper.slug}/`,
      t: paper.title,
      k: 'Paper',
      p: paper.topics.map((id) => topicById.get(id)?.label ?? id).join(', '),
      f: {
        kind: ['Paper'],
        topic: withAncestors(paper.topics),
        task: [...paper.tasks],
        modality: [...paper.modalities],
        code: [hasCode(paper) ? 'yes' : 'no'],
      },
    };
    if (paper.name) page.m = paper.name;
    if (includeText) page.x = paper.abstract;
    return page;
  });
  const topicPages = topics.map((topic): FallbackPage => {
    const chain = lineage(topic.id);
    const page: FallbackPage = {
      u: `topics/${topic.id}/`,
      t: topic.label,
      k: 'Topic',
      p: chain.map((item) => item.label).join(' › '),
      f: { kind: ['Topic'], topic: chain.map((item) => item.id) },
    };
    if (topic.aliases.length > 0) page.x = `Also known as: ${topic.aliases.join(', ')}`;
    return page;
  });
  const records = papers.map((paper) => ({ ...paper, methods: [], models: [], datasets: [], keyphrases: [], evidence: {} }) as PaperRecord);
  // As in the Pagefind index, a method introduced by a paper of the atlas is found through that paper.
  const methodPages = buildMethods(records).filter((method) => !method.introducedBy).map(
    (method): FallbackPage => ({ u: `methods/${method.slug}/`, t: method.name, k: 'Method', m: method.name, f: { kind: ['Method'] } }),
  );
  return { pages: [...paperPages, ...topicPages, ...methodPages].sort(byTitle) };
}

/** The fallback index as a classic script, which a page opened from disk may load. */
export function fallbackIndexScript(index: FallbackIndex): string {
  // JSON inside a script: escape `<` so no text of the corpus can close the script element.
  const json = JSON.stringify(index).replace(/</g, '\\u003c');
  return `window.atlasFallbackIndex=${json};\n`;
}
