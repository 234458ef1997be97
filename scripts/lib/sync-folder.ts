/**
 * Brings a folder of generated files to a given set of files, touching only what differs: a file
 * whose bytes are already those wanted keeps its inode and modification time, so tools that watch
 * or digest the folder (Astro's dev server, a review's diff, rsync) see only the real changes.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapInBatches } from './in-batches';

export interface FolderChanges {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Makes `target` hold exactly `files` (name → text). Each file is written beside its place and
 * renamed there, so a reader never sees half a file; files not in `files` are removed.
 */
export async function syncFolder(target: string, files: ReadonlyMap<string, string>): Promise<FolderChanges> {
  await mkdir(target, { recursive: true });
  const present = new Set(existsSync(target) ? await readdir(target) : []);
  const entries = [...files];
  const written = (
    await mapInBatches(entries, 64, async ([name, text]) => {
      if (present.has(name) && (await readFile(join(target, name), 'utf8').catch(() => null)) === text) return null;
      const partial = join(target, `.${name}.${process.pid}.tmp`);
      await writeFile(partial, text);
      await rename(partial, join(target, name));
      return name;
    })
  ).filter((name): name is string => name !== null);
  const removed = [...present].filter((name) => !files.has(name));
  for (const name of removed) await rm(join(target, name), { recursive: true, force: true });
  return { written, removed, unchanged: entries.length - written.length };
}
