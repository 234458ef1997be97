import type { StoredFallbackIndex, StoredPage } from '../scripts/search/fallback-engine';
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

const byTitle = (a: StoredPage, b: StoredPage) => a.k.localeCompare(b.k) || a.t.localeCompare(b.t, 'en', { sensitivity: 'base' }) || a.u.localeCompare(b.u);

/**
 * The small search index for a site opened from disk: one entry per paper, topic and method page,
 * with the same facet values the Pagefind index has (see `hydrateFallbackIndex`). Paths are
 * relative to the site root.
 */
export function buildFallbackIndex(
  papers: readonly ExportedPaper[],
  topics: readonly ExportedTopic[],
  options: Partial<FallbackIndexOptions> = {},
): StoredFallbackIndex {
  const { textBudget } = { ...DEFAULTS, ...options };
  const position = new Map(topics.map((topic, index) => [topic.id, index]));
  const positions = (ids: readonly string[]) => ids.map((id) => position.get(id)).filter((index): index is number => index !== undefined);
  const includeText = papers.reduce((sum, paper) => sum + paper.abstract.length, 0) <= textBudget;

  const paperPages = papers.map((paper): StoredPage => {
    const page: StoredPage = { u: `papers/${paper.slug}/`, t: paper.title, k: 'Paper' };
    if (paper.name) page.m = paper.name;
    if (includeText) page.x = paper.abstract;
    const own = positions(paper.topics);
    if (own.length > 0) page.tp = own;
    if (paper.tasks.length > 0) page.ta = [...paper.tasks];
    if (paper.modalities.length > 0) page.mo = [...paper.modalities];
    if (hasCode(paper)) page.c = 1;
    return page;
  });
  const topicPages = topics.map((topic, index): StoredPage => {
    const page: StoredPage = { u: `topics/${topic.id}/`, t: topic.label, k: 'Topic', tp: [index] };
    if (topic.aliases.length > 0) page.x = `Also known as: ${topic.aliases.join(', ')}`;
    return page;
  });
  const records = papers.map((paper) => ({ ...paper, methods: [], models: [], datasets: [], keyphrases: [], evidence: {} }) as PaperRecord);
  // As in the Pagefind index, a method introduced by a paper of the atlas is found through that paper.
  const methodPages = buildMethods(records)
    .filter((method) => !method.introducedBy)
    .map((method): StoredPage => ({ u: `methods/${method.slug}/`, t: method.name, k: 'Method', m: method.name }));
  return {
    topics: topics.map((topic) => [topic.id, topic.label, topic.parent]),
    pages: [...paperPages, ...topicPages, ...methodPages].sort(byTitle),
  };
}

/** The fallback index as a classic script, which a page opened from disk may load. */
export function fallbackIndexScript(index: StoredFallbackIndex): string {
  // JSON inside a script: escape `<` so no text of the corpus can close the script element.
  const json = JSON.stringify(index).replace(/</g, '\\u003c');
  return `window.atlasFallbackIndex=${json};\n`;
}
