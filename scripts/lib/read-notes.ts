import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { NoteFile } from '../../src/pipeline/check-notes';

/** Every curator's note (`.md`, `.mdx`) under the notes folder, in path order; none when it does not exist. */
export async function readNotes(folder: string): Promise<NoteFile[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && /\.mdx?$/u.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ file: relative(process.cwd(), path), text: await readFile(path, 'utf8') })),
  );
}
