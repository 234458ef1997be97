import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/lib/content-stage';
import { resolvePaths } from '../../src/lib/paths';

/**
 * What the content stage keeps between builds besides tags: the slug registry's parsed form and
 * the names each text gives. A second build must read them back, and a hand edit of the registry
 * must win over its parsed form.
 */
describe('the content stage reuses what an earlier build read', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-content-reuse-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const paths = resolvePaths({
    ATLAS_CORPUS: 'tests/fixtures/small',
    ATLAS_CONTENT: join(root, 'content'),
    ATLAS_CACHE_DIR: join(root, 'cache'),
    ATLAS_NOTES: join(root, 'notes'),
  });
  const registry = join(root, 'content', 'slugs.yaml');

  it('keeps the parsed registry and the name readings, and reads a hand-edited registry afresh', async () => {
    const first = await buildContent(paths);
    expect(existsSync(join(root, 'cache', 'slug-registry.json'))).toBe(true);
    expect(existsSync(join(root, 'cache', 'name-readings.json'))).toBe(true);
    const again = await buildContent(paths);
    expect(again.papers.map((paper) => [paper.slug, paper.tags.name])).toEqual(
      first.papers.map((paper) => [paper.slug, paper.tags.name]),
    );

    // A curator moves one paper to a slug of their choosing, by hand.
    const moved = first.papers[0]!;
    const text = readFileSync(registry, 'utf8');
    const line = text.split('\n').find((entry) => entry.endsWith(`: ${moved.slug}`))!;
    writeFileSync(registry, text.replace(line, line.replace(new RegExp(`${moved.slug}$`, 'u'), 'a-slug-by-hand')));
    const edited = await buildContent(paths);
    expect(edited.papers.find((paper) => paper.key === moved.key)?.slug).toBe('a-slug-by-hand');
    expect(existsSync(join(root, 'content', 'papers', 'a-slug-by-hand.mdx'))).toBe(true);
  });
});
