import { describe, expect, it } from 'vitest';
import { assignSlugs, toSlug } from '../../src/pipeline/slug';
import type { Slug } from '../../src/pipeline/types';

describe('toSlug', () => {
  it.each([
    ['Sparse MeZO', 'sparse-mezo'],
    ['S^{2}FT', 's2ft'],
    ['VideoSAVi', 'videosavi'],
    ['Split & Merge', 'split-and-merge'],
    ['Ünïcödé Çafé', 'uenicoede-cafe'],
    ['../../etc/passwd', 'etc-passwd'],
    ['LLaMA-30b', 'llama-30b'],
    ['$\\mathcal{B}$-codes', 'b-codes'],
  ])('%s → %s', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  it('returns an empty string when nothing readable is left', () => {
    expect(toSlug('🙂🙂')).toBe('');
  });

  it('cuts long titles at a word boundary, at most 60 characters', () => {
    const slug = toSlug('Fine-Tuning Language Models with Just Forward Passes and a Great Many Other Words Besides');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^fine-tuning-language-models-with-just-forward-passes/u);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('assignSlugs', () => {
  const none = new Map<string, Slug>();

  it('gives colliding papers -2, -3 in the order given', () => {
    const { slugs } = assignSlugs(
      [
        { key: 'a', preferred: 'Same Name' },
        { key: 'b', preferred: 'same name' },
        { key: 'c', preferred: 'SAME NAME' },
      ],
      none,
    );
    expect([...slugs.values()]).toEqual(['same-name', 'same-name-2', 'same-name-3']);
  });

  it('keeps papers off the segments of the site\'s own routes: "PAGE" is not /papers/page/', () => {
    const { slugs } = assignSlugs([{ key: 'a', preferred: 'PAGE' }], none);
    expect(slugs.get('a')).toBe('page-2');
  });

  it('keeps a published slug when other papers are added before it', () => {
    const first = assignSlugs([{ key: 'b', preferred: 'Same Name' }], none);
    const second = assignSlugs(
      [
        { key: 'a', preferred: 'Same Name' },
        { key: 'b', preferred: 'Same Name' },
      ],
      first.registry,
    );
    expect(second.slugs.get('b')).toBe('same-name');
    expect(second.slugs.get('a')).toBe('same-name-2');
  });

  it('keeps slugs of papers that left the corpus reserved', () => {
    const first = assignSlugs([{ key: 'old', preferred: 'Name' }], none);
    const second = assignSlugs([{ key: 'new', preferred: 'Name' }], first.registry);
    expect(second.slugs.get('new')).toBe('name-2');
    expect(second.registry.get('old')).toBe('name');
  });

  it('falls back to a digest of the key when the text has no letters or digits', () => {
    const { slugs } = assignSlugs([{ key: 'k', preferred: '🙂' }], none);
    expect(slugs.get('k')).toMatch(/^paper-[0-9a-f]{8}$/u);
  });

  it('does not change the registry it was given', () => {
    const registry = new Map<string, Slug>([['x', 'x' as Slug]]);
    assignSlugs([{ key: 'y', preferred: 'Y' }], registry);
    expect([...registry.keys()]).toEqual(['x']);
  });
});
