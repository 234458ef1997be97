/**
 * Build-time rendering of a method graph to inline SVG, without a browser or DOM.
 *
 * The SVG is written here element by element from the graph and ELK's layout; no text from the
 * graph is ever parsed as markup, so labels cannot add elements, attributes or styles.
 *
 * Page integration:
 * - Place the SVG in a container with `overflow-x: auto`. The SVG fills the container's width up
 *   to its natural size and shrinks to at most `MIN_SCALE` of it (labels stay ≥ 10.5 px); a wider
 *   diagram than that scrolls horizontally inside the container instead of becoming illegible.
 * - Colours follow the page: everything is drawn in `currentColor` unless the page sets
 *   `--diagram-fg`, `--diagram-edge`, `--diagram-node-fill`, `--diagram-node-fill-opacity`,
 *   `--diagram-node-stroke`, `--diagram-accent`, `--diagram-focus-fill-opacity` or
 *   `--diagram-font` on the SVG or an ancestor. There is no background, so dark mode works as is.
 * - The SVG is `role="group"` with a one-sentence accessible name (not `img`: an image may not hold
 *   links); its node links are left out of the tab order. Render `describeGraph()` next to it as a
 *   list with the same links: that is the text equivalent keyboard and screen-reader users follow.
 */
import { chooseDirection, prepareGraph, summarizePrepared, type PreparedGraph } from './graph';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from './label';
import { layoutGraph, type Layout } from './layout';
import { preparedToMermaid } from './mermaid-source';
import type { DiagramDirection, EdgeType, MethodGraph, NodeKind } from './types';
import { escapeXml } from '../escape-xml';

/** What the drawing's lines and borders mean, for the page to show as a legend beside a diagram. */
export const DIAGRAM_LEGEND: ReadonlyArray<{ key: EdgeType | NodeKind; text: string }> = [
  { key: 'builds-on', text: 'Solid arrow: builds on (from the newer method to the one it builds on)' },
  { key: 'compares-with', text: 'Dashed line: compared with' },
  { key: 'uses', text: 'Dotted arrow: uses (from the method to the model or method it uses)' },
  { key: 'focus', text: 'Highlighted, bold border: the method of this page' },
  { key: 'introduced', text: 'Solid border: introduced by a paper in the atlas' },
  { key: 'external', text: 'Dashed border: named in the atlas but introduced elsewhere' },
];

/** Smallest scale the SVG shrinks to before its container scrolls instead. */
export const MIN_SCALE = 0.75;

/** Width in px above which a top-to-bottom layout is compared with a left-to-right one. */
export const WIDE_LAYOUT = 640;

/** Options for `renderDiagram`. */
export interface RenderOptions {
  /**
   * Defaults to `LR` for a single chain of methods and `TB` otherwise, except that a `TB` layout
   * wider than `WIDE_LAYOUT` is replaced by `LR` when that is narrower.
   */
  direction?: DiagramDirection;
}

/** A rendered diagram. */
export interface RenderedDiagram {
  /** The same diagram as Mermaid source, in the direction drawn (see `toMermaidSource`). */
  source: string;
  /** Inline SVG markup, empty for a graph without nodes. */
  svg: string;
  /** Natural size of the drawing in px. */
  width: number;
  height: number;
  direction: DiagramDirection;
  /** The one-sentence summary used as the SVG's accessible name. */
  summary: string;
}

/**
 * Whether a link target is one the site may put in a diagram: a relative reference (`/methods/x/`,
 * `../x/`, `#id`) or an http(s) URL. Anything with another scheme (`javascript:`, `data:`, …) is
 * refused. Browsers ignore control characters and spaces when reading a scheme
 * (`java\tscript:`), so they are ignored here too.
 */
export function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(href.replace(/[\u0000-\u0020\u007f]/gu, ''));
  return scheme === null || ['http', 'https'].includes((scheme[1] ?? '').toLowerCase());
}

/**
 * Styles, scoped to `.pa-diagram` because a `<style>` inside inline SVG applies to the whole page.
 * System fonts only: nothing is fetched, so pages work offline.
 */
const STYLE = [
  `.pa-diagram{color:var(--diagram-fg,currentColor);font-family:var(--diagram-font,system-ui,sans-serif);font-size:${LABEL_FONT_SIZE}px}`,
  '.pa-diagram text{fill:currentColor}',
  '.pa-diagram .pa-diagram__node rect{fill:var(--diagram-node-fill,currentColor);fill-opacity:var(--diagram-node-fill-opacity,0.06);stroke:var(--diagram-node-stroke,currentColor);stroke-opacity:0.6;stroke-width:1.25}',
  '.pa-diagram .pa-diagram__node--external rect{fill-opacity:0;stroke-dasharray:5 3}',
  '.pa-diagram .pa-diagram__node--focus rect{fill:var(--diagram-accent,currentColor);fill-opacity:var(--diagram-focus-fill-opacity,0.16);stroke:var(--diagram-accent,currentColor);stroke-opacity:1;stroke-width:2.5}',
  '.pa-diagram .pa-diagram__node--focus text{font-weight:600}',
  '.pa-diagram .pa-diagram__edge{fill:none;stroke:var(--diagram-edge,currentColor);stroke-opacity:0.7;stroke-width:1.25}',
  '.pa-diagram .pa-diagram__edge--compares-with{stroke-dasharray:6 4}',
  '.pa-diagram .pa-diagram__edge--uses{stroke-dasharray:1.5 3;stroke-linecap:round}',
  '.pa-diagram .pa-diagram__arrowhead{fill:var(--diagram-edge,currentColor);fill-opacity:0.7}',
  '.pa-diagram a:hover rect{stroke-opacity:1;stroke-width:2.5}',
  '.pa-diagram a:hover text{text-decoration:underline}',
].join('');

