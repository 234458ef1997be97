import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { linkFiles } from '../link-files';
import { discardManifests, readPublishedManifest, writeNextManifest, type PageManifest } from './manifest';
import { takeReuseRequest, type ReuseRequest } from './request';

/** One Astro build's reuse: what it may take from, and what its routes have recorded so far. */
interface Session {
  request: ReuseRequest;
  /** The published site's manifest, when it was rendered from the same templates into the same folder. */
  previous: PageManifest | null;
  /** Every page of this build that can be reused, rendered or not: file → digest of its view. */
  digests: Map<string, string>;
  /** Files taken from the published site instead of rendered. */
  reused: string[];
  /**
   * The links made so far, one route's files after another's: each route's reused files are
   * linked while Astro renders the pages it must, rather than all of them once the last page is
   * written (19,000 files at 10,000 papers: seconds of disk, with the processor idle).
   */
  linking: Promise<void>;
}

/**
 * Held on the global object of Astro's process: routes run from Astro's bundle of this module, the
 * integration from the project's own copy of it, and each copy has module state of its own.
 */
const SESSION = Symbol.for('paper-atlas.page-reuse.session');
type Holder = typeof globalThis & { [SESSION]?: Session };

function currentSession(): Session | undefined {
  return (globalThis as Holder)[SESSION];
}

/** A digest of a page's view, in the same form on every build. */
export function digestOf(view: unknown): string {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url');
}

/**
 * As an Astro build into `outDir` starts (src/integrations/page-reuse.ts): takes the request of
 * `npm run build`, if there is one for this build, and the published manifest it may reuse from.
 * Without a request (`astro build`, `ATLAS_FORCE=1`) every page is rendered.
 */
export async function startReuse(cacheDir: string, outDir: string): Promise<void> {
  delete (globalThis as Holder)[SESSION];
  const request = await takeReuseRequest(cacheDir, outDir);
  if (!request) return;
  const manifest = await readPublishedManifest(cacheDir);
  const previous = manifest?.template === request.template && manifest.dist === request.dist ? manifest : null;
  (globalThis as Holder)[SESSION] = {
    request,
    previous,
    digests: new Map(),
    reused: [],
    linking: Promise.resolve(),
  };
}

/**
 * The pages of a route that must be rendered, given each page's file from the site root and its
 * view (everything it renders besides the templates: see src/lib/page-views/), made by `viewOf`
 * when not the page itself. A page whose view has the digest it had in the published site, and
 * whose file is still there, is recorded to be taken from that site instead. Each view is made,
 * digested and let go one page at a time, so a route's views are never all in memory at once.
 */
export function pagesToRender<P, V>(
  pages: readonly P[],
  fileOf: (page: P) => string,
  viewOf: (page: P) => V = (page) => page as unknown as V,
  /**
   * Told of each page that will render, with the view just made to digest it: what to prepare for
   * the page. Without a session no view is made, and it is not told.
   */
  onRender?: (view: V) => void,
): P[] {
  const session = currentSession();
  if (!session) return [...pages];
  const { previous, digests, reused } = session;
  const taken: string[] = [];
  const rendered = pages.filter((page) => {
    const file = fileOf(page);
    const view = viewOf(page);
    const digest = digestOf(view);
    digests.set(file, digest);
    if (previous?.pages[file] === digest && existsSync(join(previous.dist, file))) {
      taken.push(file);
      return false;
    }
    onRender?.(view);
    return true;
  });
  reused.push(...taken);
  if (taken.length > 0) {
    const { dist, outDir } = session.request;
    session.linking = session.linking.then(() => linkFiles(dist, outDir, taken));
    // A failure is thrown where the build waits for the links (`linksMade`, `finishReuse`), not left unhandled.
    session.linking.catch(() => undefined);
  }
  return rendered;
}

/**
 * Waits for every link made so far, as Astro's pages are all generated: Astro then removes the
 * output's empty folders (its server chunks' cleanup), and a folder still waiting for its link
 * would go with them.
 */
export async function linksMade(): Promise<void> {
  await currentSession()?.linking;
}

/** What a build took from the published site. */
export interface ReuseOutcome {
  reused: number;
  /** Pages that could have been reused: those of routes that build views. */
  pages: number;
}

/**
 * As the Astro build ends: puts the reused pages into `outDir`, linked from the published site,
 * and writes the manifest of the new site for `publishManifest`. Without a session the new site
 * has no manifest, and the published one no longer describes what will be published.
 */
export async function finishReuse(cacheDir: string, outDir: string): Promise<ReuseOutcome | null> {
  const session = currentSession();
  delete (globalThis as Holder)[SESSION];
  if (!session) {
    await discardManifests(cacheDir);
    return null;
  }
  const { request, digests, reused } = session;
  await session.linking;
  // The request's folder is resolved (`takeReuseRequest`).
  if (resolve(outDir) !== request.outDir)
    throw new Error(`page reuse linked pages into ${request.outDir}, but Astro built into ${outDir}`);
  await writeNextManifest(cacheDir, {
    template: request.template,
    dist: request.dist,
    reused: reused.length,
    pages: Object.fromEntries(digests),
  });
  return { reused: reused.length, pages: digests.size };
}
