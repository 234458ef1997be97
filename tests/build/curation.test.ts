import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFileLoader } from '../../src/search/build/index-files';
import { AtlasSearch } from '../../src/search/browser/atlas-search';
import { projectRoot, runBuild, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';

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
}, 300_000);

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
    expect(exported(site(), 'sgn1')).toMatchObject({
      topics: ['optimizers', 'vision'],
      curated: ['topics', 'methods'],
      curatedTags: { topics: ['vision'], methods: ['Lion'] },
    });
    expect(paper).toContain('data-pagefind-filter="topic:vision"');
    const search = new AtlasSearch(indexFileLoader(site().dist));
    const vision = await search.search('', { topic: ['vision'], kind: ['Paper'] }, { counts: true, limit: 50 });
    expect(vision.hits.map((hit) => hit.doc.u).sort()).toEqual(['papers/sgn1/']);
    expect(vision.counts.topic?.vision).toBe(1);
  });

  it('removes a topic everywhere, and the removed paper is filed under the added topic', async () => {
    const paper = page(site(), 'papers/vit1');
    expect(await chips(site(), 'papers/vit1')).toEqual([{ topic: 'Optimizers', curated: true }]);
    expect(paper).not.toContain('data-pagefind-filter="topic:vision"');
    expect(papersUnder(page(site(), 'topics/vision'), 'Papers')).not.toContain('vit1');
    expect(papersUnder(page(site(), 'topics/optimizers'), 'Papers')).toContain('vit1');
    expect(read(site(), 'topics/vision/feed.xml')).not.toContain('papers/vit1/');
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

  it('adds a method tag, marked on the paper page', () => {
    expect(page(site(), 'papers/sgn1')).toMatch(/<span[^>]*>\s*Lion\s*<span class="curated-mark"/u);
    expect(exported(site(), 'sgn1')?.methods).toEqual(['Adam', 'SGD', 'Lion']);
  });

  it('adds a relation to a method the atlas did not know, listed with its mark and drawn on the paper page; one paper gives it no page', () => {
    const paper = page(site(), 'papers/sgn2');
    // Plain text, not a link: only sgn2 relates to the method (src/lib/method-pages.ts).
    expect(paper).toMatch(/<span>Uses Nesterov Momentum\s*<span class="curated-mark"/u);
    expect(paper).not.toContain('methods/nesterov-momentum/');
    expect(mermaidOf(paper)).toContain('Nesterov Momentum');
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
  });

  it('renames a method without moving its paper, and the new name has the method page', () => {
    const paper = page(site(), 'papers/pref2');
    expect(paper).toMatch(/Introduces\s*<strong[^>]*>\s*Pref Two\s*<\/strong>\s*<span class="curated-mark"/u);
    expect(exported(site(), 'pref2')).toMatchObject({ name: 'Pref Two', curated: ['name'] });
    expect(page(site(), 'methods/pref-two')).toContain('papers/pref2/');
  });

  it('marks where every relation comes from in papers.json', () => {
    const sources = papersJson(site()).flatMap((paper) => paper.relations.map((relation) => relation.source));
    expect(new Set(sources)).toEqual(new Set(['extracted', 'curated']));
    expect(exported(site(), 'pref1')?.curated).toEqual([]);
  });
});

describe('an incremental build with corrections', () => {
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
  );
});