const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The edge's path, and for `builds-on` and `uses` an arrowhead at its end; the line stops at the arrowhead's base. */
function renderEdge(graph: PreparedGraph, layout: Layout, index: number): string {
  const edge = graph.edges[index];
  const route = layout.edges[index];
  if (!edge || !route) return '';
  const points = route.points.map((point) => ({ ...point }));
  const attrs =
    `class="pa-diagram__edge pa-diagram__edge--${edge.type}" ` +
    `data-from="${graph.nodes[edge.from]?.key ?? ''}" data-to="${graph.nodes[edge.to]?.key ?? ''}"`;
  let arrow = '';
  const tip = points[points.length - 1];
  const before = points[points.length - 2];
  if (edge.type !== 'compares-with' && tip && before) {
    const length = Math.hypot(tip.x - before.x, tip.y - before.y);
    if (length > 0) {
      const ux = (tip.x - before.x) / length;
      const uy = (tip.y - before.y) / length;
      const baseX = tip.x - ux * ARROW_LENGTH;
      const baseY = tip.y - uy * ARROW_LENGTH;
      arrow =
        `<path class="pa-diagram__arrowhead" d="M${num(tip.x)} ${num(tip.y)}` +
        `L${num(baseX - uy * ARROW_HALF_WIDTH)} ${num(baseY + ux * ARROW_HALF_WIDTH)}` +
        `L${num(baseX + uy * ARROW_HALF_WIDTH)} ${num(baseY - ux * ARROW_HALF_WIDTH)}Z"/>`;
      // Shorten the last segment only when it is longer than the arrowhead.
      if (length > ARROW_LENGTH) points[points.length - 1] = { x: baseX, y: baseY };
    }
  }
  const d = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${num(point.x)} ${num(point.y)}`).join('');
  return `<path ${attrs} d="${d}"/>${arrow}`;
}

/** The node's box and label, inside a link to its page when it has one. */
function renderNode(graph: PreparedGraph, layout: Layout, index: number): string {
  const entry = graph.nodes[index];
  const placed = layout.nodes[index];
  if (!entry || !placed) return '';
  const centreX = placed.x + placed.width / 2;
  const textTop = placed.y + (placed.height - placed.lines.length * LABEL_LINE_HEIGHT) / 2;
  // A fixed baseline offset of 0.35 em centres Latin text without `dominant-baseline`, which
  // fonts interpret differently.
  const tspans = placed.lines
    .map((line, i) => {
      const baseline = textTop + i * LABEL_LINE_HEIGHT + LABEL_LINE_HEIGHT / 2 + 0.35 * LABEL_FONT_SIZE;
      return `<tspan x="${num(centreX)}" y="${num(baseline)}">${escapeXml(line)}</tspan>`;
    })
    .join('');
  const shape =
    `<g class="pa-diagram__node pa-diagram__node--${entry.node.kind}" data-id="${entry.key}">` +
    `<rect x="${num(placed.x)}" y="${num(placed.y)}" width="${num(placed.width)}" height="${num(placed.height)}" rx="6"/>` +
    `<text text-anchor="middle">${tspans}</text></g>`;
  const { href } = entry.node;
  if (href === null) return shape;
  // Not focusable: keyboard and screen-reader users follow the same links in the text equivalent.
  return `<a href="${escapeXml(href)}" tabindex="-1">${shape}</a>`;
}

/**
 * Renders a method graph to inline SVG and Mermaid source, at build time.
 *
 * Layout is ELK's layered algorithm with orthogonal edges; see the module comment for how the
 * page embeds, themes and describes the result. Throws when a node's href is not a relative
 * reference or an http(s) URL (see `isSafeHref`). A graph without nodes gives empty strings.
 */
export async function renderDiagram(graph: MethodGraph, options: RenderOptions = {}): Promise<RenderedDiagram> {
  const prepared = prepareGraph(graph);
  for (const { node } of prepared.nodes) {
    if (node.href !== null && !isSafeHref(node.href)) {
      throw new Error(`renderDiagram: refusing href ${JSON.stringify(node.href)} of node ${JSON.stringify(node.id)}`);
    }
  }
  let direction = options.direction ?? chooseDirection(prepared);
  const summary = summarizePrepared(prepared);
  if (prepared.nodes.length === 0) return { source: '', svg: '', width: 0, height: 0, direction, summary };

  let layout = await layoutGraph(prepared, direction);
  if (options.direction === undefined && direction === 'TB' && layout.width > WIDE_LAYOUT) {
    // A method with many relations puts them all in one row when drawn top to bottom; drawn left
    // to right they stack instead, and a tall diagram scrolls with the page rather than sideways.
    const sideways = await layoutGraph(prepared, 'LR');
    if (sideways.width < layout.width) {
      direction = 'LR';
      layout = sideways;
    }
  }
  const { width, height } = layout;
  const label = escapeXml(summary);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="pa-diagram" viewBox="0 0 ${width} ${height}" ` +
      `width="${width}" height="${height}" ` +
      `style="width:100%;height:auto;max-width:${width}px;min-width:${Math.ceil(width * MIN_SCALE)}px" ` +
      `role="group" aria-label="${label}" data-direction="${direction}">`,
    `<title>${label}</title>`,
    `<style>${STYLE}</style>`,
    // Edges first, so that nodes are drawn over their ends.
    `<g class="pa-diagram__edges">${prepared.edges.map((_, i) => renderEdge(prepared, layout, i)).join('')}</g>`,
    `<g class="pa-diagram__nodes">${prepared.nodes.map((_, i) => renderNode(prepared, layout, i)).join('')}</g>`,
    '</svg>',
  ].join('\n');

  return { source: preparedToMermaid(prepared, direction), svg, width, height, direction, summary };
}
