import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from '../../src/pipeline/formats/arxiv-atom';
import { parseBibtex } from '../../src/pipeline/formats/bibtex';
import { parseCsv } from '../../src/pipeline/formats/csv';
import { parseJson, parseJsonLines } from '../../src/pipeline/formats/json';
import { normaliseArxivId, normaliseAuthors, normaliseDate, normaliseDoi } from '../../src/pipeline/formats/record';
import { detectFormat, readCorpusFile } from '../../src/pipeline/read-corpus-file';
import type { Problem } from '../../src/pipeline/types';

const fixtures = 'tests/fixtures/formats';
const read = (path: string, options: { strict?: boolean } = {}) =>
  readCorpusFile(readFileSync(join(fixtures, path), 'utf8'), path, options);
const errors = (result: { problems: Problem[] }): Problem[] =>
  result.problems.filter((problem) => problem.severity === 'error');

describe('detecting a corpus file format', () => {
  it.each([
    ['library.bib', '', 'bibtex'],
    ['papers.json', '', 'json'],
    ['papers.jsonl', '', 'jsonl'],
    ['export.CSV', '', 'csv'],
    ['sheet.tsv', '', 'tsv'],
    ['query.xml', '', 'arxiv-atom'],
    ['trending.txt', 'Subscribe\n\nA Title\n\nAn abstract.', 'listing'],
    ['export.txt', '% Zotero\n@article{key,\n title = {T}}', 'bibtex'],
    ['response', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'arxiv-atom'],
    ['dump.txt', '[{"title": "T", "abstract": "A"}]', 'json'],
    ['dump.txt', '{"title": "T", "abstract": "A"}\n{"title": "U", "abstract": "B"}', 'jsonl'],
    [
      'listing.txt',
      '[Re] A Reproduction Study\n\nWe reproduce a paper and report what held up, and what did not, in full.',
      'listing',
    ],
  ])('%s starting %j is %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });
});

describe('BibTeX', () => {
  const result = read('bibtex/library.bib');

  it('reads title, abstract, authors, date, arXiv id, DOI and URL of each entry, at the line it starts', () => {
    expect(result.format).toBe('bibtex');
    expect(result.entries.map((entry) => entry.source.line)).toEqual([2, 13, 23]);
    expect(result.entries[0]).toMatchObject({
      title: 'Fine-Tuning Language Models with Just Forward Passes',
      authors: [
        'Sadhika Malladi',
        'Tianyu Gao',
        'Eshaan Nichani',
        'Alex Damian',
        'Jason D. Lee',
        'Danqi Chen',
        'Sanjeev Arora',
      ],
      year: 2023,
      date: '2023-05-27',
      arxivId: '2305.17333',
      doi: '10.48550/arxiv.2305.17333',
      url: 'http://arxiv.org/abs/2305.17333',
    });
    expect(result.entries[0]?.abstract).toMatch(
      /^Fine-tuning language models has yielded .* same memory footprint as inference\.$/u,
    );
  });

  it('takes the arXiv id from eprint without its version, and the year alone when there is no date', () => {
    expect(result.entries[1]).toMatchObject({
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      arxivId: '2106.09685',
      year: 2022,
    });
    expect(result.entries[1]?.date).toBeUndefined();
    expect(result.entries[1]?.abstract).toContain('by 10,000 times.');
  });

  it('decodes LaTeX accents, quotes, dashes and escapes, removes braces, keeps the title case, and keeps formulas as TeX', () => {
    const entry = result.entries[2];
    expect(entry?.title).toBe("Schönheit der Gradienten: Étude of Parameter-Efficient Tuning in Gödel's Style");
    expect(entry?.authors).toEqual(['Jörg Müller', 'Pál Erdős']);
    expect(entry?.abstract).toBe(
      'We study parameter-efficient fine-tuning with an optimizer whose cost is $O(n^2)$ and which saves 50% of the memory, and we show “quoted” claims – with dashes – hold for Erdős-style graphs.',
    );
    expect(entry).toMatchObject({ year: 2024, date: '2024-03', doi: '10.1234/jir.2024.042' });
  });

  it('skips an entry without an abstract with a warning naming it and its line', () => {
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 33,
        message: expect.stringContaining('@misc{nobody2024noabstract} has no abstract'),
      }),
    ]);
  });

  it('reports an unclosed brace at the line of the field it opens, naming the entry, and still reads the other entries', () => {
    const broken = read('malformed/unclosed-brace.bib', { strict: true });
    expect(errors(broken)).toEqual([
      {
        severity: 'error',
        file: 'malformed/unclosed-brace.bib',
        line: 7,
        message:
          'entry @article{broken2023} (line 6) has an unclosed brace: the value opened on this line is never closed: "title = {An Entry Whose Title Is Never Closed,"',
        hint: expect.stringContaining('add the missing }'),
      },
    ]);
    expect(broken.entries.map((entry) => entry.title)).toEqual(['A Good Entry']);
  });

  it.each([
    [
      'a value in the middle of the file',
      '@article{a,\n title = {Open,\n abstract = {A b.}\n}\n\n@article{b, title = {U}, abstract = {V w.}}\n',
      2,
      /@article\{a\} \(line 1\) has an unclosed brace: the value opened on this line/u,
    ],
    [
      'the entry itself',
      '@article{a,\n title = {T},\n abstract = {A {nested} b.}\n',
      1,
      /@article\{a\} has an unclosed brace: the \{ after @article is never closed/u,
    ],
  ])('points at the unclosed brace of %s', (_case, text, line, message) => {
    expect(errors(parseBibtex(text, 'x.bib', { strict: true }))).toEqual([
      expect.objectContaining({ line, message: expect.stringMatching(message) }),
    ]);
  });

  it.each([
    [
      'raw angle brackets, as pasted from arXiv',
      'tokens <HYBNEXT> and p < 0.05, in a full sentence.',
      'tokens <HYBNEXT> and p < 0.05, in a full sentence.',
    ],
    [
      'inverted marks written as commands',
      "Spanish \\textexclamdown{}Hola! and ¿Qu\\'e?, in a full sentence.",
      'Spanish ¡Hola! and ¿Qué?, in a full sentence.',
    ],
  ])('keeps %s as written', (_case, abstract, expected) => {
    const { entries } = parseBibtex(`@article{k, title = {T}, abstract = {${abstract}}}`, 'x.bib');
    expect(entries[0]?.abstract).toBe(expected);
  });

  it('turns markup the parser renders as HTML back into text', () => {
    const { entries } = parseBibtex(
      '@article{k, title = {\\emph{Sparse} Tuning}, abstract = {Error $\\epsilon_{ab}$ and \\textbf{bold} words, a full sentence.}}',
      'x.bib',
    );
    expect(entries[0]?.title).toBe('Sparse Tuning');
    expect(entries[0]?.abstract).toBe('Error $\\epsilon_{ab}$ and bold words, a full sentence.');
  });
});

