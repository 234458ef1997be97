import { describe, expect, it } from 'vitest';
import { studyTopics, withStudyTopics } from '../../src/pipeline/study-topics';
import type { TopicId } from '../../src/pipeline/types';

const id = (value: string) => value as TopicId;
/** The taxonomy's say: which topics a phrase names. */
const aliases: Record<string, string[]> = { 'new benchmark': ['benchmarks'], 'new dataset': ['datasets'] };
const topicsNamedBy = (phrase: string) => (aliases[phrase] ?? []).map(id);
const parentOf = new Map<TopicId, TopicId | null>([
  [id('data'), null],
  [id('benchmarks'), id('data')],
  [id('datasets'), id('data')],
  [id('vision'), null],
]);

describe('topics a paper has by the kind of work it is', () => {
  it.each([
    ['WorldVQA, a benchmark', ['benchmarks']],
    ['XToM, a rigorously validated multilingual benchmark', ['benchmarks']],
    ['the NorthSet datasets', ['datasets']],
    // Data with no noun the taxonomy files ("collection") adds nothing.
    ['TextHub is an open-source collection', []],
  ])('%s → %j', (evidence, expected) => {
    const tags = studyTopics({ evidence, name: evidence.split(/[ ,]/u)[0] ?? '', title: 'A title' }, topicsNamedBy);
    expect(tags.map((tag) => tag.value)).toEqual(expected);
    for (const tag of tags) expect(tag.evidence).toBe(evidence);
  });

  it.each([
    // The title's subtitle says what the named data is when the abstract's words do not.
    ['KelpSet', 'KelpSet: A Multi-Season Underwater Dataset for Counting Kelp', ['datasets']],
    ['RoadQA', 'RoadQA: An Open Benchmark for Driving Questions', ['benchmarks']],
    // A name that says it is a benchmark.
    ['HarborBench', 'Testing Agents in Ports', ['benchmarks']],
    ['QuizArena', 'QuizArena', ['benchmarks']],
    // Neither: a subtitle without a data noun, a name without a benchmark suffix.
    ['KelpNet', 'KelpNet: Counting Kelp from Above', []],
    // A data noun later in the subtitle is not its head.
    ['TideFormer', 'TideFormer: Forecasting Tides with Transformers on the Global Tide Gauge Dataset', []],
  ])('%s, titled %j → %j', (name, title, expected) => {
    expect(studyTopics({ evidence: name, name, title }, topicsNamedBy).map((tag) => tag.value)).toEqual(expected);
  });

  it('adds nothing to a paper that introduces no named data', () => {
    expect(studyTopics(undefined, topicsNamedBy)).toEqual([]);
  });

  it('keeps the topics read from the words first, the most specific only, and at most the limit', () => {
    const tag = (value: string) => ({ value: id(value), evidence: value, confidence: 0.8 });
    expect(withStudyTopics([tag('vision')], [tag('benchmarks')], parentOf, 5).map((t) => t.value)).toEqual([
      'vision',
      'benchmarks',
    ]);
    // A broader topic the paper already has below it is not added again.
    expect(withStudyTopics([tag('benchmarks')], [tag('data')], parentOf, 5).map((t) => t.value)).toEqual([
      'benchmarks',
    ]);
    expect(
      withStudyTopics([tag('vision'), tag('datasets')], [tag('benchmarks')], parentOf, 2).map((t) => t.value),
    ).toEqual(['vision', 'datasets']);
  });
});
