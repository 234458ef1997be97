import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { relationSchema } from '../../src/model/paper';
import { paperRecord } from '../helpers/records';
import { buildCatalog, type PaperRecord, type TopicRecord } from '../../src/lib/catalog';
import type { MethodGraph } from '../../src/lib/diagram';
import {
  diagramParts,
  graphOfPapers,
  MAX_DIAGRAM_NODES,
  methodDiagram,
  paperDiagram,
  topicDiagram,
  type GraphLinks,
} from '../../src/lib/method-graph';
import { methodsOverview } from '../../src/lib/methods-overview';

const links: GraphLinks = {
  method: (slug) => `/methods/${slug}/`,
  paper: (slug) => `/papers/${slug}/`,
  topic: (id) => `/topics/${id}/`,
};

type Relation = z.input<typeof relationSchema>;
const buildsOn = (target: string, targetSlug: string | null = null): Relation => ({
  type: 'builds-on',
  target,
  targetSlug,
  evidence: `builds on ${target}`,
});
const comparesWith = (target: string, targetSlug: string | null = null): Relation => ({
  type: 'compares-with',
  target,
  targetSlug,
  evidence: `beats ${target}`,
});

function paper(slug: string, name: string | null, topics: string[], relations: Relation[]): PaperRecord {
  return paperRecord({ slug, title: `Paper ${slug}`, name, topics, relations });
}

const topic = (id: string, parent: string | null = null): TopicRecord => ({
  id,
  label: `Topic ${id}`,
  parent,
  description: '',
  aliases: [],
  formerIds: [],
});
const labels = (graph: MethodGraph) => graph.nodes.map((node) => node.label).sort();
const edges = (graph: MethodGraph) => graph.edges.map((edge) => `${edge.from} ${edge.type} ${edge.to}`).sort();

describe('graphOfPapers', () => {
  const catalog = buildCatalog(
    [
      paper('b', 'Beta', ['t'], [buildsOn('Alpha', 'a'), comparesWith('LoRA')]),
      // A second paper naming LoRA gives it a page (src/lib/method-pages.ts).
      paperRecord({ slug: 'a', title: 'Paper a', name: 'Alpha', topics: ['t'], methods: ['LoRA'] }),
      paper('s', null, ['t'], [buildsOn('Beta', 'b')]),
    ],
    [topic('t')],
  );

  it('draws each paper’s method, or the paper itself when it names none, linked to the methods it relates to', () => {
    const graph = graphOfPapers(catalog.papers, catalog, links);
    expect(edges(graph)).toEqual(['m:beta builds-on m:alpha', 'm:beta compares-with m:lora', 'p:s builds-on m:beta']);
    expect(graph.nodes.find((node) => node.id === 'p:s')).toMatchObject({ label: 'Paper s', href: '/papers/s/' });
  });

  it('tells methods introduced in the atlas from methods introduced elsewhere, and marks the focus', () => {
    const graph = graphOfPapers(catalog.papers, catalog, links, ['m:beta']);
    const kinds = Object.fromEntries(graph.nodes.map((node) => [node.label, node.kind]));
    expect(kinds).toEqual({ Alpha: 'introduced', Beta: 'focus', LoRA: 'external', 'Paper s': 'introduced' });
    expect(graph.nodes.find((node) => node.label === 'LoRA')?.href).toBe('/methods/lora/');
  });
});

