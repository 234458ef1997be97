import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFileLoader } from '../../src/search/build/index-files';
import { AtlasSearch } from '../../src/search/browser/atlas-search';
import { projectRoot, runBuild, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';
import { pagefindFilters } from '../helpers/pagefind-index';

/**
 * Curators' corrections (content/curation.yaml) hold on every surface of the site: each kind of
 * correction of tests/fixtures/curation/curation.yaml, after a build from nothing and after an
 * incremental build that reuses the pages of a build without them.
 */
const fixture = join(projectRoot, 'tests/fixtures/curation');
const corpus = join(fixture, 'corpus.txt');
const work = join(projectRoot, `tests/.tmp/curation-${process.pid}`);
const curationFile = join(work, 'curation.yaml');
const env = {
  ATLAS_TAXONOMY: join(fixture, 'taxonomy.yaml'),
  ATLAS_VOCABULARY: join(fixture, 'vocabulary.yaml'),
  ATLAS_CURATION: curationFile,
};

interface ExportedPaper {
  slug: string;
  name: string | null;
  topics: string[];
  methods: string[];
  tasks: string[];
  datasets: string[];
  relations: Array<{ type: string; target: string; targetSlug: string | null; evidence: string; source: string }>;
  curated: string[];
  curatedTags: Record<string, string[]>;
}

const sites: Record<'incremental' | 'from nothing', BuiltSite> = {} as never;
let withoutCorrections: BuiltSite;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // First a site without corrections, then the same folder rebuilt with them: its pages are reused where nothing changed.
  const first = await runBuild(`curation-reuse-${process.pid}`, corpus, env);
  expect(first.exitCode, first.stdout + first.stderr).toBe(0);
  withoutCorrections = { ...first, dist: `${first.dist}-before` };
  rmSync(withoutCorrections.dist, { recursive: true, force: true });
  cpSync(first.dist, withoutCorrections.dist, { recursive: true });
  copyFileSync(join(fixture, 'curation.yaml'), curationFile);
  const second = await runBuild(`curation-reuse-${process.pid}`, corpus, env, { fresh: false });
  expect(second.exitCode, second.stdout + second.stderr).toBe(0);
  expect(second.stdout).toMatch(/\[atlas\] reused \d+ of \d+ reusable pages/u);
  sites.incremental = second;
  const cold = await runBuild(`curation-cold-${process.pid}`, corpus, env);
  expect(cold.exitCode, cold.stdout + cold.stderr).toBe(0);
  sites['from nothing'] = cold;
  // Three builds of the site: on a shared two-core machine under load they take several minutes.
}, 900_000);

