import { gunzipSync } from 'node:zlib';

/** Pagefind writes each indexed page's record as `fragment/<page id>.pf_fragment`. */
export const FRAGMENT_SUFFIX = '.pf_fragment';

/** The URL of the page a fragment file records: the file is gzipped JSON after a signature. */
export function fragmentUrl(file: Buffer): string {
  const text = gunzipSync(file).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
}
