import { createHash } from 'node:crypto';
import { FUNCTION_WORDS } from '../../pipeline/text';
import { encodePostings, type Postings } from '../shared/codec';
import { writeFacet } from '../shared/facet-tree';
import type { FacetName } from '../shared/facets';
import {
  packOccurrence,
  termOfKey,
  wordsOf,
  type DocPayload,
  type FacetsPayload,
  type IndexMeta,
  type LexiconPayload,
  type ShardPayload,
} from '../shared/index-format';
import { acronymTerms, longFormTable, termFinder, type AcronymTerm, type FoundTerm } from './acronym-terms';
import type { SearchDocument } from './documents';
import { byText } from '../../lib/text-order';
import { buildLexicon } from './lexicon';
import { separators } from './separators';

export interface AtlasIndexOptions {
  /** About how many characters of postings a shard holds; a word with more has a shard to itself. */
  shardChars: number;
  /** About how many characters a file of a word list (for corrections) holds. */
  lexiconChars: number;
  /**
   * The acronyms taken for one word with their long forms; by default those the documents' papers
   * define and the acronyms among topics' other names.
   */
  acronyms?: readonly AcronymTerm[];
  /** For a facet whose values form a tree (topics), each value's parent: the facet is written nested. */
  parents?: Partial<Record<FacetName, ReadonlyMap<string, string | null>>>;
}

const DEFAULTS: AtlasIndexOptions = { shardChars: 5_000, lexiconChars: 2_000 };

/** The atlas index as payloads, before they are written as scripts (see `indexFiles`). */
export interface AtlasIndex {
  meta: IndexMeta;
  shards: ShardPayload[];
  docs: DocPayload[];
  facets: FacetsPayload;
  forward: LexiconPayload[];
  backward: LexiconPayload[];
}

const byTitle = (a: SearchDocument, b: SearchDocument) =>
  a.k.localeCompare(b.k) || byText(a.t, b.t) || a.u.localeCompare(b.u);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stop words as the index writes words. */
const STOPWORDS = new Set([...FUNCTION_WORDS].flatMap(wordsOf));

/** The acronyms of documents: those their papers define, and topics' acronym aliases. */
function acronymsOf(documents: readonly SearchDocument[]): AcronymTerm[] {
  const papers = documents
    .filter((document) => document.k === 'Paper')
    .map((document) => ({ slug: document.u, title: document.t, abstract: document.x ?? '' }));
  const topics = documents
    .filter((document) => document.k === 'Topic' && document.x?.startsWith('Also known as: '))
    .map((document) => ({ label: document.t, aliases: (document.x as string).slice(15).split(', ') }));
  return acronymTerms(papers, topics, STOPWORDS);
}

/**
 * The inverted index: for each word, the documents it is in and where. An acronym's term is a word
 * of every document that writes the acronym or one of its long forms (see `termFinder`). Function
 * words are indexed only where a title or method name has them: in abstracts they are in nearly
 * every document and would make the largest shards.
 */
