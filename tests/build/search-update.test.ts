import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentUrl } from '../../src/search/build/pagefind-fragments';
import { searchableHtml } from '../../src/search/build/searchable-html';
import { SEARCHED_FILES_RECORD } from '../../scripts/lib/search-stage';
import { buildSite, projectRoot, runBuild, type BuildRun, type BuiltSite } from '../helpers/build-site';

/**
 * A build after the corpus changed indexes for Pagefind only the pages that differ from the last
 * whole index, into an update part, and lists the whole index's stale records for the search page
 * to drop (src/search/build/pagefind-update.ts). Whatever the way, search must find each page once,
 * as it now reads.
 */
const name = `search-update-${process.pid}`;
const work = join(projectRoot, 'tests/.tmp', `${name}-corpus`);
const REWORDED = 'applies ZO only to a carefully chosen subset of parameters';
/** A word no page of the fixture holds, written into one abstract by the second build. */
const NEW_WORD = 'quokkagradient';

const ADDED =
  'Dense MeZO: Zeroth-Order Fine-Tuning of Language Models in Full\n\nWe propose Dense MeZO, a memory-efficient zeroth-order optimizer for fine-tuning large language models that perturbs every parameter. Dense MeZO builds on MeZO and outperforms Sparse MeZO and LoRA on SuperGLUE.';

let first: BuildRun;
let updated: BuildRun;
let firstFragments: Map<string, number>;
let cold: BuiltSite;
let forced: BuildRun;
/** Each searched page's file as a build digested it (the cache's `SEARCHED_FILES_RECORD`). */
type DigestedFiles = Record<string, [ino: number, size: number, mtimeMs: number, digest: string]>;
let firstDigested: DigestedFiles;
const digestedFiles = (root: string): DigestedFiles =>
  JSON.parse(readFileSync(join(root, 'cache', SEARCHED_FILES_RECORD), 'utf8')) as DigestedFiles;
/** The HTML of each searched page of the first build, by its path in the site. */
let firstPages: Map<string, string>;

/** The page ids Pagefind wrote in a folder of the index, with each fragment's inode. */
function fragmentInodes(dist: string, folder: string): Map<string, number> {
  const dir = join(dist, 'pagefind', folder, 'fragment');
  return new Map(readdirSync(dir).map((file) => [file, statSync(join(dir, file)).ino]));
}

/**
 * Each page's live records over every part, as the search page reads them: URL → the page ids of
 * its records, those superseded left out and an id in two parts counted once.
 */
function liveRecords(dist: string): Map<string, Set<string>> {
  const { parts, superseded = [] } = JSON.parse(readFileSync(join(dist, 'pagefind/parts.json'), 'utf8')) as {
    parts: string[];
    superseded?: string[];
  };
  const records = new Map<string, Set<string>>();
  for (const part of ['', ...parts]) {
    const dir = join(dist, 'pagefind', part, 'fragment');
    for (const file of readdirSync(dir)) {
      const id = file.replace(/\.pf_fragment$/u, '');
      if (superseded.includes(id)) continue;
      const url = fragmentUrl(readFileSync(join(dir, file)));
      records.set(url, (records.get(url) ?? new Set()).add(id));
    }
  }
  return records;
}

const fixture = (file: string) => readFileSync(join(projectRoot, 'tests/fixtures/small', file), 'utf8');

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/small'), work, { recursive: true });
  // On a small site one paper changes a large share of the pages: let any share be an update.
  const env = { ATLAS_PAGEFIND_UPDATE_SHARE: '1' };
  first = await runBuild(name, work, env);
  firstFragments = fragmentInodes(first.dist, '');
  firstDigested = digestedFiles(first.root);
  firstPages = new Map(
    Object.keys(firstDigested).map((path) => [path, readFileSync(join(first.dist, path), 'utf8')] as const),
  );
  const listing = fixture('listing.txt');
  expect(listing).toContain(REWORDED);
  // One abstract reworded, and a paper added that relates to others: their pages list it among
  // related papers, which search does not index, so their records come out as before.
  writeFileSync(
    join(work, 'listing.txt'),
    `${listing.replace(REWORDED, `${REWORDED} with ${NEW_WORD} steps`).trimEnd()}\n\n${ADDED}\n`,
  );
  updated = await runBuild(name, work, env, { fresh: false });
  cold = await buildSite(`${name}-cold`, work);
  // A copy of the updated atlas, its update part and all, built again from nothing.
  cpSync(updated.root, join(projectRoot, 'tests/.tmp', `${name}-forced`), { recursive: true });
  forced = await runBuild(`${name}-forced`, work, { ...env, ATLAS_FORCE: '1' }, { fresh: false });
}, 900_000);
afterAll(() => {
  for (const root of [first?.root, cold?.root, forced?.root, work])
    if (root) rmSync(root, { recursive: true, force: true });
});

