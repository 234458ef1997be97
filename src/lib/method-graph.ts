/**
 * The method graphs that pages draw: a topic, a method's or a paper's neighbourhood, cut down to
 * what one diagram can show. The `/methods/` overview of the whole corpus is in ./methods-overview.
 * Pure: pages pass the site's link builders in (`GraphLinks`), so this module needs no Astro.
 */
import { methodNamed, type Catalog, type PaperRecord, type TopicNode } from './catalog';
import { visibleText } from './math/display-math';
import { limitGraph } from './diagram/graph';
import type { DiagramEdge, DiagramNode, EdgeType, MethodGraph } from './diagram/types';
import { methodKey } from './method-key';
import { isConfident } from '../model/relations';

/** Where diagram nodes link to: the site's URL builders (`methodUrl`, `paperUrl`, `topicUrl`). */
export interface GraphLinks {
  method(slug: string): string;
  paper(slug: string): string;
  topic(id: string): string;
}

/** Most methods one diagram shows; beyond this a diagram is a hairball, whatever the layout. */
export const MAX_DIAGRAM_NODES = 40;

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

/** Identity of an edge, `compares-with` being symmetric: the key under which overview weights are stored. */
export function edgeKey(edge: DiagramEdge): string {
  const [from, to] = edge.type === 'compares-with' && edge.to < edge.from ? [edge.to, edge.from] : [edge.from, edge.to];
  return `${edge.type}\u0000${from}\u0000${to}`;
}

/** A method graph plus, for each edge, the papers whose abstracts state it. */
export interface SourcedGraph extends MethodGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  papersOf: Map<string, string[]>;
}

/** `graphOfPapers` with the papers behind each edge: what the overview weighs its links by. */
export function sourcedGraph(
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
    const method = methodNamed(catalog, name);
    // A method without a page is one node under all its spellings, like one with a page.
    const id = methodNodeId(method?.slug ?? methodKey(name));
    return add({
      id,
      label: method?.name ?? name,
      href: method ? links.method(method.slug) : null,
      kind: kindOf(id, Boolean(method?.introducedBy)),
    });
  };
  for (const paper of papers) {
    // A relation the extractor is unsure of is listed on its paper's page, never drawn.
    const relations = paper.relations.filter(isConfident);
    if (relations.length === 0) continue;
    const source = paper.name
      ? methodNode(paper.name)
      : add({
          id: paperNodeId(paper.slug),
          // A diagram label is plain text: a title's TeX reads as on the page's <title>.
          label: visibleText(paper.title),
          href: links.paper(paper.slug),
          kind: kindOf(paperNodeId(paper.slug), true),
        });
    for (const relation of relations) {
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
export function diagramView(graph: MethodGraph, keep: readonly string[] = []): DiagramView {
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
  return diagramView(graphOfPapers(papersOf(topic.papers, catalog), catalog, links));
}

/**
 * A method's neighbourhood: what the paper introducing it builds on and compares with, and the
 * papers that build on it or compare with it, with their other relations when space allows.
 */
export function methodDiagram(methodSlug: string, catalog: Catalog, links: GraphLinks): DiagramView {
  const method = catalog.methodBySlug.get(methodSlug);
  if (!method) return diagramView({ nodes: [], edges: [] });
  const slugs = [
    ...(method.introducedBy ? [method.introducedBy] : []),
    ...method.builtOnBy.map((entry) => entry.paper),
    ...method.comparedBy.map((entry) => entry.paper),
    ...method.usedBy.map((entry) => entry.paper),
  ];
  return diagramView(
    graphOfPapers(papersOf([...new Set(slugs)], catalog), catalog, links, [methodNodeId(method.slug)]),
  );
}

/**
 * A paper's one-hop neighbourhood: its method (or the paper itself when it names none), the
 * methods it builds on or compares with, and the methods of papers that build on it or compare
 * with it. Relations between those neighbours are left out.
 */
export function paperDiagram(paper: PaperRecord, catalog: Catalog, links: GraphLinks): DiagramView {
  const method = paper.name ? methodNamed(catalog, paper.name) : undefined;
  const centre = method ? methodNodeId(method.slug) : paperNodeId(paper.slug);
  const relating = method
    ? [...method.builtOnBy, ...method.comparedBy, ...method.usedBy].map((entry) => entry.paper)
    : [];
  const neighbours = papersOf([...new Set([paper.slug, ...relating])], catalog);
  const full = graphOfPapers(neighbours, catalog, links, [centre]);
  const edges = full.edges.filter((edge) => edge.from === centre || edge.to === centre);
  const touched = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  return diagramView({ nodes: full.nodes.filter((node) => touched.has(node.id)), edges }, [centre]);
}

/** The papers of the catalog with these slugs, in the order given. */
export function papersOf(slugs: readonly string[], catalog: Catalog): PaperRecord[] {
  return slugs.flatMap((slug) => catalog.paperBySlug.get(slug) ?? []);
}

/**
 * Verbs for the text equivalent of an overview edge (see ./methods-overview), by relation type.
 * Kept here because MethodDiagram.astro takes it with the other graph helpers: one more import
 * there moves its scoped style after global.css in the built pages, as Astro orders a page's
 * styles by the position of their imports.
 */
export const CLUSTER_VERBS: Record<EdgeType, string> = {
  'builds-on': 'build on methods of',
  'compares-with': 'are compared with methods of',
  uses: 'use methods of',
};

/** Parts with fewer methods than this are drawn together in one picture rather than one each. */
export const SMALL_PART = 4;

/** Whether a page draws a diagram: one with no relation in it is left out. */
export const isDrawn = (view: DiagramView): boolean => view.graph.edges.length > 0;

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
