/**
 * The data a method diagram is drawn from. Labels and ids come from scraped text and are treated
 * as untrusted everywhere in this module; hrefs are produced by the site.
 */

/** How a node relates to the corpus. */
export type NodeKind =
  /** A method introduced by a paper in the corpus. */
  | 'introduced'
  /** A method that papers name but that no paper in the corpus introduces. */
  | 'external'
  /** The method whose page shows the diagram. */
  | 'focus';

/** How two methods relate. */
export type EdgeType =
  /** `from` (the newer method) builds on `to`: drawn as a solid arrow pointing at `to`. */
  | 'builds-on'
  /** The two methods are compared in a paper: drawn as a dashed line without an arrowhead. */
  | 'compares-with'
  /** `from` uses `to` as a part, base or tool: drawn as a dotted arrow pointing at `to`. */
  | 'uses';

/** One method in a diagram. */
export interface DiagramNode {
  /** The method's identity in the site's data (e.g. its slug). Never written into Mermaid source or SVG. */
  id: string;
  /** The method's name as written in the corpus. */
  label: string;
  /** The method's page, or `null` when it has none. */
  href: string | null;
  kind: NodeKind;
}

/** One relation between two methods, by their `DiagramNode.id`s. */
export interface DiagramEdge {
  from: string;
  to: string;
  type: EdgeType;
}

/** The methods and relations a diagram shows. */
export interface MethodGraph {
  nodes: readonly DiagramNode[];
  edges: readonly DiagramEdge[];
}

/** Flowchart direction: left to right, or top to bottom. */
export type DiagramDirection = 'LR' | 'TB';

/** A relation resolved to its two nodes, for the text equivalent of a diagram. */
export interface DiagramRelation {
  from: DiagramNode;
  to: DiagramNode;
  type: EdgeType;
  /** The relation in words between the two labels: "builds on". */
  verb: string;
}
