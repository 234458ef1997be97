/**
 * The method graphs that pages draw: the corpus, a topic, a method's or a paper's neighbourhood,
 * and the overview of topic clusters for corpora too big for one readable diagram.
 * Pure: pages pass the site's link builders in (`GraphLinks`), so this module needs no Astro.
 */
import type { Catalog, PaperRecord, TopicNode } from './catalog';
import { visibleText } from './display-math';
import { limitGraph } from './diagram/graph';
import type { DiagramEdge, DiagramNode, EdgeType, MethodGraph } from './diagram/types';
import { toSlug } from '../pipeline/slug';

/** Where diagram nodes link to: the site's URL builders (`methodUrl`, `paperUrl`, `topicUrl`). */
export interface GraphLinks {
  method(slug: string): string;
  paper(slug: string): string;
  topic(id: string): string;
}

/** Most methods one diagram shows; beyond this a diagram is a hairball, whatever the layout. */
export const MAX_DIAGRAM_NODES = 40;

/** Most links between topics the `/methods/` overview draws, the strongest first. */
export const MAX_OVERVIEW_LINKS = 20;

/** Fragment id of the diagram on a page, so the overview can link straight to a topic's diagram. */
export const DIAGRAM_ANCHOR = 'method-diagram';

/** A diagram's graph, and how much of the full graph it leaves out to stay readable. */
export interface DiagramView {
  graph: MethodGraph;
  /** Methods (or topics) of the full graph that are not drawn. */
  omittedNodes: number;
  /** Relations of the full graph that are not drawn. */
  omittedEdges: number;
}

/** The node id of a method (by slug) in every graph of this module. */
export const methodNodeId = (slug: string) => `m:${slug}`;
/** The node id of a paper that introduces no named method. */
export const paperNodeId = (slug: string) => `p:${slug}`;
const topicNodeId = (id: string) => `t:${id}`;

/** Identity of an edge, `compares-with` being symmetric: the key under which overview weights are stored. */
export function edgeKey(edge: DiagramEdge): string {
  const [from, to] = edge.type === 'compares-with' && edge.to < edge.from ? [edge.to, edge.from] : [edge.from, edge.to];
  return `${edge.type}\u0000${from}\u0000${to}`;
}

/** A method graph plus, for each edge, the papers whose abstracts state it. */
interface SourcedGraph extends MethodGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  papersOf: Map<string, string[]>;
}

function sourcedGraph(
  papers: readonly PaperRecord[],
  catalog: Catalog,
  links: GraphLinks,
  focus: readonly string[],
): SourcedGraph {
  const nodes = new Map<string, DiagramNode>();
  const edges: DiagramEdge[] = [];
  const papersOf = new Map<string, string[]>();
  const add = (node: DiagramNode) => {
    const existing = nodes.get(node.id);
    if (existing) return existing;
    nodes.set(node.id, node);
    return node;
  };
  const kindOf = (id: string, introduced: boolean) =>
    focus.includes(id) ? 'focus' : introduced ? 'introduced' : 'external';
  const methodNode = (name: string) => {
    const method = methodNamed(name, catalog);
    const id = methodNodeId(method?.slug ?? methodKey(name));
    return add({
      id,
      label: method?.name ?? name,
      href: method ? links.method(method.slug) : null,
      kind: kindOf(id, Boolean(method?.introducedBy)),
    });
  };
  for (const paper of papers) {
    if (paper.relations.length === 0) continue;
    const source = paper.name
      ? methodNode(paper.name)
      : add({
          id: paperNodeId(paper.slug),
          // A diagram label is plain text: a title's TeX reads as on the page's <title>.
          label: visibleText(paper.title),
          href: links.paper(paper.slug),
          kind: kindOf(paperNodeId(paper.slug), true),
        });
    for (const relation of paper.relations) {
      const target = methodNode(relation.target);
      if (target.id === source.id) continue;
      const edge: DiagramEdge = { from: source.id, to: target.id, type: relation.type };
      const key = edgeKey(edge);
      const sources = papersOf.get(key);
      if (sources) {
        if (!sources.includes(paper.slug)) sources.push(paper.slug);
        continue;
      }
      papersOf.set(key, [paper.slug]);
      edges.push(edge);
    }
  }
  return { nodes: [...nodes.values()], edges, papersOf };
}

/**
 * The methods of a set of papers and how they relate: each paper's own method (or, for a paper
 * without a named method, the paper itself) linked to the methods it builds on or compares with.
 * Nodes whose id is in `focus` (see `methodNodeId`, `paperNodeId`) are drawn as the page's subject.
 * Not limited in size: see the other builders for graphs meant to be drawn.
 */