describe('JSON and JSON Lines', () => {
  it('reads CSL-JSON as Zotero exports it: family/given names, date-parts, DOI, URL', () => {
    const result = read('json/csl.json');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => entry.source.line)).toEqual([2, 16]);
    expect(result.entries[0]).toMatchObject({
      title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
      authors: ['Rafael Rafailov', 'Archit Sharma', 'Eric Mitchell'],
      year: 2023,
      date: '2023-05-29',
      doi: '10.48550/arxiv.2305.18290',
      arxivId: '2305.18290',
      url: 'https://arxiv.org/abs/2305.18290',
    });
    expect(result.entries[1]).toMatchObject({ authors: ['Tim Dettmers', 'The QLoRA Team'], year: 2023 });
    expect(result.entries[1]?.date).toBeUndefined();
  });

  it('reads the identifiers Semantic Scholar groups under externalIds', () => {
    const { entries } = parseJson(
      '[{"paperId": "abc", "title": "T", "abstract": "A b.", "year": 2023, "authors": [{"authorId": "1", "name": "Ana Lima"}], "externalIds": {"DOI": "10.1000/XYZ", "ArXiv": "2305.17333"}}]',
      's2.json',
    );
    expect(entries[0]).toMatchObject({ authors: ['Ana Lima'], year: 2023, doi: '10.1000/xyz', arxivId: '2305.17333' });
  });

  it('reports bad JSON at the line where it breaks, with what to do', () => {
    const result = read('malformed/bad.json');
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'malformed/bad.json',
        line: 6,
        message: expect.stringMatching(/^not valid JSON: /u),
        hint: expect.stringContaining('missing comma'),
      },
    ]);
  });

  it('reports JSON that is not a list of papers', () => {
    expect(errors(parseJson('{"title": "T"}', 'x.json'))[0]?.message).toMatch(/expected an array of papers/u);
    expect(errors(parseJson('[1]', 'x.json'))[0]?.message).toBe('paper 1 is 1, not an object');
    expect(parseJson('{"papers": [\n{"title": "T", "abstract": "A"}]}', 'x.json').entries[0]?.source.line).toBe(2);
  });

  it('reads JSON Lines line by line, reporting each broken line and keeping the others', () => {
    const good = read('jsonl/papers.jsonl');
    expect(good.entries.map((entry) => [entry.source.line, entry.authors, entry.arxivId ?? entry.date])).toEqual([
      [1, ['Yong Liu', 'Zirui Zhu', 'Chaoyu Gong'], '2402.15751'],
      [3, ['Ana Lima', 'Bo Chen'], '2024-05-23'],
    ]);
    const bad = parseJsonLines('{"title": "T", "abstract": "A b."}\n{"title": "U", "abstract": \n', 'x.jsonl', {
      strict: true,
    });
    expect(bad.entries).toHaveLength(1);
    expect(bad.problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, message: expect.stringMatching(/^not valid JSON/u) }),
    ]);
  });
});

