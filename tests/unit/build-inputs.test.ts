import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildInputsOf,
  digestBuildInputs,
  isUpToDate,
  readBuildRecord,
  writeBuildRecord,
  type BuildInputs,
} from '../../scripts/lib/build-inputs';

let root: string;
let inputs: BuildInputs;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-inputs-'));
  await mkdir(join(root, 'corpus'), { recursive: true });
  await mkdir(join(root, 'src/pages'), { recursive: true });
  await writeFile(join(root, 'corpus/a.txt'), 'Title\n\nAbstract.\n');
  await writeFile(join(root, 'taxonomy.yaml'), 'topics: []\n');
  await writeFile(join(root, 'src/pages/index.astro'), '<h1>Atlas</h1>\n');
  inputs = {
    data: [join(root, 'corpus'), join(root, 'taxonomy.yaml')],
    code: [join(root, 'src')],
    settings: { ATLAS_BASE: '/' },
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('digestBuildInputs', () => {
  it('is the same for the same files and settings', async () => {
    expect(await digestBuildInputs(inputs, root)).toBe(await digestBuildInputs(inputs, root));
  });

  it.each([
    ['a corpus file changes', () => writeFile(join(root, 'corpus/a.txt'), 'Title\n\nAbstract!\n')],
    ['a corpus file is added', () => writeFile(join(root, 'corpus/b.txt'), 'More\n\nText.\n')],
    ['the taxonomy changes', () => writeFile(join(root, 'taxonomy.yaml'), 'topics: [x]\n')],
    ['a source file changes', () => writeFile(join(root, 'src/pages/index.astro'), '<h1>Atlas!</h1>\n')],
  ])('changes when %s', async (_, change) => {
    const before = await digestBuildInputs(inputs, root);
    await change();
    expect(await digestBuildInputs(inputs, root)).not.toBe(before);
  });

  it('changes when a setting changes, and tells a missing input from an empty one', async () => {
    const before = await digestBuildInputs(inputs, root);
    expect(await digestBuildInputs({ ...inputs, settings: { ATLAS_BASE: '/atlas/' } }, root)).not.toBe(before);
    const missing = await digestBuildInputs({ ...inputs, data: [...inputs.data, join(root, 'notes')] }, root);
    await mkdir(join(root, 'notes'));
    await writeFile(join(root, 'notes/n.md'), 'note');
    expect(await digestBuildInputs({ ...inputs, data: [...inputs.data, join(root, 'notes')] }, root)).not.toBe(missing);
  });
});

describe('buildInputsOf', () => {
  it('counts the registries beside the generated pages and the root configuration files as inputs, and not the pages', async () => {
    const content = join(root, 'content');
    await mkdir(join(content, 'papers'), { recursive: true });
    await writeFile(join(content, 'slugs.yaml'), 'a: a\n');
    await writeFile(join(content, 'papers/a.mdx'), '---\n---\n');
    await writeFile(join(root, 'atlas.config.ts'), 'export default {};\n');
    const paths = {
      corpus: join(root, 'corpus'),
      taxonomy: join(root, 'taxonomy.yaml'),
      vocabulary: join(root, 'v.yaml'),
      notes: join(root, 'notes'),
      content,
    };
    const found = await buildInputsOf(paths, root, {});
    expect(found.data).toContain(join(content, 'slugs.yaml'));
    expect(found.data).not.toContain(join(content, 'papers'));
    expect(found.code).toContain(join(root, 'src'));
    expect(found.code).not.toContain(join(root, 'taxonomy.yaml'));
    expect(found.code).toContain(join(root, 'atlas.config.ts'));
  });

  it('counts the page size of every long list among the settings: another size is another site', async () => {
    const paths = {
      corpus: join(root, 'corpus'),
      taxonomy: join(root, 'taxonomy.yaml'),
      vocabulary: join(root, 'v.yaml'),
      notes: join(root, 'notes'),
      content: join(root, 'content'),
    };
    const digestWith = async (env: NodeJS.ProcessEnv) => digestBuildInputs(await buildInputsOf(paths, root, env), root);
    const plain = await digestWith({});
    expect(await digestWith({})).toBe(plain);
    for (const name of ['ATLAS_TOPIC_PAGE_SIZE', 'ATLAS_DATASET_PAGE_SIZE', 'ATLAS_METHODS_PAGE_SIZE'])
      expect(await digestWith({ [name]: '2' })).not.toBe(plain);
  });
});

describe('build records', () => {
  it('says a site is up to date only for the same inputs, the same dist and a complete site', async () => {
    const dist = join(root, 'dist');
    const file = join(root, 'cache/atlas-build.json');
    expect(await readBuildRecord(file)).toBeNull();
    await writeBuildRecord(file, { inputs: 'abc', dist });
    const record = await readBuildRecord(file);
    expect(isUpToDate(record, 'abc', dist)).toBe(false); // no site yet
    await mkdir(join(dist, 'pagefind'), { recursive: true });
    await writeFile(join(dist, 'pagefind/pagefind-entry.json'), '{}');
    expect(isUpToDate(record, 'abc', dist)).toBe(true);
    expect(isUpToDate(record, 'abd', dist)).toBe(false);
    expect(isUpToDate(record, 'abc', join(root, 'elsewhere'))).toBe(false);
  });

  it('treats an unreadable record as no record', async () => {
    const file = join(root, 'atlas-build.json');
    await writeFile(file, '{not json');
    expect(await readBuildRecord(file)).toBeNull();
  });
});
