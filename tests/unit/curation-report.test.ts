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

  it('formats as Markdown a curator can act on', () => {
    const text = formatCurationReport(report);
    expect(text).toContain('- graph pooling (3 papers)');
    expect(text).toContain('Title c (`c`): topics none');
  });
});