describe('a search index updated after the corpus changed', () => {
  it('writes the first index whole, and the next as an update to it', () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/search index written whole \(no earlier index to update\)/u);
    expect(updated.exitCode, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(
      /search index updated the last whole index: \d+ pages indexed, \d+ records superseded/u,
    );
  });

  it('writes the index whole when the build is forced to start afresh, with no update part left', () => {
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/search index written whole/u);
    expect(existsSync(join(updated.dist, 'pagefind/update'))).toBe(true);
    expect(JSON.parse(readFileSync(join(forced.dist, 'pagefind/parts.json'), 'utf8'))).toEqual({ parts: [] });
    expect(existsSync(join(forced.dist, 'pagefind/update'))).toBe(false);
  });

  it('keeps the whole index as it was, linked, and indexes the changed pages into the update part', () => {
    const { parts, superseded } = JSON.parse(readFileSync(join(updated.dist, 'pagefind/parts.json'), 'utf8')) as {
      parts: string[];
      superseded: string[];
    };
    expect(parts).toEqual(['update/']);
    expect(fragmentInodes(updated.dist, '')).toEqual(firstFragments);
    const changed = readdirSync(join(updated.dist, 'pagefind/update/fragment'));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(firstFragments.size);
    // The related papers of some pages changed, which search does not index: those pages are not
    // indexed again, and their records in the whole index stay live.
    const updateUrls = new Set(
      changed.map((file) => fragmentUrl(readFileSync(join(updated.dist, 'pagefind/update/fragment', file)))),
    );
    const relatedOnly = [...firstPages].filter(([path, html]) => {
      const now = readFileSync(join(updated.dist, path), 'utf8');
      return now !== html && searchableHtml(now) === searchableHtml(html);
    });
    expect(relatedOnly.length).toBeGreaterThan(0);
    for (const [path, html] of relatedOnly) {
      expect(html).toContain('class="paper-list"');
      expect(updateUrls.has(`/${path.replace(/index\.html$/u, '')}`), path).toBe(false);
    }
    for (const id of superseded) {
      expect(firstFragments.has(`${id}.pf_fragment`)).toBe(true);
      expect(changed).not.toContain(`${id}.pf_fragment`);
    }
    // The reworded paper's page and the topic pages that count the added paper, at least.
    expect(superseded.length).toBeGreaterThan(0);
  });

  it('takes the digest of a page it reused from the last build, the digest its searched HTML gives', () => {
    const digested = digestedFiles(updated.root);
    const fresh = digestedFiles(cold.root);
    let taken = 0;
    for (const [path, [ino, , , digest]] of Object.entries(digested)) {
      expect(statSync(join(updated.dist, path)).ino, path).toBe(ino);
      if (firstDigested[path]?.[0] === ino) taken += 1;
      // A build from nothing reads every page: where the two pages are the same for search, so are the digests.
      const searched = (dist: string) => searchableHtml(readFileSync(join(dist, path), 'utf8'));
      if (searched(updated.dist) === searched(cold.dist)) expect(digest, path).toBe(fresh[path]?.[3]);
      else expect(digest, path).not.toBe(fresh[path]?.[3]);
    }
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(Object.keys(digested).length);
  });

  it('leaves one live record per searched page, the very record a build from nothing writes', () => {
    const live = liveRecords(updated.dist);
    for (const [url, ids] of live) expect(ids.size, url).toBe(1);
    // A page id is the digest of its record (words, filters, metadata, anchors): the same id, the same record.
    const fresh = liveRecords(cold.dist);
    expect([...live.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [url, ids] of live) expect([...ids], url).toEqual([...(fresh.get(url) ?? [])]);
  });

  it("finds the reworded paper's new words only in its live record", () => {
    const holding = (dist: string) =>
      ['', 'update'].flatMap((part) => {
        const dir = join(dist, 'pagefind', part, 'fragment');
        return readdirSync(dir).filter((file) =>
          gunzipSync(readFileSync(join(dir, file)))
            .toString('utf8')
            .includes(NEW_WORD),
        );
      });
    const live = new Set(
      [...liveRecords(updated.dist).values()].flatMap((ids) => [...ids].map((id) => `${id}.pf_fragment`)),
    );
    expect(holding(updated.dist)).toHaveLength(1);
    for (const file of holding(updated.dist)) expect(live.has(file)).toBe(true);
  });
});