describe('paperDiagram', () => {
  const catalog = buildCatalog(
    [
      paper('a', 'Alpha', [], [buildsOn('Zeta')]),
      paper('b', 'Beta', [], [buildsOn('Alpha', 'a'), comparesWith('Gamma')]),
      paper('c', 'Gamma', [], [comparesWith('Alpha', 'a'), buildsOn('Delta')]),
      paper('d', 'Delta', [], []),
    ],
    [],
  );

  it('shows the paper’s method with what it relates to and what relates to it, and nothing two hops away', () => {
    const view = paperDiagram(catalog.paperBySlug.get('a')!, catalog, links);
    expect(labels(view.graph)).toEqual(['Alpha', 'Beta', 'Gamma', 'Zeta']);
    expect(edges(view.graph)).toEqual([
      'm:alpha builds-on m:zeta',
      'm:beta builds-on m:alpha',
      'm:gamma compares-with m:alpha',
    ]);
    expect(view.graph.nodes.find((node) => node.label === 'Alpha')?.kind).toBe('focus');
  });

  it('keeps a paper of more than 40 neighbours to 40 nodes, its own method among them', () => {
    const many = Array.from({ length: 50 }, (_, i) => paper(`p${i}`, `Method ${i}`, [], [buildsOn('Hub', 'hub')]));
    const big = buildCatalog([paper('hub', 'Hub', [], []), ...many], []);
    const view = paperDiagram(big.paperBySlug.get('hub')!, big, links);
    expect(view.graph.nodes).toHaveLength(MAX_DIAGRAM_NODES);
    expect(view.graph.nodes.some((node) => node.label === 'Hub' && node.kind === 'focus')).toBe(true);
    expect(view).toMatchObject({ omittedNodes: 11, omittedEdges: 11 });
  });
});

describe('methodDiagram and topicDiagram', () => {
  it('centre a method page on the method, with the papers that build on it', () => {
    const catalog = buildCatalog([paper('a', 'Alpha', [], []), paper('b', 'Beta', [], [buildsOn('Alpha', 'a')])], []);
    const view = methodDiagram('alpha', catalog, links);
    expect(edges(view.graph)).toEqual(['m:beta builds-on m:alpha']);
    expect(view.graph.nodes.find((node) => node.id === 'm:alpha')?.kind).toBe('focus');
  });

  it('draw at most 40 of a topic’s methods and count the rest', () => {
    const papers = Array.from({ length: 45 }, (_, i) => paper(`p${i}`, `Method ${i}`, ['t'], [comparesWith('Base')]));
    const catalog = buildCatalog(papers, [topic('t')]);
    const view = topicDiagram(catalog.topicById.get('t')!, catalog, links);
    expect(view.graph.nodes).toHaveLength(40);
    expect(view.omittedNodes).toBe(6);
    expect(view.graph.nodes.some((node) => node.label === 'Base')).toBe(true);
  });
});

describe('topicDiagram on a topic of many small groups', () => {
  it('draws whole groups of methods, biggest first, and never a method cut off from all its relations', () => {
    const star = (hub: string, count: number) =>
      Array.from({ length: count }, (_, i) =>
        paper(`${hub}${i}`.toLowerCase(), `${hub}${i}`, ['t'], [comparesWith(hub)]),
      );
    // Groups of 31, 8, 5 and 3 methods: 31 + 8 = 39 fit in 40; adding 5 or 3 more would not.
    const papers = [...star('Big', 30), ...star('Mid', 7), ...star('Small', 4), ...star('Tiny', 2)];
    const catalog = buildCatalog(papers, [topic('t')]);
    const view = topicDiagram(catalog.topicById.get('t')!, catalog, links);
    expect(view.graph.nodes).toHaveLength(39);
    expect(labels(view.graph)).toContain('Big');
    expect(labels(view.graph)).toContain('Mid');
    expect(labels(view.graph)).not.toContain('Small');
    const related = new Set(view.graph.edges.flatMap((edge) => [edge.from, edge.to]));
    expect(view.graph.nodes.filter((node) => !related.has(node.id))).toEqual([]);
    expect(view).toMatchObject({ omittedNodes: 8, omittedEdges: 6 });
  });
});

