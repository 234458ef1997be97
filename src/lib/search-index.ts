import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FUNCTION_WORDS } from '../pipeline/text';
import {
  docKey,
  encodeIds,
  encodePostings,
  FACETS_KEY,
  INDEX_CALLBACK,
  META_PATH,
  packOccurrence,
  shardKey,
  wordsOf,
  type DocPayload,
  type FacetsPayload,
  type IndexMeta,
  type Postings,
  type ShardPayload,
} from '../scripts/search/index-format';
import type { IndexLoader } from '../scripts/search/atlas-engine';
import { buildMethods, type PaperRecord } from './catalog';
import { paperFilters, type FilterFacet } from '../model/facets';
import { hasCode, resultDatasets, type FacetName } from './search-facets';

/** A paper as `api/papers.json` exports it. */
export type ExportedPaper = Pick<
  PaperRecord,
  'slug' | 'title' | 'name' | 'abstract' | 'links' | 'relations' | FilterFacet
> &
  Partial<Pick<PaperRecord, 'results'>>;
/** A topic as `api/topics.json` exports it. */
export interface ExportedTopic {
  id: string;
  label: string;
  parent: string | null;
  aliases: string[];
}

/** A page as the atlas index knows it: what a result shows, the words of its topics, its facets. */
export interface SearchDocument extends DocPayload {
  /** Topic labels searched as their own field (papers: their own topics; topic pages: the lineage). */
  topicWords: string;
  facets: Partial<Record<FacetName, string[]>>;
}

/**
 * The pages search finds, one per paper, topic and method page, with the same facet values the
 * Pagefind index has: a page is filed under its topics and all their ancestors. Methods introduced
 * by a paper of the atlas are found through that paper, as in the Pagefind index.
 */
export function searchDocuments(papers: readonly ExportedPaper[], topics: readonly ExportedTopic[]): SearchDocument[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const lineage = (id: string): ExportedTopic[] => {
    const chain: ExportedTopic[] = [];
    for (
      let current = byId.get(id);
      current && !chain.includes(current);
      current = current.parent ? byId.get(current.parent) : undefined
    )
      chain.unshift(current);
    return chain;
  };
  const filedUnder = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => lineage(id).map((topic) => topic.id))),
  ];

  const paperDocuments = papers.map((paper): SearchDocument => {
    const labels = paper.topics.map((id) => byId.get(id)?.label ?? id).join(', ');
    const document: SearchDocument = {
      u: `papers/${paper.slug}/`,
      t: paper.title,
      k: 'Paper',
      x: paper.abstract,
      topicWords: labels,
      facets: {
        kind: ['Paper'],
        ...paperFilters(paper, filedUnder),
        code: [hasCode(paper) ? 'yes' : 'no'],
        results: resultDatasets(paper),
      },
    };
    if (paper.name) document.m = paper.name;
    if (labels) document.p = labels;
    return document;
  });
  const topicDocuments = topics.map((topic): SearchDocument => {
    const path = lineage(topic.id);
    const document: SearchDocument = {
      u: `topics/${topic.id}/`,
      t: topic.label,
      k: 'Topic',
      p: path.map((entry) => entry.label).join(' › '),
      topicWords: path.map((entry) => entry.label).join(' '),
      facets: { kind: ['Topic'], topic: path.map((entry) => entry.id) },
    };
    if (topic.aliases.length > 0) document.x = `Also known as: ${topic.aliases.join(', ')}`;
    return document;
  });
  const records = papers.map(
    (paper) =>
      ({ ...paper, methods: [], models: [], datasets: [], keyphrases: [], evidence: {} }) as unknown as PaperRecord,
  );
  const methodDocuments = buildMethods(records)
    .filter((method) => !method.introducedBy)
    .map((method): SearchDocument => ({
      u: `methods/${method.slug}/`,
      t: method.name,
      k: 'Method',
      m: method.name,
      topicWords: '',
      facets: { kind: ['Method'] },
    }));
  return [...paperDocuments, ...topicDocuments, ...methodDocuments];
}

export interface AtlasIndexOptions {
  /** About how many characters of postings a shard holds; a word with more has a shard to itself. */
  shardChars: number;
}

const DEFAULTS: AtlasIndexOptions = { shardChars: 10_000 };

/** The atlas index as payloads, before they are written as scripts (see `indexFiles`). */
export interface AtlasIndex {
  meta: IndexMeta;
  shards: ShardPayload[];
  docs: DocPayload[];
  facets: FacetsPayload;
}

const byTitle = (a: SearchDocument, b: SearchDocument) =>
  a.k.localeCompare(b.k) || a.t.localeCompare(b.t, 'en', { sensitivity: 'base' }) || a.u.localeCompare(b.u);

/** Stop words as the index writes words. */
const STOPWORDS = new Set([...FUNCTION_WORDS].flatMap(wordsOf));

/**
 * Builds the atlas index: documents numbered in title order (so a browse lists them by title), an
 * inverted index of their words cut into shards of about `shardChars`, a payload per document and
 * the documents of every facet value. Function words are indexed only where a title or method
 * name has them: in abstracts they are in nearly every document and would make the largest shards.
 */
