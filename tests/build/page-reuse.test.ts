import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, runBuild, type BuiltSite } from '../helpers/build-site';

/**
 * A build after the corpus changed takes unchanged pages from the previous site
 * (src/lib/page-reuse/). What it publishes must be exactly what a build from nothing publishes.
 */
/** Two papers claiming results on two datasets, so the atlas has dataset pages. */
const CLAIMS =
  '\n\nDet1: A Detector, Variant 1\n\nWe propose Det1, a single-shot detector. Experiments on COCO show that Det1 achieves 41.2% mAP, outperforming RetinaNet.\n' +
  '\nTune1: A Fine-Tuning Method, Variant 1\n\nWe propose Tune1, a fine-tuning method for language models. It achieves a 4% absolute accuracy improvement over BERT on the RTE task.\n';
const fixture = `${readFileSync(join(projectRoot, 'tests/fixtures/diagrams/corpus.txt'), 'utf8').trimEnd()}${CLAIMS}`;
const work = join(projectRoot, 'tests/.tmp/page-reuse-corpus');
const corpus = join(work, 'corpus.txt');
const taxonomy = join(projectRoot, 'tests/fixtures/diagrams/taxonomy.yaml');
const vocabulary = {
  ATLAS_TAXONOMY: taxonomy,
  ATLAS_VOCABULARY: join(projectRoot, 'tests/fixtures/diagrams/vocabulary.yaml'),
  // A result a dataset page, so that COCO's results take two pages once Det2 claims one too.
  ATLAS_DATASET_PAGE_SIZE: '1',
};

/**
 * The fixture with a paper added to a lineage, one abstract reworded, one paper removed, and a
 * paper claiming a result on one of the two datasets.
 */
function changedCorpus(): string {
  const removed = fixture.replace(/Vis3: [^\n]*\n\n[^\n]*\n\n?/u, '');
  const reworded = removed.replace(
    'Pref2 builds on Pref1 and keeps its training recipe.',
    'Pref2 builds on Pref1 and halves its training cost.',
  );
  return (
    `${reworded.trimEnd()}\n\nOpt12: An Optimizer, Variant 12\n\nWe propose Opt12, an optimizer for deep networks. Opt12 builds on Opt3 and is compared with Adam.\n` +
    '\nDet2: A Detector, Variant 2\n\nWe propose Det2, a single-shot detector. Experiments on COCO show that Det2 achieves 43.5% mAP, outperforming RetinaNet.\n'
  );
}

/** The corpus of the second build with one gist changed: that of Opt6, shown on the pages of its topics. */
function corpusWithNewGist(): string {
  const reworded = changedCorpus().replace(
    'We propose Opt6, an optimizer for deep networks.',
    'We propose Opt6, an optimizer for deep networks that steps by the sign.',
  );
  expect(reworded).not.toBe(changedCorpus());
  return reworded;
}

/** The taxonomy with the label of the topic of the vision papers changed. */
function taxonomyWithNewLabel(): string {
  const source = readFileSync(taxonomy, 'utf8');
  const renamed = source.replace('label: Vision\n', 'label: Computer vision\n');
  expect(renamed).not.toBe(source);
  return renamed;
}

/** The pages of a site and the files a build may reuse beside them (the `.bib` files). */
function publishedFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') || file.endsWith('.bib'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** The files a build may reuse: the published pages and `.bib` files, and the topics' feeds. */
function reusableFiles(dist: string): string[] {
  return [...publishedFiles(dist), ...feeds(dist).keys()].sort();
}

/** Each file of a site a build may reuse, and its inode: a file reused by the next build keeps its inode. */
function inodes(dist: string): Map<string, number> {
  return new Map(reusableFiles(dist).map((file) => [file, statSync(join(dist, file)).ino]));
}

/** Each generated paper page (MDX) of a build, with its inode and its text. */
function mdxFiles(content: string): Map<string, { ino: number; text: string }> {
  const folder = join(content, 'papers');
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => [name, { ino: statSync(join(folder, name)).ino, text: readFileSync(join(folder, name), 'utf8') }]),
  );
}

/** The topic feeds of a site, by file, with their text. */
function feeds(dist: string): Map<string, { ino: number; text: string }> {
  const folder = join(dist, 'topics');
  return new Map(
    readdirSync(folder)
      .map((id) => `topics/${id}/feed.xml`)
      .filter((file) => existsSync(join(dist, file)))
      .map((file) => [file, { ino: statSync(join(dist, file)).ino, text: readFileSync(join(dist, file), 'utf8') }]),
  );
}

