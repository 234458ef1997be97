import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentUrl } from '../../src/search/build/pagefind-fragments';
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

let first: BuildRun;
let updated: BuildRun;
let firstFragments: Map<string, number>;
let cold: BuiltSite;
let forced: BuildRun;

/** The page ids Pagefind wrote in a folder of the index, with each fragment's inode. */
function fragmentInodes(dist: string, folder: string): Map<string, number> {
  const dir = join(dist, 'pagefind', folder, 'fragment');
  return new Map(readdirSync(dir).map((file) => [file, statSync(join(dir, file)).ino]));
}

/** Each page's live records over every part, as the search page reads them: URL → its records' texts. */
function liveRecords(dist: string): Map<string, string[]> {
  const { parts, superseded = [] } = JSON.parse(readFileSync(join(dist, 'pagefind/parts.json'), 'utf8')) as {
    parts: string[];
    superseded?: string[];
  };
  const records = new Map<string, string[]>();
  for (const part of ['', ...parts]) {
    const dir = join(dist, 'pagefind', part, 'fragment');
    for (const file of readdirSync(dir)) {
      if (superseded.includes(file.replace(/\.pf_fragment$/u, ''))) continue;
      const bytes = readFileSync(join(dir, file));
      const url = fragmentUrl(bytes);
      records.set(url, [...(records.get(url) ?? []), file]);
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
  const listing = fixture('listing.txt');
  expect(listing).toContain(REWORDED);
  writeFileSync(join(work, 'listing.txt'), listing.replace(REWORDED, `${REWORDED} with ${NEW_WORD} steps`));
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
    // Each page indexed again supersedes its record in the whole index.
    expect(superseded.length).toBe(changed.length);
    for (const id of superseded) expect(firstFragments.has(`${id}.pf_fragment`)).toBe(true);
  });

  it('leaves one live record per searched page, the pages a build from nothing indexes', () => {
    const live = liveRecords(updated.dist);
    for (const [url, files] of live) expect(files, url).toHaveLength(1);
    expect([...live.keys()].sort()).toEqual([...liveRecords(cold.dist).keys()].sort());
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
    const live = new Set([...liveRecords(updated.dist).values()].flat());
    expect(holding(updated.dist)).toHaveLength(1);
    for (const file of holding(updated.dist)) expect(live.has(file)).toBe(true);
  });
});
