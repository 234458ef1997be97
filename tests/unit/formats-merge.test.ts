import { describe, expect, it } from 'vitest';
import { describeMerge, normaliseEntries } from '../../src/pipeline/normalise';
import { assignSlugs } from '../../src/pipeline/slug';
import type { CorpusEntry, Slug } from '../../src/pipeline/types';

const entry = (file: string, line: number, fields: Partial<CorpusEntry> = {}): CorpusEntry => ({
  title: 'Fine-Tuning Language Models with Just Forward Passes',
  abstract: 'We propose MeZO, a memory-efficient zeroth-order optimizer.',
  source: { file, line },
  ...fields,
});

describe('merging the same paper read from several sources', () => {
  it.each([
    ['arXiv id', { arxivId: '2305.17333' }, { arxivId: '2305.17333', title: 'MeZO (preprint title)' }],
    ['DOI', { doi: '10.1/x' }, { doi: '10.1/x', title: 'A Renamed Journal Version' }],
    ['title', { doi: '10.1/x' }, { title: 'fine-tuning language models with just forward passes!' }],
  ] as const)('merges two files’ records with the same %s into one paper, with a report line', (by, first, second) => {
    const { papers, problems, merges } = normaliseEntries([entry('a.bib', 3, first), entry('b.json', 7, second)]);
    expect(papers).toHaveLength(1);
    expect(problems).toEqual([]);
    expect(merges).toEqual([
      {
        into: { file: 'a.bib', line: 3 },
        from: { file: 'b.json', line: 7 },
        title: entry('', 0).title,
        by,
        abstractsDiffer: false,
      },
    ]);
    expect(papers[0]?.alsoIn).toEqual([{ file: 'b.json', line: 7 }]);
    expect(describeMerge(merges[0]!)).toBe(
      `b.json:7 merged into a.bib:3 (same ${by}): "Fine-Tuning Language Models with Just Forward Passes"`,
    );
  });

  it('keeps the first title and abstract and fills in the metadata the first lacks', () => {
    const { papers, merges } = normaliseEntries([
      entry('a.txt', 1),
      entry('b.bib', 2, {
        abstract: 'A longer abstract from the reference manager.',
        authors: ['Sadhika Malladi'],
        year: 2023,
        doi: '10.48550/arxiv.2305.17333',
      }),
      entry('c.xml', 9, { arxivId: '2305.17333', url: 'https://arxiv.org/abs/2305.17333' }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      title: entry('', 0).title,
      abstract: entry('', 0).abstract,
      authors: ['Sadhika Malladi'],
      year: 2023,
      doi: '10.48550/arxiv.2305.17333',
      arxivId: '2305.17333',
      url: 'https://arxiv.org/abs/2305.17333',
      source: { file: 'a.txt', line: 1 },
    });
    expect(merges.map((merge) => [merge.from.file, merge.by, merge.abstractsDiffer])).toEqual([
      ['b.bib', 'title', true],
      ['c.xml', 'title', false],
    ]);
  });

  it('keeps papers with the same title apart when their identifiers differ', () => {
    const { papers, merges } = normaliseEntries([
      entry('a.bib', 1, { doi: '10.1/a' }),
      entry('b.bib', 1, { doi: '10.1/b' }),
    ]);
    expect(papers.map((paper) => paper.key)).toEqual(['doi:10.1/a', 'doi:10.1/b']);
    expect(merges).toEqual([]);
  });

  it('warns about a copy within one file, and keeps two papers of one file that share only a title', () => {
    const { papers, problems, merges } = normaliseEntries([
      entry('a.csv', 2),
      entry('a.csv', 5, { arxivId: '2305.17333' }),
      entry('a.csv', 8, { abstract: 'Another abstract.' }),
    ]);
    expect(papers.map((paper) => paper.source.line)).toEqual([2, 8]);
    expect(papers[1]?.key).toMatch(/^fine tuning language models with just forward passes#[0-9a-f]{8}$/u);
    expect(merges).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'a.csv',
        line: 5,
        message: 'duplicate of the paper at a.csv:2 (same title); merged into it',
        hint: 'delete one of the two copies to silence this warning',
      },
    ]);
  });
});

describe('paper keys', () => {
  it('keys a paper by arXiv id, else DOI, else normalised title, naming the title key as its former key', () => {
    const { papers } = normaliseEntries([
      entry('a', 1, { arxivId: '2305.17333', doi: '10.1/x' }),
      entry('a', 2, { title: 'LoRA: Low-Rank Adaptation', doi: '10.5/lora' }),
      entry('a', 3, { title: 'Sparse MeZO' }),
    ]);
    expect(papers.map((paper) => [paper.key, paper.formerKeys])).toEqual([
      ['arxiv:2305.17333', ['fine tuning language models with just forward passes']],
      ['doi:10.5/lora', ['lora low rank adaptation']],
      ['sparse mezo', undefined],
    ]);
  });

  it('lets a paper that gained an arXiv id keep the slug its title was published under', () => {
    const registry = new Map([['sparse mezo', 'sparse-mezo' as Slug]]);
    const { slugs, registry: next } = assignSlugs(
      [{ key: 'arxiv:2402.15751', preferred: 'Sparse MeZO', formerKeys: ['sparse mezo'] }],
      registry,
    );
    expect(slugs.get('arxiv:2402.15751')).toBe('sparse-mezo');
    expect(next.get('sparse mezo')).toBe('sparse-mezo');
  });

  it('does not hand a former slug to a new key while a present paper still holds it, nor to two papers', () => {
    const registry = new Map([['same title', 'same-title' as Slug]]);
    const { slugs } = assignSlugs(
      [
        { key: 'same title', preferred: 'Same Title' },
        { key: 'doi:10.1/a', preferred: 'Same Title', formerKeys: ['same title'] },
      ],
      registry,
    );
    expect([...slugs.values()]).toEqual(['same-title', 'same-title-2']);
    const twice = assignSlugs(
      [
        { key: 'doi:10.1/a', preferred: 'Same Title', formerKeys: ['same title'] },
        { key: 'doi:10.1/b', preferred: 'Same Title', formerKeys: ['same title'] },
      ],
      registry,
    ).slugs;
    expect([...twice.values()]).toEqual(['same-title', 'same-title-2']);
  });
});
