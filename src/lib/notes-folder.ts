import { existsSync, readdirSync } from 'node:fs';

/**
 * Whether a notes folder holds any note. Most atlases have none yet, and Astro warns on every build
 * about a glob that matches nothing and again about an empty collection: with no notes, the
 * collection is not globbed and not read.
 */
export function hasNotes(folder: string): boolean {
  return (
    existsSync(folder) &&
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((file) => /\.mdx?$/iu.test(file))
  );
}
