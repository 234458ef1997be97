import { describe, expect, it } from 'vitest';
import { buildCatalog, type PaperRecord, type TopicRecord } from '../../src/lib/catalog';
import { digestOf } from '../../src/lib/page-reuse';
import { methodPageView, paperPageView, topicPageViews } from '../../src/lib/page-views';
import { paperRecord, testLinks, testTaxonomy } from '../helpers/records';

/**
 * A page's view holds everything the page shows of its neighbours, so the view's digest, which
 * decides whether a build reuses the page (src/lib/page-reuse/), changes with any of it.
 */
const links = testLinks;
const taxonomy = testTaxonomy;

/** Pref0 introduces a method Pref1 builds on; both are about preference optimisation; Vis0 is unrelated. */
function papers(rename: Record<string, string> = {}): PaperRecord[] {
  const titled = (fields: Parameters<typeof paperRecord>[0]) =>
    paperRecord({ ...fields, title: rename[fields.slug] ?? fields.slug.toUpperCase() });
  return [
    titled({ slug: 'pref0', name: 'Pref0', topics: ['pref'], abstract: 'We propose Pref0.' }),
    titled({
      slug: 'pref1',
      name: 'Pref1',
      topics: ['pref'],
      relations: [{ type: 'builds-on', target: 'Pref0', targetSlug: 'pref0', evidence: 'Pref1 builds on Pref0.' }],
      abstract: 'We propose Pref1.',
    }),
    titled({ slug: 'vis0', name: 'Vis0', topics: ['vision'], abstract: 'We propose Vis0.' }),
  ];
}

function views(options: { rename?: Record<string, string>; topics?: TopicRecord[]; added?: PaperRecord[] } = {}) {
  const catalog = buildCatalog([...papers(options.rename), ...(options.added ?? [])], options.topics ?? taxonomy);
  const paper = (slug: string) =>
    paperPageView({ id: slug, data: catalog.paperBySlug.get(slug)!, html: '<p></p>', filePath: '' }, catalog, links);
  const topicView = (id: string) => topicPageViews(catalog, links).find((view) => view.topic.id === id)!;
  const method = (slug: string) => methodPageView(catalog.methodBySlug.get(slug)!, catalog, links);
  return { paper, topic: topicView, method };
}

describe('page views', () => {
  it('a paper page holds the titles of its related papers, and no other paper', () => {
    const before = views();
    const after = views({ rename: { pref0: 'Pref0, retitled' } });
    expect(after.paper('pref1').related.map((related) => related.title)).toContain('Pref0, retitled');
    expect(digestOf(after.paper('pref1'))).not.toBe(digestOf(before.paper('pref1')));
    expect(digestOf(after.paper('vis0'))).toBe(digestOf(before.paper('vis0')));
  });

  it('a paper page holds the taxonomy labels and ancestors of its topic chips and breadcrumb', () => {
    const renamed = taxonomy.map((entry) => (entry.id === 'align' ? { ...entry, label: 'Alignment, renamed' } : entry));
    const before = views();
    const after = views({ topics: renamed });
    const chips = after.paper('pref0').tagGroups.find((group) => group.facet === 'topics')!.chips;
    expect(chips).toEqual([
      { id: 'pref', label: 'Preference optimisation', ancestors: [{ id: 'align', label: 'Alignment, renamed' }] },
    ]);
    expect(after.paper('pref0').breadcrumb.map((entry) => entry.label)).toEqual([
      'Alignment, renamed',
      'Preference optimisation',
    ]);
    expect(digestOf(after.paper('vis0'))).toBe(digestOf(before.paper('vis0')));
  });

  it('a paper page holds which of the methods it relates to have a page', () => {
    expect(views().paper('pref1').relations).toEqual([
      expect.objectContaining({ target: 'Pref0', methodSlug: 'pref0' }),
    ]);
  });

  it('a topic page holds the titles, gists and topic labels of the papers it lists, and of no other', () => {
    const before = views();
    const after = views({ rename: { pref1: 'Pref1, retitled' } });
    expect(after.topic('align').papers).toContainEqual({
      slug: 'pref1',
      title: 'Pref1, retitled',
      name: 'Pref1',
      topics: ['Preference optimisation'],
      moreTopics: 0,
      gist: 'We propose Pref1.',
    });
    expect(digestOf(after.topic('align'))).not.toBe(digestOf(before.topic('align')));
    expect(digestOf(after.topic('vision'))).toBe(digestOf(before.topic('vision')));
  });

  it('a method page holds the titles of the paper introducing it and of the papers building on it', () => {
    const before = views();
    const renamed = views({ rename: { pref0: 'Pref0, retitled', pref1: 'Pref1, retitled' } });
    expect(renamed.method('pref0').introducer).toEqual({ slug: 'pref0', title: 'Pref0, retitled' });
    const builtOn = renamed.method('pref0').papers.relations.find((list) => list.relation === 'builtOnBy');
    expect(builtOn?.papers.map((item) => item.title)).toEqual(['Pref1, retitled']);
    expect(digestOf(renamed.method('pref0'))).not.toBe(digestOf(before.method('pref0')));
  });

  it('a paper page holds its citation, whose key changes when an earlier paper that would share it joins', () => {
    const before = views().paper('pref0');
    expect(before.citation.key).toBe('pref0');
    expect(before.citation.bibtex).toContain('abstract = {We propose Pref0.}');
    const earlier = paperRecord({
      slug: 'pref0-preprint',
      title: 'PREF0',
      date: '2020-01',
      abstract: 'An early Pref0.',
    });
    const after = views({ added: [earlier] });
    expect(after.paper('pref0').citation.key).toBe('pref0a');
    expect(after.paper('pref0-preprint').citation.key).toBe('pref0');
    expect(digestOf(after.paper('pref0'))).not.toBe(digestOf(before));
    expect(digestOf(after.paper('vis0'))).toBe(digestOf(views().paper('vis0')));
  });

  it('a paper page holds the venue its byline, citation meta tags and citations show', () => {
    const published = paperRecord({ slug: 'pub0', title: 'PUB0', venue: 'Proceedings of ICML', abstract: 'Pub0.' });
    const view = views({ added: [published] }).paper('pub0');
    expect(view.paper.venue).toBe('Proceedings of ICML');
    expect(view.citation.bibtex).toMatch(/^@inproceedings\{pub0,[^]*booktitle = \{Proceedings of ICML\}/u);
  });

  it('a method page holds how many papers its .bib file lists, or the one paper whose BibTeX it links to', () => {
    expect(views().method('pref0')).toMatchObject({ bibPapers: 2, bibPaper: null });
    expect(views().method('vis0')).toMatchObject({ bibPapers: 1, bibPaper: 'vis0' });
  });

  it('views survive a round trip through JSON unchanged, so their digest covers all of them', () => {
    const all = views();
    for (const view of [all.paper('pref1'), all.topic('align'), all.method('pref0')])
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
