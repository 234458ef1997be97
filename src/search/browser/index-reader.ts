import { decodeLexicon, decodePostingLists, type Postings } from '../shared/codec';
import { readFacet } from '../shared/facet-tree';
import type { FacetName } from '../shared/facets';
import {
  backwardKey,
  FACETS_KEY,
  fileFor,
  forwardKey,
  longFormKey,
  reversed,
  shardKey,
  shardsFor,
  type FacetsPayload,
  type IndexLoader,
  type IndexMeta,
  type LexiconPayload,
  type ShardPayload,
} from '../shared/index-format';

/** How many words' matches a search remembers. */
const REMEMBERED = 300;

/** A word's postings, decoded: each document it is in, with where (see `packOccurrence`). */
export type DecodedPostings = Postings;

/**
 * The files of one build's index, each loaded once (a failed load may be retried by a later
 * search), and what has been decoded from them.
 */
export class IndexReader {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly decoded = new Map<string, DecodedPostings>();
  private readonly lists = new Map<string, Promise<Array<[string, number]>>>();
  private readonly facetValues = new Map<FacetName, Map<string, Set<number>>>();
  private readonly remembered = new Map<string, Promise<unknown>>();

  constructor(
    readonly meta: IndexMeta,
    private readonly load: IndexLoader,
  ) {}

  file<T>(key: string): Promise<T> {
    let loading = this.files.get(key);
    if (!loading) {
      const started = this.load(key, `${this.meta.folder}/${key}.js`);
      started.catch(() => {
        if (this.files.get(key) === started) this.files.delete(key);
      });
      this.files.set(key, started);
      loading = started;
    }
    return loading as Promise<T>;
  }

  /**
   * What `make` gives for `key`, remembered for the searches to come: typing a query searches its
   * first words again at every key. The oldest are forgotten past a few hundred.
   */
  remember<T>(key: string, make: () => Promise<T>): Promise<T> {
    let value = this.remembered.get(key) as Promise<T> | undefined;
    if (!value) {
      value = make();
      value.catch(() => this.remembered.delete(key));
      this.remembered.set(key, value);
      if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string);
    }
    return value;
  }

  /** The shard that holds `word` (or would), with its long forms and acronym tables. */
  shardOf(word: string): Promise<ShardPayload> {
    // An atlas with no words has no shards.
    if (this.meta.shards.length === 0) return Promise.resolve({ w: {} });
    return this.file<ShardPayload>(shardKey(fileFor(this.meta.shards, word)));
  }

  /**
   * The words of the index beginning with `prefix` (or only `prefix` itself, and its long form key:
   * see `longFormKey`), with their postings.
   */
  async wordsStartingWith(prefix: string, only = false): Promise<Array<[string, DecodedPostings]>> {
    if (this.meta.shards.length === 0) return [];
    const numbers = only ? [fileFor(this.meta.shards, prefix)] : shardsFor(this.meta.shards, prefix);
    const shards = await Promise.all(numbers.map((shard) => this.file<ShardPayload>(shardKey(shard))));
    const found: Array<[string, DecodedPostings]> = [];
    for (const shard of shards) {
      for (const [word, encoded] of Object.entries(shard.w)) {
        if (only ? word !== prefix && word !== longFormKey(prefix) : !word.startsWith(prefix)) continue;
        let postings = this.decoded.get(word);
        if (!postings) this.decoded.set(word, (postings = decodePostingLists(encoded)));
        found.push([word, postings]);
      }
    }
    return found;
  }

  private wordList(key: string): Promise<Array<[string, number]>> {
    let list = this.lists.get(key);
    if (!list) {
      list = this.file<LexiconPayload>(key).then(decodeLexicon);
      list.catch(() => this.lists.delete(key));
      this.lists.set(key, list);
    }
    return list;
  }

  /**
   * The indexed words near `word` a correction picks from, with how many documents each is in: the
   * file of the alphabetical word list it falls in, and that of the list spelled backwards. Two
   * small files, whatever the size of the atlas.
   */
  async wordsNear(word: string): Promise<Array<[string, number]>> {
    const lexicon = this.meta.lexicon;
    if (!lexicon || lexicon.forward.length === 0) return [];
    const [forward, backward] = await Promise.all([
      this.wordList(forwardKey(fileFor(lexicon.forward, word))),
      this.wordList(backwardKey(fileFor(lexicon.backward, reversed(word)))),
    ]);
    return [...forward, ...backward.map(([spelled, count]): [string, number] => [reversed(spelled), count])];
  }

  /** The documents carrying one facet value. */
  async idsOf(name: FacetName, value: string): Promise<Set<number>> {
    return (await this.valuesOf(name)).get(value) ?? new Set();
  }

  /** How many of `ids` carry each facet value. */
  async count(ids: readonly number[]): Promise<Partial<Record<FacetName, Record<string, number>>>> {
    const facets = await this.file<FacetsPayload>(FACETS_KEY);
    const found = new Set(ids);
    const counts: Partial<Record<FacetName, Record<string, number>>> = {};
    for (const name of Object.keys(facets) as FacetName[]) {
      const facet: Record<string, number> = {};
      for (const [value, members] of await this.valuesOf(name)) {
        let total = 0;
        for (const id of members) if (found.has(id)) total += 1;
        if (total > 0) facet[value] = total;
      }
      counts[name] = facet;
    }
    return counts;
  }

  /** Every value of a facet with its documents, decoded once (a nested facet with those under each value). */
  private async valuesOf(name: FacetName): Promise<Map<string, Set<number>>> {
    let values = this.facetValues.get(name);
    if (!values) {
      const facets = await this.file<FacetsPayload>(FACETS_KEY);
      values = new Map([...readFacet(facets[name] ?? {})].map(([value, ids]) => [value, new Set(ids)]));
      this.facetValues.set(name, values);
    }
    return values;
  }
}
