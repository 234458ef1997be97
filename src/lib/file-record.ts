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
