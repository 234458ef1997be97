/**
 * Parses Mermaid flowchart source with the official `mermaid` package, in Node, so tests can check
 * that generated diagrams mean exactly what they should: which nodes, which edges, which classes,
 * and what each label shows once Mermaid has decoded it.
 *
 * `mermaid.parse()` runs the whole pipeline a browser would before drawing: front matter and
 * `%%{init}%%` directives, comments, entity codes, the flowchart grammar and label sanitising.
 * That sanitising uses DOMPurify, which needs a DOM when the module loads, so a jsdom window is
 * installed as `window`/`document` only while `mermaid` is imported. (jsdom rather than happy-dom:
 * DOMPurify under happy-dom keeps `<script>` and drops text before the first tag, so Mermaid's
 * sanitising would not be what a browser does.)
 */
import { JSDOM } from 'jsdom';

type MermaidModule = typeof import('mermaid');
type Mermaid = MermaidModule['default'];

/** What the official parser made of one node. */
export interface ParsedNode {
  id: string;
  /** The label as stored by Mermaid: sanitised, entity codes still in Mermaid's internal form. */
  rawText: string;
  /** The label as Mermaid shows it: entity codes decoded, `<br>` as a line break, markup as text. */
  label: string;
  classes: string[];
  /** Node shape (`square` for `["…"]`). */
  shape: string | undefined;
  /** Set by a `click` statement. */
  link: string | undefined;
}

/** What the official parser made of one edge. */
export interface ParsedEdge {
  from: string;
  to: string;
  /** `normal` (`-->`, `---`), `dotted` (`-.->`, `-.-`), `thick` or `invisible`. */
  stroke: string;
  /** `arrow_point` for `-->`, `arrow_open` for a line without arrowhead. */
  arrow: string;
  text: string;
}

/** A parsed flowchart. */
export interface ParsedFlowchart {
  diagramType: string;
  /** Configuration from front matter and `%%{init}%%` directives: `{}` when the source sets none. */
  config: Record<string, unknown>;
  direction: string | undefined;
  nodes: ParsedNode[];
  edges: ParsedEdge[];
  /** `classDef` styles by class name. */
  classDefs: Record<string, string[]>;
}

interface FlowVertex {
  id: string;
  text?: string;
  classes?: string[];
  type?: string;
  link?: string;
}

interface FlowEdge {
  start: string;
  end: string;
  stroke?: string;
  type?: string;
  text?: string;
}

interface FlowDb {
  getVertices(): Map<string, FlowVertex>;
  getEdges(): FlowEdge[];
  getClasses(): Map<string, { styles?: string[] }>;
  getDirection?(): string | undefined;
}

type DomWindow = JSDOM['window'];

let loading: Promise<{ mermaid: Mermaid; window: DomWindow }> | undefined;

/** Loads mermaid once per test worker, with a DOM present while its modules initialise. */
function loadMermaid(): Promise<{ mermaid: Mermaid; window: DomWindow }> {
  loading ??= (async () => {
    const { window } = new JSDOM('');
    const globals = globalThis as Record<string, unknown>;
    const had = { window: 'window' in globals, document: 'document' in globals };
    const saved = { window: globals.window, document: globals.document };
    globals.window = window;
    globals.document = window.document;
    try {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      return { mermaid, window };
    } finally {
      // DOMPurify keeps the window it was created with; nothing else needs the globals afterwards.
      if (had.window) globals.window = saved.window;
      else delete globals.window;
      if (had.document) globals.document = saved.document;
      else delete globals.document;
    }
  })();
  return loading;
}

/**
 * Turns a label as Mermaid stores it into the text a reader sees. While rendering, Mermaid swaps
 * entity codes for `ﬂ°°35¶ß` (numeric) or `ﬂ°quot¶ß` (named), breaks lines at `<br>` and `\n`, and
 * finally writes the codes back as HTML entities (`&#35;`, `&quot;`) that the browser decodes.
 */
function displayedText(rawText: string, window: DomWindow): string {
  const template = window.document.createElement('template');
  return rawText
    .split(/<br\s*\/?>|\\n/iu)
    .map((segment) => {
      const html = segment.replace(/ﬂ°°/gu, '&#').replace(/ﬂ°/gu, '&').replace(/¶ß/gu, ';');
      template.innerHTML = html;
      return template.content.textContent ?? '';
    })
    .join('\n');
}

/**
 * Parses flowchart source with the official Mermaid parser. Rejects when Mermaid rejects the source
 * or when it is not a flowchart.
 */
export async function parseMermaid(source: string): Promise<ParsedFlowchart> {
  const { mermaid, window } = await loadMermaid();
  // Without `suppressErrors`, parse() throws on invalid source rather than returning false.
  const result = await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (!diagram.type.startsWith('flowchart')) throw new Error(`not a flowchart: ${diagram.type}`);
  const db = diagram.db as unknown as FlowDb;

  const nodes = [...db.getVertices().values()].map((vertex) => ({
    id: vertex.id,
    rawText: vertex.text ?? '',
    label: displayedText(vertex.text ?? '', window),
    classes: [...(vertex.classes ?? [])],
    shape: vertex.type,
    link: vertex.link,
  }));
  const edges = db.getEdges().map((edge) => ({
    from: edge.start,
    to: edge.end,
    stroke: edge.stroke ?? '',
    arrow: edge.type ?? '',
    text: edge.text ?? '',
  }));
  const classDefs: Record<string, string[]> = {};
  for (const [name, value] of db.getClasses()) classDefs[name] = [...(value.styles ?? [])];

  return {
    diagramType: result.diagramType,
    config: { ...(result.config as Record<string, unknown>) },
    direction: db.getDirection?.(),
    nodes,
    edges,
    classDefs,
  };
}
