import { describe, expect, it } from 'vitest';
import { buildCatalog, type PaperRecord } from '../../src/lib/catalog';
import { graphOfPapers, type GraphLinks } from '../../src/lib/method-graph';
import { hasMethodPage, paperNamingMethod, papersRelatedTo, type MethodRelations } from '../../src/lib/method-pages';
import { paperPageView } from '../../src/lib/page-views';
import { tagGroups } from '../../src/lib/tag-groups';
import { paperRecord } from '../helpers/records';
import { methodPageMismatches } from '../../scripts/lib/verify-site';

const links: GraphLinks = {
  method: (slug) => `/methods/${slug}/`,
  paper: (slug) => `/papers/${slug}/`,
  topic: (id) => `/topics/${id}/`,
};

const cited = (paper: string) => ({ paper, evidence: `${paper} says so.` });
const method = (fields: Partial<MethodRelations>): MethodRelations => ({
  introducedBy: null,
  builtOnBy: [],
  comparedBy: [],
  usedBy: [],
  mentionedBy: [],
  ...fields,
});

describe('hasMethodPage', () => {
  it.each([
    { case: 'a paper of the atlas introduces it', fields: { introducedBy: 'a' }, page: true },
    { case: 'two papers build on it', fields: { builtOnBy: [cited('a'), cited('b')] }, page: true },
    {
      case: 'one paper uses it and another compares with it',
      fields: { usedBy: [cited('a')], comparedBy: [cited('b')] },
      page: true,
    },
    {
      case: 'one paper builds on it and another names it',
      fields: { builtOnBy: [cited('a')], mentionedBy: ['b'] },
      page: true,
    },
    { case: 'two papers name it', fields: { mentionedBy: ['a', 'b'] }, page: true },
    { case: 'one paper builds on it', fields: { builtOnBy: [cited('a')] }, page: false },
    { case: 'one paper names it', fields: { mentionedBy: ['a'] }, page: false },
    {
      case: 'one paper relates to it three ways',
      fields: { builtOnBy: [cited('a')], comparedBy: [cited('a')], usedBy: [cited('a')] },
      page: false,
    },
    {
      case: 'only its introducing paper and one other relate to it',
      fields: { introducedBy: 'a', usedBy: [cited('b')] },
      page: true,
    },
  ])('gives a method a page when $case: $page', ({ fields, page }) => {
    expect(hasMethodPage(method(fields))).toBe(page);
  });

  it('counts each paper once, and not the introducing paper among those relating to it', () => {
    expect(
      papersRelatedTo(method({ introducedBy: 'a', builtOnBy: [cited('a'), cited('b')], mentionedBy: ['b', 'c'] })),
    ).toEqual(['b', 'c']);
  });
});

describe('paperNamingMethod', () => {
  it('is the one paper relating to a method without a page, and null for a method with one', () => {
    expect(paperNamingMethod(method({ comparedBy: [cited('a')] }))).toBe('a');
    expect(paperNamingMethod(method({ mentionedBy: ['a'] }))).toBe('a');
    expect(paperNamingMethod(method({ mentionedBy: ['a', 'b'] }))).toBeNull();
    expect(paperNamingMethod(method({ introducedBy: 'a' }))).toBeNull();
  });
});

describe('the catalog’s methods', () => {
  // LoRA: built on by one paper, named by another. Adam: named by two. DoRA: introduced.
  // QLoRA: built on by one paper. SGD: named by one. Both of those only on their paper's page.
  const papers: PaperRecord[] = [
    paperRecord({
      slug: 'dora',
      name: 'DoRA',
      methods: ['Adam'],
      relations: [
        { type: 'builds-on', target: 'LoRA', targetSlug: null, evidence: 'DoRA builds on LoRA.' },
        { type: 'compares-with', target: 'QLoRA', targetSlug: null, evidence: 'DoRA beats QLoRA.' },
      ],
    }),
    paperRecord({ slug: 'survey', methods: ['LoRA', 'Adam', 'SGD'] }),
  ];
  const catalog = buildCatalog(papers, []);

  it('are the methods with a page; the others are kept apart by slug', () => {
    expect(catalog.methods.map((entry) => entry.slug)).toEqual(['adam', 'dora', 'lora']);
    expect([...catalog.methodBySlug.keys()].sort()).toEqual(['adam', 'dora', 'lora']);
    expect([...catalog.pagelessMethodBySlug.keys()].sort()).toEqual(['qlora', 'sgd']);
    expect(paperNamingMethod(catalog.pagelessMethodBySlug.get('qlora')!)).toBe('dora');
    expect(paperNamingMethod(catalog.pagelessMethodBySlug.get('sgd')!)).toBe('survey');
  });

  it('keep a method off the segments of the site’s own routes: "PAGE" is not /methods/page/', () => {
    const paged = buildCatalog([paperRecord({ slug: 'page-2', name: 'PAGE' })], []);
    expect(paged.methods.map((entry) => entry.slug)).toEqual(['page-2']);
  });

  it('link from a paper page’s tags and relations only to methods with a page', () => {
    const survey = tagGroups(catalog.paperBySlug.get('survey')!, catalog).find((group) => group.facet === 'methods')!;
    expect(Object.fromEntries(survey.tags.map((tag) => [tag.value, tag.methodSlug ?? null]))).toEqual({
      LoRA: 'lora',
      Adam: 'adam',
      SGD: null,
    });
    const dora = paperPageView(
      { id: 'dora', data: catalog.paperBySlug.get('dora')!, html: '<p></p>', filePath: '' },
      catalog,
      links,
    );
    expect(Object.fromEntries(dora.relations.map((relation) => [relation.target, relation.methodSlug]))).toEqual({
      LoRA: 'lora',
      QLoRA: null,
    });
  });

  it('draw a method without a page as a diagram node that links nowhere', () => {
    const graph = graphOfPapers(catalog.papers, catalog, links);
    expect(Object.fromEntries(graph.nodes.map((node) => [node.label, node.href]))).toEqual({
      DoRA: '/methods/dora/',
      LoRA: '/methods/lora/',
      QLoRA: null,
    });
  });
});

describe('methodPageMismatches (the build’s verify step)', () => {
  it('finds nothing when the method pages built are those with a page, beside redirects of old URLs', () => {
    const built = new Map([
      ['lora', 'page'],
      ['dora', 'page'],
      ['qlora', 'redirect'],
    ] as const);
    expect(methodPageMismatches(['dora', 'lora'], built)).toEqual([]);
  });

  it('names a method page missing or built as a redirect, and a page for a method without one', () => {
    const built = new Map([
      ['lora', 'redirect'],
      ['qlora', 'page'],
    ] as const);
    expect(methodPageMismatches(['dora', 'lora'], built)).toEqual([
      'page of method dora',
      'page of method lora (a redirect was built in its place)',
      '(extra) a page for method qlora, which has no page of its own: expected a redirect or nothing',
    ]);
  });
});
