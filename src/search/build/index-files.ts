import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  backwardKey,
  docKey,
  type DocPayload,
  FACETS_KEY,
  forwardKey,
  INDEX_CALLBACK,
  META_PATH,
  shardKey,
  textKey,
  type IndexLoader,
  type IndexMeta,
} from '../shared/index-format';
import { metaPayload } from '../shared/codec';
import { mapInBatches } from '../../lib/in-batches';
import type { AtlasIndex } from './atlas-index';

/** One index file as a classic script; no text of the corpus can end the script or run in it. */
export function indexScript(key: string, payload: unknown): string {
  // JSON is a JavaScript expression; escaping `<` keeps `</script>` out of an inline copy too.
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `${INDEX_CALLBACK}(${JSON.stringify(key)},${json});\n`;
}

/**
 * Reads an index file back as a browser runs it, for the build's checks and tests: the key and
 * payload it passes to `atlasIndex`.
 */
export function runIndexScript(text: string): { key: string; payload: unknown } {
  let call: { key: string; payload: unknown } | undefined;
  new Function(INDEX_CALLBACK, text)((key: string, payload: unknown) => (call = { key, payload }));
  if (!call) throw new Error(`an index file did not call ${INDEX_CALLBACK}: rebuild the site`);
  return call;
}

/**
 * Loads the atlas index of a built site from disk, each file run as a browser runs it: for the
 * build's check, the build tests and the benchmark (`new AtlasSearch(indexFileLoader(dist))`).
 */
export function indexFileLoader(dist: string): IndexLoader {
  return async (_key, path) => runIndexScript(await readFile(join(dist, path), 'utf8')).payload;
}

/**
 * Every document of an index on disk (`load` from `indexFileLoader`), in id order, each read from
 * its own file as the browser reads it: for the build's check and tests.
 */
export async function readIndexDocs(load: IndexLoader, meta: IndexMeta): Promise<DocPayload[]> {
  const ids = Array.from({ length: meta.docs }, (_, id) => id);
  return (await mapInBatches(ids, 256, (id) => load(docKey(id), `${meta.folder}/${docKey(id)}.js`))) as DocPayload[];
}

/** Every file of the index: its path from the site root and its text. */
export function indexFiles(index: AtlasIndex): Array<{ path: string; text: string }> {
  const inFolder = (key: string, payload: unknown) => ({
    path: `${index.meta.folder}/${key}.js`,
    text: indexScript(key, payload),
  });
  return [
    { path: META_PATH, text: indexScript('meta', metaPayload(index.meta)) },
    ...index.shards.map((shard, number) => inFolder(shardKey(number), shard)),
    ...index.docs.map(({ x: _text, ...doc }, id) => inFolder(docKey(id), doc)),
    ...index.docs.map((doc, id) => inFolder(textKey(id), doc)),
    inFolder(FACETS_KEY, index.facets),
    ...index.forward.map((file, number) => inFolder(forwardKey(number), file)),
    ...index.backward.map((file, number) => inFolder(backwardKey(number), file)),
  ];
}
