import { describe, expect, it } from 'vitest';
import { planPagefindUpdate, type PagefindBase } from '../../src/search/build/pagefind-update';

const SETTINGS = '{"version":"1.6.0"}';

/** A whole index of ten pages, `p0` to `p9`, each page's digest `d<n>` and record id `id<n>`. */
function baseOfTen(): PagefindBase {
  return {
    settings: SETTINGS,
    entry: 'entry',
    parts: [],
    pages: Object.fromEntries(
      Array.from({ length: 10 }, (_, n) => [`p${n}/index.html`, { digest: `d${n}`, id: `id${n}` }]),
    ),
  };
}

/** The pages of the base as they are now, with `changes` applied (a digest, or null for a page gone). */
function pagesNow(changes: Record<string, string | null> = {}): Map<string, string> {
  const pages = new Map(Object.entries(baseOfTen().pages).map(([path, { digest }]) => [path, digest]));
  for (const [path, digest] of Object.entries(changes))
    if (digest === null) pages.delete(path);
    else pages.set(path, digest);
  return pages;
}

describe('planPagefindUpdate', () => {
  it('indexes only pages new or changed since the whole index, superseding the records of those changed or gone', () => {
    const plan = planPagefindUpdate(
      baseOfTen(),
      SETTINGS,
      pagesNow({ 'p3/index.html': 'changed', 'p7/index.html': null, 'new/index.html': 'dn' }),
      0.5,
    );
    expect(plan).toEqual({ kind: 'update', changed: ['p3/index.html', 'new/index.html'], superseded: ['id3', 'id7'] });
  });

  it('leaves the whole index as it is when no page changed', () => {
    expect(planPagefindUpdate(baseOfTen(), SETTINGS, pagesNow(), 0.2)).toEqual({
      kind: 'update',
      changed: [],
      superseded: [],
    });
  });

  it('takes a page whose text came back to what the whole index holds as unchanged', () => {
    const plan = planPagefindUpdate(baseOfTen(), SETTINGS, pagesNow({ 'p3/index.html': 'd3' }), 0.2);
    expect(plan).toMatchObject({ changed: [], superseded: [] });
  });

  it('writes the index whole once more than the share of its pages changed or went', () => {
    const twoChanged = pagesNow({ 'p1/index.html': 'x', 'p2/index.html': null });
    expect(planPagefindUpdate(baseOfTen(), SETTINGS, twoChanged, 0.2).kind).toBe('update');
    const threeChanged = pagesNow({ 'p1/index.html': 'x', 'p2/index.html': null, 'n/index.html': 'y' });
    expect(planPagefindUpdate(baseOfTen(), SETTINGS, threeChanged, 0.2)).toMatchObject({
      kind: 'whole',
      why: expect.stringContaining('3 of 10 pages'),
    });
  });

  it('writes the index whole with no earlier one, or one made by another Pagefind or other options', () => {
    expect(planPagefindUpdate(null, SETTINGS, pagesNow()).kind).toBe('whole');
    expect(planPagefindUpdate(baseOfTen(), '{"version":"1.7.0"}', pagesNow())).toMatchObject({
      kind: 'whole',
      why: expect.stringContaining('options changed'),
    });
  });
});
