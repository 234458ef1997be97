import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild, type BuildRun } from '../helpers/build-site';
import { readHtml, select } from '../helpers/html';

/**
 * Broken input stops the build with the file, the line, what was expected and what to do, and
 * leaves the previous content/papers/ and dist/ exactly as they were. Every failing build here
 * runs in the folder of one good build, then the folder is compared file by file.
 */
const fixture = join(projectRoot, 'tests/fixtures/hostile');
const broken = join(fixture, 'broken');
// A folder of this run's own, so two test runs at once never share a build.
const NAME = `errors-${process.pid}`;
const inputs = join(projectRoot, 'tests/.tmp', `${NAME}-inputs`);
const goodEnv = {
  ATLAS_TAXONOMY: join(fixture, 'taxonomy.yaml'),
  ATLAS_VOCABULARY: join(fixture, 'vocabulary.yaml'),
  ATLAS_SITE: 'https://atlas.example.org',
  ATLAS_BASE: '/',
};

/** Every file under a folder with a digest of its bytes, so two snapshots compare exactly. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(folder)) walk(folder);
  return files;
}

let good: BuildRun;
let before: { papers: Record<string, string>; dist: Record<string, string>; slugs: string };
const takeSnapshot = () => ({
  papers: snapshot(join(good.content, 'papers')),
  dist: snapshot(good.dist),
  slugs: readFileSync(join(good.content, 'slugs.yaml'), 'utf8'),
});

beforeAll(async () => {
  await mkdir(inputs, { recursive: true });
  // Latin-1 bytes (é as 0xE9) on line 3 of an otherwise valid corpus.
  await writeFile(
    join(inputs, 'latin1.txt'),
    Buffer.concat([
      Buffer.from('Plain Title\n\n'),
      Buffer.from('A paper whose file was saved as Latin-1, with caf'),
      Buffer.from([0xe9]),
      Buffer.from(' in its abstract, so its bytes are not valid UTF-8 at all.\n'),
    ]),
  );
  good = await runBuild(NAME, join(broken, 'good.txt'), goodEnv);
  expect(good.exitCode, good.stderr).toBe(0);
  before = takeSnapshot();
  expect(Object.keys(before.papers)).toHaveLength(2);
  expect(Object.keys(before.dist).length).toBeGreaterThan(5);
});

afterAll(async () => {
  await rm(inputs, { recursive: true, force: true });
  if (good) await rm(good.root, { recursive: true, force: true });
});

describe('a build from broken input', () => {
  it.each<{ case: string; corpus: string; env: Record<string, string>; where: string; says: string[] }>([
    {
      case: 'a title with no abstract',
      corpus: join(broken, 'no-abstract.txt'),
      env: {},
      where: 'tests/fixtures/hostile/broken/no-abstract.txt:5: error:',
      says: [
        '"A Title Whose Abstract Went Missing" has no abstract',
        'expected an abstract line after it',
        '→ add the abstract',
      ],
    },
    {
      case: 'an empty corpus file',
      corpus: join(broken, 'empty.txt'),
      env: {},
      where: 'tests/fixtures/hostile/broken/empty.txt:1: error:',
      says: ['the corpus file is empty', 'expected title lines', '→ add papers to the file or remove it'],
    },
    {
      case: 'a corpus file that is not UTF-8',
      corpus: join(inputs, 'latin1.txt'),
      env: {},
      where: `tests/.tmp/${NAME}-inputs/latin1.txt:3: error:`,
      says: ['not valid UTF-8', '→ convert it to UTF-8', 'iconv'],
    },
    {
      case: 'a corpus that does not exist',
      corpus: join(broken, 'no-such-file.txt'),
      env: {},
      where: 'no-such-file.txt:0: error:',
      says: ['corpus not found', '→ set ATLAS_CORPUS'],
    },
    {
      case: 'a topic whose parent is not in the taxonomy',
      corpus: join(broken, 'good.txt'),
      env: { ATLAS_TAXONOMY: join(broken, 'unknown-parent.yaml') },
      where: 'tests/fixtures/hostile/broken/unknown-parent.yaml:5: error:',
      says: [
        'topic "unicode-text" has unknown parent "text-encodings": expected the id of a topic in this file, or null',
        '→ use the id of a topic defined in this file',
      ],
    },
    {
      case: 'a taxonomy that is not valid YAML',
      corpus: join(broken, 'good.txt'),
      env: { ATLAS_TAXONOMY: join(broken, 'invalid-yaml.yaml') },
      where: 'tests/fixtures/hostile/broken/invalid-yaml.yaml:6: error: invalid YAML',
      says: ['→ fix the YAML syntax at this line'],
    },
    {
      case: 'a former topic id that is still the id of a topic',
      corpus: join(broken, 'good.txt'),
      env: { ATLAS_TAXONOMY: join(broken, 'former-id-clash.yaml') },
      where: 'tests/fixtures/hostile/broken/former-id-clash.yaml:2: error:',
      says: ['former id "unicode-text" of topic "markup" is the id of a current topic (line 6)', '→ list each old id'],
    },
    {
      case: 'curator notes on a paper and a topic the atlas does not have',
      corpus: join(broken, 'good.txt'),
      env: { ATLAS_NOTES: join(broken, 'notes-unknown') },
      where:
        'tests/fixtures/hostile/broken/notes-unknown/on-a-missing-paper.md:3: error: a note on paper "no-such-paper", which this atlas has no page for',
      says: [
        'tests/fixtures/hostile/broken/notes-unknown/on-a-renamed-topic.md:2: error: a note on topic "old-markup"',
        '→ the topic is now "markup": write `topic: markup`',
        '→ use the slug from the paper’s URL',
      ],
    },
  ])(
    'stops at $case, naming file, line, what was expected and what to do, and changes nothing',
    async ({ corpus, env, where, says }) => {
      const run = await runBuild(NAME, corpus, { ...goodEnv, ...env }, { fresh: false });
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain(where);
      for (const words of says) expect(run.stderr).toContain(words);
      expect(run.stderr).toContain('content/papers/ and dist/ are as they were');
      expect(takeSnapshot()).toEqual(before);
    },
  );

  it('fails when a published topic URL would disappear without a redirect, naming it, and keeps dist/', async () => {
    const run = await runBuild(
      NAME,
      join(broken, 'good.txt'),
      { ...goodEnv, ATLAS_TAXONOMY: join(broken, 'topic-removed.yaml') },
      { fresh: false },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(
      /urls\.yaml:\d+: error: \/topics\/unicode-text\/ was published before and this build has no page for it/u,
    );
    expect(run.stderr).toContain('add "unicode-text" to the formerIds of the topic that replaces it');
    expect(snapshot(good.dist)).toEqual(before.dist);
  }, 180_000);

  it('publishes the site again once the removed topic redirects to the one that replaced it, and sends a retired method URL to search', async () => {
    // A method an earlier build published that this corpus no longer names (its name was changed).
    const record = join(good.content, 'urls.yaml');
    await writeFile(
      record,
      readFileSync(record, 'utf8').replace(/^methods:\n/mu, 'methods:\n  - a-method-renamed-since\n'),
    );
    const run = await runBuild(
      NAME,
      join(broken, 'good.txt'),
      { ...goodEnv, ATLAS_TAXONOMY: join(broken, 'topic-merged.yaml') },
      { fresh: false },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const redirect = await readHtml(join(good.dist, 'topics', 'unicode-text', 'index.html'));
    expect(select('meta[http-equiv="refresh"]', redirect)?.properties.content).toBe('0; url=../markup/');
    // Read where the refresh is turned off: at a phone's width, in the reader's colour scheme.
    expect(select('meta[name="viewport"]', redirect)?.properties.content).toBe('width=device-width, initial-scale=1');
    expect(select('meta[name="color-scheme"]', redirect)?.properties.content).toBe('light dark');
    expect(readFileSync(join(good.content, 'urls.yaml'), 'utf8')).toContain('- unicode-text');
    const retired = await readHtml(join(good.dist, 'methods', 'a-method-renamed-since', 'index.html'));
    expect(select('meta[http-equiv="refresh"]', retired)?.properties.content).toBe(
      '0; url=../../search/?q=a%20method%20renamed%20since',
    );
    expect(readFileSync(record, 'utf8')).toContain('- a-method-renamed-since');
  }, 180_000);
});
