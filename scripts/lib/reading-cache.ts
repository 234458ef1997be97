/**
 * Readings of each paper's own text kept between builds, by the digest of its title and abstract:
 * the extractor's (acronyms, topic mentions, names framed as data: `TextReading`) in
 * `<cacheDir>/text-readings.json`, and the names it gives (`NameReading`) in
 * `<cacheDir>/name-readings.json`. What depends on the whole corpus is gathered from every paper's
 * reading on every build; with these, a build that adds a day's papers reads only the new texts.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import type { TextReading, TextReadingMemo } from '../../src/pipeline/extract';
import type { NameReading, NameReadingMemo } from '../../src/pipeline/extract-name';

interface PaperWords {
  title: string;
  abstract: string;
}

interface StoredReadings<T> {
  /** The version of the code (and vocabulary) that read them: readings of another are read afresh. */
  version: string;
  readings: Record<string, T>;
}

export interface TextCache<T> {
  get(paper: PaperWords): T | undefined;
  set(paper: PaperWords, reading: T): void;
  hits: number;
  save(): Promise<void>;
}

const textKey = (paper: PaperWords) =>
  createHash('sha256').update(paper.title).update('\0').update(paper.abstract).digest('base64url').slice(0, 24);

/** Loads the readings in `<cacheDir>/<fileName>` an earlier build kept under `version`; `save` keeps this build's only. */
async function loadTextCache<T>(cacheDir: string, fileName: string, version: string): Promise<TextCache<T>> {
  const file = join(resolve(cacheDir), fileName);
  const stored = (await readCacheFile(file)) as StoredReadings<T> | null;
  const readings: Record<string, T> = stored?.version === version ? stored.readings : {};
  const used: Record<string, T> = {};
  let added = 0;
  const memo: TextCache<T> = {
    hits: 0,
    get(paper) {
      const key = textKey(paper);
      const reading = readings[key];
      if (reading) {
        used[key] = reading;
        memo.hits += 1;
      }
      return reading;
    },
    set(paper, reading) {
      used[textKey(paper)] = reading;
      added += 1;
    },
    async save() {
      if (added === 0 && Object.keys(used).length === Object.keys(readings).length) return;
      await writeCacheFile(file, { version, readings: used } satisfies StoredReadings<T>);
    },
  };
  return memo;
}

/** The extractor's readings of each text (`TextReading`), under `version`: its code, vocabulary and never rules. */
export const loadReadingCache = (
  cacheDir: string,
  version: string,
): Promise<TextReadingMemo & TextCache<TextReading>> =>
  loadTextCache<TextReading>(cacheDir, 'text-readings.json', version);

/** The names each text gives (`NameReading`), under `version`: the extractor's code. */
export const loadNameReadingCache = (
  cacheDir: string,
  version: string,
): Promise<NameReadingMemo & TextCache<NameReading>> =>
  loadTextCache<NameReading>(cacheDir, 'name-readings.json', version);
