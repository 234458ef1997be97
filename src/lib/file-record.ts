import { stat } from 'node:fs/promises';

/**
 * What a build read from a file, kept with the file's identity so that the next build can trust it
 * without reading the file again: page reuse hard-links unchanged pages from the published site,
 * so a reused page keeps its inode, size and modification time, and so what was read from it.
 */

/** A file as a build saw it (inode, size, modification time) and what it read from it. */
export type RecordedFile<T> = [ino: number, size: number, mtimeMs: number, fact: T];

/** What the record says of a file when the file is the very one it was read from; undefined otherwise. */
export function recordedFact<T>(
  recorded: RecordedFile<T> | undefined,
  file: { ino: number; size: number; mtimeMs: number },
): T | undefined {
  if (!recorded) return undefined;
  const [ino, size, mtimeMs, fact] = recorded;
  return ino === file.ino && size === file.size && mtimeMs === file.mtimeMs ? fact : undefined;
}

/** The record of a pass over files, by a key of each (its page path, or its path in the site). */
export type FileRecord<T> = Record<string, RecordedFile<T>>;

/**
 * Reads what `read` finds in files, trusting `recorded` for a file that is the very one it was read
 * from (one stat instead of a read), and keeps each answer in `record` for the next build.
 */
export function recordedReader<T>(
  recorded: Readonly<FileRecord<T>>,
  read: (file: string) => Promise<T>,
): { read: (key: string, file: string) => Promise<T>; record: FileRecord<T> } {
  const record: FileRecord<T> = {};
  return {
    record,
    read: async (key, file) => {
      const stats = await stat(file);
      const fact = recordedFact(recorded[key], stats) ?? (await read(file));
      record[key] = [stats.ino, stats.size, stats.mtimeMs, fact];
      return fact;
    },
  };
}
