import { describe, expect, it } from 'vitest';
import { findLostUrls } from '../../scripts/lib/published-urls';
import { parsePublishedUrls } from '../../src/lib/published-urls';

const record = ['# header', 'topics:', '  - fine-tuning', '  - old-topic', 'methods:', '  - lora', ''].join('\n');

describe('the record of published URLs', () => {
  it('reads each URL segment with its line', () => {
    expect(parsePublishedUrls(record)).toEqual({
      urls: [
        { section: 'topics', segment: 'fine-tuning', line: 3 },
        { section: 'topics', segment: 'old-topic', line: 4 },
        { section: 'methods', segment: 'lora', line: 6 },
      ],
    });
  });

  it('reports where a damaged record stops being YAML', () => {
    expect(parsePublishedUrls('topics:\n  - a\n - b: [\n')).toEqual({ errorLine: 3 });
  });

  it('names every URL the new build lost, at its line, with what to do', () => {
    const parsed = parsePublishedUrls(record);
    if (!('urls' in parsed)) throw new Error('unreadable');
    const lost = findLostUrls(parsed.urls, { topics: ['fine-tuning'], methods: ['lora'] }, 'content/urls.yaml');
    expect(lost).toEqual([
      expect.objectContaining({
        file: 'content/urls.yaml',
        line: 4,
        message: expect.stringContaining('/topics/old-topic/ was published before'),
        hint: expect.stringContaining('add "old-topic" to the formerIds'),
      }),
    ]);
    expect(findLostUrls(parsed.urls, { topics: ['fine-tuning', 'old-topic'], methods: ['lora', 'new'] }, 'x')).toEqual(
      [],
    );
  });
});
