import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heavyPages, PAGE_WEIGHT_LIMIT, papersIndexMismatches, papersIndexSlugs } from '../../scripts/lib/verify-pages';

describe('the verify step on the pages of long lists', () => {
  it('names each page over the weight limit, heaviest first, and no other', () => {
    const problems = heavyPages([
      { path: 'papers/index.html', bytes: 2_554_312 },
      { path: 'glossary/index.html', bytes: 3_094_475 },
      { path: 'topics/nlp/index.html', bytes: 123_752 },
      { path: 'methods/index.html', bytes: PAGE_WEIGHT_LIMIT },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^glossary\/index\.html weighs 3094 KB, over the 500 KB/u);
    expect(problems[1]).toMatch(/^papers\/index\.html weighs 2554 KB/u);
  });

  it('finds a paper missing from the pages of /papers/, one listed twice and one not in the corpus', () => {
    const expected = new Set(['a', 'b', 'c']);
    expect(papersIndexMismatches(expected, ['a', 'b', 'c'])).toEqual([]);
    expect(papersIndexMismatches(expected, ['a', 'b', 'b', 'x'])).toEqual([
      '(extra) b listed 2 times on the pages of /papers/',
      'c on the pages of /papers/',
      '(extra) x listed on the pages of /papers/, which is not in the corpus',
    ]);
  });

  it('reads the papers the built pages of /papers/ list, page after page, until a page is missing', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'verify-pages-'));
    try {
      const page = (links: string[]) =>
        links.map((href) => `<li><a class="paper-title" href="${href}">T</a></li>`).join('');
      await mkdir(join(dist, 'papers/page/2'), { recursive: true });
      await mkdir(join(dist, 'papers/page/4'), { recursive: true });
      await writeFile(join(dist, 'papers/index.html'), page(['../a/', '../b/index.html']));
      await writeFile(join(dist, 'papers/page/2/index.html'), page(['../../../c/']));
      // Page 3 is missing: a page after it is not part of the list.
      await writeFile(join(dist, 'papers/page/4/index.html'), page(['../../../d/']));
      expect(await papersIndexSlugs(dist)).toEqual(['a', 'b', 'c']);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
