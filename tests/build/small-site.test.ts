import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayText } from '../../src/lib/math/display-math';
import { indexFileLoader } from '../../src/search/build/index-files';
import { AtlasSearch } from '../../src/search/browser/atlas-search';
import { splitFrontmatter } from '../../src/lib/paper-store';
import { parseCorpus } from '../../src/pipeline/parse-corpus';
import { buildPagefindIndex, searchedDocuments } from '../../scripts/lib/search-stage';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';

const fixture = 'tests/fixtures/small';
const corpus = readdirSync(fixture)
  .sort()
  .flatMap((name) => parseCorpus(readFileSync(join(fixture, name), 'utf8'), name).entries);

interface ExportedPaper {
  slug: string;
  url: string;
  title: string;
  name: string | null;
  abstract: string;
  topics: string[];
  relations: Array<{ type: string; target: string; sizes?: string[]; targetSlug: string | null; evidence: string }>;
}
interface ExportedTopic {
  id: string;
  label: string;
  parent: string | null;
  url: string;
  papers: string[];
}

let site: BuiltSite;
let papers: ExportedPaper[];
let topics: ExportedTopic[];
const page = (...parts: string[]) => join(site.dist, ...parts, 'index.html');

beforeAll(async () => {
  site = await buildSite('small', fixture);
  papers = JSON.parse(readFileSync(join(site.dist, 'api/papers.json'), 'utf8'));
  topics = JSON.parse(readFileSync(join(site.dist, 'api/topics.json'), 'utf8'));
});