export function graphOfPapers(
  papers: readonly PaperRecord[],
  catalog: Catalog,
  links: GraphLinks,
  focus: readonly string[] = [],
): MethodGraph {
  const { nodes, edges } = sourcedGraph(papers, catalog, links, focus);
  return { nodes, edges };
}

/** `graph` cut down to `MAX_DIAGRAM_NODES` (focus nodes first, then their neighbours), with what was cut. */
function view(graph: MethodGraph, keep: readonly string[] = []): DiagramView {
  const limited = readableSubgraph(graph, keep);
  return {
    graph: limited,
    omittedNodes: graph.nodes.length - limited.nodes.length,
    omittedEdges: graph.edges.length - limited.edges.length,
  };
}

/**
 * At most `MAX_DIAGRAM_NODES` methods of a graph, never one cut off from all its relations. With
 * a focus (or `keep`), the methods nearest to it. Without, whole connected groups, biggest first
 * (a smaller group takes the room a bigger one would not fit in); when the biggest group alone is
 * too big, the methods nearest to its most connected one.
 */
function readableSubgraph(graph: MethodGraph, keep: readonly string[]): MethodGraph {
  if (graph.nodes.length <= MAX_DIAGRAM_NODES) return graph;
  if (keep.length > 0 || graph.nodes.some((node) => node.kind === 'focus'))
    return limitGraph(graph, MAX_DIAGRAM_NODES, keep);
  const groups = connectedGroups(graph).sort((a, b) => b.length - a.length);
  const biggest = groups[0] ?? [];
  if (biggest.length > MAX_DIAGRAM_NODES) {
    const degree = new Map<string, number>();
    for (const edge of graph.edges) for (const id of [edge.from, edge.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const hub = biggest.reduce((best, node) => ((degree.get(node.id) ?? 0) > (degree.get(best.id) ?? 0) ? node : best));
    return limitGraph(subgraph(graph, biggest), MAX_DIAGRAM_NODES, [hub.id]);
  }
  const chosen: DiagramNode[] = [];
  for (const group of groups) if (chosen.length + group.length <= MAX_DIAGRAM_NODES) chosen.push(...group);
  const members = new Set(chosen.map((node) => node.id));
  return subgraph(
    graph,
    graph.nodes.filter((node) => members.has(node.id)),
  );
}

/** How the methods of a topic's papers (subtopics included) relate: at most `MAX_DIAGRAM_NODES` of them (see `readableSubgraph`). */
export function topicDiagram(topic: TopicNode, catalog: Catalog, links: GraphLinks): DiagramView {
  return view(graphOfPapers(papersOf(topic.papers, catalog), catalog, links));
}

/**
 * A method's neighbourhood: what the paper introducing it builds on and compares with, and the
 * papers that build on it or compare with it, with their other relations when space allows.
 */
export function methodDiagram(methodSlug: string, catalog: Catalog, links: GraphLinks): DiagramView {
  const method = catalog.methodBySlug.get(methodSlug);
  if (!method) return view({ nodes: [], edges: [] });
  const slugs = [
    ...(method.introducedBy ? [method.introducedBy] : []),
    ...method.builtOnBy.map((entry) => entry.paper),
    ...method.comparedBy.map((entry) => entry.paper),
  ];
  return view(graphOfPapers(papersOf([...new Set(slugs)], catalog), catalog, links, [methodNodeId(method.slug)]));
}

/**
 * A paper's one-hop neighbourhood: its method (or the paper itself when it names none), the
 * methods it builds on or compares with, and the methods of papers that build on it or compare
 * with it. Relations between those neighbours are left out.
 */
export function paperDiagram(paper: PaperRecord, catalog: Catalog, links: GraphLinks): DiagramView {
  const method = paper.name ? methodNamed(paper.name, catalog) : undefined;
  const centre = method ? methodNodeId(method.slug) : paperNodeId(paper.slug);
  const relating = method ? [...method.builtOnBy, ...method.comparedBy].map((entry) => entry.paper) : [];
  const neighbours = papersOf([...new Set([paper.slug, ...relating])], catalog);
  const full = graphOfPapers(neighbours, catalog, links, [centre]);
  const edges = full.edges.filter((edge) => edge.from === centre || edge.to === centre);
  const touched = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  return view({ nodes: full.nodes.filter((node) => touched.has(node.id)), edges }, [centre]);
}

/** The key `buildMethods` files a method name under: its slug, or for a name without one, the name in lower case. */
function methodKey(name: string): string {
  return toSlug(name) || name.toLowerCase();
}

function methodNamed(name: string, catalog: Catalog) {
  return catalog.methodBySlug.get(methodKey(name));
}

function papersOf(slugs: readonly string[], catalog: Catalog): PaperRecord[] {
  return slugs.flatMap((slug) => catalog.paperBySlug.get(slug) ?? []);
}

/** One topic of the overview and how much of the corpus graph lives in it. */
export interface TopicCluster {
  topic: TopicNode;
  /** Methods whose home is this topic (see `methodsOverview`). */
  methods: number;
  /** Relations between two methods that both live in this topic. */
  relations: number;
  /** Whether the topic's own diagram shows all of its methods, or only the `MAX_DIAGRAM_NODES` most connected. */
  complete: boolean;
}

/** What `/methods/` shows: the whole corpus graph when it is small enough, or an overview of topic clusters. */
export type MethodsOverview =
  | { kind: 'methods'; view: DiagramView }
  | {
      kind: 'topics';
      /**
       * Topics as nodes; an edge means methods living in one topic build on (or are compared with)
       * methods living in the other. Only the strongest links, and only topics with a link, are drawn.
       */
      view: DiagramView;
      /** The number of method relations each overview edge stands for, by `edgeKey`. */
      weights: Map<string, number>;
      /** Every cluster, the most methods first; the ones drawn are the first `MAX_DIAGRAM_NODES`. */
      clusters: TopicCluster[];
      /** Methods in the corpus graph, and those that live in no cluster (their papers carry no topic). */
      totalMethods: number;
      unclustered: number;
    };

/**
 * The `/methods/` diagram. When the corpus graph has at most `MAX_DIAGRAM_NODES` methods it is
 * drawn as it is. Otherwise methods are grouped by topic: top-level topics, and the subtopics of
 * each topic whose own graph is too big to draw whole, biggest first, as long as the overview keeps
 * at most `MAX_DIAGRAM_NODES` topics (a split topic keeps the papers tagged with none of its
 * subtopics). Each method lives in the one cluster holding most of the
 * papers that introduce it or relate to it (ties: the more specific topic, then the one with more
 * papers, then by id), and the overview draws an edge between two clusters when methods living in
 * one relate to methods living in the other, weighted by how many such relations there are.
 */
export function methodsOverview(catalog: Catalog, links: GraphLinks): MethodsOverview {
  const corpus = sourcedGraph(catalog.papers, catalog, links, []);
  if (corpus.nodes.length <= MAX_DIAGRAM_NODES) return { kind: 'methods', view: view(corpus) };

  const graphSize = new Map<string, number>();
  const sizeOf = (topic: TopicNode) => {
    let size = graphSize.get(topic.id);
    if (size === undefined) {
      size = graphOfPapers(papersOf(topic.papers, catalog), catalog, links).nodes.length;
      graphSize.set(topic.id, size);
    }
    return size;
  };
  // The biggest topic is split first, as long as the overview stays within MAX_DIAGRAM_NODES
  // topics. A split topic stays a cluster of its own for the papers tagged with it alone.
  const clusters = catalog.roots.filter((topic) => sizeOf(topic) > 0);
  const split = new Set<TopicNode>();
  for (;;) {
    const next = clusters
      .filter((topic) => !split.has(topic) && sizeOf(topic) > MAX_DIAGRAM_NODES)
      .map((topic) => ({ topic, parts: topic.children.filter((child) => sizeOf(child) > 0) }))
      .filter(({ parts }) => parts.length > 0 && clusters.length + parts.length <= MAX_DIAGRAM_NODES)
      .sort((a, b) => sizeOf(b.topic) - sizeOf(a.topic))[0];
    if (!next) break;
    split.add(next.topic);
    clusters.push(...next.parts);
  }
  // Each paper's clusters, for counting where a method's papers are.
  const clustersOfPaper = new Map<string, TopicNode[]>();
  for (const topic of clusters) {
    // A split topic keeps only the papers tagged with it and none of its subtopics.
    for (const slug of split.has(topic) ? topic.directPapers : topic.papers) {
      clustersOfPaper.set(slug, [...(clustersOfPaper.get(slug) ?? []), topic]);
    }
  }
  const papersOfNode = new Map<string, Set<string>>();
  const note = (id: string, slug: string) => papersOfNode.set(id, (papersOfNode.get(id) ?? new Set()).add(slug));
  for (const edge of corpus.edges) {
    for (const slug of corpus.papersOf.get(edgeKey(edge)) ?? []) {
      note(edge.from, slug);
      note(edge.to, slug);
    }
  }
  for (const method of catalog.methods) if (method.introducedBy) note(methodNodeId(method.slug), method.introducedBy);

  // On a tie the more specific topic wins.
  const order = (a: TopicNode, b: TopicNode) =>
    b.ancestors.length - a.ancestors.length ||
    b.papers.length - a.papers.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const home = new Map<string, TopicNode>();
  for (const node of corpus.nodes) {
    const counts = new Map<TopicNode, number>();
    for (const slug of papersOfNode.get(node.id) ?? []) {
      for (const topic of clustersOfPaper.get(slug) ?? []) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    const best = [...counts].sort(([a, countA], [b, countB]) => countB - countA || order(a, b))[0];
    if (best) home.set(node.id, best[0]);
  }

  const stats = new Map(clusters.map((topic) => [topic.id, { methods: 0, relations: 0 }]));
  for (const topic of home.values()) stats.get(topic.id)!.methods += 1;
  const weights = new Map<string, number>();
  const crossEdges: DiagramEdge[] = [];
  for (const edge of corpus.edges) {
    const from = home.get(edge.from);
    const to = home.get(edge.to);
    if (!from || !to) continue;
    if (from === to) {
      stats.get(from.id)!.relations += 1;
      continue;
    }
    const cross: DiagramEdge = { from: topicNodeId(from.id), to: topicNodeId(to.id), type: edge.type };
    const key = edgeKey(cross);
    if (!weights.has(key)) crossEdges.push(cross);
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }

  const ranked: TopicCluster[] = clusters
    .map((topic) => ({ topic, ...stats.get(topic.id)!, complete: sizeOf(topic) <= MAX_DIAGRAM_NODES }))
    .filter((cluster) => cluster.methods > 0)
    .sort((a, b) => b.methods - a.methods || b.relations - a.relations || order(a.topic, b.topic));
  const drawn = new Set(ranked.slice(0, MAX_DIAGRAM_NODES).map((cluster) => topicNodeId(cluster.topic.id)));
  const nodes: DiagramNode[] = ranked.map(({ topic, methods }) => ({
    id: topicNodeId(topic.id),
    label: `${topic.label}\n${methods} ${methods === 1 ? 'method' : 'methods'}`,
    href: `${links.topic(topic.id)}#${DIAGRAM_ANCHOR}`,
    kind: 'introduced',
  }));
  // Only the strongest links: beyond about 20 the overview is a hairball too. A topic left without
  // links is only in the ranked list, not a box on its own in the picture.
  const edges = crossEdges
    .filter((edge) => drawn.has(edge.from) && drawn.has(edge.to))
    .sort((a, b) => (weights.get(edgeKey(b)) ?? 0) - (weights.get(edgeKey(a)) ?? 0))
    .slice(0, MAX_OVERVIEW_LINKS);
  const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const graph = { nodes: nodes.filter((node) => linked.has(node.id)), edges };
  return {
    kind: 'topics',
    view: { graph, omittedNodes: nodes.length - graph.nodes.length, omittedEdges: crossEdges.length - edges.length },
    weights,
    clusters: ranked,
    totalMethods: corpus.nodes.length,
    unclustered: corpus.nodes.length - home.size,
  };
}

/** Verbs for the text equivalent of an overview edge, by relation type. */
export const CLUSTER_VERBS: Record<EdgeType, string> = {
  'builds-on': 'build on methods of',
  'compares-with': 'are compared with methods of',
};

/** Parts with fewer methods than this are drawn together in one picture rather than one each. */
export const SMALL_PART = 4;

/**
 * A graph split into the pictures a page draws one under another: each connected group of at
 * least `SMALL_PART` methods on its own, the part with a focus node first and then the biggest,
 * and all smaller groups together in one last picture. Drawn side by side, unrelated groups make a
 * diagram wider than a phone for no reason; stacked, each can be read at its own width.
 */
export function diagramParts(graph: MethodGraph): MethodGraph[] {
  const groups = connectedGroups(graph);
  const hasFocus = (nodes: readonly DiagramNode[]) => nodes.some((node) => node.kind === 'focus');
  const large = groups.filter((nodes) => nodes.length >= SMALL_PART).sort((a, b) => b.length - a.length);
  const small = groups.filter((nodes) => nodes.length < SMALL_PART).flat();
  return [...large, ...(small.length > 0 ? [small] : [])]
    .sort((a, b) => Number(hasFocus(b)) - Number(hasFocus(a)))
    .map((nodes) => subgraph(graph, nodes));
}

/** The graph's nodes in connected groups, each group and the groups in the graph's node order. */
function connectedGroups(graph: MethodGraph): DiagramNode[][] {
  const ids = graph.nodes.map((node) => node.id);
  const root = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let current = id;
    while (root.get(current) !== current) current = root.get(current) ?? current;
    root.set(id, current);
    return current;
  };
  for (const edge of graph.edges) {
    if (root.has(edge.from) && root.has(edge.to)) root.set(find(edge.from), find(edge.to));
  }
  const groups = new Map<string, DiagramNode[]>();
  for (const node of graph.nodes) {
    const key = find(node.id);
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  return [...groups.values()];
}

/** The nodes given and the edges between them. */
function subgraph(graph: MethodGraph, nodes: readonly DiagramNode[]): MethodGraph {
  const members = new Set(nodes.map((node) => node.id));
  return { nodes, edges: graph.edges.filter((edge) => members.has(edge.from) && members.has(edge.to)) };
}
