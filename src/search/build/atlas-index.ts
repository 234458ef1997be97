import { createHash } from 'node:crypto';
import { FUNCTION_WORDS } from '../../pipeline/text';
import type { FacetName } from '../shared/facets';
import {
  encodeIds,
  encodePostings,
  packOccurrence,
  wordsOf,
  type DocPayload,
  type FacetsPayload,
  type IndexMeta,
  type Postings,
  type ShardPayload,
} from '../shared/index-format';
import type { SearchDocument } from './documents';

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
