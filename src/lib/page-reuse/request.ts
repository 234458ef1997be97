import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { discardNextManifest } from './manifest';

/**
 * What `npm run build` (scripts/build-site.ts) tells the Astro build it starts, in another process:
 * that it may take unchanged pages from the published site. The only state that crosses from the
 * build script to Astro's process for page reuse, written as JSON in the cache folder.
 */
export interface ReuseRequest {
  /**
   * A digest of everything a page depends on besides its view: the generator's sources, the
   * curators' notes and the settings (see `templateInputsOf` in scripts/lib/build-inputs.ts).
   */
  template: string;
  /** The published site, where unchanged pages are taken from. */
  dist: string;
  /**
   * The folder this build writes to. An Astro build writing elsewhere (a plain `astro build` after
   * a build script that stopped early) was not asked to reuse anything and ignores the request.
   */
  outDir: string;
}

const requestFile = (cacheDir: string) => join(cacheDir, 'page-reuse-request.json');

/**
 * Before the Astro build: asks it to reuse pages (or, with null, not to: `ATLAS_FORCE=1`), and
 * forgets the manifest an earlier unfinished build may have left.
 */
export async function requestReuse(cacheDir: string, request: ReuseRequest | null): Promise<void> {
  await discardNextManifest(cacheDir);
  const file = requestFile(cacheDir);
  if (!request) {
    await rm(file, { force: true });
    return;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ ...request, dist: resolve(request.dist), outDir: resolve(request.outDir) }));
}

/**
 * In Astro's process, as its build starts: the request meant for a build into `outDir`, or null.
 * The request is used up, so it never applies to a later build it was not written for.
 */
export async function takeReuseRequest(cacheDir: string, outDir: string): Promise<ReuseRequest | null> {
  const file = requestFile(cacheDir);
  let request: Partial<ReuseRequest>;
  try {
    request = JSON.parse(await readFile(file, 'utf8')) as Partial<ReuseRequest>;
  } catch {
    return null;
  }
  await rm(file, { force: true });
  const { template, dist, outDir: requested } = request;
  if (typeof template !== 'string' || typeof dist !== 'string' || typeof requested !== 'string') return null;
  return requested === resolve(outDir) ? { template, dist, outDir: requested } : null;
}
