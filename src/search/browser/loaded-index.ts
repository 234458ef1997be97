import { stemmer } from 'stemmer';
import type { FacetName } from '../shared/facets';
import {
  decodeIds,
  decodePostings,
  docKey,
  FACETS_KEY,
  PREFIX_MIN_LENGTH,
  shardKey,
  shardsFor,
  unpackOccurrence,
  wordsOf,
  type DocPayload,
  type FacetsPayload,
  type IndexLoader,
  type IndexMeta,
  type ShardPayload,
} from '../shared/index-format';
import { excerptOf } from './excerpt';

export interface AtlasHit {
  id: number;
  doc: DocPayload;
  score: number;
  /** HTML: the text escaped, the matching words in `<mark>`. */
  excerpt: string;
}

export interface AtlasOutcome {
  total: number;
  hits: AtlasHit[];
  /** For each facet, how many of the matching documents carry each value (when asked for). */
  counts: Partial<Record<FacetName, Record<string, number>>>;
}

export interface AtlasSearchOptions {
  limit?: number;
  counts?: boolean;
  /** Whether this search is still wanted; documents are only fetched while it is. */
  isCurrent?: () => boolean;
}

// Title and method name outrank topic labels, which outrank abstract text, as in the Pagefind
// index (data-pagefind-weight on the page's heading and method name).
const WEIGHT = { title: 10, method: 8, topic: 3 } as const;
/** Bonuses for a query whose every word is in a page's title or method name, per word. */
const WHOLE_QUERY = { title: 20, method: 16 } as const;
/** Bonus for a one-word query that is a page's whole method name ("MeZO"). */
const EXACT_METHOD = 100;
/** The most shards (about 10 KB each) a word's other forms and longer words are looked up in. */
const MAX_RANGE_SHARDS = 2;
/** How much a match counts: the word itself, another form of it (same stem), a longer word it begins. */
const MATCH = { exact: 1, sameStem: 0.9, prefix: 0.5 } as const;

function occurrenceScore(bits: number): number {
  const occurrence = unpackOccurrence(bits);
  // Repeats in the abstract help, with diminishing returns, so a long abstract cannot outweigh a title.
  const body = occurrence.body === 0 ? 0 : 1 + Math.log2(occurrence.body + 0.5);
  return (
    (occurrence.title ? WEIGHT.title : 0) +
    (occurrence.method ? WEIGHT.method : 0) +
    (occurrence.topic ? WEIGHT.topic : 0) +
    body
  );
}

/** The longest common beginning of two words. */
function commonPrefix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return a.slice(0, length);
}

/** One query word's matches. */
interface WordMatches {
  /** Each document's best match score. */
  byDoc: Map<number, number>;
  /** Documents with the word as typed (or begun, for the last word) in the title, and in the method name. */
  inTitle: Set<number>;
  inMethod: Set<number>;
  /** Documents whose whole method name is the word as typed. */
  isMethod: Set<number>;
  /** Index words that matched, to mark in excerpts. */
  words: Set<string>;
}

/** One build's index: its table of contents and what has been loaded and decoded from its folder. */
export class LoadedIndex {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly decoded = new Map<string, Array<[number, number]>>();
  private readonly facetIds = new Map<string, Set<number>>();

  constructor(
    readonly meta: IndexMeta,
    private readonly load: IndexLoader,
  ) {}

  private file<T>(key: string): Promise<T> {
    let loading = this.files.get(key);
    if (!loading) {
      const started = this.load(key, `${this.meta.folder}/${key}.js`);
      // A failed load may be retried by a later search.
      started.catch(() => {
        if (this.files.get(key) === started) this.files.delete(key);
      });
      this.files.set(key, started);
      loading = started;
    }
    return loading as Promise<T>;
  }

  /** The words of the index beginning with `prefix` (or only `prefix` itself), with their postings. */
  private async wordsStartingWith(prefix: string, only = false): Promise<Array<[string, Array<[number, number]>]>> {
    const numbers = shardsFor(this.meta.shards, prefix).slice(0, only ? 1 : undefined);
    const shards = await Promise.all(numbers.map((shard) => this.file<ShardPayload>(shardKey(shard))));
    const found: Array<[string, Array<[number, number]>]> = [];
    for (const shard of shards) {
      for (const [word, encoded] of Object.entries(shard)) {
        if (only ? word !== prefix : !word.startsWith(prefix)) continue;
        let postings = this.decoded.get(word);
        if (!postings) this.decoded.set(word, (postings = decodePostings(encoded)));
        found.push([word, postings]);
      }
    }
    return found;
  }

