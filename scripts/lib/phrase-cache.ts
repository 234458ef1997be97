import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import type { Candidate, NounPhraseMemo } from '../../src/pipeline/keyphrases';

interface StoredPhrases {
  /** Digest of what the phrases depend on besides the text: the extractor's code and the generic words. */
  key: string;
  /** Digest of a text → its noun phrases. */
  phrases: Record<string, Candidate[]>;
}

const textDigest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 24);

/**
 * A `NounPhraseMemo` kept in `<cacheDir>/noun-phrases.json` between builds. It is valid only for
 * the same phrase-finding and weighing code (src/pipeline/keyphrases.ts, text.ts and
 * sentence-roles.ts), wink's version (its
 * tokens give each phrase's place in the text) and its model's, and generic words; otherwise it
 * starts empty. `save` keeps the phrases of this build's texts only.
 */
export async function loadPhraseCache(
  cacheDir: string,
  generic: ReadonlySet<string>,
): Promise<NounPhraseMemo & { save(): Promise<void> }> {
  const file = join(resolve(cacheDir), 'noun-phrases.json');
  const code = await Promise.all(
    [
      '../../src/pipeline/keyphrases.ts',
      '../../src/pipeline/text.ts',
      // The phrases are kept weighed by the role of their sentence.
      '../../src/pipeline/sentence-roles.ts',
      '../../node_modules/wink-eng-lite-web-model/package.json',
      '../../node_modules/wink-nlp/package.json',
    ].map((path) => readFile(new URL(path, import.meta.url), 'utf8').catch(() => path)),
  );
  const key = createHash('sha256')
    .update([...code, ...[...generic].sort()].join('\u0000'))
    .digest('base64url');
  const cache = (await readCacheFile(file)) as StoredPhrases | null;
  // No cache yet, an unreadable one or one for other code: every text is parsed.
  const stored: Record<string, Candidate[]> = cache?.key === key ? cache.phrases : {};
  const used: Record<string, Candidate[]> = {};
  let added = 0;
  return {
    get(text) {
      const digest = textDigest(text);
      const phrases = stored[digest];
      if (phrases) used[digest] = phrases;
      return phrases;
    },
    set(text, phrases) {
      used[textDigest(text)] = phrases;
      added += 1;
    },
    async save() {
      if (added === 0 && Object.keys(used).length === Object.keys(stored).length) return;
      await writeCacheFile(file, { key, phrases: used } satisfies StoredPhrases);
    },
  };
}
