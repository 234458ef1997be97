import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/paper-store';
import { parseCorpus } from '../../src/pipeline/parse-corpus';
import { mdxText, parseMdx } from '../../src/pipeline/serialise-mdx';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site';
import { displayText, visibleText } from '../../src/lib/math/display-math';
import { exactTextOf, readHtml, select, selectAll, textOf } from '../helpers/html';
import {
  findBrokenLinks,
  findForeignCode,
  findUnsafeExternalLinks,
  readSitePages,
  validateHtml,
  type SitePage,
} from '../helpers/site-checks';

/**
 * A corpus written to break a naive site generator: MDX expressions and module statements, HTML
 * and script tags, Markdown syntax, math, entities, Unicode of every kind, YAML syntax in titles,
 * duplicates, titles that slug to nothing or look like paths, a 30,000-character abstract, CRLF,
 * a BOM and tabs. See tests/fixtures/hostile/corpus/.
 */
const fixture = 'tests/fixtures/hostile';
const corpusFolder = join(fixture, 'corpus');
const entries = readdirSync(corpusFolder)
  .sort()
  .flatMap((name) => parseCorpus(readFileSync(join(corpusFolder, name), 'utf8'), name).entries);
const distinct = entries.filter(
  (entry, index) =>
    entries.findIndex((other) => other.title === entry.title && other.abstract === entry.abstract) === index,
);
const notesFolder = join(projectRoot, fixture, 'notes');
const digestOf = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map(
      (name) =>
        `${name}:${createHash('sha256')
          .update(readFileSync(join(folder, name)))
          .digest('hex')}`,
    )
    .join('\n');

interface ExportedPaper {
  slug: string;
  url: string;
  title: string;
  abstract: string;
  name: string | null;
}

let site: BuiltSite;
let papers: ExportedPaper[];
let pages: SitePage[];
let notesBefore: string;
const page = (...parts: string[]) => join(site.dist, ...parts, 'index.html');
const exportedOf = (entry: { title: string; abstract: string }) =>
  papers.find((paper) => paper.title === entry.title && paper.abstract === entry.abstract);
/**
 * What a page must hold for a piece of corpus text, character for character: the text itself, or
 * its typeset form where LaTeX-ish notation is shown as maths (the copyable text, marks included).
 */
const shownAs = (text: string) => [...new Set([text, displayText(text)])];

beforeAll(async () => {
  notesBefore = digestOf(notesFolder);
  // A folder of this run's own, so two test runs at once never share a build.
  site = await buildSite(`hostile-${process.pid}`, corpusFolder, {
    ATLAS_TAXONOMY: join(projectRoot, fixture, 'taxonomy.yaml'),
    ATLAS_VOCABULARY: join(projectRoot, fixture, 'vocabulary.yaml'),
    ATLAS_NOTES: notesFolder,
    ATLAS_SITE: 'https://atlas.example.org',
    ATLAS_BASE: '/',
  });
  papers = JSON.parse(readFileSync(join(site.dist, 'api/papers.json'), 'utf8'));
  pages = readSitePages(site.dist);
});

afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

