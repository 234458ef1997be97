import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCorpus, parseCorpus } from '../../src/pipeline/parse-corpus';

const abstract = (topic: string) =>
  `We study ${topic} in depth and show that a simple method improves results on every benchmark we tried.`;

describe('parseCorpus', () => {
  it('reads title/abstract pairs separated by blank lines', () => {
    const text = `First Title\n\n${abstract('a')}\n\nSecond Title\n\n${abstract('b')}\n`;
    const { entries, problems } = parseCorpus(text, 'c.txt');
    expect(entries.map((e) => [e.title, e.abstract, e.source.line])).toEqual([
      ['First Title', abstract('a'), 1],
      ['Second Title', abstract('b'), 5],
    ]);
    expect(problems).toEqual([]);
  });

  it('skips page chrome before the first paper and reports each skipped line', () => {
    const text = `new\n\nSubscribe\n\nMar 11\n\nA Title: Here\n\n${abstract('x')}\n`;
    const { entries, problems } = parseCorpus(text, 'c.txt');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.source.line).toBe(7);
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ['info', 1],
      ['info', 3],
      ['info', 5],
    ]);
  });

  it.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/gu, '\r\n')],
    ['a byte order mark', (t: string) => `\uFEFF${t}`],
    ['tabs and runs of spaces', (t: string) => t.replace(/ /gu, ' \t  ')],
    ['several blank lines', (t: string) => t.replace(/\n\n/gu, '\n\n\n\n')],
    ['trailing spaces on blank lines', (t: string) => t.replace(/\n\n/gu, '\n   \n')],
  ])('tolerates %s', (_, mangle) => {
    const text = `First Title\n\n${abstract('a')}\n\nSecond Title\n\n${abstract('b')}\n`;
    const { entries } = parseCorpus(mangle(text), 'c.txt');
    expect(entries.map((e) => e.title)).toEqual(['First Title', 'Second Title']);
    expect(entries.map((e) => e.abstract)).toEqual([abstract('a'), abstract('b')]);
  });

  it('joins an abstract wrapped over several lines', () => {
    const { entries } = parseCorpus(
      `T\n\nFirst half of the abstract that goes on,\nand the second half of it ends here.\n`,
      'c.txt',
    );
    expect(entries[0]?.abstract).toBe('First half of the abstract that goes on, and the second half of it ends here.');
  });

  it('reports a title with no abstract with its line, and keeps the papers around it', () => {
    const text = `One\n\n${abstract('a')}\n\nOrphan Title\n\nThree\n\n${abstract('c')}\n`;
    const { entries, problems } = parseCorpus(text, 'c.txt');
    expect(entries.map((e) => e.title)).toEqual(['One', 'Three']);
    expect(problems).toMatchObject([{ severity: 'error', file: 'c.txt', line: 5 }]);
    expect(problems[0]?.message).toContain('Orphan Title');
  });

  it('reports a trailing title with no abstract', () => {
    const { problems } = parseCorpus(`One\n\n${abstract('a')}\n\nLast Title\n`, 'c.txt');
    expect(problems).toMatchObject([{ severity: 'error', line: 5 }]);
  });

  it('reports an empty file as an error saying what was expected', () => {
    const { entries, problems } = parseCorpus('\n \n', 'empty.txt');
    expect(entries).toEqual([]);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'empty.txt' });
    expect(problems[0]?.hint).toBeTruthy();
  });

  it('keeps hostile text exactly as written', () => {
    const hostile =
      'We set {pi_{sft}} and Sigma(<R) with <HYBNEXT> and W^{res}; import x from "y"; $\\alpha$ & &amp; done.';
    const { entries } = parseCorpus(`S^{2}FT: A Title\n\n${hostile}\n`, 'c.txt');
    expect(entries[0]).toMatchObject({ title: 'S^{2}FT: A Title', abstract: hostile });
  });

  it('finds all 105 papers of the bundled corpus, and no others', () => {
    const text = readFileSync('content/corpus/trending-papers.txt', 'utf8');
    const { entries, problems } = parseCorpus(text, 'trending-papers.txt');
    const nonBlank = text.split('\n').filter((line) => line.trim() !== '').length;
    expect(entries).toHaveLength(105);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Every non-blank line is a title, an abstract or reported chrome: nothing lost, nothing invented.
    expect(entries.length * 2 + problems.length).toBe(nonBlank);
    expect(new Set(entries.map((e) => e.title)).size).toBe(105);
  });
});

describe('decodeCorpus', () => {
  it('rejects invalid UTF-8 with the line it is on and a way to convert', () => {
    const bytes = Buffer.concat([Buffer.from('Title\n\nfine line\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const { problems } = decodeCorpus(bytes, 'latin1.txt');
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'latin1.txt', line: 4 });
    expect(problems[0]?.hint).toMatch(/iconv/u);
  });

  it('decodes valid UTF-8 unchanged', () => {
    expect(decodeCorpus(Buffer.from('Ünïcödé 日本 🙂'), 'u.txt')).toEqual({ text: 'Ünïcödé 日本 🙂', problems: [] });
  });
});