function invert(ordered: readonly SearchDocument[], findTerms: (words: readonly string[]) => FoundTerm[]) {
  // Parallel lists per word rather than a pair per posting: a million small arrays at 10,000
  // papers cost more in garbage collection than the rest of the build of the index.
  const postings = new Map<string, Postings>();
  const withTerms = (words: string[]) => [...words, ...findTerms(words).map((found) => found.key)];
  ordered.forEach((document, id) => {
    const titleWords = wordsOf(document.t);
    const methodWords = wordsOf(document.m ?? '');
    const title = new Set(withTerms(titleWords));
    const method = new Set(withTerms(methodWords));
    // The whole method name, as a word, an acronym ("S^{2}FT" is s2ft) or a long form.
    const wholeMethod = new Set(methodWords.length === 1 ? methodWords : []);
    for (const found of findTerms(methodWords)) if (found.length === methodWords.length) wholeMethod.add(found.key);
    const topic = new Set(withTerms(wordsOf(document.topicWords)));
    const body = new Map<string, number>();
    for (const word of withTerms(wordsOf(document.x ?? ''))) body.set(word, (body.get(word) ?? 0) + 1);
    const post = (word: string) => {
      const inTitle = title.has(word);
      const inMethod = method.has(word);
      if (!inTitle && !inMethod && STOPWORDS.has(word)) return;
      const occurrence = packOccurrence({
        title: inTitle,
        method: inMethod,
        wholeMethod: wholeMethod.has(word),
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
  return postings;
}

/**
 * Cuts the words into shards of about `shardChars`, in code-unit order (as the search compares
 * words when it looks for a shard), each word with its postings and, where it has them, the long
 * forms it begins and an acronym term's long forms.
 */
function cutShards(
  postings: ReadonlyMap<string, Postings>,
  longForms: ReadonlyMap<string, Array<[string, string]>>,
  terms: readonly AcronymTerm[],
  shardChars: number,
): { shards: ShardPayload[]; starts: string[] } {
  const termForms = new Map(
    terms.map(({ term, longForms: forms }) => [term, forms.map(({ words }) => words.join(' '))] as const),
  );
  const keys = [...new Set([...postings.keys(), ...longForms.keys(), ...termForms.keys()])].sort(byCodeUnit);
  const shards: ShardPayload[] = [];
  const bounds: Array<{ first: string; last: string }> = [];
  let current: ShardPayload = { w: {} };
  let size = 0;
  let previous = '';
  for (const key of keys) {
    const list = postings.get(key);
    const encoded = list ? encodePostings(list) : undefined;
    const forms = longForms.get(key);
    const expansions = termForms.get(key);
    const cost =
      key.length +
      6 +
      (encoded?.length ?? 0) +
      (forms ? JSON.stringify(forms).length : 0) +
      (expansions ? JSON.stringify(expansions).length : 0);
    // A long form key stays with its term (see `longFormKey`).
    if (size > 0 && size + cost > shardChars && termOfKey(key) === null) {
      shards.push(current);
      (bounds.at(-1) as { last: string }).last = previous;
      current = { w: {} };
      size = 0;
    }
    if (size === 0) bounds.push({ first: key, last: key });
    previous = key;
    if (encoded !== undefined) current.w[key] = encoded;
    if (forms) (current.l ??= {})[key] = forms;
    if (expansions) (current.a ??= {})[key] = expansions;
    size += cost;
  }
  if (size > 0) {
    shards.push(current);
    (bounds.at(-1) as { last: string }).last = previous;
  }
  return { shards, starts: separators(bounds) };
}

/** For each facet, the documents of each value; a facet whose values form a tree is written nested. */
function facetIndex(ordered: readonly SearchDocument[], parents: AtlasIndexOptions['parents']): FacetsPayload {
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
    const parentOf = parents?.[name];
    facets[name] = writeFacet(values, ordered.length, parentOf && ((value) => parentOf.get(value)));
  }
  return facets;
}

/**
 * Builds the atlas index: documents numbered in title order (so a browse lists them by title), an
 * inverted index of their words and acronym terms cut into shards, the word lists corrections read,
 * a payload per document and the documents of every facet value.
 */
export function buildAtlasIndex(
  documents: readonly SearchDocument[],
  options: Partial<AtlasIndexOptions> = {},
): AtlasIndex {
  const { shardChars, lexiconChars, acronyms, parents } = { ...DEFAULTS, ...options };
  const ordered = [...documents].sort(byTitle);
  const terms = acronyms ?? acronymsOf(ordered);
  const postings = invert(ordered, termFinder(terms));
  const { shards, starts } = cutShards(postings, longFormTable(terms, STOPWORDS), terms, shardChars);
  const lexicon = buildLexicon(new Map([...postings].map(([word, list]) => [word, list.ids.length])), lexiconChars);
  const facets = facetIndex(ordered, parents);

  const docs = ordered.map(({ topicWords: _words, facets: _facets, ...payload }): DocPayload => payload);
  const digest = createHash('sha256')
    .update(JSON.stringify([shards, docs, facets, lexicon]))
    .digest('hex')
    .slice(0, 12);
  const meta: IndexMeta = {
    folder: `search/index/${digest}`,
    docs: docs.length,
    shards: starts,
    stopwords: [...STOPWORDS].sort(),
    lexicon: { forward: lexicon.forward.starts, backward: lexicon.backward.starts },
  };
  return { meta, shards, docs, facets, forward: lexicon.forward.files, backward: lexicon.backward.files };
}
