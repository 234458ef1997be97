/**
 * Method diagrams: a graph of methods and their relations, rendered at build time to inline SVG
 * (laid out by ELK) and written as Mermaid flowchart source, with a text equivalent for the page.
 * Pure TypeScript: no Astro, no browser, no DOM.
 */
export type {
  DiagramDirection,
  DiagramEdge,
  DiagramNode,
  DiagramRelation,
  EdgeType,
  MethodGraph,
  NodeKind,
} from './types';
export { chainOrder, describeGraph, isChain, limitGraph, prepareGraph, summarizeGraph } from './graph';
export type { PreparedEdge, PreparedGraph, PreparedNode } from './graph';
export { normalizeLabel } from './label';
export { encodeMermaidLabel, toMermaidSource } from './mermaid-source';
export type { MermaidSourceOptions } from './mermaid-source';
export { DIAGRAM_LEGEND, isSafeHref, MIN_SCALE, renderDiagram, WIDE_LAYOUT } from './render-svg';
export { escapeXml } from '../escape-xml';
export type { RenderedDiagram, RenderOptions } from './render-svg';
