/**
 * The atlas index's file format, shared by the build that writes it and the search that reads it.
 *
 * The index is a set of small classic scripts, each calling `atlasIndex(key, payload)`, so a site
 * opened from disk (where `fetch` and module scripts are refused) loads it the same way a served
 * site does. A search fetches the index's table of contents (`meta.js`), the shards holding its
 * words, and one file per result shown; a word that matches nothing adds two small word lists to
 * correct it from (see `LexiconPayload`); filters and counts add one file of facet values.
 */
import type { FacetName } from './facets';
import { foldText } from '../../pipeline/text';

/** Loads one file of the index: its key (what it passes to `atlasIndex`) and path from the site root. */
export type IndexLoader = (key: string, path: string) => Promise<unknown>;

/** The global function every index file calls. */
export const INDEX_CALLBACK = 'atlasIndex';
/** Where the table of contents lives, from the site root; the rest is in a folder it names. */
export const META_PATH = 'search/index/meta.js';

/** The table of contents: which shard holds which words, and what every search needs. */
export interface IndexMeta {
  /** Folder of this build's files, from the site root; changes whenever any file changes. */
  folder: string;
  /** Number of documents; their ids are 0 … docs − 1, in title order. */
  docs: number;
  /** First word of each shard, in order: shard n holds the words from `shards[n]` up to `shards[n + 1]`. */
  shards: string[];
  /** Words indexed only where they are in a title or method name, and optional in a query. */
  stopwords: string[];
  /**
   * The word lists a misspelled word is corrected from: the first entry of each file of the list
   * in alphabetical order (`forward`), and of the list of words spelled backwards (`backward`).
   */
  lexicon: { forward: string[]; backward: string[] };
}

/** The table of contents as its file holds it: the lists of starts front-coded (see `encodeStarts`). */
export interface MetaPayload extends Omit<IndexMeta, 'shards' | 'lexicon'> {
  shards: string;
  lexicon: { forward: string; backward: string };
}

/**
 * A shard: each word with its postings (see `encodePostings`), and what it knows of acronyms. An
 * acronym the papers define is indexed as a word of its own, its term (the acronym's letters and
 * digits run together, `rlhf`, `s2ft`), in every document that writes it, and under its long form
 * key (`rlhf!`, see `longFormKey`) in every document that writes one of its long forms instead.
 */
export interface ShardPayload {
  /** Each word with its postings. */
  w: Record<string, string>;
  /**
   * Long forms of acronyms, under their first word (`reinforcement`): the rest of each long form
   * without function words (`learning human feedback`), and its acronym's term (`rlhf`).
   */
  l?: Record<string, Array<[rest: string, term: string]>>;
  /** Acronym terms with their long forms, for marking them in excerpts. */
  a?: Record<string, string[]>;
}

/**
 * A file of a word list: its entries front-coded (each the length of the beginning it shares with
 * the one before, in decimal, then the rest of its letters; lists hold only words of letters a–z)
 * and, one character per entry, how many documents each word is in (see `encodeFrequency`).
 */
export interface LexiconPayload {
  w: string;
  d: string;
}

/** One document, as a result shows it. */
export interface DocPayload {
  /** Path from the site root, e.g. `papers/mezo/`. */
  u: string;
  /** Title. */
  t: string;
  /** Kind of page: Paper, Topic or Method. */
  k: string;
  /** Method the paper introduces. */
  m?: string;
  /** Topics, for display. */
  p?: string;
  /** Body text (the abstract, or a topic's other names), for the excerpt. */
  x?: string;
}

/*
 * Each document has two files: `d/<id>` without its body text, and `x/<id>` with it (for the
 * excerpt). A reader typing fast sees the titles change at every key, and the abstract is most of a
 * document's bytes: while typing, results come from the first; once typing pauses (or for a query
 * pasted whole), from the second alone.
 */

/** For each facet, each value's documents (see `encodeIdSet`). */
export type FacetsPayload = Partial<Record<FacetName, Record<string, string>>>;

/**
 * The shortest word a search also matches as the beginning of longer words, and by its other
 * forms: shorter ones are mostly acronyms (RL, GAN, RAG), and the words they begin (co…, con…)
 * would be much of the index.
 */
export const PREFIX_MIN_LENGTH = 4;

/** File keys, which are also the files' paths inside the build folder (without `.js`). */
export const shardKey = (shard: number) => `t${shard}`;
export const docKey = (id: number) => `d/${id}`;
export const textKey = (id: number) => `x/${id}`;
export const FACETS_KEY = 'facets';
export const forwardKey = (file: number) => `f${file}`;
export const backwardKey = (file: number) => `b${file}`;

/** The words of a text: lower case, accents removed, split at everything but letters and digits. */
export const wordsOf = (text: string): string[] => {
  const normal = foldText(text);
  return normal === '' ? [] : normal.split(' ');
};

/**
 * Where a word occurs in one document, packed into a number: how often in the body (0–3, 3 for
 * three or more), in the title, in the method name, in a topic label, and as the whole of a
 * one-word method name. The commonest cases (body only, title) fit in one character.
 */
export interface Occurrence {
  title: boolean;
  method: boolean;
  wholeMethod: boolean;
  topic: boolean;
  body: number;
}

/** The bits of a packed occurrence: the body count (two bits), then one flag each. */
export const OCCURRENCE = { body: 3, title: 4, method: 8, topic: 16, wholeMethod: 32 } as const;
const { body: BODY, title: TITLE, method: METHOD, topic: TOPIC, wholeMethod: WHOLE_METHOD } = OCCURRENCE;

export function packOccurrence(occurrence: Occurrence): number {
  return (
    Math.min(BODY, occurrence.body) |
    (occurrence.title ? TITLE : 0) |
    (occurrence.method ? METHOD : 0) |
    (occurrence.topic ? TOPIC : 0) |
    (occurrence.wholeMethod ? WHOLE_METHOD : 0)
  );
}

export function unpackOccurrence(bits: number): Occurrence {
  return {
    title: (bits & TITLE) !== 0,
    method: (bits & METHOD) !== 0,
    wholeMethod: (bits & WHOLE_METHOD) !== 0,
    topic: (bits & TOPIC) !== 0,
    body: bits & BODY,
  };
}

/** The file of a sorted list that may hold `word`: the last one starting at or before it. */
export function fileFor(starts: readonly string[], word: string): number {
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as string) <= word) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The shards that may hold words starting with `prefix`: from the last shard starting at or
 * before it to the last starting at or before the end of its range.
 */
export function shardsFor(starts: readonly string[], prefix: string): number[] {
  // An atlas with no words has no shards.
  if (starts.length === 0) return [];
  const first = fileFor(starts, prefix);
  const last = fileFor(starts, `${prefix}\uffff`);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/**
 * The key an acronym's long forms are indexed under: its term and a mark no word has, which sorts
 * right after the term, so both are always in the same shard.
 */
export const longFormKey = (term: string) => `${term}!`;
/** The term of a long form key, or null for a word. */
export const termOfKey = (key: string) => (key.endsWith('!') ? key.slice(0, -1) : null);

/** A word spelled backwards, as the backward word list sorts it. */
export const reversed = (word: string) => [...word].reverse().join('');
