import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RELATION_TYPES } from '../../src/model/relations';
import { splitPapers } from '../../scripts/lib/bench';

/**
 * The label sets `npm run eval` scores and the corpora they were read from: a label whose title is
 * not in its corpus would silently go unscored, and a relation of an unknown type would never match.
 */
interface LabelFile {
  papers: Array<{ title: string; split?: string; name?: string | null; relations?: Array<{ type: string }> }>;
}

/** Each set with the keys every one of its papers must give: a missing key would read as "none". */
const SETS = [
  {
    labels: 'tests/eval/bench-labels.yaml',
    corpus: 'tests/eval/bench-sample.txt',
    splits: ['tune', 'dev', 'test'],
    keys: ['name', 'topics', 'relations'],
  },
  {
    labels: 'tests/eval/fresh-names.yaml',
    corpus: 'tests/eval/fresh-names-sample.txt',
    splits: ['dev', 'test'],
    keys: ['name'],
  },
  {
    labels: 'tests/eval/fresh-relations.yaml',
    corpus: 'tests/eval/fresh-relations-sample.txt',
    splits: ['dev', 'test'],
    keys: ['relations', 'datasets'],
  },
];

describe.each(SETS)('$labels', ({ labels, corpus, splits, keys }) => {
  const file = parse(readFileSync(labels, 'utf8')) as LabelFile;
  const titles = new Set(splitPapers(readFileSync(corpus, 'utf8')).map((paper) => paper.title));

  it('labels only papers of its corpus, each once, and the corpus holds each paper once', () => {
    const labelled = file.papers.map((paper) => paper.title);
    expect(labelled.filter((title) => !titles.has(title))).toEqual([]);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect(titles.size).toBe(splitPapers(readFileSync(corpus, 'utf8')).length);
  });

  it('gives every paper each facet it labels', () => {
    const missing = file.papers.flatMap((paper) =>
      keys.filter((key) => !(key in paper)).map((key) => `${paper.title}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('puts every paper in a split the evaluation knows', () => {
    expect(file.papers.filter((paper) => !splits.includes(paper.split ?? '')).map((paper) => paper.title)).toEqual([]);
  });

  it('types every relation as the atlas does', () => {
    const types = file.papers.flatMap((paper) => (paper.relations ?? []).map((relation) => relation.type));
    expect(types.filter((type) => !(RELATION_TYPES as readonly string[]).includes(type))).toEqual([]);
  });
});
