/**
 * Each text's reading (acronyms, topic mentions, names framed as data: `TextReading`) kept between
 * builds in `<cacheDir>/text-readings.json`, by the digest of the paper's title and abstract. The
 * corpus's facts are gathered from every paper's reading on every build; with this, a build that
 * adds a day's papers reads only the new texts.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import type { PaperText, TextReading, TextReadingMemo } from '../../src/pipeline/extract';

interface StoredReadings {
  /** The extractor's version (`extractorVersion`): its code, vocabulary and never rules. */
  version: string;
  readings: Record<string, TextReading>;
}

const textKey = (paper: PaperText) =>
  createHash('sha256').update(paper.title).update('\0').update(paper.abstract).digest('base64url').slice(0, 24);

/** Loads the readings an earlier build kept under `version`; `save` keeps this build's only. */
export async function loadReadingCache(
  cacheDir: string,
  version: string,
): Promise<TextReadingMemo & { hits: number; save(): Promise<void> }> {
  const file = join(resolve(cacheDir), 'text-readings.json');
  const stored = (await readCacheFile(file)) as StoredReadings | null;
  const readings: Record<string, TextReading> = stored?.version === version ? stored.readings : {};
  const used: Record<string, TextReading> = {};
  let added = 0;
  const memo = {
    hits: 0,
    get(paper: PaperText) {
      const key = textKey(paper);
      const reading = readings[key];
      if (reading) {
        used[key] = reading;
        memo.hits += 1;
      }
      return reading;
    },
    set(paper: PaperText, reading: TextReading) {
      used[textKey(paper)] = reading;
      added += 1;
    },
    async save() {
      if (added === 0 && Object.keys(used).length === Object.keys(readings).length) return;
      await writeCacheFile(file, { version, readings: used } satisfies StoredReadings);
    },
  };
  return memo;
}