describe('a site built from a small fixture corpus (two files, page chrome, CRLF and BOM)', () => {
  it('reports each stage with its count', () => {
    expect(site.stdout).toContain(`[atlas] content: ${corpus.length} in`);
    expect(site.stdout).toMatch(/\[atlas\] pagefind: \d+ in/u);
    expect(site.stdout).toContain(`built ${corpus.length} papers`);
  });

  it('writes one MDX page per paper', () => {
    expect(readdirSync(join(site.content, 'papers')).filter((f) => f.endsWith('.mdx'))).toHaveLength(corpus.length);
  });

  it('has a page per paper showing its full title and abstract as written, maths typeset', async () => {
    expect(papers).toHaveLength(corpus.length);
    for (const entry of corpus) {
      const exported = papers.find((paper) => paper.title === entry.title);
      expect(exported, entry.title).toBeDefined();
      const tree = await readHtml(page('papers', exported!.slug));
      // LaTeX-ish fragments are typeset; the copyable text keeps their marks (see display-math).
      expect(textOf(select('h1', tree))).toBe(displayText(entry.title));
      expect(textOf(select('.abstract', tree))).toBe(displayText(entry.abstract));
    }
  });

  it('exports every paper as JSON with its text, tags and a URL that resolves', () => {
    for (const entry of corpus) {
      const exported = papers.find((paper) => paper.title === entry.title)!;
      expect(exported.abstract).toBe(entry.abstract);
      expect(exported.url).toBe(`/papers/${exported.slug}/`);
      expect(existsSync(join(site.dist, exported.url, 'index.html'))).toBe(true);
    }
  });

  it('reads the method a paper introduces from its title', () => {
    expect(papers.find((paper) => paper.title.startsWith('Sparse MeZO:'))?.name).toBe('Sparse MeZO');
    expect(papers.find((paper) => paper.title.startsWith('S^{2}FT:'))?.slug).toBe('s2ft');
  });

  it('shows, for every tag of a paper, the words of the paper that produced it', async () => {
    for (const paper of papers) {
      const { frontmatter } = splitFrontmatter(readFileSync(join(site.content, 'papers', `${paper.slug}.mdx`), 'utf8'));
      const evidence = frontmatter.evidence as Record<string, Record<string, string>>;
      const phrases = Object.values(evidence).flatMap((byTag) => Object.values(byTag));
      const shown = selectAll('.tag-evidence li', await readHtml(page('papers', paper.slug))).map((li) => textOf(li));
      for (const phrase of phrases)
        expect(
          shown.some((line) => line.includes(`“${phrase}”`)),
          `${paper.slug}: ${phrase}`,
        ).toBe(true);
      expect(paper.topics.length === 0 || phrases.length > 0).toBe(true);
    }
  });

  it('links a relation to the corpus paper that introduces its target', () => {
    const sparse = papers.find((paper) => paper.name === 'Sparse MeZO')!;
    const mezo = papers.find((paper) => paper.name === 'MeZO')!;
    const relation = sparse.relations.find((r) => r.target === 'MeZO' && r.type === 'compares-with');
    expect(relation?.targetSlug).toBe(mezo.slug);
    expect(sparse.abstract).toContain(relation!.evidence);
  });

  it('names a model with the size the abstract writes after it, in the export and on the page', async () => {
    const sparse = papers.find((paper) => paper.name === 'Sparse MeZO')!;
    // "allowing Sparse-MeZO to fine-tune LLaMA-30b on a single A100 GPU"
    const llama = sparse.relations.find((r) => r.target === 'LLaMA');
    expect(llama?.sizes).toEqual(['30b']);
    const tree = await readHtml(page('papers', sparse.slug));
    expect(selectAll('.relation-summary', tree).map(textOf).join(' ')).toContain('LLaMA (30b)');
  });

  it('has a page for every topic, whose paper count matches the export and the papers tagged below it', async () => {
    for (const topic of topics) {
      const tree = await readHtml(page('topics', topic.id));
      expect(textOf(select('h1', tree))).toBe(topic.label);
      const descendants = new Set([topic.id]);
      for (let grew = true; grew;) {
        grew = false;
        for (const t of topics)
          if (t.parent && descendants.has(t.parent) && !descendants.has(t.id))
            grew = descendants.add(t.id) !== undefined;
      }
      const tagged = papers
        .filter((paper) => paper.topics.some((id) => descendants.has(id)))
        .map((paper) => paper.slug);
      expect([...topic.papers].sort()).toEqual(tagged.sort());
      expect(selectAll('.paper-list > li', tree)).toHaveLength(topic.papers.length);
    }
  });

  it('shows the whole taxonomy with counts on /topics/', async () => {
    const tree = await readHtml(page('topics'));
    expect(selectAll('.tree li', tree)).toHaveLength(topics.length);
  });

  it('builds the home page, paper list, methods overview, search page and a 404', async () => {
    expect(selectAll('.paper-list > li', await readHtml(page('papers')))).toHaveLength(corpus.length);
    for (const path of [page(), page('methods'), page('search'), join(site.dist, '404.html')])
      expect(existsSync(path), path).toBe(true);
  });

  it('indexes every content page for search and nothing else', async () => {
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count;
    const paperPages = papers.length;
    expect(indexed).toBeGreaterThanOrEqual(paperPages + topics.length);
    const searchPage = readFileSync(page('search'), 'utf8');
    expect(searchPage).not.toContain('data-pagefind-body');
  });

  it('writes the same Pagefind index whatever order its pages are listed or were written in', async () => {
    const documents = await searchedDocuments(site.dist);
    const indexOf = async (name: string, order: typeof documents) => {
      const dist = join(site.root, name);
      cpSync(site.dist, dist, { recursive: true });
      await buildPagefindIndex(
        dist,
        order.map((document) => document.u),
        { published: null, record: join(site.root, `${name}-base.json`) },
      );
      const folder = join(dist, 'pagefind');
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
      return new Map(
        files.map((file) => [
          file,
          existsSync(join(folder, file, '.')) ? '' : readFileSync(join(folder, file), 'base64'),
        ]),
      );
    };
    expect(documents.length).toBeGreaterThan(5);
    const listed = await indexOf('pagefind-listed', documents);
    const reversed = await indexOf('pagefind-reversed', [...documents].reverse());
    expect(reversed).toEqual(listed);
  });

  it("finds every paper first by its own title, and by its method's name in the top 3, in the atlas index", async () => {
    const search = new AtlasSearch(indexFileLoader(site.dist));
    const rank = async (query: string, slug: string) =>
      (await search.search(query, {}, { limit: 10 })).hits.findIndex((hit) => hit.doc.u === `papers/${slug}/`) + 1;
    for (const paper of papers) {
      expect(await rank(paper.title, paper.slug), paper.title).toBe(1);
      if (!paper.name) continue;
      const byName = await rank(paper.name, paper.slug);
      expect(byName, paper.name).toBeGreaterThan(0);
      expect(byName, paper.name).toBeLessThanOrEqual(3);
    }
  });

  it('uses only relative links inside the site, so it works under any path and from disk', () => {
    for (const file of [page(), page('papers', papers[0]!.slug), page('topics', topics[0]!.id), page('methods')]) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/\s(?:href|src)="\/[^/]/gu) ?? [], file).toEqual([]);
    }
  });
});
