import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPaperPage, readPaperPages, PaperPageError } from '../../src/lib/paper-store';
import { paperToMdx } from '../../src/pipeline/write-paper';
import type { Slug, TaggedPaper, TopicId } from '../../src/pipeline/types';

function paperOf(slug: string, title: string, abstract: string, topics: string[] = []): TaggedPaper {
  return {
    key: slug,
    slug: slug as Slug,
    title,
    abstract,
    source: { file: 'corpus.txt', line: 3 },
    tags: {
      name: null,
      aliases: [],
      topics: topics.map((value) => ({ value: value as TopicId, evidence: value })),
      methods: [],
      tasks: [],
      modalities: [],
      evaluatedOn: [],
      models: [],
      datasets: [],
      keyphrases: [],
      links: [],
      relations: [],
      results: [],
    },
  };
}

let folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-store-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

describe('readPaperPage reads a generated paper page without compiling it', () => {
  it('gives the frontmatter as data, the abstract as text and as escaped HTML', () => {
    const page = readPaperPage(
      paperToMdx(paperOf('p', 'A <b>title</b>', 'We use {x} and <script>alert(1)</script>.', ['nlp'])),
      'p',
      'content/papers/p.mdx',
    );
    expect(page.data.title).toBe('A <b>title</b>');
    expect(page.data.topics).toEqual(['nlp']);
    expect(page.data.abstract).toBe('We use {x} and <script>alert(1)</script>.');
    expect(page.html).not.toContain('<script');
    expect(page.html).toContain('&#x3C;script>');
  });

  it('names the file and the field when the frontmatter is not a paper page', () => {
    const text = paperToMdx(paperOf('p', 'T', 'A.')).replace(/^topics:.*$/mu, 'topics: 7');
    expect(() => readPaperPage(text, 'p', 'content/papers/p.mdx')).toThrow(PaperPageError);
    expect(() => readPaperPage(text, 'p', 'content/papers/p.mdx')).toThrow(
      /^content\/papers\/p\.mdx: .*topics: Expected array.*npm run content/u,
    );
  });
});

describe('readPaperPages reads a folder of pages, reusing what did not change', () => {
  it('reads pages in name order and takes unchanged ones from the cache', async () => {
    const folder = tempFolder();
    const papers = join(folder, 'papers');
    mkdirSync(papers);
    writeFileSync(join(papers, 'b.mdx'), paperToMdx(paperOf('b', 'Bee', 'About bees.')));
    writeFileSync(join(papers, 'a.mdx'), paperToMdx(paperOf('a', 'Ant', 'About ants.')));
    const cacheDir = join(folder, 'cache');
    const first = await readPaperPages(papers, { root: folder, cacheDir });
    expect(first.map((page) => [page.id, page.filePath, page.data.title])).toEqual([
      ['a', 'papers/a.mdx', 'Ant'],
      ['b', 'papers/b.mdx', 'Bee'],
    ]);
    // A cached entry that differs from what the file would give shows the cache was used.
    const cacheFile = join(cacheDir, 'paper-pages.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const page of Object.values(cache.pages) as Array<{ id: string; html: string }>)
      if (page.id === 'a') page.html = '<p>from the cache</p>';
    writeFileSync(cacheFile, JSON.stringify(cache));
    writeFileSync(join(papers, 'b.mdx'), paperToMdx(paperOf('b', 'Bee', 'About wasps.')));
    const second = await readPaperPages(papers, { root: folder, cacheDir });
    expect(second.map((page) => page.html)).toEqual(['<p>from the cache</p>', '<p>About wasps.</p>']);
  });

  it('does not take a page from the cache for a file of another name with the same text', async () => {
    const folder = tempFolder();
    const papers = join(folder, 'papers');
    mkdirSync(papers);
    const text = paperToMdx(paperOf('a', 'Same', 'Same.'));
    writeFileSync(join(papers, 'a.mdx'), text);
    await readPaperPages(papers, { root: folder, cacheDir: join(folder, 'cache') });
    writeFileSync(join(papers, 'b.mdx'), text);
    const pages = await readPaperPages(papers, { root: folder, cacheDir: join(folder, 'cache') });
    expect(pages.map((page) => page.id)).toEqual(['a', 'b']);
  });
});
