import { describe, expect, it } from 'vitest';
import { buildCatalog, type PaperRecord, type TopicRecord } from '../../src/lib/catalog';
import { searchDocuments } from '../../src/search/build/documents';
import { paperRecord, topicsOfCatalog, topicsOfList } from '../../src/search/build/records';
import { isSearched, pagefindPages } from '../../src/search/build/searched-pages';

describe('which pages search finds', () => {
  it.each([
    [{ kind: 'paper' } as const, true],
    [{ kind: 'topic' } as const, true],
    [{ kind: 'method', introducedBy: null } as const, true],
    [{ kind: 'method', introducedBy: 'mezo' } as const, false],
    [{ kind: 'other' } as const, false],
  ])('%j → %s', (page, searched) => {
    expect(isSearched(page)).toBe(searched);
  });

  it('gives Pagefind every searched page by its file, in one order whatever order they were listed in', () => {
    const paths = ['topics/x/', 'papers/b/', 'methods/lora/', 'papers/a/'];
    const expected = ['methods/lora/index.html', 'papers/a/index.html', 'papers/b/index.html', 'topics/x/index.html'];
    expect(pagefindPages(paths)).toEqual(expected);
    expect(pagefindPages([...paths].reverse())).toEqual(expected);
  });
});

describe("a paper's search record", () => {
  const topics: TopicRecord[] = [
    { id: 'ml', label: 'Machine learning', parent: null, description: '', aliases: [], formerIds: [] },
    { id: 'peft', label: 'Parameter-efficient fine-tuning', parent: 'ml', description: '', aliases: [], formerIds: [] },
  ];
  const paper = {
    slug: 'pissa',
    title: 'PiSSA',
    name: 'PiSSA',
    abstract: 'Adapters from principal singular values.',
    topics: ['peft'],
    methods: [],
    tasks: ['Fine-tuning'],
    modalities: ['Text'],
    models: [],
    datasets: [],
    keyphrases: [],
    links: [],
    relations: [],
    evidence: {},
    confidence: {},
    curatedTags: {},
  } as unknown as PaperRecord;

  it('is the same for the Pagefind record of its page and for the atlas index', () => {
    const fromCatalog = paperRecord(paper, topicsOfCatalog(buildCatalog([paper], topics)));
    const [document] = searchDocuments([paper], topics);
    expect(fromCatalog).toEqual(paperRecord(paper, topicsOfList(topics)));
    expect(document).toMatchObject({ k: fromCatalog.kind, m: fromCatalog.method, p: fromCatalog.topics });
    expect(document?.facets).toEqual(fromCatalog.facets);
    expect(fromCatalog.facets).toEqual({
      kind: ['Paper'],
      topic: ['ml', 'peft'],
      task: ['Fine-tuning'],
      modality: ['Text'],
      code: ['no'],
      // No claimed results: the "Has results on" filter leaves it out.
      results: [],
    });
  });
});
