/**
 * Rendering method diagrams once: a build renders the same graph for many pages (a method's
 * neighbourhood is often a paper's too), and a rebuild renders mostly the graphs of the last one.
 * Rendered diagrams are kept on disk under Astro's cache folder (`ATLAS_CACHE_DIR`), keyed by a
 * digest of the graph and of the renderer's own source files, so a change to the renderer never
 * serves a stale picture; in memory only while being drawn.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from './cache-file';
import { atlasPaths } from './paths';
import { MIN_SCALE, renderDiagram, type MethodGraph, type RenderedDiagram } from './diagram';

/** Where the renderer's sources live, relative to the project root (the build's working directory). */
const RENDERER_SOURCES = ['src/lib/diagram', 'node_modules/elkjs/package.json'];

/** Bump when the cached form or the choice between layouts changes. */
const CACHE_FORMAT = 2;

/** Width in px a diagram has on a 375 px phone, inside the page's and the figure's padding. */
export const PHONE_WIDTH = 300;

/**
 * The diagram as the renderer lays it out, unless that is a top-to-bottom layout too wide for a
 * phone even at its smallest scale: then left to right when that is narrower (a method with many
 * relations stacks them instead of spreading them in a row, and a tall diagram scrolls with the page).
 */
export async function renderForPhones(graph: MethodGraph): Promise<RenderedDiagram> {
  const rendered = await renderDiagram(graph);
  if (rendered.direction !== 'TB' || rendered.width * MIN_SCALE <= PHONE_WIDTH) return rendered;
  const sideways = await renderDiagram(graph, { direction: 'LR' });
  return sideways.width < rendered.width ? sideways : rendered;
}

const rendered = new Map<string, Promise<RenderedDiagram>>();
let fingerprint: Promise<string | null> | undefined;

/**
 * A digest of the renderer's sources under the project folder `root`, or null when they cannot be
 * read (then only the memory cache is used). Files are named from `root`, so a project moved or
 * cloned elsewhere keeps its drawings.
 */
export async function rendererFingerprint(root: string): Promise<string | null> {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\u0000`);
  for (const path of RENDERER_SOURCES.map((source) => resolve(root, source))) {
    if (!existsSync(path)) return null;
    const files = path.endsWith('.json')
      ? [path]
      : (await readdir(path))
          .filter((name) => name.endsWith('.ts'))
          .sort()
          .map((name) => join(path, name));
    for (const file of files)
      hash
        .update(`${relative(root, file)}\u0000`)
        .update(await readFile(file))
        .update('\u0000');
  }
  return hash.digest('hex');
}

/** A digest of a graph's content, in the order given (the renderer puts it in canonical order anyway). */
export function graphDigest(graph: MethodGraph): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        graph.nodes.map((n) => [n.id, n.label, n.href, n.kind]),
        graph.edges.map((e) => [e.from, e.to, e.type]),
      ]),
    )
    .digest('hex');
}

function isRendered(value: unknown): value is RenderedDiagram {
  const candidate = value as Partial<RenderedDiagram> | null;
  return (
    typeof candidate?.svg === 'string' && typeof candidate.source === 'string' && typeof candidate.summary === 'string'
  );
}

/** The file a drawing of the graph with digest `key` is kept in, for a renderer of `version`. */
const cacheFileOf = (cacheDir: string, version: string, key: string) =>
  join(cacheDir, 'diagrams', `${createHash('sha256').update(`${version}\u0000${key}`).digest('hex')}.json`);

/** This renderer's fingerprint, read once per process (null: no disk cache). */
const rendererVersion = (): Promise<string | null> =>
  (fingerprint ??= rendererFingerprint(process.cwd()).catch(() => null));

async function renderThroughDisk(
  graph: MethodGraph,
  cacheDir: string,
  key = graphDigest(graph),
): Promise<RenderedDiagram> {
  const version = await rendererVersion();
  if (version === null) return renderForPhones(graph);
  const file = cacheFileOf(cacheDir, version, key);
  const cached = await readCacheFile(file);
  if (isRendered(cached)) return cached;
  const result = await renderForPhones(graph);
  await writeCacheFile(file, result);
  return result;
}

/**
 * `renderForPhones(graph)`, drawn once for the same graph and reused within and across builds from
 * `cacheDir` (default: the build's cache folder, `ATLAS_CACHE_DIR` or Astro's `node_modules/.astro`).
 */
export function renderDiagramCached(graph: MethodGraph, cacheDir: string = atlasPaths.cache): Promise<RenderedDiagram> {
  return drawing(graph, graphDigest(graph), resolve(cacheDir));
}

/** The drawing of a graph: the one under way when there is one, else a new one (from disk when drawn before). */
function drawing(graph: MethodGraph, key: string, cacheDir: string): Promise<RenderedDiagram> {
  let result = rendered.get(key);
  if (!result) {
    result = renderThroughDisk(graph, cacheDir, key);
    rendered.set(key, result);
    // Held only while being drawn, so pages rendered in parallel share one drawing; afterwards the
    // disk cache serves repeats, and a build of thousands of pages does not keep every SVG in memory.
    const settled = () => rendered.delete(key);
    result.then(settled, settled);
  }
  return result;
}

/**
 * Drawing ahead of the pages. Diagrams are laid out on a worker thread (./diagram/elk-pool.ts)
 * while pages render on the main one, but a page asks for its diagram only as it renders, four
 * pages at a time, so the worker idles between pages and a page waits on its layout. A route
 * that knows which pages it will render hands their graphs over as it learns of them, and the
 * worker draws them in that order, a few at a time, ahead of the pages. Where every diagram is
 * drawn (10,000 papers, about 4,700 layouts), the Astro stage took 67–74 s against 74–79 s
 * without, in four pairs of builds; a build after adding 50 papers (about 80 layouts) did not
 * change measurably.
 */
const AHEAD_AT_ONCE = 3;
/** Graphs waiting to be drawn ahead, at most this many: past it a page draws its own as it renders. */
const AHEAD_QUEUED = 4096;
const ahead: Array<{ graph: MethodGraph; key: string; cacheDir: string }> = [];
let drawingAhead = 0;

/** Whether the queue of graphs to draw ahead has room: a route splits a page's diagram only when it does. */
export const aheadHasRoom = (): boolean => ahead.length < AHEAD_QUEUED;

/**
 * Draws `graphs` ahead of the pages that will show them, in order, into the disk cache of
 * `cacheDir`: a page that asks later takes the drawing under way or the one on disk. A graph
 * being drawn, or drawn before (by a page, ahead, or by an earlier build), is passed over.
 */
export function drawAhead(graphs: readonly MethodGraph[], cacheDir: string = atlasPaths.cache): void {
  for (const graph of graphs) {
    if (!aheadHasRoom()) break;
    ahead.push({ graph, key: graphDigest(graph), cacheDir: resolve(cacheDir) });
  }
  void drawNextAhead();
}

async function drawNextAhead(): Promise<void> {
  if (drawingAhead >= AHEAD_AT_ONCE) return;
  drawingAhead += 1;
  try {
    for (let next = ahead.shift(); next; next = ahead.shift()) {
      const { graph, key, cacheDir } = next;
      if (rendered.has(key)) continue;
      const version = await rendererVersion();
      // Without a disk cache a drawing made ahead would be lost before its page asks for it.
      if (version === null) {
        ahead.length = 0;
        return;
      }
      if (existsSync(cacheFileOf(cacheDir, version, key))) continue;
      // A failed drawing is the page's to report when it draws the graph itself.
      await drawing(graph, key, cacheDir).catch(() => undefined);
    }
  } finally {
    drawingAhead -= 1;
  }
}
