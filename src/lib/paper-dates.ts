/**
 * When each paper's feed entry last changed, for feeds' `updated` (src/lib/feeds.ts): a feed is
 * as new as its newest entry, so a feed whose papers did not change stays the same file and is
 * reused by the next build. A build records what each entry shows (a digest) and since when; an
 * entry that shows the same keeps its date, a new or changed one takes the build's date.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The date of a build: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible builds, otherwise
 * the newest modification time of the corpus files, so rebuilding an unchanged corpus from
 * nothing gives its entries the dates they had.
 */
export function atlasUpdated(corpus: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = sourceDateEpoch(env);
  if (epoch) return epoch;
  try {
    const stat = statSync(corpus);
    const files = stat.isDirectory() ? readdirSync(corpus).map((name) => statSync(join(corpus, name))) : [stat];
    return new Date(Math.max(0, ...files.map((file) => Math.floor(file.mtimeMs / 1000) * 1000)));
  } catch {
    return new Date(0);
  }
}

/** `SOURCE_DATE_EPOCH` as a date, or null when it is not set to whole seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/u.test(epoch) ? new Date(Number(epoch) * 1000) : null;
}

/** What a feed entry shows of a paper: its title, its abstract (the gist is cut from it) and its topics. */
export interface EntryContent {
  slug: string;
  title: string;
  abstractHtml: string;
  topics: readonly string[];
}

/** Each paper's entry as a build recorded it: a digest of what it showed, and since when (ISO 8601). */
export type EntryDates = Record<string, { digest: string; since: string }>;

/**
 * The date of each paper's entry: the one recorded for it while it shows the same, else `now`;
 * and the record for the next build, of this build's papers only.
 */
export function entryDates(
  entries: readonly EntryContent[],
  previous: EntryDates,
  now: Date,
): { dates: Map<string, Date>; record: EntryDates } {
  const record: EntryDates = {};
  const dates = new Map<string, Date>();
  for (const entry of entries) {
    const digest = createHash('sha256')
      .update(JSON.stringify([entry.title, entry.abstractHtml, entry.topics]))
      .digest('base64url');
    const held = previous[entry.slug];
    const since = held?.digest === digest ? held.since : now.toISOString();
    record[entry.slug] = { digest, since };
    dates.set(entry.slug, new Date(since));
  }
  return { dates, record };
}
