/**
 * What the content stage keeps between builds besides noun phrases (phrase-cache.ts): each paper's
 * tags by the digest of what they depend on (src/pipeline/paper-dependencies.ts), and each tagged
 * paper's MDX text by the digest of the paper, in `<cacheDir>/extractions.json`; each text's
 * method matches as a digest, in `<cacheDir>/method-matches.json`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import type { MethodMatchMemo, PaperTagsMemo } from '../../src/pipeline/extract';
import type { MethodMatchRecord } from '../../src/pipeline/method-match-record';
import type { PaperTags, TaggedPaper } from '../../src/pipeline/types';

interface StoredExtractions {
  version: string;
  tags: Record<string, PaperTags>;
  /** Digest of a tagged paper → its MDX page. */
  pages: Record<string, string>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The folders whose code decides what a paper's tags and page are. */
const CODE_FOLDERS = ['../../src/pipeline', '../../src/model'];
const CODE_FILES = ['../../node_modules/wink-eng-lite-web-model/package.json'];

/** The digest of the extractor's code (sources and wink's model version), read once per process. */
let codeDigest: Promise<string> | undefined;

async function digestCode(): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const root = new URL(`${folder}/`, import.meta.url);
    const names = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((name) => name.endsWith('.ts'));
    for (const name of names.sort())
      hash
        .update(name)
        .update('\0')
        .update(await readFile(new URL(name, root)));
  }
  for (const file of CODE_FILES)
    hash.update(await readFile(new URL(file, import.meta.url)).catch(() => Buffer.from(file)));
  return hash.digest('base64url');
}

/**
 * A digest of what every paper's tags depend on besides the corpus: the extractor's sources
 * (src/pipeline/, src/model/), wink's model version, and the taxonomy and vocabulary texts. The
 * content stage asks for it twice (names, then tags); the sources are read the first time only.
 */
export async function extractorVersion(taxonomy: string, vocabulary: string, neverRules = ''): Promise<string> {
  codeDigest ??= digestCode();
  return createHash('sha256')
    .update(await codeDigest)
    .update('\0taxonomy\0')
    .update(taxonomy)
    .update('\0vocabulary\0')
    .update(vocabulary)
    .update('\0never\0')
    .update(neverRules)
    .digest('base64url');
}

/** The content stage's memory of earlier builds; `save` keeps only what this build used. */
export interface ExtractionCache {
  tags: PaperTagsMemo & { hits: number; misses: number };
  /** The MDX page of a tagged paper, serialised by `serialise` only when no earlier build did. */
  page(paper: TaggedPaper, serialise: (paper: TaggedPaper) => string): string;
  save(): Promise<void>;
}

/** Loads `<cacheDir>/extractions.json`; entries of another extractor version are dropped. */
export async function loadExtractionCache(cacheDir: string, version: string): Promise<ExtractionCache> {
  const file = join(resolve(cacheDir), 'extractions.json');
  const stored = (await readCacheFile(file)) as StoredExtractions | null;
  const valid = stored?.version === version;
  const tags: Record<string, PaperTags> = valid ? stored.tags : {};
  const pages: Record<string, string> = valid ? stored.pages : {};
  const used: StoredExtractions = { version, tags: {}, pages: {} };
  let changed = !valid;
  const memo = {
    version,
    hits: 0,
    misses: 0,
    get(key: string) {
      const known = tags[key];
      if (known) {
        used.tags[key] = known;
        memo.hits += 1;
      } else memo.misses += 1;
      return known;
    },
    set(key: string, value: PaperTags) {
      used.tags[key] = value;
      changed = true;
    },
    keptKeys: () => Object.keys(tags),
  };
  return {
    tags: memo,
    page(paper, serialise) {
      const key = digest(JSON.stringify(paper));
      let text = pages[key];
      if (text === undefined) {
        text = serialise(paper);
        changed = true;
      }
      used.pages[key] = text;
      return text;
    },
    async save() {
      const dropped =
        Object.keys(used.tags).length !== Object.keys(tags).length ||
        Object.keys(used.pages).length !== Object.keys(pages).length;
      if (changed || dropped) await writeCacheFile(file, used);
    },
  };
}

/** The method-match record (`MethodMatchMemo`) as stored, under the version that made it. */
interface StoredMatches extends MethodMatchRecord {
  version: string;
}

/**
 * Loads `<cacheDir>/method-matches.json`: each text's method-match digests and the phrases they were
 * matched with, by an earlier build of the same `version`. `save` writes what this build kept.
 */
export async function loadMethodMatchCache(
  cacheDir: string,
  version: string,
): Promise<MethodMatchMemo & { save(): Promise<void> }> {
  const file = join(resolve(cacheDir), 'method-matches.json');
  const stored = (await readCacheFile(file)) as StoredMatches | null;
  let kept: MethodMatchRecord | null = null;
  return {
    recorded: stored?.version === version ? { phrases: stored.phrases, texts: stored.texts } : null,
    keep(record) {
      kept = record;
    },
    async save() {
      if (kept) await writeCacheFile(file, { version, ...kept } satisfies StoredMatches);
    },
  };
}
