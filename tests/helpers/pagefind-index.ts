import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Pagefind's index of a built site read back from its files, as its search client reads it: each
 * filter's values with the URLs of their pages. A page's `data-pagefind-filter` attributes are
 * what Pagefind is asked to index; this is what it indexed, and the counts its filters show.
 */
export function pagefindFilters(dist: string): Record<string, Record<string, string[]>> {
  const folder = join(dist, 'pagefind');
  const meta = decodeFile(join(folder, readdirSync(folder).find((name) => name.endsWith('.pf_meta')) as string));
  // The meta file: [version, pages as [fragment hash, word count, …], index chunks, filters as [name, hash], …].
  const [, pages, , filters] = meta as [string, Array<[string, number]>, unknown, Array<[string, string]>];
  const urlOf = (page: number) => {
    const fragment = readPagefindFile(join(folder, 'fragment', `${pages[page]?.[0]}.pf_fragment`));
    return (JSON.parse(fragment.toString('utf8')) as { url: string }).url;
  };
  return Object.fromEntries(
    filters.map(([name, hash]) => {
      // A filter file: [name, [[value, [page numbers]], …]].
      const [, values] = decodeFile(join(folder, 'filter', `${hash}.pf_filter`)) as [string, Array<[string, number[]]>];
      return [name, Object.fromEntries(values.map(([value, numbers]) => [value, numbers.map(urlOf).sort()]))];
    }),
  );
}

const SIGNATURE = 'pagefind_dcd';

function readPagefindFile(path: string): Buffer {
  const bytes = gunzipSync(readFileSync(path));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${path}: not Pagefind's`);
  return bytes.subarray(SIGNATURE.length);
}

const decodeFile = (path: string) => decodeCbor(readPagefindFile(path));

/** The CBOR Pagefind writes: unsigned integers, byte and text strings, arrays and maps. */
function decodeCbor(bytes: Buffer): unknown {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const value = bytes.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = bytes[at++] as number;
    const major = head >> 5;
    const count = length(head & 31);
    if (major === 0) return count;
    if (major === 2 || major === 3) {
      const text = bytes.subarray(at, at + count);
      at += count;
      return major === 3 ? text.toString('utf8') : text;
    }
    if (major === 4) return Array.from({ length: count }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: count }, () => [item(), item()]));
    throw new Error(`CBOR major type ${major} at byte ${at - 1} is not one Pagefind writes`);
  };
  return item();
}