const read = (site: BuiltSite, path: string) => readFileSync(join(site.dist, path), 'utf8');
const page = (site: BuiltSite, path: string) => read(site, `${path}/index.html`);
const papersJson = (site: BuiltSite) => JSON.parse(read(site, 'api/papers.json')) as ExportedPaper[];
const exported = (site: BuiltSite, slug: string) => papersJson(site).find((paper) => paper.slug === slug);
/** The links to paper pages under a heading of a page, up to the next heading; throws when there is no such heading. */
function papersUnder(html: string, heading: string): string[] {
  const section = html
    .split(/<h2[^>]*>/u)
    .slice(1)
    .find((part) =>
      part
        .replace(/<[^>]+>/gu, ' ')
        .trim()
        .startsWith(heading),
    );
  if (section === undefined) throw new Error(`no heading "${heading}"`);
  return [...section.split(/<h2/u)[0]!.matchAll(/href="[^"]*papers\/([a-z0-9-]+)\/"/gu)].map((match) => match[1]!);
}
/** The topic chips of a paper page: each chip's topic and whether it carries a curator's mark. */
async function chips(site: BuiltSite, path: string): Promise<Array<{ topic: string; curated: boolean }>> {
  const tree = await readHtml(join(site.dist, path, 'index.html'));
  return selectAll('.topic-chip', tree).map((chip) => ({
    topic: textOf(select('.leaf', chip)),
    curated: select('.curated-mark', chip) !== undefined,
  }));
}
/** The "Related papers" of a paper page: each paper's slug and why it is related. */
async function related(site: BuiltSite, slug: string): Promise<Array<{ slug: string; reasons: string }>> {
  const tree = await readHtml(join(site.dist, 'papers', slug, 'index.html'));
  return selectAll('.related li', tree).map((item) => ({
    slug: String(select('a', item)?.properties.href ?? '').replace(/^.*?([a-z0-9-]+)\/$/u, '$1'),
    reasons: textOf(select('.reasons', item)),
  }));
}
const exists = (site: BuiltSite, path: string) => existsSync(join(site.dist, path, 'index.html'));
/**
 * Whether a method has a page of its own. A site rebuilt in place keeps the method URLs it
 * published (content/urls.yaml): one whose method lost its page becomes a page that sends readers
 * on (src/pages/methods/[retired].astro), which a site built from nothing never had.
 */
const hasMethodPage = (site: BuiltSite, slug: string) =>
  exists(site, `methods/${slug}`) && !page(site, `methods/${slug}`).includes('http-equiv="refresh"');
/** The method name of a paper's document in the atlas index, found by a query: null for none, undefined when the query misses the paper. */
async function indexedMethod(site: BuiltSite, query: string, slug: string): Promise<string | null | undefined> {
  const search = new AtlasSearch(indexFileLoader(site.dist));
  const { hits } = await search.search(query, { kind: ['Paper'] }, { limit: 20 });
  const hit = hits.find((found) => found.doc.u === `papers/${slug}/`);
  return hit && (hit.doc.m ?? null);
}
/** The categories (topic ids) of a paper's entry in the atlas's Atom feed. */
function feedCategories(site: BuiltSite, slug: string): string[] {
  const entry = read(site, 'feed.xml')
    .split('<entry>')
    .find((part) => part.includes(`/papers/${slug}/</id>`));
  if (entry === undefined) throw new Error(`no feed entry for ${slug}`);
  return [...entry.matchAll(/<category term="([^"]+)"/gu)].map((match) => match[1]!);
}
const mermaidOf = (html: string) =>
  [...html.matchAll(/<details class="source"[\s\S]*?<code[^>]*>([\s\S]*?)<\/code>/gu)]
    .map((match) => match[1])
    .join('\n');

describe('the site without corrections (the starting point)', () => {
  it('shows what the extractor found', () => {
    expect(exported(withoutCorrections, 'vit1')?.topics).toEqual(['vision']);
    expect(exported(withoutCorrections, 'pref1')?.topics).toContain('vision');
    expect(exported(withoutCorrections, 'sgn2')?.relations.map((r) => `${r.type} ${r.target}`)).toContain(
      'compares-with Adam',
    );
    expect(exported(withoutCorrections, 'pref2')?.name).toBe('Pref2');
    expect(papersUnder(page(withoutCorrections, 'methods/adam'), 'Papers that compare with')).toEqual(['sgn2']);
    expect(papersUnder(page(withoutCorrections, 'topics/vision'), 'Papers').sort()).toEqual(['pref1', 'vit1']);
    expect(exported(withoutCorrections, 'vit1')).toMatchObject({ name: 'Vit1', tasks: ['Image classification'] });
    expect(exported(withoutCorrections, 'sgn1')).toMatchObject({ methods: ['Adam', 'SGD'], tasks: [], datasets: [] });
    expect(hasMethodPage(withoutCorrections, 'vit1')).toBe(true);
    expect(hasMethodPage(withoutCorrections, 'pref2')).toBe(true);
    expect(exists(withoutCorrections, 'methods/lion')).toBe(false);
    const pagefind = pagefindFilters(withoutCorrections.dist);
    expect(pagefind.topic?.vision).toEqual(['/papers/pref1/', '/papers/vit1/', '/topics/vision/']);
    expect(pagefind.task).toEqual({ 'Image classification': ['/papers/vit1/'] });
  });
});

describe.each(['incremental', 'from nothing'] as const)('a build with corrections (%s)', (kind) => {
  const site = () => sites[kind];

  it('adds a topic: paper page (marked), topic page, topic feed, papers.json, both search indexes', async () => {
    const paper = page(site(), 'papers/sgn1');
    expect(await chips(site(), 'papers/sgn1')).toEqual([
      { topic: 'Optimizers', curated: false },
      { topic: 'Vision', curated: true },
    ]);
    expect(paper).toMatch(/title="Checked by a curator"/u);
    const why = selectAll('.tag-evidence li', await readHtml(join(site().dist, 'papers/sgn1/index.html'))).map(textOf);
    expect(why).toContain('Vision: added by a curator');
    expect(papersUnder(page(site(), 'topics/vision'), 'Papers')).toContain('sgn1');
    expect(read(site(), 'topics/vision/feed.xml')).toContain('papers/sgn1/');
    expect(feedCategories(withoutCorrections, 'sgn1')).toEqual(['optimizers']);
    expect(feedCategories(site(), 'sgn1')).toEqual(['optimizers', 'vision']);
    expect(exported(site(), 'sgn1')).toMatchObject({
      topics: ['optimizers', 'vision'],
      curated: ['topics', 'methods', 'tasks', 'datasets'],
      curatedTags: { topics: ['vision'], methods: ['Lion'] },
    });
    expect(paper).toContain('data-pagefind-filter="topic:vision"');
    const search = new AtlasSearch(indexFileLoader(site().dist));
    const vision = await search.search('', { topic: ['vision'], kind: ['Paper'] }, { counts: true, limit: 50 });
    expect(vision.hits.map((hit) => hit.doc.u).sort()).toEqual(['papers/sgn1/']);
    expect(vision.counts.topic?.vision).toBe(1);
    // Pagefind's own index, as its filters count: the paper and the topic page itself.
    expect(pagefindFilters(site().dist).topic?.vision).toEqual(['/papers/sgn1/', '/topics/vision/']);
  });

  it('removes a topic everywhere, and the removed paper is filed under the added topic', async () => {
    const paper = page(site(), 'papers/vit1');
    expect(await chips(site(), 'papers/vit1')).toEqual([{ topic: 'Optimizers', curated: true }]);
    expect(paper).not.toContain('data-pagefind-filter="topic:vision"');
    expect(papersUnder(page(site(), 'topics/vision'), 'Papers')).not.toContain('vit1');
    expect(papersUnder(page(site(), 'topics/optimizers'), 'Papers')).toContain('vit1');
    expect(read(site(), 'topics/vision/feed.xml')).not.toContain('papers/vit1/');
    expect(feedCategories(site(), 'vit1')).toEqual(['optimizers']);
    expect(exported(site(), 'vit1')?.topics).toEqual(['optimizers']);
  });

  it('relates papers by the corrected topics', async () => {
    // Without corrections pref1 and vit1 share Vision; with them, sgn1 and vit1 share Optimizers instead.
    expect(await related(withoutCorrections, 'vit1')).toContainEqual({ slug: 'pref1', reasons: 'Same topic: Vision' });
    expect((await related(site(), 'vit1')).map((paper) => paper.slug)).not.toContain('pref1');
    expect((await related(site(), 'vit1')).find((paper) => paper.slug === 'sgn1')?.reasons).toContain(
      'Same topic: Optimizers',
    );
  });

  it('never reads "ViT encoder" as the vision topic', () => {
    expect(exported(site(), 'pref1')?.topics).toEqual(['alignment']);
    expect(page(site(), 'papers/pref1')).not.toContain('data-pagefind-filter="topic:vision"');
    expect(papersUnder(page(site(), 'topics/vision'), 'Papers')).not.toContain('pref1');
  });

  it('adds a method tag, marked on the paper page, and removes one', () => {
    // Lion has a page: sgn2 builds on it too (below).
    expect(page(site(), 'papers/sgn1')).toMatch(
      /<a href="[^"]*methods\/lion\/"[^>]*>\s*Lion\s*<span class="curated-mark"/u,
    );
    expect(exported(site(), 'sgn1')?.methods).toEqual(['Adam', 'Lion']);
    expect(exported(site(), 'sgn1')?.curated).toContain('methods');
  });

  it('adds and removes a task, a search filter: paper pages, papers.json, both search indexes and their counts', async () => {
    expect(exported(site(), 'sgn1')?.tasks).toEqual(['Image classification']);
    expect(exported(site(), 'sgn1')?.curatedTags).toMatchObject({ tasks: ['Image classification'] });
    expect(exported(site(), 'vit1')?.tasks).toEqual([]);
    expect(page(site(), 'papers/sgn1')).toMatch(/Image classification\s*<span class="curated-mark"/u);
    expect(page(site(), 'papers/vit1')).not.toContain('Image classification');
    const search = new AtlasSearch(indexFileLoader(site().dist));
    const found = await search.search('', { task: ['Image classification'] }, { counts: true, limit: 50 });
    expect(found.hits.map((hit) => hit.doc.u)).toEqual(['papers/sgn1/']);
    expect(found.counts.task?.['Image classification']).toBe(1);
    expect(pagefindFilters(site().dist).task).toEqual({ 'Image classification': ['/papers/sgn1/'] });
  });

  it('adds a dataset (a facet no search filter reads), marked on the paper page', () => {
    expect(exported(site(), 'sgn1')).toMatchObject({
      datasets: ['ImageNet'],
      curated: ['topics', 'methods', 'tasks', 'datasets'],
    });
    expect(page(site(), 'papers/sgn1')).toMatch(/ImageNet\s*<span class="curated-mark"/u);
  });

  it('says a paper introduces no method (name: null): no name on its page, no method page, none in papers.json or search', async () => {
    expect(page(site(), 'papers/vit1')).not.toMatch(/Introduces/u);
    expect(hasMethodPage(site(), 'vit1')).toBe(false);
    expect(exported(site(), 'vit1')).toMatchObject({ name: null, curated: ['name', 'topics', 'tasks'] });
    expect(await indexedMethod(withoutCorrections, 'Vit1', 'vit1')).toBe('Vit1');
    expect(await indexedMethod(site(), 'Vit1', 'vit1')).toBeNull();
  });

  it('gives a method a page when a curated relation makes it the second paper relating to it, linked from both papers', () => {
    expect(hasMethodPage(site(), 'lion')).toBe(true);
    expect(papersUnder(page(site(), 'methods/lion'), 'Papers that build on')).toEqual(['sgn2']);
    expect(papersUnder(page(site(), 'methods/lion'), 'Other papers that mention')).toEqual(['sgn1']);
    expect(page(site(), 'papers/sgn2')).toMatch(/href="[^"]*methods\/lion\/"/u);
    expect(mermaidOf(page(site(), 'papers/sgn2'))).toContain('Lion');
    expect(pagefindFilters(site().dist).kind?.Method).toContain('/methods/lion/');
    expect(exported(site(), 'sgn2')?.relations).toContainEqual(
      expect.objectContaining({ type: 'builds-on', target: 'Lion', source: 'curated' }),
    );
  });

  it('adds a relation to a method the atlas did not know, listed with its mark and drawn on the paper page; one paper gives it no page', () => {
    const paper = page(site(), 'papers/sgn2');
    // Plain text, not a link: only sgn2 relates to the method (src/lib/method-pages.ts).
    expect(paper).toMatch(/<span>Uses Nesterov Momentum\s*<span class="curated-mark"/u);
    expect(paper).not.toContain('methods/nesterov-momentum/');
    expect(mermaidOf(paper)).toContain('Nesterov Momentum');
    // The topic's diagram draws it too.
    expect(mermaidOf(page(site(), 'topics/optimizers'))).toContain('Nesterov Momentum');
    expect(existsSync(join(site().dist, 'methods/nesterov-momentum/index.html'))).toBe(false);
    const relation = exported(site(), 'sgn2')?.relations.find((r) => r.target === 'Nesterov Momentum');
    expect(relation).toEqual({
      type: 'uses',
      target: 'Nesterov Momentum',
      targetSlug: null,
      evidence: 'Sgn2 builds on Sgn1.',
      source: 'curated',
      // A curator's relation is sure: drawn and listed like the extractor's surest.
      confidence: 1,
    });
  });

  it('removes a relation from the paper page, the method page, the diagram and papers.json', () => {
    const paper = page(site(), 'papers/sgn2');
    expect(paper).not.toMatch(/Compared with/u);
    // sgn2 was the only paper compared with Adam (see the starting point).
    expect(page(site(), 'methods/adam')).not.toMatch(/Papers that compare with/u);
    expect(exported(site(), 'sgn2')?.relations.map((r) => `${r.type} ${r.target}`)).not.toContain('compares-with Adam');
    expect(mermaidOf(paper)).not.toMatch(/compared/iu);
    // Adam's own diagram no longer draws sgn2 (it did: see the starting point).
    expect(mermaidOf(page(withoutCorrections, 'methods/adam'))).toContain('Sgn2');
    expect(mermaidOf(page(site(), 'methods/adam'))).not.toContain('Sgn2');
  });

  it('renames a method without moving its paper, and the new name has the method page', async () => {
    const paper = page(site(), 'papers/pref2');
    expect(paper).toMatch(/Introduces\s*<strong[^>]*>\s*Pref Two\s*<\/strong>\s*<span class="curated-mark"/u);
    expect(exported(site(), 'pref2')).toMatchObject({ name: 'Pref Two', curated: ['name'] });
    expect(page(site(), 'methods/pref-two')).toContain('papers/pref2/');
    expect(hasMethodPage(site(), 'pref2')).toBe(false);
    expect(await indexedMethod(site(), 'Pref Two', 'pref2')).toBe('Pref Two');
  });

  it('marks where every relation comes from in papers.json', () => {
    const sources = papersJson(site()).flatMap((paper) => paper.relations.map((relation) => relation.source));
    expect(new Set(sources)).toEqual(new Set(['extracted', 'curated']));
    expect(exported(site(), 'pref1')?.curated).toEqual([]);
  });

  it('reports a correction the extractor now agrees with as stale, and writes the review queue', () => {
    expect(site().stderr).toMatch(/curation\.yaml:16: stale: name "Sgn2": the extractor now gives the same name/u);
    const report = readFileSync(join(site().content, 'report.md'), 'utf8');
    expect(report).toMatch(/## Stale corrections \(1\)[\s\S]*curation\.yaml:16: name "Sgn2"/u);
    expect(report).toMatch(/## Review queue \(\d+\)/u);
  });
});

describe('an incremental build with corrections', () => {
  it('keeps the URLs of methods that lost their page as pages sending readers to a search for them', () => {
    for (const slug of ['vit1', 'pref2']) {
      expect(exists(sites['from nothing'], `methods/${slug}`)).toBe(false);
      expect(page(sites.incremental, `methods/${slug}`)).toContain(`url=../../search/?q=${slug}`);
    }
  });

  it('publishes every page a build from nothing publishes, byte for byte', () => {
    const cold = sites['from nothing'];
    const pages = readdirSync(cold.dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(?:html|json|xml)$/u.test(file),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) expect(read(sites.incremental, file), file).toBe(read(cold, file));
  });
});

describe('a wrong corrections file', () => {
  it.each([
    [
      'an unknown paper slug',
      'papers:\n  sgn3:\n    name: X\n',
      2,
      'unknown paper slug "sgn3" (did you mean "sgn1" or "sgn2"?)',
    ],
    [
      'an unknown topic id',
      'papers:\n  sgn1:\n    topics: { add: [visoin] }\n',
      3,
      'unknown topic id "visoin" (did you mean "vision"?)',
    ],
    [
      'an unknown facet',
      'papers:\n  sgn1:\n    method: { add: [Lion] }\n',
      3,
      'unknown key "method" in paper "sgn1" (did you mean "methods"?)',
    ],
    [
      'an unknown relation type',
      'papers:\n  sgn1:\n    relations:\n      add: [{ type: use, target: X }]\n',
      4,
      'unknown relation type "use" (did you mean "uses"?)',
    ],
    ['malformed YAML', 'papers:\n  sgn1:\n    topics: { add: [vision }\n', 3, 'invalid YAML'],
    ['a duplicate key', 'papers:\n  sgn1:\n    name: A\n  sgn1:\n    name: B\n', 4, 'a key is written twice'],
  ])(
    'stops the build at %s, naming file and line, and leaves content/papers/ and dist/ as they were',
    async (_case, text, line, message) => {
      const site = sites.incremental;
      const before = { papers: read(site, '../content/papers/sgn1.mdx'), page: page(site, 'papers/sgn1') };
      writeFileSync(curationFile, text);
      const failed = await runBuild(`curation-reuse-${process.pid}`, corpus, env, { fresh: false });
      expect(failed.exitCode).toBe(1);
      expect(failed.stderr).toContain(`curation.yaml:${line}: error: ${message}`);
      expect(failed.stderr).toContain('content/papers/ and dist/ are as they were');
      expect(read(site, '../content/papers/sgn1.mdx')).toBe(before.papers);
      expect(page(site, 'papers/sgn1')).toBe(before.page);
    },
    // A failing build still starts the build script: on a busy machine that takes longer than a unit test.
    120_000,
  );
});
