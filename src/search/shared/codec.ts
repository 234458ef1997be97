/**
 * How the atlas index writes numbers, document ids, postings and word lists as short text (shared
 * by the build that writes them and the search that reads them).
 */
import type { IndexMeta, LexiconPayload, MetaPayload } from './index-format';

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

/** Postings as `decodePostings` reads them, in two lists: the search reads thousands of them at a key. */
export function decodePostingLists(text: string): Postings {
  const ids: number[] = [];
  const occurrences: number[] = [];
  let previous = -1;
  let pending = -1;
  readNumbers(text, (value) => {
    if (pending < 0) {
      pending = previous + value + 1;
    } else {
      ids.push(pending);
      occurrences.push(value);
      previous = pending;
      pending = -1;
    }
  });
  return { ids, occurrences };
}

/** Marks a set of ids written as a bitmap rather than as gaps. */
const BITMAP = '~';

/**
 * A set of document ids out of `docs`, in whichever is shorter: gaps (see `encodeIds`), or a
 * bitmap of six ids a character (a facet value most documents have, such as "Paper", costs a
 * sixth of a character a document instead of one).
 */
export function encodeIdSet(ids: readonly number[], docs: number): string {
  const gaps = encodeIds(ids);
  if (gaps.length <= Math.ceil(docs / 6) + 1) return gaps;
  const bits = new Array<number>(Math.ceil(docs / 6)).fill(0);
  for (const id of ids) bits[Math.floor(id / 6)] = (bits[Math.floor(id / 6)] as number) | (1 << (id % 6));
  return BITMAP + bits.map((value) => DIGITS[value]).join('');
}

export function decodeIdSet(text: string): number[] {
  if (!text.startsWith(BITMAP)) return decodeIds(text);
  const ids: number[] = [];
  for (let index = 1; index < text.length; index += 1) {
    const value = VALUE.get(text[index] as string);
    if (value === undefined) throw new Error(`the search index holds "${text[index]}" in a bitmap: rebuild the site`);
    for (let bit = 0; bit < 6; bit += 1) if (value & (1 << bit)) ids.push((index - 1) * 6 + bit);
  }
  return ids;
}

/**
 * How many documents a word is in, as one character: exact up to 8, then on a logarithmic scale,
 * which is all a correction needs to prefer "learning" to "leaning".
 */
export function encodeFrequency(documents: number): string {
  const step = documents <= 8 ? documents : Math.min(63, 8 + Math.round(6 * Math.log2(documents / 8)));
  return DIGITS[step] as string;
}

export function decodeFrequency(digit: string): number {
  const step = VALUE.get(digit) ?? 0;
  return step <= 8 ? step : Math.round(8 * 2 ** ((step - 8) / 6));
}

/** A sorted word list (letters a–z only) with how many documents each is in, front-coded. */
export function encodeLexicon(entries: ReadonlyArray<readonly [word: string, documents: number]>): LexiconPayload {
  let previous = '';
  const words: string[] = [];
  const frequencies: string[] = [];
  for (const [word, documents] of entries) {
    if (!/^[a-z]+$/u.test(word)) throw new Error(`a word list holds only letters a–z, not ${JSON.stringify(word)}`);
    let shared = 0;
    while (shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared += 1;
    words.push(`${shared}${word.slice(shared)}`);
    frequencies.push(encodeFrequency(documents));
    previous = word;
  }
  return { w: words.join(''), d: frequencies.join('') };
}

export function decodeLexicon(payload: LexiconPayload): Array<[word: string, documents: number]> {
  const entries: Array<[string, number]> = [];
  let previous = '';
  for (const match of payload.w.matchAll(/(\d+)([a-z]+)/gu)) {
    const word = previous.slice(0, Number(match[1])) + (match[2] as string);
    entries.push([word, decodeFrequency(payload.d[entries.length] ?? '0')]);
    previous = word;
  }
  return entries;
}

/**
 * A sorted list of words (the starts of the index's files) front-coded, as the table of contents
 * holds them: each the length of the beginning it shares with the one before (one base-36 digit),
 * then the rest of it, separated by commas (words hold letters and digits only).
 */
export function encodeStarts(starts: readonly string[]): string {
  let previous = '';
  return starts
    .map((start) => {
      let shared = 0;
      while (shared < 35 && shared < previous.length && previous[shared] === start[shared]) shared += 1;
      previous = start;
      return shared.toString(36) + start.slice(shared);
    })
    .join(',');
}

export function decodeStarts(text: string): string[] {
  let previous = '';
  return text === ''
    ? []
    : text.split(',').map((entry) => (previous = previous.slice(0, parseInt(entry[0] as string, 36)) + entry.slice(1)));
}

/** The table of contents as its file holds it. */
export const metaPayload = (meta: IndexMeta): MetaPayload => ({
  ...meta,
  shards: encodeStarts(meta.shards),
  lexicon: { forward: encodeStarts(meta.lexicon.forward), backward: encodeStarts(meta.lexicon.backward) },
});

/** The table of contents from its file. */
export const readMeta = (payload: MetaPayload): IndexMeta => ({
  ...payload,
  shards: decodeStarts(payload.shards),
  lexicon: {
    forward: decodeStarts(payload.lexicon?.forward ?? ''),
    backward: decodeStarts(payload.lexicon?.backward ?? ''),
  },
});
