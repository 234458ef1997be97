import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mapInBatches } from '../../lib/in-batches';

/** Pagefind writes each indexed page's record as `fragment/<page id>.pf_fragment`. */
export const FRAGMENT_SUFFIX = '.pf_fragment';

/** The URL of the page a fragment file records: the file is gzipped JSON after a signature. */
export function fragmentUrl(file: Buffer): string {
  const text = gunzipSync(file).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
}

/** The URL of the page a fragment file on disk records. */
export const readFragmentUrl = async (file: string) => fragmentUrl(await readFile(file));

/**
 * The records of one Pagefind index (`folder` holds its `fragment/`): each page id with its page's
 * URL, or none when the index has no fragments. `urlOf` reads a fragment file's URL (a caller may
 * trust what it read from the same file before).
 */
export async function readFragments(
  folder: string,
  urlOf: (file: string) => Promise<string> = readFragmentUrl,
): Promise<Array<{ id: string; url: string }>> {
  const fragments = join(folder, 'fragment');
  if (!existsSync(fragments)) return [];
  const ids = (await readdir(fragments))
    .filter((name) => name.endsWith(FRAGMENT_SUFFIX))
    .map((name) => name.slice(0, -FRAGMENT_SUFFIX.length));
  return mapInBatches(ids, 256, async (id) => ({ id, url: await urlOf(join(fragments, `${id}${FRAGMENT_SUFFIX}`)) }));
}
