import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A page the build wrote: its file, and its path from the site root with `/` separators. */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Every HTML file under a built site's folder, for integrations that work on finished pages. */
export async function* builtPages(root: string, dir = root): AsyncGenerator<BuiltPage> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) yield* builtPages(root, file);
    else if (entry.name.endsWith('.html')) yield { file, path: relative(root, file).split(sep).join('/') };
  }
}

/** A configured base path with its trailing slash: `/atlas` → `/atlas/`. */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
