import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
 * Writes a cache file beside its place and renames it there, so a build running in parallel never
 * reads half a file. A cache that cannot be written only costs time on the next build.
 */
export async function writeCacheFile(file: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, text);
    await rename(partial, file);
  } catch {
    // Only time is lost.
  }
}
