import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlasPaths } from './paths';

/**
 * Pages that a build can take from the site it replaces instead of rendering them again.
 *
 * A page is a function of the site's templates and settings (`ATLAS_REUSE_PAGES`, a digest that
 * `npm run build` computes over the sources, vocabulary, notes and settings) and of the data its
 * route hands it. Each route that opts in names that data per page (`pagesToRender`); its digest
 * is recorded, and when the templates and a page's data are those of the last build, the page is
 * linked from the last build's folder (src/integrations/page-reuse.ts) rather than rendered.
 * Without `ATLAS_REUSE_PAGES` (`astro build`, `astro dev`, `ATLAS_FORCE=1`) every page is rendered.
 */
export interface PageManifest {
  /** The template digest the pages were rendered with. */
  template: string;
  /** The folder the site was published to. */
  dist: string;
  /** How many of the pages were taken from the site before. */
  reused?: number;
  /** File (from the site root, e.g. `papers/x/index.html`) → digest of the data it was rendered from. */
  pages: Record<string, string>;
}

interface ReuseState {
  previous: PageManifest | null | undefined;
  /** Every page of this build that opted in, rendered or reused. */
  digests: Map<string, string>;
  /** Files to take from the previous site. */
  reused: string[];
}

/** Shared through the global object: pages run from Astro's bundle, the integration from the project's own modules. */
const STATE = Symbol.for('paper-atlas.page-reuse');

export function reuseState(): ReuseState {
  const global = globalThis as typeof globalThis & { [STATE]?: ReuseState };
  global[STATE] ??= { previous: undefined, digests: new Map(), reused: [] };
  return global[STATE];
}

/** The manifest of the site in dist/, and the one this build writes for the site it is about to publish. */
export function manifestFiles(cacheDir: string = atlasPaths.cache): { current: string; next: string } {
  return { current: join(cacheDir, 'page-digests.json'), next: join(cacheDir, 'page-digests.next.json') };
}

function previousManifest(template: string | undefined): PageManifest | null {
  if (!template) return null;
  try {
    const manifest = JSON.parse(readFileSync(manifestFiles().current, 'utf8')) as PageManifest;
    return manifest.template === template && manifest.dist === atlasPaths.dist ? manifest : null;
  } catch {
    return null;
  }
}

/** A digest of a page's data, in the same form on every build. */
export function digestOf(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}

/**
 * The pages of a route that must be rendered: those whose data (`dataOf`, everything the page
 * shows beyond its templates) changed since the last build, or whose file is gone. The others are
 * recorded for reuse. `fileOf` gives a page's file from the site root.
 */
export function pagesToRender<T>(pages: T[], fileOf: (page: T) => string, dataOf: (page: T) => unknown): T[] {
  const state = reuseState();
  if (state.previous === undefined) state.previous = previousManifest(process.env.ATLAS_REUSE_PAGES);
  const previous = state.previous;
  return pages.filter((page) => {
    const file = fileOf(page);
    const digest = digestOf(dataOf(page));
    state.digests.set(file, digest);
    if (previous && previous.pages[file] === digest && existsSync(join(previous.dist, file))) {
      state.reused.push(file);
      return false;
    }
    return true;
  });
}
