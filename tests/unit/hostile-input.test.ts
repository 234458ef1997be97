import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/paper-store';
import { loadTaxonomy } from '../../src/pipeline/load-vocabulary';
import { normaliseEntries } from '../../src/pipeline/normalise';
import { cleanWhitespace, parseCorpus } from '../../src/pipeline/parse-corpus';
import { mdxText } from '../../src/pipeline/serialise-mdx';
import { assignSlugs } from '../../src/pipeline/slug';
import type { Slug, TaggedPaper } from '../../src/pipeline/types';
import { paperToMdx } from '../../src/pipeline/write-paper';
import { hostileText } from '../helpers/arbitraries';

/** A title line: hostile text that is one short line. */
const hostileTitle = hostileText.filter((text) => text.length <= 200 && text.split(' ').length <= 30);
/** An abstract: hostile text followed by a sentence, so it always reads as prose. */
const hostileAbstract = hostileText.map(
  (text) => `${text} and this sentence makes the abstract read as a complete piece of prose.`,
);

function paperOf(title: string, abstract: string): TaggedPaper {
  return {
    key: 'k',
    slug: 'paper' as Slug,
    title,
    abstract,
    source: { file: 'corpus.txt', line: 1 },
    tags: {
      name: null,
      aliases: [],
      topics: [],
      methods: [],
      tasks: [],
      modalities: [],
      evaluatedOn: [],
      models: [],
      datasets: [],
      keyphrases: [],
      links: [],
      relations: [],
      results: [],
    },
  };
}

describe('corpus text through the pipeline, for arbitrary hostile strings', () => {
  it('parses a listing of hostile titles and abstracts back into exactly those entries, with CRLF and a BOM or not (2,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: hostileTitle, abstract: hostileAbstract }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (papers, newline, bom) => {
          const text =
            (bom ? '\uFEFF' : '') +
            papers.map((paper) => `${paper.title}${newline}${newline}${paper.abstract}${newline}`).join(newline);
          const parsed = parseCorpus(text, 'corpus.txt');
          const expected = papers.map((paper) => ({
            title: cleanWhitespace(paper.title),
            abstract: cleanWhitespace(paper.abstract),
          }));
          return (
            parsed.problems.filter((problem) => problem.severity === 'error').length === 0 &&
            JSON.stringify(parsed.entries.map(({ title, abstract }) => ({ title, abstract }))) ===
              JSON.stringify(expected)
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes a paper page whose frontmatter and body read back as the exact title and abstract (2,000 cases)', () => {
    fc.assert(
      fc.property(hostileTitle, hostileText, (title, abstract) => {
        const { frontmatter, body } = splitFrontmatter(paperToMdx(paperOf(title, abstract)));
        return frontmatter.title === title && mdxText(body).trim() === abstract;
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('gives every paper a unique, plain URL segment whatever its title, and keeps them when papers are added (2,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(hostileTitle, { minLength: 1, maxLength: 8 }),
        fc.array(hostileTitle, { maxLength: 4 }),
        (titles, added) => {
          const first = assignSlugs(
            titles.map((title) => ({ key: title, preferred: title })),
            new Map(),
          );
          const slugs = [...first.slugs.values()];
          const plain = slugs.every((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug));
          const more = [...new Set([...titles, ...added])];
          const second = assignSlugs(
            more.map((title) => ({ key: title, preferred: title })),
            first.registry,
          );
          const kept = titles.every((title) => second.slugs.get(title) === first.slugs.get(title));
          return (
            plain && new Set(slugs).size === slugs.length && new Set(second.slugs.values()).size === more.length && kept
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('duplicates', () => {
  const entry = (title: string, abstract: string, file = 'a.txt', line = 1) => ({
    title,
    abstract,
    source: { file, line },
  });

  it('keeps two papers of one file that share a title but not an abstract, under different keys', () => {
    const { papers, problems } = normaliseEntries([
      entry('Same Title', 'First abstract.'),
      entry('Same title!', 'Second abstract.', 'a.txt', 5),
    ]);
    expect(papers.map((paper) => paper.abstract)).toEqual(['First abstract.', 'Second abstract.']);
    expect(new Set(papers.map((paper) => paper.key)).size).toBe(2);
    expect(problems).toEqual([]);
  });

  it('merges an identical entry into the first with a warning naming both places', () => {
    const { papers, problems } = normaliseEntries([
      entry('Same Title', 'Same abstract.'),
      entry('Same Title', 'Same  abstract.', 'a.txt', 9),
    ]);
    expect(papers).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'a.txt',
        line: 9,
        message: expect.stringContaining('a.txt:1'),
      }),
    ]);
  });
});

describe('topic redirects in the taxonomy', () => {
  it('rejects a former id that is still a topic id, or that two topics claim, naming the line', () => {
    const text = [
      'topics:',
      '  - { id: a, label: A, parent: null, formerIds: [b, old] }',
      '  - { id: b, label: B, parent: a }',
      '  - { id: c, label: C, parent: a, formerIds: [old] }',
    ].join('\n');
    const { problems } = loadTaxonomy(text, 'taxonomy.yaml');
    expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '2: former id "b" of topic "a" is the id of a current topic (line 3): its old URL can redirect to one topic only',
      '4: former id "old" of topic "c" is also a former id of "a": its old URL can redirect to one topic only',
    ]);
  });

  it('reports a YAML syntax error at the line it is on', () => {
    const { problems } = loadTaxonomy('topics:\n  - id: a\n    label: A: B\n', 'taxonomy.yaml');
    expect(problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('invalid YAML') });
  });
});