describe('CSV and TSV', () => {
  it("reads Zotero's CSV export by its column names, a quoted cell over two lines starting its row's line", () => {
    const result = read('csv/zotero.csv');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => [entry.source.line, entry.title, entry.authors])).toEqual([
      [2, 'Parameter-Efficient Transfer Learning for NLP', ['Neil Houlsby', 'Andrei Giurgiu']],
      [3, 'A Study of Optimizer State, Written Over Two Lines', ['Jane Doe']],
    ]);
    expect(result.entries[0]).toMatchObject({
      year: 2021,
      doi: '10.5555/3327546.3327703',
      url: 'https://proceedings.mlr.press/v97/houlsby19a.html',
    });
    expect(result.entries[1]?.abstract).toContain('which the "quoted" baselines do not.');
  });

  it('reads TSV, quotes inside cells included', () => {
    const result = read('tsv/papers.tsv');
    expect(result.entries.map((entry) => [entry.title, entry.year, entry.arxivId])).toEqual([
      ['Prefix-Tuning: Optimizing Continuous Prompts for Generation', 2021, '2101.00190'],
      ['The "Quoted" Optimizer Tuning Study', 2022, undefined],
    ]);
  });

  it('rejects a table without a title column, naming the columns it has', () => {
    const result = read('malformed/no-title.csv');
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'malformed/no-title.csv',
        line: 1,
        message: 'the header row has no title column (columns: "name", "summary", "year")',
        hint: expect.stringContaining('at least "title" and "abstract"'),
      },
    ]);
  });

  it('reports a row with more cells than the header at its line', () => {
    const result = parseCsv('title,abstract\n"T","A b."\n"U","B c.",extra\n', 'x.csv', ',', { strict: true });
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 3,
        message: expect.stringMatching(/^not a valid CSV table/u),
      }),
    ]);
  });
});