let before: Map<string, number>;
let feedsBefore: Map<string, { ino: number; text: string }>;
let mdxBefore: Map<string, { ino: number; text: string }>;
let mdxAfter: Map<string, { ino: number; text: string }>;
let incremental: BuiltSite;
let fromNothing: BuiltSite;
let incrementalLog: string;

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  writeFileSync(corpus, fixture);
  const first = await runBuild('page-reuse', corpus, vocabulary);
  expect(first.exitCode, first.stdout + first.stderr).toBe(0);
  before = inodes(first.dist);
  feedsBefore = feeds(first.dist);
  mdxBefore = mdxFiles(first.content);
  writeFileSync(corpus, changedCorpus());
  const second = await runBuild('page-reuse', corpus, vocabulary, { fresh: false });
  expect(second.exitCode, second.stdout + second.stderr).toBe(0);
  mdxAfter = mdxFiles(second.content);
  incremental = second;
  incrementalLog = second.stdout;
  fromNothing = await buildSite('page-reuse-cold', corpus, vocabulary);
}, 300_000);

describe('a build after a corpus change', () => {
  it('rewrites only the generated pages whose text changed, and removes the page of the removed paper', () => {
    const unchanged = [...mdxAfter].filter(([name, file]) => mdxBefore.get(name)?.text === file.text);
    const changed = [...mdxAfter].filter(([name, file]) => mdxBefore.get(name)?.text !== file.text);
    expect(unchanged.length).toBeGreaterThan(0);
    expect(changed.map(([name]) => name)).toContain('opt12.mdx');
    for (const [name, file] of unchanged) expect(file.ino, name).toBe(mdxBefore.get(name)?.ino);
    for (const [name, file] of changed) expect(file.ino, name).not.toBe(mdxBefore.get(name)?.ino);
    expect([...mdxBefore.keys()].filter((name) => !mdxAfter.has(name))).toEqual(['vis3.mdx']);
  });

  it('publishes every page a build from nothing publishes, byte for byte', () => {
    const expected = publishedFiles(fromNothing.dist);
    const published = publishedFiles(incremental.dist);
    // The earlier build's slugs stay published as redirects: the only extra pages.
    const extra = published.filter((file) => !expected.includes(file));
    for (const file of extra)
      expect(readFileSync(join(incremental.dist, file), 'utf8'), file).toMatch(
        /<meta name="robots" content="noindex"/u,
      );
    expect(published).toEqual(expect.arrayContaining(expected));
    for (const file of expected) {
      expect(readFileSync(join(incremental.dist, file), 'utf8'), file).toBe(
        readFileSync(join(fromNothing.dist, file), 'utf8'),
      );
    }
  });

  it('lists in its sitemap what a build from nothing lists (a reused page is not read again to know)', () => {
    const sitemap = (dist: string) => readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap(incremental.dist)).toBe(sitemap(fromNothing.dist));
  });

  it('reuses the pages nothing changed for and renders the rest', () => {
    const reused = reusableFiles(incremental.dist).filter(
      (file) => before.get(file) === statSync(join(incremental.dist, file)).ino,
    );
    expect(reused.length).toBeGreaterThan(20);
    // The added and reworded papers, and the method pages that list the added and the removed one,
    // are rendered anew.
    for (const file of [
      'papers/opt12/index.html',
      'papers/pref2/index.html',
      'methods/opt3/index.html',
      'methods/vis2/index.html',
    ]) {
      expect(reused, file).not.toContain(file);
    }
    expect(reused).toContain('papers/rew5/index.html');
    // The reworded sentence is the evidence of Pref2's relation to Pref1, which Pref1's method page
    // does not show: the page is the same, and reused.
    expect(reused).toContain('methods/pref1/index.html');
    // The topic of the added paper lists it; a topic none of the changes touch is reused.
    expect(reused).not.toContain('topics/optimizers/index.html');
    expect(reused).toContain('topics/reward/index.html');
    // The dataset the added paper claims a result on lists it; the other dataset's page is reused.
    expect(reused).not.toContain('datasets/coco/index.html');
    expect(publishedFiles(incremental.dist)).toContain('datasets/coco/page/2/index.html');
    expect(reused).toContain('datasets/rte/index.html');
    // So are the .bib files: a method's and a topic's that list the added paper are written anew.
    expect(reused).not.toContain('methods/opt3/papers.bib');
    expect(reused).not.toContain('topics/optimizers/papers.bib');
    expect(reused).toContain('methods/pref1/papers.bib');
    expect(reused).toContain('topics/reward/papers.bib');
    expect(incrementalLog).toContain(`[atlas] reused ${reused.length} of `);
  });

  it('keeps the feed of a topic none of the changed papers are in, dated by its entries, and reuses it', () => {
    const after = feeds(incremental.dist);
    const reward = 'topics/reward/feed.xml';
    expect(feedsBefore.get(reward)?.text).toContain('<entry>');
    expect(after.get(reward)?.text).toBe(feedsBefore.get(reward)?.text);
    expect(after.get(reward)?.ino).toBe(feedsBefore.get(reward)?.ino);
    // The feed of the topic the added paper is in lists it, and is dated by it.
    const optimizers = after.get('topics/optimizers/feed.xml')!.text;
    expect(optimizers).not.toBe(feedsBefore.get('topics/optimizers/feed.xml')?.text);
    expect(optimizers).toContain('/papers/opt12/');
    const dates = [...optimizers.matchAll(/<updated>([^<]+)<\/updated>/gu)].map((match) => match[1]!);
    expect(dates[0]).toBe([...dates.slice(1)].sort().at(-1));
  });

  it('moves the site it replaced into the cache, to be removed by the next build, and leaves nothing beside dist/', () => {
    const replaced = join(incremental.root, 'cache', 'replaced-site');
    // The first build's page of the paper that left the corpus is there, and only there.
    expect(existsSync(join(replaced, 'papers/vis3/index.html'))).toBe(true);
    expect(existsSync(join(incremental.dist, 'papers/vis3/index.html'))).toBe(false);
    expect(readdirSync(incremental.root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  });

  it('drops the page of a paper that left the corpus', () => {
    expect(publishedFiles(incremental.dist)).not.toContain('papers/vis3/index.html');
  });
});

describe('a build after a change to what pages show of other records', () => {
  let site: BuiltSite;
  let reused: string[];
  let log: string;
  const html = (file: string) => readFileSync(join(site.dist, file), 'utf8');

  // After the tests above, on the site they checked: one topic renamed in the taxonomy (Vision →
  // Computer vision) and one paper's contribution sentence reworded (Opt6).
  beforeAll(async () => {
    const previous = inodes(incremental.dist);
    const renamedTaxonomy = join(work, 'taxonomy.yaml');
    writeFileSync(renamedTaxonomy, taxonomyWithNewLabel());
    writeFileSync(corpus, corpusWithNewGist());
    const third = await runBuild(
      'page-reuse',
      corpus,
      { ...vocabulary, ATLAS_TAXONOMY: renamedTaxonomy },
      { fresh: false },
    );
    expect(third.exitCode, third.stdout + third.stderr).toBe(0);
    site = third;
    log = third.stdout;
    reused = reusableFiles(site.dist).filter((file) => previous.get(file) === statSync(join(site.dist, file)).ino);
  }, 300_000);

  it('removes the site the build before replaced, and keeps the one it replaced in its place', () => {
    const replaced = join(site.root, 'cache', 'replaced-site');
    expect(existsSync(join(replaced, 'papers/vis3/index.html'))).toBe(false);
    expect(existsSync(join(replaced, 'papers/opt12/index.html'))).toBe(true);
  });

  it('renders a paper page again when a topic label of its chips changed in the taxonomy', () => {
    expect(reused).not.toContain('papers/vis1/index.html');
    expect(html('papers/vis1/index.html')).toMatch(/<a class="leaf"[^>]*>\s*Computer vision\s*<\/a>/u);
  });

  it('renders a method page again when a paper it lists has a renamed topic', () => {
    // Vis1 compares with Vis0: listed on Vis0's page with its topics.
    expect(reused).not.toContain('methods/vis0/index.html');
    expect(html('methods/vis0/index.html')).toMatch(/<p class="meta">[^<]*<span>[^]*?<\/span>[^<]*Computer vision/u);
  });

  it('renders a topic page again when the gist of a paper it lists changed', () => {
    expect(reused).not.toContain('topics/optimizers/index.html');
    expect(html('topics/optimizers/index.html')).toContain('steps by the sign');
  });

  it('still reuses the pages that show none of the changes', () => {
    for (const file of [
      'papers/rew5/index.html',
      'papers/pref5/index.html',
      'topics/reward/index.html',
      'topics/preference/index.html',
      'methods/rew4/index.html',
      'methods/pref4/index.html',
      'datasets/coco/index.html',
      'datasets/coco/page/2/index.html',
    ])
      expect(reused, file).toContain(file);
    expect(log).toContain(`[atlas] reused ${reused.length} of `);
  });
});
