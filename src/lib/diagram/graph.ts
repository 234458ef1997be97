import { normalizeLabel } from './label';
import { RELATIONS } from '../../model/relations';
import type {
  DiagramDirection,
  DiagramEdge,
  DiagramNode,
  DiagramRelation,
  EdgeType,
  MethodGraph,
  NodeKind,
} from './types';

/** A node as drawn: its generated id (`n0`, `n1`, …) and its label in normal form. */
export interface PreparedNode {
  key: string;
  node: DiagramNode;
  label: string;
}

/** A relation as drawn, by index into `PreparedGraph.nodes`. */
export interface PreparedEdge {
  from: number;
  to: number;
  type: EdgeType;
  edge: DiagramEdge;
}

/** A graph in the one canonical form that the Mermaid source, the SVG and the text equivalent share. */
export interface PreparedGraph {
  nodes: PreparedNode[];
  edges: PreparedEdge[];
}

const KIND_ORDER: Record<NodeKind, number> = { focus: 0, introduced: 1, external: 2 };
const EDGE_ORDER: Record<EdgeType, number> = { 'builds-on': 0, 'compares-with': 1, uses: 2 };

/** Code-unit order: unlike `localeCompare`, the same on every machine and locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Puts a graph in canonical form, so that the same methods and relations always give the same
 * output whatever order they arrive in:
 * - nodes with a repeated `id` are dropped (the first one wins);
 * - nodes are ordered focus first, then introduced, then external, each by `id`, and get the
 *   generated ids `n0`, `n1`, … in that order (labels never become ids);
 * - edges to unknown nodes, self-loops and repeats are dropped; `compares-with` is symmetric, so
 *   `a compares-with b` and `b compares-with a` are one relation.
 */
