import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll } from '../helpers/html';

/**
 * A site from TeX-heavy arXiv abstracts and a reference manager's `.bib` with bare `$`, `&` and
 * `%`: formulas typeset, every entry built, citations on every page and in `.bib` sets, and the
 * atlas's own `.bib`, read as a corpus, giving back the same papers.
 */

interface ExportedPaper {
  slug: string;
  title: string;
  abstract: string;
  authors: string[];
  year: number | null;
  doi: string | null;
  arxivId: string | null;
  venue: string | null;
  topics: string[];
}
interface ExportedTopic {
  id: string;
  papers: string[];
}

const fixture = 'tests/fixtures/math';
let site: BuiltSite;
let again: BuiltSite;
const exported = (built: BuiltSite): ExportedPaper[] =>
  JSON.parse(readFileSync(join(built.dist, 'api/papers.json'), 'utf8'));
const page = (built: BuiltSite, slug: string) => readHtml(join(built.dist, 'papers', slug, 'index.html'));

beforeAll(async () => {
  site = await buildSite('math-citations', fixture);
});

/** Text a reader sees: hidden TeX marks and drawn MathML left out, and code shown as source. */
function seen(node: Root | Element): { text: string; code: string[] } {
  const code: string[] = [];
  const visit = (child: ElementContent | Root | Element): string => {
    if (child.type === 'text') return child.value;
    if (child.type !== 'element' && child.type !== 'root') return '';
    if (child.type === 'element') {
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (child.tagName === 'math' || classes.includes('tex')) return '';
      if (classes.includes('tex-source')) {
        code.push(child.children.map(visit).join(''));
        return '';
      }
    }
    return (child.children as ElementContent[]).map(visit).join('');
  };
  return { text: visit(node), code };
}

/** The text a selection copies: everything but the drawn MathML (its TeX source sits beside it). */
function copied(node: Element | Root): string {
  const visit = (child: ElementContent | Element | Root): string =>
    child.type === 'text'
      ? child.value
      : (child.type === 'element' && child.tagName !== 'math') || child.type === 'root'
        ? (child.children as ElementContent[]).map(visit).join('')
        : '';
  return visit(node).replace(/\s+/gu, ' ').trim();
}