describe('arXiv Atom', () => {
  it('reads each entry of an arXiv API response: title, summary, authors, published date, id, DOI, page', () => {
    const result = read('atom/arxiv-query.xml');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => entry.source.line)).toEqual([10, 39]);
    expect(result.entries[0]).toMatchObject({
      title: 'Revisiting Zeroth-Order Optimization for Memory-Efficient LLM Fine-Tuning: A Benchmark',
      authors: ['Yihua Zhang', 'Pingzhi Li', 'Junyuan Hong'],
      year: 2024,
      date: '2024-02-18',
      arxivId: '2402.11592',
      url: 'http://arxiv.org/abs/2402.11592v3',
    });
    expect(result.entries[0]?.abstract).toMatch(
      /^In the evolving landscape of natural language processing, fine-tuning pre-trained large language models with/u,
    );
    expect(result.entries[1]).toMatchObject({ arxivId: '2310.02025', doi: '10.1000/deepzero.2024.1' });
    expect(result.entries[1]?.abstract).toContain(
      'estimation <CGE> instead of randomized vector-wise estimation & sparsity.',
    );
  });

  it('rejects XML that is not an Atom feed, and XML that is not well formed, at a line', () => {
    expect(read('malformed/not-atom.xml').problems).toEqual([
      {
        severity: 'error',
        file: 'malformed/not-atom.xml',
        line: 1,
        message: 'not an Atom feed: the root element is <rss>, expected <feed>',
        hint: expect.stringContaining('arXiv API'),
      },
    ]);
    const broken = parseArxivAtom('<feed>\n<entry>\n<title>T</title>\n</feed>', 'x.xml');
    expect(broken.problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 4, message: expect.stringMatching(/^not well-formed XML/u) }),
    ]);
  });
});

