import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** What a site's pages were rendered from: enough for the next build to tell which it may reuse. */
export interface PageManifest {
  /** The template digest the pages were rendered with (see `ReuseRequest`). */
  template: string;
  /** The folder the site is published to. */
  dist: string;
  /** How many of the pages were taken from the site before. */
  reused: number;
  /** File from the site root (e.g. `papers/x/index.html`) → digest of the view it was rendered from. */
  pages: Record<string, string>;
}

/**
 * The manifest of the site published in `dist`, and the one a build writes for the site it is
 * about to publish: swapped in by `publishManifest` once that site has replaced the old one, so the
 * published manifest always describes the published pages.
 */
function manifestFiles(cacheDir: string) {
  return { published: join(cacheDir, 'page-digests.json'), next: join(cacheDir, 'page-digests.next.json') };
}

async function readManifest(file: string): Promise<PageManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<PageManifest>;
    if (typeof manifest.template !== 'string' || typeof manifest.dist !== 'string' || !manifest.pages) return null;
    return { template: manifest.template, dist: manifest.dist, reused: manifest.reused ?? 0, pages: manifest.pages };
  } catch {
    return null;
  }
}

/** The manifest of the published site, or null when there is none or it cannot be read. */
export function readPublishedManifest(cacheDir: string): Promise<PageManifest | null> {
  return readManifest(manifestFiles(cacheDir).published);
}

/** The manifest of the site just built and not yet published, or null when that build did not reuse pages. */
export function readNextManifest(cacheDir: string): Promise<PageManifest | null> {
  return readManifest(manifestFiles(cacheDir).next);
}

export async function writeNextManifest(cacheDir: string, manifest: PageManifest): Promise<void> {
  const { next } = manifestFiles(cacheDir);
  await mkdir(dirname(next), { recursive: true });
  await writeFile(next, JSON.stringify(manifest));
}

/** Forgets the manifest of a site about to be built without one, so no stale one is published with it. */
export async function discardNextManifest(cacheDir: string): Promise<void> {
  await rm(manifestFiles(cacheDir).next, { force: true });
}

/**
 * Forgets both manifests: the site being written was rendered without reuse (`astro build`), and
 * replaces the pages the published manifest describes.
 */
export async function discardManifests(cacheDir: string): Promise<void> {
  const files = manifestFiles(cacheDir);
  await Promise.all([rm(files.published, { force: true }), rm(files.next, { force: true })]);
}

/**
 * Called once the site just built has replaced the published one: its manifest becomes the
 * published manifest, or, for a site built without one, the old manifest is dropped.
 */
export async function publishManifest(cacheDir: string): Promise<void> {
  const files = manifestFiles(cacheDir);
  if (existsSync(files.next)) await rename(files.next, files.published);
  else await rm(files.published, { force: true });
}