describe('a site built from the hostile corpus', () => {
  it('reads 25 entries into 24 papers, merging only the identical pair, with a warning naming both lines', () => {
    expect(entries).toHaveLength(25);
    expect(distinct).toHaveLength(24);
    expect(papers).toHaveLength(24);
    expect(site.stdout).toContain('25 entries, 24 papers');
    expect(site.stderr).toMatch(/03-titles\.txt:29: warning: duplicate of the paper at \S*03-titles\.txt:25/u);
  });

  it('keeps both papers when two share a title (or a slug) but not an abstract', () => {
    for (const title of ['Duplicate Title, Different Abstracts', 'Café Résumé Network|Cafe Resume Network!!']) {
      const kept = papers.filter((paper) => title.split('|').includes(paper.title));
      expect(kept, title).toHaveLength(2);
      expect(new Set(kept.map((paper) => paper.slug)).size).toBe(2);
    }
  });

  it('shows every title and abstract exactly as written: on the page, in its <title>, and in the JSON export', async () => {
    for (const entry of distinct) {
      const exported = exportedOf(entry);
      expect(exported, entry.title).toBeDefined();
      const tree = await readHtml(page('papers', exported!.slug));
      expect(shownAs(entry.title)).toContain(exactTextOf(select('h1', tree)));
      expect(shownAs(entry.abstract)).toContain(exactTextOf(select('.abstract', tree)));
      // A <title> holds no markup: typeset maths can only show there as its visible text.
      expect([entry.title, visibleText(entry.title)].map((title) => `${title} · Paper Atlas`)).toContain(
        exactTextOf(select('title', tree)),
      );
    }
  });

  it.each([
    [
      'HTML Entities &amp; Friends: &lt;b&gt; Shown Literally',
      'Entities such as &amp;, &lt;, &gt;, &quot;, &#39;, &#x3C;script&#x3E;, &nbsp; and &copy; must',
    ],
    [
      'Sig{ma}<R>Net: Braces {and} <Tags> in a Title',
      'with unbalanced { braces and }} closers, nested {{a{b}c}} groups, Sigma(<R) bounds and a JSX element <Widget prop={1 + 1} /> that',
    ],
    [
      'export default function Title() { return null }',
      'import fs from "node:fs"; export const pwned = fs.readFileSync("/etc/passwd", "utf8");',
    ],
    [
      '# Not a Heading * Not Emphasis *',
      '> Not a quote. **Not bold**, _not italic_, `not code`, ~~not struck~~, [click me](javascript:alert(5))',
    ],
    [
      'Dollar Signs: $x^2$ Math and $5 Prices',
      'while the compute costs $5 per hour, a lone $ sign, \\$ escaped dollars, \\{ escaped braces \\} and backslashes \\\\ as in LaTeX.',
    ],
    [
      'Emoji 🚀 and Zero\u200bWidth Joiners 👩‍🔬',
      'zero-width spaces (a\u200bb), word joiners (a\u2060b), soft hyphens (co\u00adoperate) and combining marks such as e\u0301',
    ],
    ['نموذج لغوي كبير للغة العربية', 'a right-to-left override \u202ereversed\u202c that'],
    ['Tabs in the Title', 'This abstract was indented with a tab and has tabs between words'],
    ['---', 'A title that is just three dashes'],
    ['- title: "a YAML list item"', 'A title that starts like a YAML list item'],
  ])('shows hostile title %# and the hostile part of its abstract character for character', async (title, excerpt) => {
    const exported = papers.find((paper) => paper.title === title);
    expect(exported, title).toBeDefined();
    expect(exported!.abstract).toContain(excerpt);
    const tree = await readHtml(page('papers', exported!.slug));
    expect(shownAs(title)).toContain(exactTextOf(select('h1', tree)));
    expect(exactTextOf(select('.abstract', tree))).toContain(excerpt);
  });

  it('shows a 30,000-character abstract whole', async () => {
    const long = papers.find((paper) => paper.title === 'A 30,000-Character Abstract')!;
    expect(long.abstract).toHaveLength(30_000);
    expect(shownAs(long.abstract)).toContain(
      exactTextOf(select('.abstract', await readHtml(page('papers', long.slug)))),
    );
  });

  it('gives every paper a plain URL segment, including titles that slug to nothing or look like paths', () => {
    for (const paper of papers) expect(paper.slug, paper.title).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    expect(new Set(papers.map((paper) => paper.slug)).size).toBe(papers.length);
    for (const title of ['🚀🚀🚀', '..', '---', '深層学習による画像認識：日本語のタイトル']) {
      expect(papers.find((paper) => paper.title === title)?.slug, title).toMatch(/^paper-[0-9a-f]{8}$/u);
    }
  });

  it('writes generated files only inside content/papers/, whatever the titles say', () => {
    const written: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(folder, entry.name));
        else written.push(relative(site.content, join(folder, entry.name)));
      }
    };
    walk(site.content);
    // Pages go to papers/<slug>.mdx; besides them the build writes only its own top-level records.
    const outside = written.filter((file) => !/^papers\/[a-z0-9-]+\.mdx$/u.test(file));
    expect(outside.filter((file) => file.includes('/'))).toEqual([]);
    expect(outside).toContain('slugs.yaml');
    expect(written.filter((file) => file.startsWith('papers/'))).toHaveLength(24);
    expect(readdirSync(site.root).filter((name) => !['cache', 'content', 'dist'].includes(name))).toEqual([]);
  });

  it('writes each abstract into MDX as one paragraph of plain text that reads back as the abstract', () => {
    for (const name of readdirSync(join(site.content, 'papers'))) {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(site.content, 'papers', name), 'utf8'));
      const entry = distinct.find(
        (candidate) => candidate.title === frontmatter.title && mdxText(body).trim() === candidate.abstract,
      );
      expect(entry, name).toBeDefined();
      const tree = parseMdx(body);
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
      const kinds = new Set<string>();
      const visit = (node: { type: string; children?: unknown[] }) => {
        kinds.add(node.type);
        for (const child of (node.children ?? []) as Array<{ type: string }>) visit(child);
      };
      visit(tree);
      expect(
        [...kinds].filter((kind) => !['root', 'paragraph', 'text', 'link'].includes(kind)),
        name,
      ).toEqual([]);
    }
  });

  it('has nothing in dist/ that can run and that the site did not write', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(findForeignCode(site.dist, pages)).toEqual([]);
  });

  it('has no broken internal link, image, script or redirect in any page', () => {
    expect(findBrokenLinks(site.dist, pages)).toEqual([]);
  });

  it('marks every external link rel="noopener noreferrer"', () => {
    const external = pages.flatMap((p) => selectAll('a[href^="http"]', p.tree));
    expect(external.length).toBeGreaterThan(0);
    expect(findUnsafeExternalLinks(pages)).toEqual([]);
  });

  it('is valid HTML on every page (html-validate)', async () => {
    expect(await validateHtml(pages)).toEqual([]);
  }, 120_000);

  it('counts papers = pages = search records = JSON entries, and says so', () => {
    expect(site.stdout).toMatch(/\[atlas\] verify: 24 in/u);
    const fragments = join(site.dist, 'pagefind', 'fragment');
    const urls = readdirSync(fragments).map((name) => {
      const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    const paperRecords = urls.filter((url) => /^\/papers\/[^/]+\/$/u.test(url)).sort();
    expect(paperRecords).toEqual(papers.map((paper) => `/papers/${paper.slug}/`).sort());
    const pageFolders = readdirSync(join(site.dist, 'papers'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(pageFolders).toHaveLength(24);
  });

  it('shows topic labels with HTML and YAML syntax exactly, on the topic page and in topics.json', async () => {
    const topics = JSON.parse(readFileSync(join(site.dist, 'api/topics.json'), 'utf8')) as Array<{
      id: string;
      label: string;
    }>;
    for (const [id, label] of [
      ['markup', 'Markup & <Code> in "Text"'],
      ['unicode-text', 'Unicode text 🚀'],
      ['yaml-specials', 'YAML: specials & *aliases*'],
    ]) {
      expect(topics.find((topic) => topic.id === id)?.label).toBe(label);
      expect(exactTextOf(select('h1', await readHtml(page('topics', id!))))).toBe(label);
    }
  });

  it('shows a method named with braces and angle brackets exactly, on its own page', async () => {
    expect(shownAs('Sig{ma}<R>Net')).toContain(
      exactTextOf(select('h1', await readHtml(page('methods', 'sigma-r-net')))),
    );
    expect(papers.find((paper) => paper.slug === 'sigma-r-net')?.name).toBe('Sig{ma}<R>Net');
  });

  it.each([
    ['old-markup', 'markup', 'Markup & <Code> in "Text"'],
    ['yaml', 'yaml-specials', 'YAML: specials & *aliases*'],
    ['yaml-syntax', 'yaml-specials', 'YAML: specials & *aliases*'],
  ])('keeps the former topic URL /topics/%s/ working with a redirect to /topics/%s/', async (formerId, id, label) => {
    const tree = await readHtml(page('topics', formerId));
    const refresh = select('meta[http-equiv="refresh"]', tree);
    expect(refresh?.properties.content).toBe(`0; url=../${id}/`);
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(`https://atlas.example.org/topics/${id}/`);
    const link = select('a', tree);
    expect(link?.properties.href).toBe(`../${id}/`);
    expect(textOf(link)).toBe(label);
    expect(existsSync(page('topics', id))).toBe(true);
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`/topics/${id}/<`);
    expect(sitemap).not.toContain(`/topics/${formerId}/<`);
  });

  it('records the published topic and method URLs, former topic ids included, beside slugs.yaml', () => {
    const record = parseYaml(readFileSync(join(site.content, 'urls.yaml'), 'utf8')) as {
      topics: string[];
      methods: string[];
    };
    expect(record.topics).toEqual(['markup', 'old-markup', 'unicode-text', 'yaml', 'yaml-specials', 'yaml-syntax']);
    const methodPages = readdirSync(join(site.dist, 'methods'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(record.methods).toEqual(methodPages.sort());
    expect(record.methods).toContain('sigma-r-net');
  });

  it("shows a curator's notes on their paper and topic pages, rendered from MDX, and never writes to them", async () => {
    const paperNotes = select('.curator-notes', await readHtml(page('papers', 'sigma-r-net')));
    expect(textOf(select('strong', paperNotes))).toBe('the braces in its name are part of the name');
    expect(select('a', paperNotes)?.properties.href).toBe('https://example.org/sigma-net');
    const topicNotes = select('.curator-notes', await readHtml(page('topics', 'markup')));
    expect(textOf(topicNotes)).toContain(
      'Papers here were collected to check that text which looks like code is shown as text.',
    );
    expect(
      select('.curator-notes', await readHtml(page('papers', papers.find((p) => p.title === '..')!.slug))),
    ).toBeUndefined();
    expect(digestOf(notesFolder)).toBe(notesBefore);
  });
});
