import { describe, expect, it } from 'vitest';
import { childrenOf, distinctiveData, refineByData } from '../../src/pipeline/topics-by-data';
import type { TopicId } from '../../src/pipeline/types';

const TOPICS: Array<[string, string | null, string[]]> = [
  ['medical-ai', null, []],
  ['medical-imaging', 'medical-ai', ['medical-images']],
  ['clinical-nlp', 'medical-ai', ['text']],
  ['surgical-ai', 'medical-ai', ['video']],
  ['nlp', null, ['text']],
  ['video-understanding', null, ['video']],
  ['time-series', null, ['time-series']],
  ['forecasting', 'time-series', ['time-series']],
];
const parentOf = new Map(TOPICS.map(([id, parent]) => [id as TopicId, parent as TopicId | null]));
const worksOn = new Map(TOPICS.map(([id, , kinds]) => [id as TopicId, kinds]));
const distinctive = distinctiveData(worksOn, parentOf);
const refined = (topic: string, data: string[]) =>
  refineByData([{ value: topic as TopicId, evidence: 'x' }], new Set(data), childrenOf(parentOf), distinctive).map(
    (tag) => tag.value,
  );

describe('refineByData', () => {
  it('files a topic under the subtopic its data say, when only that subtopic works on such data', () => {
    expect(refined('medical-ai', ['image', 'medical-images'])).toEqual(['medical-imaging']);
  });

  it('reads nothing from data many topics work on: text, video', () => {
    expect(refined('medical-ai', ['text'])).toEqual(['medical-ai']);
    expect(refined('medical-ai', ['video'])).toEqual(['medical-ai']);
  });

  it('reads nothing from the data the topic itself works on', () => {
    expect(refined('time-series', ['time-series'])).toEqual(['time-series']);
  });
});
