import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A cache file's parsed JSON, or null when it is missing or unreadable: the work is then done again. */
export async function readCacheFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * The JSON text of `value` (as `JSON.stringify` writes it) in pieces: objects down to `depth` levels
 * are written an entry at a time, so a cache of every paper of a large corpus is never one string
 * (at 50,000 papers that string and its UTF-8 copy were the content stage's peak).
 */
export function* jsonPieces(value: unknown, depth = 2): Generator<string> {
  const isRecord =
    depth > 0 &&
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!isRecord) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  let separator = '';
  yield '{';
  for (const [key, entry] of Object.entries(value)) {
    // JSON.stringify leaves such entries out of an object.
    if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue;
    yield `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    yield* jsonPieces(entry, depth - 1);
  }
  yield '}';
}

/** Pieces of text are written in chunks of about this many characters. */
const CHUNK = 1 << 20;

/**
 * Writes `value` as JSON to a cache file beside its place and renames it there, so a build running
 * in parallel never reads half a file. A cache that cannot be written only costs time on the next build.
 */
export async function writeCacheFile(file: string, value: unknown): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    const handle = await open(partial, 'w');
    try {
      let chunk = '';
      for (const piece of jsonPieces(value)) {
        chunk += piece;
        if (chunk.length >= CHUNK) {
          await handle.write(chunk);
          chunk = '';
        }
      }
      await handle.write(chunk);
    } finally {
      await handle.close();
    }
    await rename(partial, file);
  } catch {
    // Only time is lost.
  }
}