const RAW_TEX = /\\[A-Za-z]+|\\[%$&#_{}]|[_^]\{|\$(?![\d\s.,])/u;

describe('a reference manager’s .bib with bare $, & and %', () => {
  it('builds every entry, warning with file and line for each field read as written', () => {
    expect(site.stdout).toMatch(/corpus: 3 file\(s\), 11 entries, 11 papers/u);
    for (const line of [7, 16, 25])
      expect(site.stderr).toMatch(new RegExp(`^${fixture}/zotero-export\\.bib:${line}: warning: .*read as`, 'mu'));
    const chen = exported(site).find((paper) => paper.title.startsWith('Cheap & Cheerful'));
    expect(chen).toMatchObject({
      title: 'Cheap & Cheerful: Evaluating LLM Judges at $0.12 per Point',
      abstract:
        'We measure the cost-quality ratio ($0.12/F1 point) of LLM judges & human raters. Judges agree with experts on 80% of items, and R&D teams save $4,000 a month.',
      venue: 'Transactions on Machine Learning Research',
    });
  });

  it('reads Mendeley’s export as written: prices stay prices beside a formula, every % and & as it was', async () => {
    for (const line of [7, 22])
      expect(site.stderr).toMatch(new RegExp(`^${fixture}/mendeley-export\\.bib:${line}: warning: .*read as`, 'mu'));
    const papers = exported(site);
    expect(papers.find((paper) => paper.title.startsWith('What Does a Label Cost'))).toMatchObject({
      title: 'What Does a Label Cost? Crowd & Expert Annotation Budgets',
      abstract:
        "We price annotation: crowd labels cost $0.04 each, experts' $1.10; mixing both at a 9:1 ratio keeps 96% of expert F$_1$ for 12% of the spend. Q&A and NER tasks behave alike.",
      authors: ['Adaeze Okonkwo', 'Pierre Le Roux'],
      year: 2023,
      doi: '10.18653/v1/2023.findings-emnlp.101',
    });
    const sparse = papers.find((paper) => paper.arxivId === '2402.04567')!;
    expect(sparse).toMatchObject({
      title: 'Sparse Mixture-of-Experts at 1% of the Cost',
      abstract: expect.stringContaining('FLOPs & memory. On C4 & the Pile we reach 98% of dense quality at $0.30 per'),
    });
    // Only F$_1$ is a formula: the prices and the prose between them read as text.
    const label = papers.find((paper) => paper.title.startsWith('What Does a Label Cost'))!;
    const abstract = select('.abstract', await page(site, label.slug))!;
    expect(selectAll('math', abstract)).toHaveLength(1);
    expect(seen(abstract).text).toContain(
      "crowd labels cost $0.04 each, experts' $1.10; mixing both at a 9:1 ratio keeps 96% of expert F for 12%",
    );
  });
});

describe('paper pages of TeX-heavy abstracts', () => {
  it('typeset every formula as MathML and show no raw TeX, but the one formula TeX cannot read, as code', async () => {
    for (const paper of exported(site)) {
      const tree = await page(site, paper.slug);
      const abstract = select('.abstract', tree)!;
      // Every abstract with a formula between dollars shows MathML.
      if (/\$[^$\d\s][^$]*\$/u.test(paper.abstract))
        expect(selectAll('math', abstract).length, paper.slug).toBeGreaterThan(0);
      const shown = seen(abstract);
      expect(shown.text, paper.slug).not.toMatch(RAW_TEX);
      expect(seen(select('h1', tree)!).text, paper.slug).not.toMatch(RAW_TEX);
      expect(
        shown.code.every((source) => source === '$\\frac{a}{ $'),
        paper.slug,
      ).toBe(true);
      // What a reader copies, and what search and the JSON export hold, is the source.
      expect(copied(abstract)).toBe(paper.abstract);
    }
  });

  it('shows titles with formulas as plain text where HTML cannot hold MathML', async () => {
    const paper = exported(site).find((candidate) => candidate.title.startsWith('Spectral $'))!;
    const tree = await page(site, paper.slug);
    const title = select('title', tree)!;
    expect(title.children[0]).toMatchObject({ type: 'text' });
    expect(seen(title).text).toBe('Spectral η_E/η_W Ratios Predict When ℒ_LoRA Adapters Forget · Paper Atlas');
    expect(selectAll('h1 math', tree)).toHaveLength(2);
  });

  it('are found by search through the title and abstract exactly as written, formulas as TeX', () => {
    const folder = join(site.dist, 'pagefind', 'fragment');
    const records = readdirSync(folder).map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    const withFormulas = exported(site).filter((paper) => /\$[^$\d\s][^$]*\$/u.test(paper.abstract));
    expect(withFormulas.length).toBeGreaterThan(3);
    for (const paper of withFormulas) {
      const record = records.find((candidate) => candidate.url === `/papers/${paper.slug}/`);
      expect(record?.content, paper.slug).toContain(paper.abstract);
      expect(record?.content, paper.slug).toContain(paper.title);
    }
  });

  it('typesets titles in lists of papers, and gives feeds their plain text', async () => {
    const paper = exported(site).find((candidate) => candidate.title.startsWith('Spectral $'))!;
    const list = select('main', await readHtml(join(site.dist, 'papers', 'index.html')))!;
    const link = selectAll('a.paper-title', list).find((anchor) => anchor.properties.href === `${paper.slug}/`)!;
    expect(selectAll('math', link)).toHaveLength(2);
    expect(seen(link).text).not.toMatch(RAW_TEX);
    const feed = readFileSync(join(site.dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Spectral η_E/η_W Ratios Predict When ℒ_LoRA Adapters Forget</title>');
    expect(feed).not.toMatch(/<title>[^<]*(?:\\|<math)/u);
  });
});

describe('citing a paper', () => {
  const meta = (tree: Root, name: string) =>
    selectAll(`meta[name="${name}"]`, tree).map((element) => element.properties.content);

  it('gives citation_* meta tags for Zotero and Google Scholar', async () => {
    const paper = exported(site).find((candidate) => candidate.title.startsWith('Spectral Bounds'))!;
    const tree = await page(site, paper.slug);
    expect(meta(tree, 'citation_title')).toEqual(['Spectral Bounds for ℓ₂-Regularised Adapters']);
    expect(meta(tree, 'citation_author')).toEqual(['María García', 'Jörg Müller']);
    expect(meta(tree, 'citation_publication_date')).toEqual(['2023']);
    expect(meta(tree, 'citation_doi')).toEqual(['10.5555/3618408.3618999']);
    expect(meta(tree, 'citation_conference_title')).toEqual([
      'Proceedings of the 40th International Conference on Machine Learning',
    ]);
    expect(meta(tree, 'citation_abstract_html_url')).toEqual([`https://paper-atlas.example.org/papers/${paper.slug}/`]);
    const preprint = exported(site).find((candidate) => candidate.arxivId === '2401.01234')!;
    expect(meta(await page(site, preprint.slug), 'citation_arxiv_id')).toEqual(['2401.01234']);
  });

  it('is offered on every paper page, with its meta tags', async () => {
    for (const paper of exported(site)) {
      const tree = await page(site, paper.slug);
      for (const format of ['bibtex', 'ris', 'csl']) expect(select(`#cite-${format}`, tree), paper.slug).toBeTruthy();
      expect(meta(tree, 'citation_title'), paper.slug).toHaveLength(1);
      expect(meta(tree, 'citation_abstract_html_url'), paper.slug).toEqual([
        `https://paper-atlas.example.org/papers/${paper.slug}/`,
      ]);
    }
  });

  it('offers BibTeX, RIS and CSL-JSON with the same cite key, copy and download buttons', async () => {
    const paper = exported(site).find((candidate) => candidate.title.startsWith('Cheap'))!;
    const tree = await page(site, paper.slug);
    const text = (id: string) => seen(select(`#cite-${id}`, tree)!).text;
    expect(text('bibtex')).toMatch(/^@article\{chen2024cheap,\n {2}title = \{\{Cheap \\& Cheerful/u);
    expect(text('ris')).toMatch(/^TY {2}- JOUR\nID {2}- chen2024cheap\n/u);
    expect(JSON.parse(text('csl'))).toEqual([
      expect.objectContaining({
        id: 'chen2024cheap',
        type: 'article-journal',
        author: [
          { family: 'Chen', given: 'Wei' },
          { family: "O'Neil", given: 'Sarah' },
        ],
        issued: { 'date-parts': [[2024]] },
      }),
    ]);
    expect(selectAll('[data-copy-from]', tree)).toHaveLength(3);
    expect(selectAll('[data-download-from]', tree).map((button) => button.properties.dataFilename)).toEqual([
      'chen2024cheap.bib',
      'chen2024cheap.ris',
      'chen2024cheap.json',
    ]);
  });

  it('gives cite keys that are unique across the atlas', () => {
    const keys = [...readFileSync(join(site.dist, 'papers.bib'), 'utf8').matchAll(/^@\w+\{([^,]+),/gmu)].map(
      (match) => match[1],
    );
    expect(keys).toHaveLength(11);
    expect(new Set(keys).size).toBe(11);
  });
});

describe('.bib files of whole sets', () => {
  const keysIn = (text: string) => [...text.matchAll(/^ {2}title = \{\{(.*)\}\},$/gmu)].length;

  it('list a topic’s papers, linked from its page', async () => {
    const topics: ExportedTopic[] = JSON.parse(readFileSync(join(site.dist, 'api/topics.json'), 'utf8'));
    const topic = topics.filter((candidate) => candidate.papers.length > 1)[0]!;
    const bib = readFileSync(join(site.dist, 'topics', topic.id, 'papers.bib'), 'utf8');
    expect(keysIn(bib)).toBe(topic.papers.length);
    // A paper's abstract is in its own BibTeX and the atlas's, not in each topic's and method's.
    expect(bib).not.toMatch(/^ {2}abstract = /mu);
    const atlas = readFileSync(join(site.dist, 'papers.bib'), 'utf8');
    expect([...atlas.matchAll(/^ {2}abstract = /gmu)]).toHaveLength(keysIn(atlas));
    const tree = await readHtml(join(site.dist, 'topics', topic.id, 'index.html'));
    expect(selectAll('a.bib-link', tree).map((link) => link.properties.href)).toEqual(['papers.bib']);
    expect(copied(select('a.bib-link', tree)!)).toBe(`BibTeX of these ${topic.papers.length} papers`);
  });

  it('word a topic’s one paper as the topic’s, not as the page’s own', async () => {
    const topics: ExportedTopic[] = JSON.parse(readFileSync(join(site.dist, 'api/topics.json'), 'utf8'));
    const single = topics.filter((candidate) => candidate.papers.length === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const topic of single) {
      const tree = await readHtml(join(site.dist, 'topics', topic.id, 'index.html'));
      expect(copied(select('a.bib-link', tree)!), topic.id).toBe('BibTeX of its one paper');
    }
  });

  it('list a method page’s papers, linked from it, and the whole atlas’s, linked from /papers/', async () => {
    const papersPage = await readHtml(join(site.dist, 'papers', 'index.html'));
    expect(selectAll('a.bib-link', papersPage).map((link) => link.properties.href)).toEqual(['../papers.bib']);
    const methods = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8').match(/\/methods\/[^/<]+\//gu) ?? [];
    expect(methods.length).toBeGreaterThan(0);
    const kinds = { file: 0, paper: 0 };
    for (const path of methods) {
      const tree = await readHtml(join(site.dist, path, 'index.html'));
      const [link, ...others] = selectAll('a.bib-link', tree);
      expect(others, path).toEqual([]);
      const href = String(link?.properties.href);
      const onePaper = href.match(/papers\/([^/]+)\/#cite-title$/u);
      if (onePaper) {
        // A page listing one paper links to that paper's Cite block: no file of its own.
        kinds.paper += 1;
        expect(existsSync(join(site.dist, path, 'papers.bib')), path).toBe(false);
        expect(link?.properties.download, path).toBeUndefined();
        expect(select('#cite-title', await page(site, onePaper[1]!)), path).toBeTruthy();
        continue;
      }
      kinds.file += 1;
      expect(href, path).toBe('papers.bib');
      const bib = readFileSync(join(site.dist, path, 'papers.bib'), 'utf8');
      const listed = new Set(selectAll('a[href*="/papers/"]', select('main', tree)!).map((a) => a.properties.href));
      expect(keysIn(bib), path).toBeGreaterThan(1);
      expect(keysIn(bib), path).toBeLessThanOrEqual(listed.size);
      expect(bib, path).not.toMatch(/^ {2}abstract = /mu);
    }
    expect(kinds.paper).toBeGreaterThan(0);
  });
});

describe('the atlas’s own .bib, read as the corpus of a new atlas', () => {
  // A build of its own, so each of the two builds has the whole hook timeout.
  beforeAll(async () => {
    again = await buildSite('math-citations-again', join(site.dist, 'papers.bib'));
  });

  it('gives back the same papers: titles and abstracts exactly, and what the corpus said of them', () => {
    const strip = ({ title, abstract, authors, year, doi, arxivId, venue }: ExportedPaper) => ({
      title,
      abstract,
      authors,
      year,
      doi,
      arxivId,
      venue,
    });
    const byTitle = (papers: ExportedPaper[]) =>
      papers.map(strip).sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    expect(byTitle(exported(again))).toEqual(byTitle(exported(site)));
    expect(again.stderr).not.toMatch(/warning|error/u);
  });
});
