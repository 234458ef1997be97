/**
 * Node placement and edge routing with ELK's layered algorithm (elkjs, pure JavaScript: no DOM,
 * no worker thread, no native code).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import { layoutOnWorker } from './elk-pool';
import { chainOrder, type PreparedGraph } from './graph';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, estimateTextWidth, wrapLabel } from './label';
import type { DiagramDirection } from './types';

/** Widest a label line may be before it wraps, in px: keeps nodes narrow enough for a phone. */
export const MAX_LABEL_WIDTH = 190;

const PADDING_X = 12;
const PADDING_Y = 8;
const MIN_NODE_WIDTH = 56;
/** Length of node side each edge meeting it there needs, in px. */
const EDGE_ROOM = 12;

/** A node's box and its label broken into lines. */
export interface PlacedNode {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** An edge as a polyline from the source node's border to the target node's border. */
export interface RoutedEdge {
  index: number;
  points: ElkPoint[];
}

/** A laid-out graph, in px, with the origin at the top left of the drawing. */
export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
}

let elk: InstanceType<typeof ELK> | undefined;

/** The room around the drawing on each side (`elk.padding`). */
const PADDING = 4;
/** The gap between layers (`elk.layered.spacing.nodeNodeBetweenLayers`). */
const LAYER_GAP = 36;

/**
 * The layout ELK's layered algorithm makes, with the options `layoutGraph` gives it, of two nodes
 * and one edge between them: the source in the first layer and the target in the next, centred
 * on each other across the direction of flow, the edge a straight line between their facing
 * sides. Four diagrams in ten are a paper and the one method it relates to: at 10,000 papers
 * 1,985 of 4,791 layouts, 12 s of the layout worker's 58 s, where this takes microseconds
 * (tests/unit/diagram.test.ts holds it to ELK's own result). Null for any other graph.
 */
export function pairLayout(input: ElkNode): ElkNode | null {
  const [first, second] = input.children ?? [];
  const [edge] = input.edges ?? [];
  if (input.children?.length !== 2 || input.edges?.length !== 1 || !first || !second || !edge) return null;
  const source = edge.sources[0] === first.id ? first : second;
  const target = source === first ? second : first;
  if (edge.sources[0] !== source.id || edge.targets[0] !== target.id) return null;
  const down = input.layoutOptions?.['elk.direction'] !== 'RIGHT';
  const along = (node: ElkNode) => (down ? node.height : node.width) ?? 0;
  const across = (node: ElkNode) => (down ? node.width : node.height) ?? 0;
  const breadth = Math.max(across(source), across(target));
  const place = (node: ElkNode, layerStart: number) => {
    const offset = PADDING + (breadth - across(node)) / 2;
    return { ...node, ...(down ? { x: offset, y: layerStart } : { x: layerStart, y: offset }) };
  };
  const gapStart = PADDING + along(source);
  const centre = PADDING + breadth / 2;
  const point = (at: number) => (down ? { x: centre, y: at } : { x: at, y: centre });
  const length = gapStart + LAYER_GAP + along(target) + PADDING;
  return {
    ...input,
    width: down ? breadth + 2 * PADDING : length,
    height: down ? length : breadth + 2 * PADDING,
    children: [first, second].map((node) => place(node, node === source ? PADDING : gapStart + LAYER_GAP)),
    edges: [
      {
        ...edge,
        sections: [{ id: `${edge.id}_s0`, startPoint: point(gapStart), endPoint: point(gapStart + LAYER_GAP) }],
      },
    ],
  };
}