export function prepareGraph(graph: MethodGraph): PreparedGraph {
  const byId = new Map<string, DiagramNode>();
  for (const node of graph.nodes) if (!byId.has(node.id)) byId.set(node.id, node);

  const ordered = [...byId.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareStrings(a.id, b.id),
  );
  const index = new Map(ordered.map((node, i) => [node.id, i]));
  const nodes = ordered.map((node, i) => ({ key: `n${i}`, node, label: normalizeLabel(node.label) }));

  const seen = new Set<string>();
  const edges: PreparedEdge[] = [];
  for (const edge of graph.edges) {
    let from = index.get(edge.from);
    let to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    if (edge.type === 'compares-with' && from > to) [from, to] = [to, from];
    const signature = `${edge.type} ${from} ${to}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    edges.push({ from, to, type: edge.type, edge });
  }
  edges.sort((a, b) => EDGE_ORDER[a.type] - EDGE_ORDER[b.type] || a.from - b.from || a.to - b.to);
  return { nodes, edges };
}

/**
 * The node indices of a graph that is a single chain, from one end to the other: one connected
 * path in which no method has more than two relations (edge types and arrow directions aside).
 * Read so that as many `builds-on` arrows as possible point forward; on a tie, from the end with
 * the lower index. A single method is a chain of one. `null` when the graph is not a chain.
 */
export function chainOrder(graph: PreparedGraph): number[] | null {
  const count = graph.nodes.length;
  if (count === 0 || graph.edges.length !== count - 1) return null;
  const neighbours = graph.nodes.map(() => new Set<number>());
  for (const { from, to } of graph.edges) {
    neighbours[from]?.add(to);
    neighbours[to]?.add(from);
  }
  // (A builds-on and a compares-with edge between the same two methods use up an edge without
  // connecting anything, so such a graph fails the walk below.)
  if (neighbours.some((set) => set.size > 2)) return null;
  const start = count === 1 ? 0 : neighbours.findIndex((set) => set.size === 1);
  if (start < 0) return null;
  const order = [start];
  const visited = new Set(order);
  for (let current: number | undefined = start; current !== undefined;) {
    const next: number | undefined = [...(neighbours[current] ?? [])].find((other) => !visited.has(other));
    if (next !== undefined) {
      order.push(next);
      visited.add(next);
    }
    current = next;
  }
  if (order.length !== count) return null;
  const position = new Map(order.map((index, i) => [index, i]));
  let balance = 0;
  for (const { from, to, type } of graph.edges) {
    if (type === 'builds-on') balance += (position.get(from) ?? 0) < (position.get(to) ?? 0) ? 1 : -1;
  }
  return balance < 0 ? order.reverse() : order;
}

/** Whether the graph is a single chain of methods (see `chainOrder`). */
export function isChain(graph: PreparedGraph): boolean {
  return chainOrder(graph) !== null;
}

/** Chains read left to right; anything branching is laid out top to bottom to stay narrow. */
export function chooseDirection(graph: PreparedGraph): DiagramDirection {
  return isChain(graph) ? 'LR' : 'TB';
}

/**
 * The relations of a graph resolved to their nodes, in the same canonical order as the diagram, for
 * the page to render as an HTML list: the text equivalent of the diagram. `builds-on` reads
 * "`from` builds on `to`"; `compares-with` reads "`from` is compared with `to`".
 */
export function describeGraph(graph: MethodGraph): DiagramRelation[] {
  const prepared = prepareGraph(graph);
  return prepared.edges.map(({ from, to, type }) => ({
    from: (prepared.nodes[from] as PreparedNode).node,
    to: (prepared.nodes[to] as PreparedNode).node,
    type,
    verb: RELATIONS[type].verb,
  }));
}

/** Label text on one line, for sentences such as the diagram's accessible name. */
function inlineLabel(label: string): string {
  return label.replace(/\n/gu, ' ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A one-sentence summary of a prepared graph, used as the SVG's accessible name and title. */
export function summarizePrepared(graph: PreparedGraph): string {
  const focus = graph.nodes
    .filter((entry) => entry.node.kind === 'focus')
    .map((entry) => `“${inlineLabel(entry.label)}”`);
  const count = (type: EdgeType) => graph.edges.filter((edge) => edge.type === type).length;
  const subject = focus.length > 0 ? `Diagram of methods related to ${focus.join(' and ')}` : 'Diagram of methods';
  const uses = count('uses');
  return (
    `${subject}: ${plural(graph.nodes.length, 'method', 'methods')}, ` +
    `${plural(count('builds-on'), '“builds on” relation', '“builds on” relations')}` +
    (uses > 0 ? `, ${plural(uses, '“uses” relation', '“uses” relations')}` : '') +
    ` and ${plural(count('compares-with'), 'comparison', 'comparisons')}.`
  );
}

/** A one-sentence summary of a graph, e.g. for a caption; the same text as the SVG's accessible name. */
export function summarizeGraph(graph: MethodGraph): string {
  return summarizePrepared(prepareGraph(graph));
}

/**
 * A subgraph of at most `maxNodes` methods, for pages where the whole neighbourhood would be
 * unreadable. Always kept first: the focus nodes, then the ids in `keep` (as far as `maxNodes`
 * allows). The remaining places go to the methods closest to those (fewest relations away), then
 * the most connected, then by id. Edges to dropped methods are dropped. Nodes and edges keep their
 * input order and identity.
 *
 * Because a method is only taken after every method closer to the kept ones, the methods connected
 * to a focus node stay connected to it.
 */
export function limitGraph(graph: MethodGraph, maxNodes = 40, keep: readonly string[] = []): MethodGraph {
  if (!Number.isInteger(maxNodes) || maxNodes < 0) {
    throw new RangeError(`limitGraph: maxNodes must be a non-negative integer, got ${String(maxNodes)}`);
  }
  const prepared = prepareGraph(graph);
  const ids = prepared.nodes.map((entry) => entry.node.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));

  const required: number[] = [];
  const addRequired = (i: number | undefined): void => {
    if (i !== undefined && !required.includes(i)) required.push(i);
  };
  prepared.nodes.forEach((entry, i) => {
    if (entry.node.kind === 'focus') addRequired(i);
  });
  for (const id of keep) addRequired(indexOf.get(id));

  const neighbours = prepared.nodes.map(() => [] as number[]);
  for (const { from, to } of prepared.edges) {
    neighbours[from]?.push(to);
    neighbours[to]?.push(from);
  }

  // Breadth-first distance from the required nodes; unreachable nodes stay at Infinity.
  const distance = prepared.nodes.map(() => Number.POSITIVE_INFINITY);
  const queue: number[] = [];
  for (const i of required) {
    distance[i] = 0;
    queue.push(i);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head] as number;
    for (const other of neighbours[current] ?? []) {
      if (distance[other] === Number.POSITIVE_INFINITY) {
        distance[other] = (distance[current] as number) + 1;
        queue.push(other);
      }
    }
  }

  const requiredSet = new Set(required);
  const candidates = ids
    .map((_, i) => i)
    .filter((i) => !requiredSet.has(i))
    // For two unreachable nodes Infinity - Infinity is NaN, which is falsy: the tie-breaks decide.
    .sort(
      (a, b) =>
        (distance[a] as number) - (distance[b] as number) ||
        (neighbours[b]?.length ?? 0) - (neighbours[a]?.length ?? 0) ||
        compareStrings(ids[a] as string, ids[b] as string),
    );
  const chosen = new Set([...required, ...candidates].slice(0, maxNodes).map((i) => ids[i] as string));

  // Keep the caller's objects, in the caller's order: only the first node of a repeated id survives.
  const taken = new Set<string>();
  const nodes = graph.nodes.filter((node) => {
    if (!chosen.has(node.id) || taken.has(node.id)) return false;
    taken.add(node.id);
    return true;
  });
  const edges = graph.edges.filter((edge) => chosen.has(edge.from) && chosen.has(edge.to));
  return { nodes, edges };
}
