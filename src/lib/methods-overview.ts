/**
 * The `/methods/` diagram: the whole corpus graph when it is small enough to read, otherwise an
 * overview of topic clusters, each linking to its topic's own diagram.
 * Pure, like ./method-graph, whose graphs and limits it builds on.
 */
import type { Catalog, TopicNode } from './catalog';
import type { DiagramEdge, DiagramNode } from './diagram/types';
import {
  DIAGRAM_ANCHOR,
  diagramView,
  edgeKey,
  graphOfPapers,
  MAX_DIAGRAM_NODES,
  methodNodeId,
  papersOf,
  sourcedGraph,
  type DiagramView,
  type GraphLinks,
} from './method-graph';

/** Most links between topics the `/methods/` overview draws, the strongest first. */
export const MAX_OVERVIEW_LINKS = 20;

/** The node id of a topic in the overview. */
const topicNodeId = (id: string) => `t:${id}`;

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
  if (corpus.nodes.length <= MAX_DIAGRAM_NODES) return { kind: 'methods', view: diagramView(corpus) };

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