/** Rounds to 1/100 px: enough for any screen, and keeps the SVG short and the same on every run. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The options every diagram is laid out with, flowing down (TB) or to the right (LR). */
export function layoutOptions(direction: DiagramDirection): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction === 'LR' ? 'RIGHT' : 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    // Layout follows the canonical node and edge order, and the seed is fixed: same graph, same picture.
    'elk.randomSeed': '1',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.spacing.nodeNode': '20',
    'elk.spacing.edgeNode': '12',
    'elk.spacing.edgeEdge': '8',
    'elk.spacing.componentComponent': '24',
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
    'elk.padding': `[top=${PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
  };
}

/** Places the nodes of a prepared graph and routes its edges. */
export async function layoutGraph(graph: PreparedGraph, direction: DiagramDirection): Promise<Layout> {
  // The layered algorithm ranks nodes by edge direction, so a chain such as A → B ← C would be
  // drawn as a V. Edges of a chain are given to ELK in path order and turned back afterwards.
  const chain = chainOrder(graph);
  const position = new Map((chain ?? []).map((index, i) => [index, i]));
  const reversed = graph.edges.map(
    (edge) => chain !== null && (position.get(edge.from) ?? 0) > (position.get(edge.to) ?? 0),
  );
  // Edges enter a node on one side and leave on the opposite one; a method many others relate to
  // gets a side long enough for its edges to stay apart instead of merging into one comb.
  const entering = graph.nodes.map(() => 0);
  const leaving = graph.nodes.map(() => 0);
  graph.edges.forEach((edge, i) => {
    const [source, target] = reversed[i] ? [edge.to, edge.from] : [edge.from, edge.to];
    leaving[source] = (leaving[source] ?? 0) + 1;
    entering[target] = (entering[target] ?? 0) + 1;
  });

  const sized = graph.nodes.map((entry, index) => {
    const bold = entry.node.kind === 'focus';
    const lines = wrapLabel(entry.label, MAX_LABEL_WIDTH, LABEL_FONT_SIZE, bold);
    const textWidth = Math.max(0, ...lines.map((line) => estimateTextWidth(line, LABEL_FONT_SIZE, bold)));
    const side = Math.max(entering[index] ?? 0, leaving[index] ?? 0) * EDGE_ROOM;
    const width = Math.ceil(Math.max(MIN_NODE_WIDTH, textWidth + 2 * PADDING_X));
    const height = lines.length * LABEL_LINE_HEIGHT + 2 * PADDING_Y;
    return {
      lines,
      width: direction === 'TB' ? Math.max(width, side) : width,
      height: direction === 'LR' ? Math.max(height, side) : height,
    };
  });

  const input: ElkNode = {
    id: 'root',
    layoutOptions: layoutOptions(direction),
    children: graph.nodes.map((entry, i) => ({
      id: entry.key,
      width: sized[i]?.width ?? MIN_NODE_WIDTH,
      height: sized[i]?.height ?? LABEL_LINE_HEIGHT + 2 * PADDING_Y,
    })),
    edges: graph.edges.map((edge, i): ElkExtendedEdge => {
      const [source, target] = reversed[i] ? [edge.to, edge.from] : [edge.from, edge.to];
      return { id: `e${i}`, sources: [graph.nodes[source]?.key ?? ''], targets: [graph.nodes[target]?.key ?? ''] };
    }),
  };

  const result = pairLayout(input) ?? (await (layoutOnWorker(input) ?? (elk ??= new ELK()).layout(input)));

  const placements = new Map((result.children ?? []).map((child) => [child.id, child]));
  const nodes = graph.nodes.map((entry, index): PlacedNode => {
    const placed = placements.get(entry.key);
    const size = sized[index];
    if (!placed || !size) throw new Error(`layout: node ${entry.key} was not placed`);
    return {
      index,
      x: round(placed.x ?? 0),
      y: round(placed.y ?? 0),
      width: size.width,
      height: size.height,
      lines: size.lines,
    };
  });
  const routes = new Map((result.edges ?? []).map((edge) => [edge.id, edge]));
  const edges = graph.edges.map((_, index): RoutedEdge => {
    const points: ElkPoint[] = [];
    for (const section of routes.get(`e${index}`)?.sections ?? []) {
      points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
    }
    if (points.length < 2) throw new Error(`layout: edge e${index} was not routed`);
    if (reversed[index]) points.reverse();
    return { index, points: points.map((point) => ({ x: round(point.x), y: round(point.y) })) };
  });
  return { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), nodes, edges };
}
