import { describe, expect, it } from 'vitest';
import { buildCurationReport, formatCurationReport } from '../../src/pipeline/curation-report';
import type { Slug, TaggedPaper, TopicId } from '../../src/pipeline/types';

function paper(slug: string, topics: string[], keyphrases: string[]): TaggedPaper {
  return {
    key: slug,
    slug: slug as Slug,
    title: `Title ${slug}`,
    abstract: '',
    source: { file: 'c.txt', line: 1 },
    tags: {
      name: null,
      topics: topics.map((value) => ({ value: value as TopicId, evidence: value })),
      methods: [],
      tasks: [],
      modalities: [],
      evaluatedOn: [],
      models: [],
      datasets: [],
      keyphrases,
      links: [],
      relations: [],
      results: [],
      aliases: [],
    },
  };
}

describe('buildCurationReport', () => {
  const papers = [
    paper('a', ['x'], ['graph pooling', 'node features']),
    paper('b', ['x', 'y'], ['Graph Pooling', 'message passing']),
    paper('c', [], ['message passing', 'graph pooling']),
  ];
  const report = buildCurationReport(papers, (phrase) => phrase === 'message passing');

  it('lists papers with fewer than two topics', () => {
    expect(report.weaklyTagged.map((p) => p.slug)).toEqual(['a', 'c']);
  });

  it('lists phrases of two or more papers that the vocabulary does not cover, case folded', () => {
    expect(report.missingPhrases).toEqual([{ phrase: 'graph pooling', papers: 3 }]);
  });

  it('proposes a topic for a phrase of three or more papers that no topic covers, with its papers and their commonest topic', () => {
    const covered = buildCurationReport(
      papers,
      () => true,
      50,
      () => false,
    );
    expect(covered.missingPhrases).toEqual([]);
    expect(covered.proposedTopics).toEqual([
      {
        phrase: 'graph pooling',
        parent: 'x',
        count: 3,
        papers: ['a', 'b', 'c'].map((slug) => ({ slug, title: `Title ${slug}` })),
      },
    ]);
    expect(
      buildCurationReport(
        papers,
        () => false,
        50,
        (phrase) => phrase === 'graph pooling',
      ).proposedTopics,
    ).toEqual([]);
  });

  it('formats as Markdown a curator can act on', () => {
    const text = formatCurationReport(report);
    expect(text).toContain('- graph pooling (3 papers)');
    expect(text).toContain('Title c (`c`): topics none');
    expect(text).toContain('- **graph pooling** (3 papers; their commonest topic: `x`)');
    expect(text).toContain('  - Title b (`b`)');
  });
});
