import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexText } from '../../src/lib/citation/bibtex';
import { baseCiteKey, citeKeys, nameParts, type CitablePaper } from '../../src/lib/citation/cite-data';
import { parseBibtex } from '../../src/pipeline/formats/bibtex';
import { cleanWhitespace } from '../../src/pipeline/parse-corpus';
import { hostileText } from '../helpers/arbitraries';

const paper = (fields: Partial<CitablePaper> = {}): CitablePaper => ({
  slug: 'p',
  title: 'Fine-Tuning Language Models with Just Forward Passes',
  abstract: 'We propose MeZO.',
  ...fields,
});

describe('a BibTeX entry written by the atlas', () => {
  it('reads back as the same title and abstract, character for character, whatever they hold', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (rawTitle, rawAbstract) => {
        const [title, abstract] = [rawTitle, rawAbstract].map((text) => cleanWhitespace(text).normalize('NFC'));
        fc.pre(title !== '' && abstract !== '');
        const read = parseBibtex(bibtexEntry(paper({ title, abstract }), 'k'), 'atlas.bib');
        expect(read.problems).toEqual([]);
        expect(read.entries[0]).toMatchObject({ title, abstract });
      }),
      { numRuns: 400 },
    );
  });

  it('keeps formulas as TeX for LaTeX, and writes every other special character so it means itself', () => {
    expect(bibtexText('a $\\frac{a}{b}$ ratio at 50% & $5 for x_1 {LoRA}')).toBe(
      'a $\\frac{a}{b}$ ratio at 50\\% \\& \\$5 for x\\_1 \\{LoRA\\}',
    );
    // A formula TeX would misread in a BibTeX value (a percent sign is a comment) is written as text.
    expect(bibtexText('$88.94%$')).toBe('\\$88.94\\%\\$');
  });

  it('leaves the abstract out when asked, for the .bib files of whole topics and methods', () => {
    const reference = bibtexEntry(paper({ year: 2023 }), 'k', { abstract: false });
    expect(reference).not.toContain('abstract');
    expect(reference).toBe(bibtexEntry(paper({ year: 2023 }), 'k').replace('  abstract = {We propose MeZO.},\n', ''));
  });

  it('reads back authors, year, DOI, arXiv id and venue', () => {
    const written = bibtexEntry(
      paper({
        authors: ['Sadhika Malladi', 'Jan van Leeuwen', 'Jörg Müller'],
        year: 2023,
        date: '2023-05-27',
        doi: '10.48550/arxiv.2305.17333',
        arxivId: '2305.17333',
        venue: 'Advances in Neural Information Processing Systems',
      }),
      'malladi2023finetuning',
    );
    expect(written).toMatch(/^@article\{malladi2023finetuning,\n {2}title = \{\{Fine-Tuning Language/u);
    expect(parseBibtex(written, 'x.bib').entries[0]).toMatchObject({
      authors: ['Sadhika Malladi', 'Jan van Leeuwen', 'Jörg Müller'],
      year: 2023,
      date: '2023-05-27',
      doi: '10.48550/arxiv.2305.17333',
      arxivId: '2305.17333',
      venue: 'Advances in Neural Information Processing Systems',
    });
  });

  it.each([
    [{ venue: 'Proceedings of ACL 2024' }, '@inproceedings', 'booktitle = {Proceedings of ACL 2024}'],
    [{ venue: 'Nature' }, '@article', 'journal = {Nature}'],
    [{ arxivId: '2305.17333' }, '@misc', 'archiveprefix = {arXiv}'],
  ])('has the type its venue says: %o', (fields, type, field) => {
    const written = bibtexEntry(paper(fields), 'k');
    expect(written.startsWith(`${type}{k,`)).toBe(true);
    expect(written).toContain(field);
  });
});

describe('cite keys', () => {
  it.each([
    [paper({ authors: ['Sadhika Malladi'], year: 2023 }), 'malladi2023finetuning'],
    [
      paper({ authors: ['Jörg Müller'], year: 2024, title: 'On the $\\alpha$-Divergence of Things' }),
      'muller2024divergence',
    ],
    [paper({ authors: ['Jan van Leeuwen'], year: 2020, title: 'A Study' }), 'vanleeuwen2020study'],
    [paper({ title: 'Sparse MeZO: Less Parameters' }), 'sparsemezo'],
    [paper({ title: '$\\alpha$' }), 'paper'],
  ])('%# is lastname, year and first word: %s', (input, expected) => {
    expect(baseCiteKey(input)).toBe(expected);
  });

  it('are unique across the atlas, the earliest paper keeping the plain key', () => {
    const papers = [
      paper({ slug: 'late', authors: ['A Smith'], year: 2024, date: '2024-06', title: 'Deep Nets' }),
      paper({ slug: 'early', authors: ['B Smith'], year: 2024, date: '2024-01', title: 'Deep Trees' }),
      paper({ slug: 'taken', authors: ['C Smith'], year: 2024, title: 'Deepa' }),
      paper({ slug: 'other', authors: ['D Jones'], year: 2024, title: 'Deep Nets' }),
    ];
    const keys = citeKeys(papers);
    expect(Object.fromEntries(keys)).toEqual({
      early: 'smith2024deep',
      late: 'smith2024deepb',
      taken: 'smith2024deepa',
      other: 'jones2024deep',
    });
    expect(new Set(keys.values()).size).toBe(papers.length);
  });

  it('split names into family and given, particles with the family', () => {
    expect(nameParts('Edward J. Hu')).toEqual({ family: 'Hu', given: 'Edward J.' });
    expect(nameParts('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(nameParts('Plato')).toEqual({ literal: 'Plato' });
    expect(nameParts('Martin Luther King Jr.')).toEqual({ family: 'King', given: 'Martin Luther, Jr.' });
  });
});
