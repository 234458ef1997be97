import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog, type PaperRecord } from '../../src/lib/catalog';
import { buildGlossary } from '../../src/lib/glossary';
import type { GraphLinks } from '../../src/lib/method-graph';
import {
  datasetsIndexPageViews,
  glossaryAnchorPages,
  glossaryLines,
  glossaryPageViews,
  methodListPageViews,
  methodPageView,
  papersIndexPageViews,
} from '../../src/lib/page-views';
import { datasetLedger, datasetSlug } from '../../src/lib/results-ledger';
import { paperRecord } from '../helpers/records';

/** The views of the pages of the long lists (src/lib/page-views/lists.ts, method.ts) at small page sizes. */
const links: GraphLinks = {
  method: (slug) => `/m/${slug}/`,
  paper: (slug) => `/p/${slug}/`,
  topic: (id) => `/t/${id}/`,
};

/** Paper i defines acronym number i and uses the acronyms of the papers before it: later acronyms are used less. */
const ACRONYMS = ['ABC', 'ADE', 'BFG', 'BHI', 'CJK', 'DLM', 'DNO', 'EPQ', 'FRS', 'GTU'];
const acronymPapers: PaperRecord[] = ACRONYMS.map((acronym, index) =>
  paperRecord({
    slug: `p${index}`,
    title: `${acronym} paper`,
    abstract: `We introduce ${acronym
      .split('')
      .map((letter) => `${letter}${'x'.repeat(3)}`)
      .join(' ')} (${acronym}). We compare with ${ACRONYMS.slice(index + 1).join(', ')}.`,
  }),
);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the pages of the glossary', () => {
  const catalog = buildCatalog(acronymPapers, []);
  const glossary = buildGlossary(catalog.papers);
  const views = glossaryPageViews(glossary, catalog, 8);
  const entries = views.flatMap((view) => view.groups.flatMap((group) => group.items));

  it('hold every acronym once, in order, each page within its lines unless one entry alone fills it', () => {
    expect(glossary.length).toBe(ACRONYMS.length);
    expect(entries.map((entry) => entry.acronym)).toEqual(glossary.map((entry) => entry.acronym));
    expect(views.length).toBeGreaterThan(2);
    for (const view of views) {
      const items = view.groups.flatMap((group) => group.items);
      const lines = items.reduce((sum, item) => sum + glossaryLines(item), 0);
      expect(items.length === 1 || lines <= 8, `page ${view.pagination.page}: ${lines} lines`).toBe(true);
    }
  });

  it('send every entry’s and every letter’s anchor to the page that holds it', () => {
    const pages = glossaryAnchorPages(views);
    for (const view of views)
      for (const group of view.groups) {
        if (group.anchor) expect(pages[group.anchor]).toBe(view.pagination.page);
        for (const item of group.items) expect(pages[item.anchor]).toBe(view.pagination.page);
      }
    expect(Object.keys(pages).sort()).toEqual(
      [...glossary.map((entry) => entry.anchor), ...'abcdefg'.split('').map((letter) => `letter-${letter}`)].sort(),
    );
  });
});

describe('the pages of the list of all papers', () => {
  it('list every paper once, by title, under the letter it starts with', () => {
    const catalog = buildCatalog(acronymPapers, []);
    const views = papersIndexPageViews(catalog, 3);
    expect(views.map((view) => view.pagination.page)).toEqual([1, 2, 3, 4]);
    const listed = views.flatMap((view) => view.groups.flatMap((group) => group.items.map((item) => item.title)));
    expect(listed).toEqual(catalog.papers.map((paper) => paper.title));
    expect(views[0]!.letters.map((target) => `${target.letter}${target.page}`)).toEqual([
      'A1',
      'B1',
      'C2',
      'D2',
      'E3',
      'F3',
      'G4',
    ]);
  });
});

describe('the pages of the list of all datasets', () => {
  it('list every dataset once, by label, under the letter it starts with', () => {
    const names = ['ImageNet', 'COCO', 'ADE20K', 'CIFAR-10', 'GSM8K'];
    const papers = names.map((dataset, index) =>
      paperRecord({
        slug: `d${index}`,
        title: `Paper ${index}`,
        results: [
          {
            metric: 'accuracy',
            direction: 'higher',
            model: null,
            value: `${index}%`,
            kind: 'score',
            dataset,
            comparator: null,
            evidence: 'x',
          },
        ],
      }),
    );
    const datasets = datasetLedger(papers);
    const views = datasetsIndexPageViews(datasets, 2);
    expect(views.map((view) => view.pagination.page)).toEqual([1, 2, 3]);
    const listed = views.flatMap((view) => view.groups.flatMap((group) => group.items.map((item) => item.label)));
    expect(listed).toEqual(['ADE20K', 'CIFAR-10', 'COCO', 'GSM8K', 'ImageNet']);
    expect(views[0]!.letters.map((target) => `${target.letter}${target.page}`)).toEqual(['A1', 'C1', 'G2', 'I3']);
  });

  it('keep a dataset off the segments of the site’s own routes: "PAGE" is not /datasets/page/', () => {
    expect(datasetSlug('PAGE')).toBe('page-2');
    expect(datasetSlug('MS COCO')).toBe('ms-coco');
  });
});

describe('the pages of a method', () => {
  /** Five papers build on Base; two of them also name Other; three more only name Base. */
  const methodPapers = [
    paperRecord({ slug: 'base', name: 'Base', abstract: 'We propose Base.' }),
    ...[1, 2, 3, 4, 5].map((n) =>
      paperRecord({
        slug: `b${n}`,
        name: `B${n}`,
        relations: [{ type: 'builds-on', target: 'Base', targetSlug: 'base', evidence: `B${n} builds on Base.` }],
        methods: n <= 2 ? ['Other'] : [],
      }),
    ),
    ...[1, 2, 3].map((n) => paperRecord({ slug: `m${n}`, methods: ['Base'] })),
  ];

  it('list its papers over pages, a relation cut by a page break said to continue', () => {
    vi.stubEnv('ATLAS_METHOD_PAGE_SIZE', '3');
    const catalog = buildCatalog(methodPapers, []);
    const first = methodPageView(catalog.methodBySlug.get('base')!, catalog, links);
    const later = methodListPageViews(catalog).filter((view) => view.method.slug === 'base');
    const pages = [first.papers, ...later.map((view) => view.papers)];
    expect(pages.map((page) => page.pagination.page)).toEqual([1, 2, 3]);
    expect(
      pages.map((page) => page.relations.map((list) => `${list.relation}${list.continued ? '+' : ''}:${list.total}`)),
    ).toEqual([['builtOnBy:5'], ['builtOnBy+:5', 'mentionedBy:3'], ['mentionedBy+:3']]);
    const slugs = pages.flatMap((page) => page.relations.flatMap((list) => list.papers.map((paper) => paper.slug)));
    expect(slugs.sort()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'm1', 'm2', 'm3']);
  });

  it('keep a method of few papers on one page', () => {
    const catalog = buildCatalog(methodPapers, []);
    expect(methodListPageViews(catalog)).toEqual([]);
    expect(methodPageView(catalog.methodBySlug.get('base')!, catalog, links).papers.pagination.pages).toBe(1);
  });
});
