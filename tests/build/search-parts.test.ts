import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';

/**
 * Pagefind's index in parts (src/search/shared/pagefind-parts.ts), as a large atlas writes it: the
 * small fixture cut into parts of a few pages still builds, passes the build's own checks of the
 * search index, and indexes every searched page once over all its parts.
 */
let site: BuiltSite;
let whole: BuiltSite;

beforeAll(async () => {
  site = await buildSite(`search-parts-${process.pid}`, 'tests/fixtures/small', { ATLAS_PAGEFIND_PART_PAGES: '5' });
  whole = await buildSite(`search-whole-${process.pid}`, 'tests/fixtures/small');
}, 600_000);
afterAll(async () => {
  for (const built of [site, whole]) if (built) await rm(built.root, { recursive: true, force: true });
});

const partsOf = (dist: string) =>
  (JSON.parse(readFileSync(join(dist, 'pagefind/parts.json'), 'utf8')) as { parts: string[] }).parts;
const fragments = (dist: string, part: string) => readdirSync(join(dist, 'pagefind', part, 'fragment')).length;

describe('a Pagefind index in parts', () => {
  it('is an index per part, the later ones in folders of the first and listed for the search page', () => {
    const parts = partsOf(site.dist);
    expect(parts.slice(0, 2)).toEqual(['part-2/', 'part-3/']);
    for (const part of ['', ...parts]) {
      expect(existsSync(join(site.dist, 'pagefind', part, 'pagefind-entry.json'))).toBe(true);
      expect(fragments(site.dist, part)).toBeLessThanOrEqual(5);
    }
  });

  it('indexes the pages a whole index does, each once', () => {
    expect(partsOf(whole.dist)).toEqual([]);
    const inParts = ['', ...partsOf(site.dist)].reduce((total, part) => total + fragments(site.dist, part), 0);
    expect(inParts).toBe(fragments(whole.dist, ''));
  });
});
