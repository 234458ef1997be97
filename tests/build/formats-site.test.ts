import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFile } from '../../src/pipeline/read-corpus-file';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { exactTextOf, readHtml, select, selectAll, textOf } from '../helpers/html';

const fixtures = 'tests/fixtures/formats';
const vocabulary = {
  ATLAS_TAXONOMY: join(fixtures, 'taxonomy.yaml'),
  ATLAS_VOCABULARY: join(fixtures, 'vocabulary.yaml'),
};

interface ExportedPaper {
  slug: string;
  title: string;
  abstract: string;
  authors: string[];
  year: number | null;
  date: string | null;
  arxivId: string | null;
  doi: string | null;
  sourceUrl: string | null;
}

/** The fixture of each format, with a paper whose metadata its page and the export must show. */
const formats = [
  {
    name: 'bibtex',
    file: 'library.bib',
    papers: 3,
    title: 'Fine-Tuning Language Models with Just Forward Passes',
    author: 'Sadhika Malladi',
    year: 2023,
    link: 'https://arxiv.org/abs/2305.17333',
  },
  {
    name: 'json',
    file: 'csl.json',
    papers: 2,
    title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
    author: 'Rafael Rafailov',
    year: 2023,
    link: 'https://arxiv.org/abs/2305.18290',
  },
  {
    name: 'jsonl',
    file: 'papers.jsonl',
    papers: 2,
    title: 'Sparse MeZO: Less Parameters for Better Performance in Zeroth-Order LLM Fine-Tuning',
    author: 'Yong Liu',
    year: 2024,
    link: 'https://arxiv.org/abs/2402.15751',
  },
  {
    name: 'csv',
    file: 'zotero.csv',
    papers: 2,
    title: 'Parameter-Efficient Transfer Learning for NLP',
    author: 'Neil Houlsby',
    year: 2021,
    link: 'https://doi.org/10.5555/3327546.3327703',
  },
  {
    name: 'tsv',
    file: 'papers.tsv',
    papers: 2,
    title: 'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
    author: null,
    year: 2021,
    link: 'https://arxiv.org/abs/2101.00190',
  },
  {
    name: 'atom',
    file: 'arxiv-query.xml',
    papers: 2,
    title: 'DeepZero: Scaling up Zeroth-Order Optimization for Deep Model Training',
    author: 'Aochuan Chen',
    year: 2023,
    link: 'https://doi.org/10.1000/deepzero.2024.1',
  },
] as const;

const exported = (site: BuiltSite): ExportedPaper[] =>
  JSON.parse(readFileSync(join(site.dist, 'api/papers.json'), 'utf8'));
/** Every format's folder in one site (their papers are all different), so six formats cost one Astro build. */
let everyFormat: BuiltSite;
let mixed: BuiltSite;
let malformed: { stdout: string; stderr: string; code: number };
let forgiving: BuiltSite;
let forgivingStrict: { stdout: string; stderr: string; code: number };

