/**
 * The atlas index's file format, shared by the build that writes it and the search that reads it.
 *
 * The index is a set of small classic scripts, each calling `atlasIndex(key, payload)`, so a site
 * opened from disk (where `fetch` and module scripts are refused) loads it the same way a served
 * site does. A search fetches the index's table of contents (`meta.js`), the shards holding its
 * words, and one file per result shown; filters add one file of facet values.
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
}

/** A shard: each word with its postings (see `encodePostings`). */
export type ShardPayload = Record<string, string>;

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

/** For each facet, each value's documents (see `encodeIds`). */
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
export const FACETS_KEY = 'facets';

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

const BODY = 3;
const TITLE = 4;
const METHOD = 8;
const TOPIC = 16;
const WHOLE_METHOD = 32;

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

// 64 characters that need no escaping in a JSON string or a URL. A number is written 5 bits a
// character, low bits first; a character of 32 or more says another follows.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Map([...DIGITS].map((digit, value) => [digit, value]));

function writeNumber(value: number, out: string[]): void {
  let rest = value;
  while (rest >= 32) {
    out.push(DIGITS[32 + (rest & 31)] as string);
    rest = Math.floor(rest / 32);
  }
  out.push(DIGITS[rest] as string);
}

function readNumbers(text: string, onNumber: (value: number) => void): void {
  let value = 0;
  let scale = 1;
  for (const digit of text) {
    const symbol = VALUE.get(digit);
    if (symbol === undefined)
      throw new Error(`the search index holds "${digit}", which is not one of its digits: rebuild the site`);
    if (symbol >= 32) {
      value += (symbol - 32) * scale;
      scale *= 32;
    } else {
      onNumber(value + symbol * scale);
      value = 0;
      scale = 1;
    }
  }
}

/** Ascending document ids as gaps, so that common words cost about a character a document. */
export function encodeIds(ids: readonly number[]): string {
  const out: string[] = [];
  let previous = -1;
  for (const id of ids) {
    if (id <= previous) throw new Error(`document ids must ascend: ${id} after ${previous}`);
    writeNumber(id - previous - 1, out);
    previous = id;
  }
  return out.join('');
}

export function decodeIds(text: string): number[] {
  const ids: number[] = [];
  let previous = -1;
  readNumbers(text, (gap) => {
    previous += gap + 1;
    ids.push(previous);
  });
  return ids;
}

/** A word's postings, as parallel lists: the documents it is in, ascending, and where in each. */
export interface Postings {
  ids: number[];
  occurrences: number[];
}

/** Postings as text: each document id (as a gap) followed by its packed occurrence. */
export function encodePostings({ ids, occurrences }: Postings): string {
  const out: string[] = [];
  let previous = -1;
  ids.forEach((id, index) => {
    if (id <= previous) throw new Error(`document ids must ascend: ${id} after ${previous}`);
    writeNumber(id - previous - 1, out);
    writeNumber(occurrences[index] as number, out);
    previous = id;
  });
  return out.join('');
}

export function decodePostings(text: string): Array<[id: number, occurrence: number]> {
  const postings: Array<[number, number]> = [];
  let previous = -1;
  let pending: number | undefined;
  readNumbers(text, (value) => {
    if (pending === undefined) {
      pending = previous + value + 1;
    } else {
      postings.push([pending, value]);
      previous = pending;
      pending = undefined;
    }
  });
  return postings;
}

/**
 * The shards that may hold words starting with `prefix`: from the last shard starting at or
 * before it to the last starting at or before the end of its range.
 */
export function shardsFor(starts: readonly string[], prefix: string): number[] {
  // An atlas with no words has no shards.
  if (starts.length === 0) return [];
  const lastAtOrBefore = (word: string) => {
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
  };
  const first = lastAtOrBefore(prefix);
  const last = lastAtOrBefore(`${prefix}\uffff`);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
