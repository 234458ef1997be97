import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';

const run = promisify(execFile);
export const projectRoot = resolve(import.meta.dirname, '../../..');
const workDir = join(projectRoot, '.tmp/bench-search');
/** The bundled corpus, which the query set of tests/eval/search-queries.yaml is about. */
const BUNDLED = join(projectRoot, 'content/corpus');
const BUNDLED_PAPERS = 105;

/** Writes the first `count` papers of the large corpus (title, blank, abstract, blank) to a file. */
async function sliceLargeCorpus(count: number, target: string): Promise<void> {
  const source = resolve(projectRoot, process.env.ATLAS_LARGE_CORPUS ?? '../shared/corpora/large.txt.gz');
  if (!existsSync(source))
    throw new Error(`${source} not found: set ATLAS_LARGE_CORPUS to a corpus file (.txt or .txt.gz)`);
  const stream = source.endsWith('.gz') ? createReadStream(source).pipe(createGunzip()) : createReadStream(source);
  const lines: string[] = [];
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (lines.length >= count * 4) break;
    lines.push(line);
  }
  stream.destroy();
  await writeFile(target, `${lines.join('\n')}\n`);
}

/**
 * Builds a site with `npm run build`'s own script into `.tmp/bench-search/<name>/`; reuses it if
 * present unless `rebuild`. `papers` null is the bundled corpus; a number is the bundled corpus and
 * the first papers of the large corpus, that many papers in all, so the query set can be scored
 * among them.
 */
export async function buildSite(name: string, papers: number | null, rebuild = false): Promise<string> {
  const folder = join(workDir, name);
  const dist = join(folder, 'dist');
  if (!rebuild && existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) return dist;
  await mkdir(folder, { recursive: true });
  const corpus = [BUNDLED];
  if (papers !== null) {
    corpus.push(join(folder, 'corpus.txt'));
    await sliceLargeCorpus(Math.max(0, papers - BUNDLED_PAPERS), join(folder, 'corpus.txt'));
  }
  console.error(`[bench:search] building ${name} …`);
  const started = performance.now();
  await run(join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/build-site.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ATLAS_CORPUS: corpus.join(':'),
      ATLAS_CONTENT: join(folder, 'content'),
      ATLAS_DIST: dist,
      ATLAS_CACHE_DIR: join(folder, 'cache'),
      ATLAS_NOTES: join(folder, 'notes'),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=6144`,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  console.error(`[bench:search] built ${name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return dist;
}