export function buildAtlasIndex(
  documents: readonly SearchDocument[],
  options: Partial<AtlasIndexOptions> = {},
): AtlasIndex {
  const { shardChars } = { ...DEFAULTS, ...options };
  const ordered = [...documents].sort(byTitle);

  // Parallel lists per word rather than a pair per posting: a million small arrays at 10,000
  // papers cost more in garbage collection than the rest of the build of the index.
  const postings = new Map<string, Postings>();
  ordered.forEach((document, id) => {
    const title = new Set(wordsOf(document.t));
    const methodWords = wordsOf(document.m ?? '');
    const method = new Set(methodWords);
    const topic = new Set(wordsOf(document.topicWords));
    const body = new Map<string, number>();
    for (const word of wordsOf(document.x ?? '')) body.set(word, (body.get(word) ?? 0) + 1);
    const post = (word: string) => {
      const inTitle = title.has(word);
      const inMethod = method.has(word);
      if (!inTitle && !inMethod && STOPWORDS.has(word)) return;
      const occurrence = packOccurrence({
        title: inTitle,
        method: inMethod,
        wholeMethod: methodWords.length === 1 && methodWords[0] === word,
        topic: topic.has(word),
        body: body.get(word) ?? 0,
      });
      let list = postings.get(word);
      if (!list) postings.set(word, (list = { ids: [], occurrences: [] }));
      list.ids.push(id);
      list.occurrences.push(occurrence);
    };
    // Each word once: those of the abstract, then those only in the title, method name or topics.
    for (const word of body.keys()) post(word);
    for (const word of title) if (!body.has(word)) post(word);
    for (const word of method) if (!body.has(word) && !title.has(word)) post(word);
    for (const word of topic) if (!body.has(word) && !title.has(word) && !method.has(word)) post(word);
  });

  // Code-unit order, as the search compares words when it looks for a shard.
  const words = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: ShardPayload[] = [];
  const starts: string[] = [];
  let current: ShardPayload = {};
  let size = 0;
  for (const word of words) {
    const encoded = encodePostings(postings.get(word) as Postings);
    const cost = word.length + encoded.length + 6;
    if (size > 0 && size + cost > shardChars) {
      shards.push(current);
      current = {};
      size = 0;
    }
    if (size === 0) starts.push(word);
    current[word] = encoded;
    size += cost;
  }
  if (size > 0) shards.push(current);

  const valuesOf = new Map<FacetName, Map<string, number[]>>();
  ordered.forEach((document, id) => {
    for (const [name, values] of Object.entries(document.facets) as Array<[FacetName, string[]]>) {
      let facet = valuesOf.get(name);
      if (!facet) valuesOf.set(name, (facet = new Map()));
      for (const value of new Set(values)) {
        let ids = facet.get(value);
        if (!ids) facet.set(value, (ids = []));
        ids.push(id);
      }
    }
  });
  const facets: FacetsPayload = {};
  for (const [name, values] of valuesOf) {
    facets[name] = Object.fromEntries(
      [...values].sort(([a], [b]) => a.localeCompare(b)).map(([value, ids]) => [value, encodeIds(ids)]),
    );
  }

  const docs = ordered.map(({ topicWords: _words, facets: _facets, ...payload }): DocPayload => payload);
  const digest = createHash('sha256')
    .update(JSON.stringify([shards, docs, facets]))
    .digest('hex')
    .slice(0, 12);
  const meta: IndexMeta = {
    folder: `search/index/${digest}`,
    docs: docs.length,
    shards: starts,
    stopwords: [...STOPWORDS].sort(),
  };
  return { meta, shards, docs, facets };
}

/** One index file as a classic script; no text of the corpus can end the script or run in it. */
export function indexScript(key: string, payload: unknown): string {
  // JSON is a JavaScript expression; escaping `<` keeps `</script>` out of an inline copy too.
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `${INDEX_CALLBACK}(${JSON.stringify(key)},${json});\n`;
}

/**
 * Reads an index file back as a browser runs it, for the build's checks and tests: the key and
 * payload it passes to `atlasIndex`.
 */
export function runIndexScript(text: string): { key: string; payload: unknown } {
  let call: { key: string; payload: unknown } | undefined;
  new Function(INDEX_CALLBACK, text)((key: string, payload: unknown) => (call = { key, payload }));
  if (!call) throw new Error(`an index file did not call ${INDEX_CALLBACK}: rebuild the site`);
  return call;
}

/**
 * Loads the atlas index of a built site from disk, each file run as a browser runs it: for the
 * build's check, the build tests and the benchmark (`new AtlasSearch(indexFileLoader(dist))`).
 */
export function indexFileLoader(dist: string): IndexLoader {
  return async (_key, path) => runIndexScript(await readFile(join(dist, path), 'utf8')).payload;
}

/** Every file of the index: its path from the site root and its text. */
export function indexFiles(index: AtlasIndex): Array<{ path: string; text: string }> {
  const inFolder = (key: string, payload: unknown) => ({
    path: `${index.meta.folder}/${key}.js`,
    text: indexScript(key, payload),
  });
  return [
    { path: META_PATH, text: indexScript('meta', index.meta) },
    ...index.shards.map((shard, number) => inFolder(shardKey(number), shard)),
    ...index.docs.map((doc, id) => inFolder(docKey(id), doc)),
    inFolder(FACETS_KEY, index.facets),
  ];
}