describe('diagramParts', () => {
  const node = (id: string, kind: 'focus' | 'introduced' = 'introduced') => ({ id, label: id, href: null, kind });
  const edge = (from: string, to: string) => ({ from, to, type: 'builds-on' as const });

  it('draws each connected group of four or more on its own, biggest first, and the small groups together last', () => {
    const graph: MethodGraph = {
      nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'x', 'y'].map((id) => node(id)),
      edges: [
        edge('a', 'b'),
        edge('b', 'c'),
        edge('c', 'd'),
        edge('e', 'f'),
        edge('f', 'g'),
        edge('g', 'h'),
        edge('h', 'i'),
        edge('j', 'k'),
        edge('x', 'y'),
      ],
    };
    const parts = diagramParts(graph);
    expect(parts.map((part) => part.nodes.map((n) => n.id).join(''))).toEqual(['efghi', 'abcd', 'jkxy']);
    expect(parts.map((part) => part.edges.length)).toEqual([4, 3, 2]);
  });

  it('puts the group with the page’s own method first, however small', () => {
    const graph: MethodGraph = {
      nodes: [node('a'), node('b'), node('c'), node('d'), node('f', 'focus'), node('g')],
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('f', 'g')],
    };
    expect(diagramParts(graph).map((part) => part.nodes.map((n) => n.id).join(''))).toEqual(['fg', 'abcd']);
  });
});

describe('methodsOverview', () => {
  it('draws the corpus graph itself when it has at most 40 methods', () => {
    const catalog = buildCatalog([paper('a', 'Alpha', ['t'], [buildsOn('Beta')])], [topic('t')]);
    expect(methodsOverview(catalog, links)).toMatchObject({ kind: 'methods' });
  });

  it('groups a bigger corpus by topic, splitting a topic too big to draw into its subtopics, with weighted cross-topic links', () => {
    const lineage = (prefix: string, topicId: string, count: number) =>
      Array.from({ length: count }, (_, i) =>
        paper(
          `${prefix}${i}`,
          `${prefix}${i}`,
          [topicId],
          i > 0 ? [buildsOn(`${prefix}${i - 1}`, `${prefix}${i - 1}`)] : [],
        ),
      );
    const papers = [
      ...lineage('p', 'pref', 25),
      ...lineage('r', 'reward', 25),
      ...lineage('o', 'opt', 5),
      paper('bridge', 'Bridge', ['reward'], [buildsOn('p3', 'p3'), buildsOn('p4', 'p4'), comparesWith('o1', 'o1')]),
    ];
    const catalog = buildCatalog(papers, [
      topic('align'),
      topic('pref', 'align'),
      topic('reward', 'align'),
      topic('opt'),
    ]);
    const overview = methodsOverview(catalog, links);
    if (overview.kind !== 'topics') throw new Error('expected an overview of topics');
    expect(overview.clusters.map((cluster) => [cluster.topic.id, cluster.methods, cluster.relations])).toEqual([
      ['reward', 26, 24],
      ['pref', 25, 24],
      ['opt', 5, 4],
    ]);
    expect(overview.view.graph.nodes.map((node) => [node.label, node.href])).toEqual([
      ['Topic reward\n26 methods', '/topics/reward/#method-diagram'],
      ['Topic pref\n25 methods', '/topics/pref/#method-diagram'],
      ['Topic opt\n5 methods', '/topics/opt/#method-diagram'],
    ]);
    expect(edges(overview.view.graph)).toEqual(['t:reward builds-on t:pref', 't:reward compares-with t:opt']);
    expect([...overview.weights.values()]).toEqual([2, 1]);
    expect(overview).toMatchObject({ totalMethods: 56, unclustered: 0 });
  });
});

describe('relations the extractor is unsure of', () => {
  const unsure: Relation = { ...comparesWith('BazNet'), confidence: 0.3 };
  const papers = [
    paper('foo', 'FooNet', ['t'], [buildsOn('LoRA'), unsure]),
    paper('bar', 'BarNet', ['t'], [buildsOn('LoRA')]),
  ];
  const catalog = buildCatalog(papers, [topic('t')]);

  it('are neither drawn nor listed on the method they name', () => {
    const edges = graphOfPapers(papers, catalog, links).edges.map((edge) => `${edge.from} ${edge.type} ${edge.to}`);
    expect(edges.some((edge) => edge.includes('baznet'))).toBe(false);
    expect(edges.filter((edge) => edge.includes('lora'))).toHaveLength(2);
    const baz = catalog.methods.find((method) => method.name === 'BazNet');
    expect(baz?.comparedBy ?? []).toEqual([]);
  });
});
