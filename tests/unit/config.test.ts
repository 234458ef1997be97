import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtlasConfigError, parseAtlasConfig } from '../../src/lib/config';
import { resolvePaths } from '../../src/lib/paths';

const issues = (input: unknown): string[] => {
  try {
    parseAtlasConfig(input);
  } catch (error) {
    if (error instanceof AtlasConfigError) return error.issues;
    throw error;
  }
  return [];
};

describe('the atlas configuration', () => {
  it('fills in a default for every field left out', () => {
    expect(parseAtlasConfig({})).toEqual({
      title: 'Paper Atlas',
      description: 'A browsable, searchable taxonomy of research papers.',
      corpus: ['content/corpus'],
      taxonomy: 'content/taxonomy.yaml',
      vocabulary: 'content/vocabulary.yaml',
      site: 'https://paper-atlas.example.org',
      base: '/',
      strict: false,
    });
  });

  it('accepts one corpus path or several', () => {
    expect(parseAtlasConfig({ corpus: 'papers.bib' }).corpus).toEqual(['papers.bib']);
    expect(parseAtlasConfig({ corpus: ['a.bib', 'b/'] }).corpus).toEqual(['a.bib', 'b/']);
  });

  it.each([
    [{ title: 42 }, '"title": expected string, received number 42'],
    [{ corpus: 7 }, '"corpus": expected a path or an array of paths, received number 7'],
    [{ corpus: [] }, '"corpus": expected at least one path, received an empty array'],
    [
      { site: 'lab.example.org' },
      '"site": expected a full URL such as "https://lab.example.org", received string "lab.example.org"',
    ],
    [{ base: 'atlas/' }, '"base": expected a path starting with "/", received string "atlas/"'],
    [
      { corpora: ['a.bib'] },
      'unknown field "corpora": expected one of title, description, corpus, taxonomy, vocabulary, site, base, strict',
    ],
  ])('explains %j: %s', (input, issue) => {
    expect(issues(input)).toEqual([issue]);
  });

  it('names the file and every wrong field in one error', () => {
    expect(() => parseAtlasConfig({ title: '', site: 3 }, 'atlas.config.ts')).toThrow(
      /^atlas\.config\.ts is not a valid atlas configuration:\n {2}- "title": expected a non-empty string, received string ""\n {2}- "site": expected string, received number 3$/u,
    );
  });
});

describe('paths of a build', () => {
  const config = parseAtlasConfig({ corpus: ['lists/a.bib', 'lists/more'], taxonomy: 'my/taxonomy.yaml' });

  it('come from the configuration, relative to the project', () => {
    const paths = resolvePaths({}, '/project', config);
    expect(paths.corpora).toEqual([resolve('/project/lists/a.bib'), resolve('/project/lists/more')]);
    expect(paths.corpus).toBe(resolve('/project/lists/a.bib'));
    expect(paths.taxonomy).toBe(resolve('/project/my/taxonomy.yaml'));
    expect(paths.vocabulary).toBe(resolve('/project/content/vocabulary.yaml'));
  });

  it('are overridden by the environment, ATLAS_CORPUS listing several paths', () => {
    const paths = resolvePaths({ ATLAS_CORPUS: 'x.json:y.csv', ATLAS_TAXONOMY: '/t.yaml' }, '/project', config);
    expect(paths.corpora).toEqual([resolve('/project/x.json'), resolve('/project/y.csv')]);
    expect(paths.taxonomy).toBe('/t.yaml');
  });
});

describe('strict reading', () => {
  it('is off unless the configuration or ATLAS_STRICT turns it on', () => {
    expect(resolvePaths({}, '/project', parseAtlasConfig({})).strict).toBe(false);
    expect(resolvePaths({}, '/project', parseAtlasConfig({ strict: true })).strict).toBe(true);
    expect(resolvePaths({ ATLAS_STRICT: '1' }, '/project', parseAtlasConfig({})).strict).toBe(true);
    expect(resolvePaths({ ATLAS_STRICT: '0' }, '/project', parseAtlasConfig({ strict: true })).strict).toBe(false);
  });
});