describe('metadata values', () => {
  it.each([
    ['2305.17333', '2305.17333'],
    ['arXiv:2305.17333v2', '2305.17333'],
    ['https://arxiv.org/abs/2402.15751v1', '2402.15751'],
    ['http://arxiv.org/pdf/2101.00190.pdf', '2101.00190'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['math.AG/0601001v3', 'math.AG/0601001'],
    ['not an id', undefined],
  ])('arXiv id %s → %s', (input, expected) => expect(normaliseArxivId(input)).toBe(expected));

  it.each([
    ['10.1145/3292500.3330701', '10.1145/3292500.3330701'],
    ['https://doi.org/10.48550/arXiv.2305.17333', '10.48550/arxiv.2305.17333'],
    ['doi: 10.1000/ABC', '10.1000/abc'],
    ['ISBN 978-3', undefined],
  ])('DOI %s → %s', (input, expected) => expect(normaliseDoi(input)).toBe(expected));

  it.each([
    ['2023-05-27T17:59:58Z', '2023-05-27'],
    ['2023/5', '2023-05'],
    [2021, '2021'],
    [{ 'date-parts': [[2020, 1, 9]] }, '2020-01-09'],
    ['May 2023', undefined],
  ])('date %j → %s', (input, expected) => expect(normaliseDate(input)).toBe(expected));

  it.each([
    ['Malladi, Sadhika; Gao, Tianyu', ['Sadhika Malladi', 'Tianyu Gao']],
    ['Ana Lima and Bo Chen', ['Ana Lima', 'Bo Chen']],
    ['Ana Lima, Bo Chen', ['Ana Lima', 'Bo Chen']],
    ['Doe, Jane', ['Jane Doe']],
    [
      [{ given: 'Tim', family: 'Dettmers' }, { literal: 'A Team' }],
      ['Tim Dettmers', 'A Team'],
    ],
  ])('authors %j → %j', (input, expected) => expect(normaliseAuthors(input)).toEqual(expected));

  it('warns about a malformed DOI, arXiv id, URL or year and leaves it out rather than guessing', () => {
    const { entries, problems } = parseJson(
      '[{"title": "T", "abstract": "A b.", "doi": "n/a", "arxiv": "soon", "url": "see below", "year": "forthcoming"}]',
      'x.json',
    );
    expect(entries[0]).toEqual({ title: 'T', abstract: 'A b.', source: { file: 'x.json', line: 1 } });
    expect(problems.map((problem) => [problem.severity, problem.message.split(':')[0]])).toEqual([
      ['warning', 'paper 1 has a date that is not a year or a date'],
      ['warning', 'paper 1 has a DOI that is not one'],
      ['warning', 'paper 1 has an arXiv id that is not one'],
      ['warning', 'paper 1 has a URL that is not a web address'],
    ]);
  });
});

describe('reading what a file gives, forgivingly', () => {
  const warnings = (result: { problems: Problem[] }) =>
    result.problems.filter((problem) => problem.severity === 'warning');

  it('skips a BibTeX entry it cannot read with a warning at its line, and reads the others', () => {
    const result = read('malformed/unclosed-brace.bib');
    expect(errors(result)).toEqual([]);
    expect(result.entries.map((entry) => entry.title)).toEqual(['A Good Entry']);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        line: 7,
        message: expect.stringMatching(/@article\{broken2023\}.*unclosed brace.*skipped/u),
      }),
    ]);
  });

  it.each([
    ['a bare dollar', 'a ratio ($0.12/F1 point) of cost', '$', 'a ratio ($0.12/F1 point) of cost'],
    ['a bare percent sign', 'saves 50% of the\nmemory we had', '%', 'saves 50% of the memory we had'],
    ['a bare ampersand', 'R&D and A & B work', '&', 'R&D and A & B work'],
    ['a bare underscore and hash', 'the max_len option in issue #5', '_', 'the max_len option in issue #5'],
  ])(
    'reads %s in a BibTeX value as the character, with a warning naming file and line',
    (_case, abstract, char, expected) => {
      const text = `@article{k,\n  title = {T},\n  abstract = {${abstract}}\n}\n@article{next, title = {U}, abstract = {Read too.}}\n`;
      const result = parseBibtex(text, 'refs.bib');
      expect(result.entries.map((entry) => entry.abstract)).toEqual([expected, 'Read too.']);
      expect(errors(result)).toEqual([]);
      expect(warnings(result)).toEqual([
        expect.objectContaining({ file: 'refs.bib', line: 3, message: expect.stringContaining(`"${char}"`) }),
      ]);
    },
  );

  it('keeps formulas of a BibTeX value as TeX while a bare dollar beside them reads as itself', () => {
    const result = parseBibtex('@article{k, title = {T}, abstract = {costs $5 for $\\frac{a}{b}$ gains}}', 'x.bib');
    expect(result.entries[0]?.abstract).toBe('costs $5 for $\\frac{a}{b}$ gains');
  });

  it('stops on a bare dollar when strict, naming file and line', () => {
    const result = parseBibtex('@article{k,\n title = {T},\n abstract = {a ($0.12 per point)}}', 'x.bib', {
      strict: true,
    });
    expect(errors(result)).toEqual([expect.objectContaining({ file: 'x.bib', line: 3 })]);
  });

  it('skips a JSON Lines row that is not JSON with a warning, and reads the others (an error when strict)', () => {
    const text = '{"title": "A", "abstract": "B c."}\n{"title": "broken\n{"title": "C", "abstract": "D e."}\n';
    const result = readCorpusFile(text, 'x.jsonl');
    expect(result.entries.map((entry) => entry.title)).toEqual(['A', 'C']);
    expect(warnings(result)).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('skipped') }),
    ]);
    expect(errors(readCorpusFile(text, 'x.jsonl', { strict: true }))).toHaveLength(1);
  });

  it('skips a CSV row with the wrong number of cells with a warning, and reads the others (an error when strict)', () => {
    const text = 'title,abstract\nA,B c.\nbroken,"x",extra\nC,D e.\n';
    const result = readCorpusFile(text, 'x.csv');
    expect(result.entries.map((entry) => entry.title)).toEqual(['A', 'C']);
    expect(warnings(result)).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('skipped') }),
    ]);
    expect(errors(readCorpusFile(text, 'x.csv', { strict: true }))).toHaveLength(1);
  });

  it('skips an Atom entry that is not well formed with a warning, and reads the others (an error when strict)', () => {
    const entry = (id: string, title: string) =>
      `<entry><id>http://arxiv.org/abs/${id}v1</id><title>${title}</title><summary>An abstract of a paper.</summary></entry>`;
    const text = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('2305.17333', 'A')}\n${entry('2305.17334', 'B & C')}\n${entry('2305.17335', 'D')}\n</feed>\n`;
    const result = readCorpusFile(text, 'x.xml');
    expect(result.entries.map((read) => [read.title, read.source.line])).toEqual([
      ['A', 3],
      ['D', 5],
    ]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('skipped') }),
    ]);
    expect(errors(readCorpusFile(text, 'x.xml', { strict: true }))).toHaveLength(1);
  });
});
