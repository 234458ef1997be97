import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type PaperRecord, type TopicRecord } from '../../src/lib/catalog';
import { relatedPapers, relatedPapersByScan } from '../../src/lib/related-papers';
import { paperRecord } from '../helpers/records';

const topics: TopicRecord[] = [
  { id: 'nlp', label: 'NLP', parent: null, description: '', aliases: [], formerIds: [] },
  { id: 'llm', label: 'Language models', parent: 'nlp', description: '', aliases: [], formerIds: [] },
  { id: 'peft', label: 'PEFT', parent: 'llm', description: '', aliases: [], formerIds: [] },
  { id: 'vision', label: 'Vision', parent: null, description: '', aliases: [], formerIds: [] },
];

function paper(slug: string, fields: Omit<Parameters<typeof paperRecord>[0], 'slug'> = {}): PaperRecord {
  return paperRecord({ slug, ...fields });
}

describe('relatedPapers', () => {
  it('ranks deeper shared topics, shared methods and direct relations above broad topics', () => {
    const catalog = buildCatalog(
      [
        paper('a', { topics: ['peft', 'vision'], methods: ['LoRA'], name: 'A-Net' }),
        paper('b', { topics: ['nlp'] }),
        paper('c', { topics: ['peft'] }),
        paper('d', {
          methods: ['LoRA'],
          relations: [{ type: 'builds-on', target: 'A-Net', targetSlug: 'a', evidence: 'x' }],
        }),
        paper('e', { topics: ['vision'] }),
        paper('f', { topics: ['llm'] }),
      ],
      topics,
    );
    const related = relatedPapers(catalog.paperBySlug.get('a')!, catalog);
    // d: method 2 + relation 4 = 6; c: peft depth 3; e: vision depth 1; b and f share no exact topic.
    expect(related.map(({ paper: other }) => other.slug)).toEqual(['d', 'c', 'e']);
    expect(related[0]!.reasons).toEqual(['method LoRA', 'it builds on or compares with A-Net']);
    expect(related[1]!.reasons).toEqual(['topic PEFT']);
  });

  it('breaks ties by title and keeps at most the limit', () => {
    const catalog = buildCatalog(
      ['z', 'y', 'x', 'w'].map((slug) => paper(slug, { topics: ['vision'] })),
      topics,
    );
    const related = relatedPapers(catalog.paperBySlug.get('z')!, catalog, 2);
    expect(related.map(({ paper: other }) => other.slug)).toEqual(['w', 'x']);
  });

  it('finds the same papers, in the same order and for the same reasons, as comparing every pair', () => {
    const slugs = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const record = fc.record({
      topics: fc.array(fc.constantFrom('nlp', 'llm', 'peft', 'vision', 'unknown'), { maxLength: 3 }),
      methods: fc.array(fc.constantFrom('LoRA', 'DPO', 'MeZO'), { maxLength: 2 }),
      targets: fc.array(fc.constantFrom(...slugs, null), { maxLength: 2 }),
      title: fc.constantFrom('Alpha', 'beta', 'Beta', 'gamma'),
    });
    fc.assert(
      fc.property(
        fc.array(record, { minLength: slugs.length, maxLength: slugs.length }),
        fc.integer({ min: 1, max: 6 }),
        (records, limit) => {
          const papers = records.map((fields, i) =>
            paper(slugs[i]!, {
              title: fields.title,
              topics: fields.topics,
              methods: fields.methods,
              relations: fields.targets.map((targetSlug) => ({
                type: 'compares-with' as const,
                target: 'M',
                targetSlug,
                evidence: '',
              })),
            }),
          );
          const catalog = buildCatalog(papers, topics);
          for (const one of catalog.papers) {
            expect(relatedPapers(one, catalog, limit)).toEqual(relatedPapersByScan(one, catalog, limit));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
