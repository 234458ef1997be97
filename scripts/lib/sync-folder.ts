/**
 * Brings a folder of generated files to a given set of files, touching only what differs: a file
 * whose bytes are already those wanted keeps its inode and modification time, so tools that watch
 * or digest the folder (Astro's dev server, a review's diff, rsync) see only the real changes.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapInBatches } from '../../src/lib/in-batches';

export interface FolderChanges {
  written: string[];
  removed: string[];
  unchanged: number;
}

/** Files made, read and written at once: a batch's texts are all a sync holds of its own. */
const BATCH = 64;

/**
 * Makes `target` hold exactly the files `fileOf` makes of `items`, one each. Each file is written
 * beside its place and renamed there, so a reader never sees half a file; files not made are
 * removed. A file's text is made only when its batch is written, so no map of every text is built:
 * at 50,000 papers the content stage held all of its pages at once while writing.
 */
export async function syncFolder<T>(
  target: string,
  items: readonly T[],
  fileOf: (item: T) => { name: string; text: string },
): Promise<FolderChanges> {
  await mkdir(target, { recursive: true });
  const present = new Set(existsSync(target) ? await readdir(target) : []);
  const made = new Set<string>();
  const written = (
    await mapInBatches(items, BATCH, async (item) => {
      const { name, text } = fileOf(item);
      made.add(name);
      if (present.has(name) && (await readFile(join(target, name), 'utf8').catch(() => null)) === text) return null;
      const partial = join(target, `.${name}.${process.pid}.tmp`);
      await writeFile(partial, text);
      await rename(partial, join(target, name));
      return name;
    })
  ).filter((name): name is string => name !== null);
  const removed = [...present].filter((name) => !made.has(name));
  for (const name of removed) await rm(join(target, name), { recursive: true, force: true });
  return { written, removed, unchanged: items.length - written.length };
}
