import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  finishReuse,
  linksMade,
  pagesToRender,
  publishManifest,
  readNextManifest,
  readPublishedManifest,
  requestReuse,
  startReuse,
} from '../../src/lib/page-reuse';

/** A page of a route: its file and its view. */
interface Page {
  file: string;
  title: string;
}
const fileOf = (page: Page) => page.file;

let root: string;
let cache: string;
let dist: string;
let staging: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-reuse-'));
  cache = join(root, 'cache');
  dist = join(root, 'dist');
  staging = join(root, 'dist.staging');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * One build the way `npm run build` and the integration run it: request, start, the route's
 * pages, rendering (each rendered page written with its title), finish, then the swap and publish.
 */
async function build(pages: Page[], template: string | null) {
  await requestReuse(cache, template === null ? null : { template, dist, outDir: staging });
  await startReuse(cache, staging);
  const rendered = pagesToRender(pages, fileOf);
  for (const page of rendered) {
    await mkdir(dirname(join(staging, page.file)), { recursive: true });
    await writeFile(join(staging, page.file), page.title);
  }
  const outcome = await finishReuse(cache, staging);
  const next = await readNextManifest(cache);
  await rm(dist, { recursive: true, force: true });
  await rename(staging, dist);
  await publishManifest(cache);
  return { rendered: rendered.map(fileOf), outcome, next };
}

/** What Astro does to its output once every page is generated (its server chunks' cleanup). */
async function removeEmptyFolders(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true }))
    if (entry.isDirectory()) await removeEmptyFolders(join(folder, entry.name));
  if ((await readdir(folder)).length === 0) await rmdir(folder);
}

const a = { file: 'papers/a/index.html', title: 'A' };
const b = { file: 'papers/b/index.html', title: 'B' };

describe('page reuse across builds', () => {
  it('renders every page the first time and records each view for the next build', async () => {
    const first = await build([a, b], 'templates-1');
    expect(first.rendered).toEqual([a.file, b.file]);
    expect(first.outcome).toEqual({ reused: 0, pages: 2 });
    expect(Object.keys((await readPublishedManifest(cache))!.pages).sort()).toEqual([a.file, b.file]);
  });

  it('takes a page whose view did not change from the published site, as the same file', async () => {
    await build([a, b], 'templates-1');
    const before = (await stat(join(dist, a.file))).ino;
    const second = await build([a, { ...b, title: 'B, renamed' }], 'templates-1');
    expect(second.rendered).toEqual([b.file]);
    expect(second.outcome).toEqual({ reused: 1, pages: 2 });
    expect((await stat(join(dist, a.file))).ino).toBe(before);
    expect(await readFile(join(dist, b.file), 'utf8')).toBe('B, renamed');
  });

  it("links a route's reused pages while its other pages render, all before Astro tidies its output", async () => {
    await build([a, b], 'templates-1');
    await requestReuse(cache, { template: 'templates-1', dist, outDir: staging });
    await startReuse(cache, staging);
    expect(pagesToRender([a, { ...b, title: 'B, renamed' }], fileOf)).toEqual([{ ...b, title: 'B, renamed' }]);
    // As Astro's pages are all generated, it removes the output's empty folders: the links must be there by then.
    await linksMade();
    await removeEmptyFolders(staging);
    expect((await stat(join(staging, a.file))).ino).toBe((await stat(join(dist, a.file))).ino);
    expect(await finishReuse(cache, staging)).toEqual({ reused: 1, pages: 2 });
  });

  it('says so when Astro built into another folder than the one reused pages went to', async () => {
    await build([a, b], 'templates-1');
    await requestReuse(cache, { template: 'templates-1', dist, outDir: staging });
    await startReuse(cache, staging);
    pagesToRender([a, b], fileOf);
    await expect(finishReuse(cache, join(root, 'elsewhere'))).rejects.toThrow(/Astro built into/u);
  });

  it('renders everything again when the templates changed, or when reuse was not asked for', async () => {
    await build([a, b], 'templates-1');
    expect((await build([a, b], 'templates-2')).rendered).toEqual([a.file, b.file]);
    const forced = await build([a, b], null);
    expect(forced.rendered).toEqual([a.file, b.file]);
    expect(forced.outcome).toBeNull();
    // The forced site has no manifest, so the build after it cannot trust the old one either.
    expect(await readPublishedManifest(cache)).toBeNull();
    expect((await build([a, b], 'templates-2')).rendered).toEqual([a.file, b.file]);
  });

  it('renders a page again when its file left the published site', async () => {
    await build([a, b], 'templates-1');
    await rm(join(dist, a.file));
    expect((await build([a, b], 'templates-1')).rendered).toEqual([a.file]);
  });

  it('ignores a request written for another output folder, and forgets the manifests of the site it replaces', async () => {
    await build([a, b], 'templates-1');
    // `npm run build` stopped after asking; a plain `astro build` into dist/ follows.
    await requestReuse(cache, { template: 'templates-1', dist, outDir: staging });
    await startReuse(cache, dist);
    expect(pagesToRender([a, b], fileOf)).toEqual([a, b]);
    expect(await finishReuse(cache, dist)).toBeNull();
    expect(await readPublishedManifest(cache)).toBeNull();
  });

  it('digests the view each page makes, without keeping it, when pages are given with how to make their views', async () => {
    const titles = new Map([
      [a.file, 'A'],
      [b.file, 'B'],
    ]);
    const keys = [{ file: a.file }, { file: b.file }];
    const lazyBuild = async () => {
      await requestReuse(cache, { template: 'templates-1', dist, outDir: staging });
      await startReuse(cache, staging);
      const rendered = pagesToRender(
        keys,
        (key) => key.file,
        (key) => ({ title: titles.get(key.file) }),
      );
      for (const key of rendered) {
        await mkdir(dirname(join(staging, key.file)), { recursive: true });
        await writeFile(join(staging, key.file), titles.get(key.file) as string);
      }
      await finishReuse(cache, staging);
      await rm(dist, { recursive: true, force: true });
      await rename(staging, dist);
      await publishManifest(cache);
      return rendered;
    };
    expect(await lazyBuild()).toEqual(keys);
    titles.set(b.file, 'B, renamed');
    expect(await lazyBuild()).toEqual([{ file: b.file }]);
    expect(await readFile(join(dist, a.file), 'utf8')).toBe('A');
  });

  it('tells what prepares pages of each page that will render, with its view, and of no page it reuses', async () => {
    await build([a, b], 'templates-1');
    await requestReuse(cache, { template: 'templates-1', dist, outDir: staging });
    await startReuse(cache, staging);
    const told: unknown[] = [];
    const changed = { ...b, title: 'B, changed' };
    const rendered = pagesToRender(
      [a, changed],
      fileOf,
      (page) => ({ ...page }),
      (view) => told.push(view),
    );
    expect(rendered).toEqual([changed]);
    expect(told).toEqual([changed]);
  });

  it('uses a request up: a later build into the same folder is not asked to reuse', async () => {
    await build([a, b], 'templates-1');
    await requestReuse(cache, { template: 'templates-1', dist, outDir: staging });
    await startReuse(cache, staging);
    expect(pagesToRender([a, b], fileOf)).toEqual([]);
    await finishReuse(cache, staging);
    await startReuse(cache, staging);
    expect(pagesToRender([a, b], fileOf)).toEqual([a, b]);
    expect(await finishReuse(cache, staging)).toBeNull();
  });
});
