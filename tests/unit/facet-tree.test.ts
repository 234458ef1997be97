import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFacet, WITHIN, writeFacet } from '../../src/search/shared/facet-tree';

const DOCS = 300;

/** A small taxonomy: two areas, subtopics under them, one topic under a subtopic. */
const PARENT = new Map<string, string | null>([
  ['vision', null],
  ['language', null],
  ['detection', 'vision'],
  ['segmentation', 'vision'],
  ['medical-segmentation', 'segmentation'],
  ['translation', 'language'],
]);
const TOPICS = [...PARENT.keys()];

const ancestorsOf = (topic: string): string[] => {
  const parent = PARENT.get(topic);
  return parent ? [parent, ...ancestorsOf(parent)] : [];
};

/** Each document's topics with their ancestors, as pages are filed; returned as each topic's documents. */
function filed(topicsOfDocument: string[][]): Map<string, number[]> {
  const documentsOf = new Map<string, number[]>();
  topicsOfDocument.forEach((topics, id) => {
    for (const topic of new Set(topics.flatMap((t) => [t, ...ancestorsOf(t)])))
      documentsOf.set(topic, [...(documentsOf.get(topic) ?? []), id]);
  });
  return documentsOf;
}

const sorted = (map: Map<string, number[]>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('a facet written as a tree', () => {
  it('reads back every value with exactly the documents it was filed with', () => {
    fc.assert(
      fc.property(fc.array(fc.subarray(TOPICS, { maxLength: 3 }), { maxLength: DOCS }), (topicsOfDocument) => {
        const documentsOf = filed(topicsOfDocument);
        const record = writeFacet(documentsOf, topicsOfDocument.length, (topic) => PARENT.get(topic));
        expect(sorted(readFacet(record))).toEqual(sorted(documentsOf));
      }),
    );
  });

  it('stays exact when a value under another has documents its parent lacks', () => {
    const documentsOf = new Map([
      ['vision', [1, 2]],
      ['detection', [2, 3]],
      ['segmentation', [1]],
    ]);
    const record = writeFacet(documentsOf, 10, (topic) => PARENT.get(topic));
    expect(sorted(readFacet(record))).toEqual(sorted(documentsOf));
  });

  it('writes a parent with only the documents no value under it has', () => {
    const documentsOf = filed([['detection'], ['segmentation'], ['vision'], ['medical-segmentation']]);
    const record = writeFacet(documentsOf, 4, (topic) => PARENT.get(topic));
    const stored = new Map(Object.entries(record).filter(([key]) => key !== WITHIN));
    const alone = readFacet(Object.fromEntries(stored));
    expect(alone.get('vision')).toEqual([2]);
    expect(alone.get('segmentation')).toEqual([1]);
    expect(readFacet(record).get('vision')).toEqual([0, 1, 2, 3]);
  });

  it('is smaller than the same facet written flat when documents sit deep in the tree', () => {
    const topicsOfDocument = Array.from({ length: 3_000 }, (_, id) => [TOPICS[2 + (id % 4)] as string]);
    const documentsOf = filed(topicsOfDocument);
    const size = (record: Record<string, string>) => JSON.stringify(record).length;
    const nested = size(writeFacet(documentsOf, 3_000, (topic) => PARENT.get(topic)));
    const flat = size(writeFacet(documentsOf, 3_000));
    expect(nested).toBeLessThan(flat * 0.75);
  });

  it('reads a facet written flat as it was written', () => {
    const documentsOf = new Map([
      ['ImageNet', [0, 4]],
      ['COCO', [4]],
    ]);
    expect(readFacet(writeFacet(documentsOf, 5))).toEqual(new Map([...documentsOf].sort()));
  });
});