  private async matchWord(word: string, isLast: boolean, docs: number): Promise<WordMatches> {
    const matches: WordMatches = {
      byDoc: new Map(),
      inTitle: new Set(),
      inMethod: new Set(),
      isMethod: new Set(),
      words: new Set(),
    };
    const stem = stemmer(word);
    // Other forms of a word share its stem, and so the stem's beginning, which begins the word too;
    // a stem that ends in an "i" where the word had a suffix may be a "y" in other forms (policies,
    // policy: "polici"), so that "i" is left out.
    const base = stem.endsWith('i') && stem.length < word.length ? stem.slice(0, -1) : stem;
    const stemPrefix = commonPrefix(base, word);
    const range = stemPrefix.length >= 3 ? stemPrefix : word;
    // Short words match only as typed (see PREFIX_MIN_LENGTH), and so does a word whose beginning
    // is shared by so many words that their shards would be much of a first query (comp…).
    const expand = word.length >= PREFIX_MIN_LENGTH && shardsFor(this.meta.shards, range).length <= MAX_RANGE_SHARDS;
    const candidates = expand ? await this.wordsStartingWith(range) : await this.wordsStartingWith(word, true);
    for (const [candidate, postings] of candidates) {
      const sameStem = candidate !== word && stemmer(candidate) === stem;
      const kind =
        candidate === word ? 'exact' : candidate.startsWith(word) && isLast ? 'prefix' : sameStem ? 'sameStem' : null;
      if (kind === null) continue;
      // Another form of the word counts more than a longer word the last one only begins.
      const weight = kind === 'prefix' && sameStem ? MATCH.sameStem : MATCH[kind];
      matches.words.add(candidate);
      for (const [id, bits] of postings) {
        const score = weight * occurrenceScore(bits);
        if (score > (matches.byDoc.get(id) ?? 0)) matches.byDoc.set(id, score);
        if (kind === 'sameStem') continue;
        const occurrence = unpackOccurrence(bits);
        if (occurrence.title) matches.inTitle.add(id);
        if (occurrence.method) matches.inMethod.add(id);
        if (occurrence.wholeMethod && kind === 'exact') matches.isMethod.add(id);
      }
    }
    // A word found in few pages tells more than one found in many (inverse document frequency),
    // counted over all its forms so a rare form of a common word gains nothing.
    const rarity = Math.log(1 + docs / Math.max(1, matches.byDoc.size));
    for (const [id, score] of matches.byDoc) matches.byDoc.set(id, score * rarity);
    return matches;
  }

  private async idsOf(name: FacetName, value: string): Promise<Set<number>> {
    const key = `${name}\u0000${value}`;
    let ids = this.facetIds.get(key);
    if (!ids) {
      const facets = await this.file<FacetsPayload>(FACETS_KEY);
      const encoded = facets[name]?.[value];
      this.facetIds.set(key, (ids = new Set(encoded ? decodeIds(encoded) : [])));
    }
    return ids;
  }

  /** Searches this index (see `AtlasSearch`). */
  async search(
    query: string,
    filters: Partial<Record<FacetName, string[]>>,
    options: AtlasSearchOptions,
  ): Promise<AtlasOutcome> {
    const { meta } = this;
    const { limit = 10, counts = false, isCurrent = () => true } = options;
    const typed = wordsOf(query);
    const words = [...new Set(typed)];
    const stopwords = new Set(meta.stopwords);
    let required = words.filter((word) => !stopwords.has(word));
    // A query of function words only ("to be or not") is searched for in titles, where they are indexed.
    if (required.length === 0) required = words;
    const last = typed.at(-1);

    const matched = await Promise.all(
      words.map((word) => this.matchWord(word, word === last && required.includes(word), meta.docs)),
    );
    const matchesOf = new Map(words.map((word, index) => [word, matched[index] as WordMatches]));

    // Candidates: the documents with every required word, or every document when browsing.
    let candidates: number[];
    if (required.length === 0) {
      candidates = Array.from({ length: meta.docs }, (_, id) => id);
    } else {
      const sets = required.map((word) => (matchesOf.get(word) as WordMatches).byDoc).sort((a, b) => a.size - b.size);
      const [smallest, ...rest] = sets as [Map<number, unknown>, ...Array<Map<number, unknown>>];
      candidates = [...smallest.keys()].filter((id) => rest.every((set) => set.has(id)));
    }
    for (const [name, values] of Object.entries(filters) as Array<[FacetName, string[]]>) {
      for (const value of values) {
        const ids = await this.idsOf(name, value);
        candidates = candidates.filter((id) => ids.has(id));
      }
    }

    const all = [...matchesOf.values()];
    const scored = candidates.map((id) => {
      let score = 0;
      for (const matches of all) {
        score += matches.byDoc.get(id) ?? 0;
        if (words.length === 1 && matches.isMethod.has(id)) score += EXACT_METHOD;
      }
      // Every word of the query, as typed, in the title or the method name: the page the reader
      // most likely means (a pasted title, a method's long name).
      if (words.length > 0 && all.every((matches) => matches.inMethod.has(id)))
        score += WHOLE_QUERY.method * words.length;
      if (words.length > 0 && all.every((matches) => matches.inTitle.has(id)))
        score += WHOLE_QUERY.title * words.length;
      return { id, score };
    });
    // Ids are in title order, so ties (and a browse) list by title.
    scored.sort((a, b) => b.score - a.score || a.id - b.id);

    const outcome: AtlasOutcome = { total: scored.length, hits: [], counts: {} };
    if (counts) outcome.counts = await this.count(scored.map(({ id }) => id));
    if (!isCurrent()) return outcome;
    const shown = scored.slice(0, limit);
    const docs = await Promise.all(shown.map(({ id }) => this.file<DocPayload>(docKey(id))));
    const highlighted = new Set(all.flatMap((matches) => [...matches.words]));
    const isMatch = (word: string) => highlighted.has(word);
    outcome.hits = shown.map(({ id, score }, index) => {
      const doc = docs[index] as DocPayload;
      return { id, doc, score, excerpt: words.length === 0 ? '' : excerptOf(doc.x ?? '', isMatch) };
    });
    return outcome;
  }

  /** How many of `ids` carry each facet value. */
  private async count(ids: readonly number[]): Promise<AtlasOutcome['counts']> {
    const facets = await this.file<FacetsPayload>(FACETS_KEY);
    const found = new Set(ids);
    const counts: AtlasOutcome['counts'] = {};
    for (const [name, values] of Object.entries(facets) as Array<[FacetName, Record<string, string>]>) {
      const facet: Record<string, number> = {};
      for (const value of Object.keys(values)) {
        let total = 0;
        for (const id of await this.idsOf(name, value)) if (found.has(id)) total += 1;
        if (total > 0) facet[value] = total;
      }
      counts[name] = facet;
    }
    return counts;
  }
}
