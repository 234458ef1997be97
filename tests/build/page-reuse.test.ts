import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, runBuild, type BuiltSite } from '../helpers/build-site';

/**
 * A build after the corpus changed takes unchanged pages from the previous site
 * (src/lib/page-reuse.ts). What it publishes must be exactly what a build from nothing publishes.
 */
const fixture = readFileSync(join(projectRoot, 'tests/fixtures/diagrams/corpus.txt'), 'utf8');
const work = join(projectRoot, 'tests/.tmp/page-reuse-corpus');
const corpus = join(work, 'corpus.txt');
const vocabulary = {
  ATLAS_TAXONOMY: join(projectRoot, 'tests/fixtures/diagrams/taxonomy.yaml'),
  ATLAS_VOCABULARY: join(projectRoot, 'tests/fixtures/diagrams/vocabulary.yaml'),
};

/** The fixture with a paper added to a lineage, one abstract reworded and one paper removed. */
function changedCorpus(): string {
  const removed = fixture.replace(/Vis3: [^\n]*\n\n[^\n]*\n\n?/u, '');
  const reworded = removed.replace(
    'Pref2 builds on Pref1 and keeps its training recipe.',
    'Pref2 builds on Pref1 and halves its training cost.',
  );
  return `${reworded.trimEnd()}\n\nOpt12: An Optimizer, Variant 12\n\nWe propose Opt12, an optimizer for deep networks. Opt12 builds on Opt3 and is compared with Adam.\n`;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

let before: Map<string, number>;
let incremental: BuiltSite;
let fromNothing: BuiltSite;
let incrementalLog: string;

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  writeFileSync(corpus, fixture);
  const first = await runBuild('page-reuse', corpus, vocabulary);
  expect(first.exitCode, first.stdout + first.stderr).toBe(0);
  before = new Map(htmlFiles(first.dist).map((file) => [file, statSync(join(first.dist, file)).ino]));
  writeFileSync(corpus, changedCorpus());
  const second = await runBuild('page-reuse', corpus, vocabulary, { fresh: false });
  expect(second.exitCode, second.stdout + second.stderr).toBe(0);
  incremental = second;
  incrementalLog = second.stdout;
  fromNothing = await buildSite('page-reuse-cold', corpus, vocabulary);
}, 300_000);

describe('a build after a corpus change', () => {
  it('publishes every page a build from nothing publishes, byte for byte', () => {
    const expected = htmlFiles(fromNothing.dist);
    const published = htmlFiles(incremental.dist);
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

  it('reuses the pages nothing changed for and renders the rest', () => {
    const reused = htmlFiles(incremental.dist).filter(
      (file) => before.get(file) === statSync(join(incremental.dist, file)).ino,
    );
    expect(reused.length).toBeGreaterThan(20);
    // The added and reworded papers, and the method pages their relations touch, are rendered anew.
    for (const file of [
      'papers/opt12/index.html',
      'papers/pref2/index.html',
      'methods/opt3/index.html',
      'methods/pref1/index.html',
    ]) {
      expect(reused, file).not.toContain(file);
    }
    expect(reused).toContain('papers/rew5/index.html');
    // The topic of the added paper lists it; a topic none of the changes touch is reused.
    expect(reused).not.toContain('topics/optimizers/index.html');
    expect(reused).toContain('topics/reward/index.html');
    expect(incrementalLog).toContain(`[atlas] reused ${reused.length} of `);
  });

  it('drops the page of a paper that left the corpus', () => {
    expect(htmlFiles(incremental.dist)).not.toContain('papers/vis3/index.html');
  });
});