beforeAll(async () => {
  const corpora = formats.map((format) => join(fixtures, format.name)).join(delimiter);
  everyFormat = await buildSite('formats-every', corpora, vocabulary);
  mixed = await buildSite('formats-mixed', join(fixtures, 'mixed'), vocabulary);
  // Strict, as atlas.config.ts's `strict: true` asks: the unreadable BibTeX entry stops the build too.
  malformed = await buildSite('formats-malformed', join(fixtures, 'malformed'), {
    ...vocabulary,
    ATLAS_STRICT: '1',
  }).then(
    (site) => ({ ...site, code: 0 }),
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
});

describe('a site built from every format at once', () => {
  it('reads every file of every format, and merges nothing', () => {
    const total = formats.reduce((sum, format) => sum + format.papers, 0);
    expect(everyFormat.stdout).toContain(`corpus: ${formats.length} file(s), ${total} entries, ${total} papers,`);
    expect(everyFormat.stdout).toContain(`built ${total} papers`);
    expect(everyFormat.stdout).not.toContain('[atlas] merged');
  });

  it('indexes the year of each paper as a Pagefind filter', () => {
    // Pagefind writes one gzipped file per filter; its name and values are plain strings inside.
    const folder = join(everyFormat.dist, 'pagefind', 'filter');
    const filters = readdirSync(folder).map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'));
    const years = filters.filter((filter) => filter.includes('year'));
    expect(years).toHaveLength(1);
    for (const year of ['2021', '2022', '2023', '2024']) expect(years[0]).toContain(year);
  });
});

describe.each(formats)('the papers of the $name corpus in that site', (format) => {
  const corpusFile = join(fixtures, format.name, format.file);
  const entries = () => readCorpusFile(readFileSync(corpusFile, 'utf8'), corpusFile).entries;

  it('each have a page with the title and abstract exactly as read', async () => {
    expect(entries()).toHaveLength(format.papers);
    const papers = exported(everyFormat);
    for (const entry of entries()) {
      const paper = papers.find((candidate) => candidate.title === entry.title);
      expect(paper, entry.title).toBeDefined();
      const tree = await readHtml(join(everyFormat.dist, 'papers', paper!.slug, 'index.html'));
      // Formulas are typeset; the page holds their TeX beside the MathML, as the corpus wrote it.
      expect(exactTextOf(select('h1', tree))).toBe(entry.title);
      expect(exactTextOf(select('.abstract', tree))).toBe(entry.abstract);
    }
  });

  it('show authors, year (a search filter) and an arXiv or DOI link, and export them', async () => {
    const paper = exported(everyFormat).find((candidate) => candidate.title === format.title)!;
    expect(paper.year).toBe(format.year);
    if (format.author) expect(paper.authors[0]).toBe(format.author);
    const tree = await readHtml(join(everyFormat.dist, 'papers', paper.slug, 'index.html'));
    const byline = select('.byline', tree);
    if (format.author) expect(textOf(select('.authors', byline))).toContain(format.author);
    expect(textOf(select('[data-pagefind-filter="year"]', byline))).toBe(String(format.year));
    expect(selectAll('a', byline).map((link) => link.properties.href)).toContain(format.link);
  });
});

describe('a site built from the same papers in four formats at once', () => {
  it('merges each paper into one page and reports every merge', () => {
    const papers = exported(mixed);
    expect(papers.map((paper) => paper.title).sort()).toEqual([
      'DeepZero: Scaling up Zeroth-Order Optimization for Deep Model Training',
      'Fine-Tuning Language Models with Just Forward Passes',
      'LoRA: Low-Rank Adaptation of Large Language Models',
    ]);
    const merged = mixed.stdout.split('\n').filter((line) => line.startsWith('[atlas] merged: '));
    expect(merged).toHaveLength(4);
    expect(merged).toContain(
      '[atlas] merged: tests/fixtures/formats/mixed/c-reading-list.txt:1 merged into tests/fixtures/formats/mixed/a-library.bib:10 (same title): "LoRA: Low-Rank Adaptation of Large Language Models"',
    );
    expect(mixed.stdout).toContain('7 entries, 3 papers, 4 merged from several files');
  });

  it('fills each paper with the fields its sources give between them', () => {
    const byTitle = new Map(exported(mixed).map((paper) => [paper.title, paper]));
    expect(byTitle.get('Fine-Tuning Language Models with Just Forward Passes')).toMatchObject({
      authors: ['Sadhika Malladi', 'Tianyu Gao', 'Sanjeev Arora'],
      year: 2023,
      date: '2023-05-27',
      arxivId: '2305.17333',
      doi: '10.48550/arxiv.2305.17333',
    });
    expect(byTitle.get('DeepZero: Scaling up Zeroth-Order Optimization for Deep Model Training')).toMatchObject({
      arxivId: '2310.02025',
      doi: '10.48550/arxiv.2310.02025',
    });
    expect(byTitle.get('LoRA: Low-Rank Adaptation of Large Language Models')).toMatchObject({
      doi: '10.5555/lora.2022',
      arxivId: null,
      year: 2022,
    });
  });

  it('keys slugs by arXiv id or DOI', () => {
    const registry = readFileSync(join(mixed.content, 'slugs.yaml'), 'utf8');
    expect(registry).toMatch(/^arxiv:2305\.17333: \S+$/mu);
    expect(registry).toMatch(/^arxiv:2310\.02025: \S+$/mu);
    expect(registry).toMatch(/^doi:10\.5555\/lora\.2022: \S+$/mu);
  });
});

describe('a corpus of malformed files, read strictly', () => {
  it('stops the build before writing anything, naming each file, line and what to do', () => {
    expect(malformed.code).not.toBe(0);
    const folder = `${fixtures}/malformed`;
    for (const [file, line, message] of [
      ['unclosed-brace.bib', 7, 'has an unclosed brace'],
      ['bad.json', 6, 'not valid JSON'],
      ['no-title.csv', 1, 'the header row has no title column'],
      ['not-atom.xml', 1, 'not an Atom feed'],
    ] as const) {
      expect(malformed.stderr).toMatch(
        new RegExp(`^${folder}/${file}:${line}: error: .*${message}.*\\n {4}→ \\S`, 'mu'),
      );
    }
    const root = join('tests/.tmp/formats-malformed');
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(existsSync(join(root, 'content', 'papers')) ? readdirSync(join(root, 'content', 'papers')) : []).toEqual([]);
  });
});

describe('a corpus with an unreadable entry or row in each format and bare TeX characters, read forgivingly', () => {
  const folder = `${fixtures}/forgiving`;
  // Builds of their own, so the hook above keeps its timeout for the three it makes.
  beforeAll(async () => {
    forgiving = await buildSite('formats-forgiving', folder, vocabulary);
    forgivingStrict = await buildSite('formats-forgiving-strict', folder, { ...vocabulary, ATLAS_STRICT: '1' }).then(
      (site) => ({ ...site, code: 0 }),
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
  });
  const unreadable = [
    ['hand-kept.bib', 12],
    ['rows.jsonl', 2],
    ['sheet.csv', 3],
    ['feed.xml', 13],
  ] as const;

  it('builds every paper it can read, skipping each entry or row it cannot with a warning naming file and line', () => {
    expect(
      exported(forgiving)
        .map((paper) => paper.title)
        .sort(),
    ).toEqual([
      'Compacter: Efficient Low-Rank Hypercomplex Adapter Layers',
      'DoRA: Weight-Decomposed Low-Rank Adaptation',
      'Fine-Tuning Language Models with Just Forward Passes',
      'Fine-Tuning on a Budget',
      'LoRA: Low-Rank Adaptation of Large Language Models',
      'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
      'QLoRA: Efficient Finetuning of Quantized LLMs',
      'The Power of Scale for Parameter-Efficient Prompt Tuning',
    ]);
    for (const [file, line] of unreadable)
      expect(forgiving.stderr).toMatch(new RegExp(`^${folder}/${file}:${line}: warning: .*skipped`, 'mu'));
    expect(forgiving.stderr).toMatch(
      new RegExp(`^${folder}/hand-kept\\.bib:19: warning: .*"\\$", "%", "&", "_", "#" in abstract read as`, 'mu'),
    );
    expect(exported(forgiving).find((paper) => paper.title === 'Fine-Tuning on a Budget')?.abstract).toBe(
      'Adapter fine-tuning at $0.12 per run saves 40% of the cost; Q&A tasks with max_len 512 and issue #5 fixed behave alike.',
    );
  });

  it('stops instead when strict, naming each file and line', () => {
    expect(forgivingStrict.code).not.toBe(0);
    for (const [file, line] of [...unreadable, ['hand-kept.bib', 19] as const])
      expect(forgivingStrict.stderr).toMatch(new RegExp(`^${folder}/${file}:${line}: error: `, 'mu'));
  });
});
