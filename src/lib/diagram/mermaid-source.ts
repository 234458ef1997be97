import { chooseDirection, prepareGraph, type PreparedGraph } from './graph';
import type { DiagramDirection, MethodGraph, NodeKind } from './types';

/** Options for `toMermaidSource`. */
export interface MermaidSourceOptions {
  /** Defaults to `LR` for a single chain of methods and `TB` otherwise. */
  direction?: DiagramDirection;
}

/**
 * Characters written into a quoted Mermaid label as they are. Everything else in ASCII is written
 * as an entity code, because Mermaid gives it meaning somewhere before or after the grammar sees
 * the string: `"` ends the string, `%%{…}%%` is read as a configuration directive anywhere in the
 * text, `#…;` is an entity code, `<…>` is HTML, `\n` and `<br>` break the line, a leading backtick
 * starts a Markdown string, and `&` would be read as an HTML entity when the label is shown.
 */
const PLAIN_ASCII = /^[A-Za-z0-9 .,\-_()/+!?']$/u;

/** Non-ASCII characters that are visible text: letters, marks, digits, punctuation and symbols. */
const PLAIN_UNICODE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/**
 * Mermaid marks entity codes with `ﬂ°°`, `ﬂ°` and `¶ß` while it renders; a label holding those
 * characters as text would be decoded as an entity, so they are always written as entity codes.
 */
const ENTITY_MARKERS = new Set(['\uFB02', '\u00B0', '\u00B6']);

/**
 * Writes a normalised label as the body of a quoted Mermaid label (`n0["…"]`): safe characters as
 * they are, line breaks as `<br>`, `"` as `#quot;` and every other character as a decimal entity
 * code such as `#35;` (`#`) or `#60;` (`<`), which Mermaid turns back into the character when it
 * shows the label. No label can end the string, add a statement or change the configuration.
 */
export function encodeMermaidLabel(label: string): string {
  // Mermaid rejects an empty string (`[""]`) but reads `[" "]` as an empty label.
  if (label === '') return ' ';
  let out = '';
  for (const char of label) {
    if (char === '\n') out += '<br>';
    else if (char === '"') out += '#quot;';
    else if (PLAIN_ASCII.test(char) || (char > '\u007f' && PLAIN_UNICODE.test(char) && !ENTITY_MARKERS.has(char))) {
      out += char;
    } else out += `#${char.codePointAt(0) ?? 0xfffd};`;
  }
  return out;
}

/**
 * Mermaid styles for the node kinds. Only borders and weight are set: fills and text colours are
 * left to the renderer's theme, so that no theme shows white boxes on a dark page.
 */
const CLASS_DEFS: Record<NodeKind, string> = {
  focus: 'stroke-width:3px,font-weight:bold',
  introduced: 'stroke-width:1px',
  external: 'stroke-width:1px,stroke-dasharray:5 3',
};

const KINDS: readonly NodeKind[] = ['focus', 'introduced', 'external'];

/** Writes a prepared graph as a Mermaid flowchart. Shared with the renderer, which prepares once. */
export function preparedToMermaid(graph: PreparedGraph, direction: DiagramDirection): string {
  const lines = [`flowchart ${direction}`];
  for (const { key, label } of graph.nodes) lines.push(`  ${key}["${encodeMermaidLabel(label)}"]`);
  for (const { from, to, type } of graph.edges) {
    const arrow = { 'builds-on': '-->', 'compares-with': '-.-', uses: '-.->' }[type];
    lines.push(`  ${graph.nodes[from]?.key ?? ''} ${arrow} ${graph.nodes[to]?.key ?? ''}`);
  }
  for (const kind of KINDS) {
    const keys = graph.nodes.filter((entry) => entry.node.kind === kind).map((entry) => entry.key);
    if (keys.length === 0) continue;
    lines.push(`  classDef ${kind} ${CLASS_DEFS[kind]}`);
    lines.push(`  class ${keys.join(',')} ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The graph as Mermaid flowchart source: deterministic (the same methods and relations give the
 * same text, whatever their input order), with generated node ids `n0`, `n1`, … and every label
 * escaped (see `encodeMermaidLabel`). `builds-on` is a solid arrow from the newer method to the one
 * it builds on (`-->`); `compares-with` is a dashed line without arrowhead (`-.-`). Node kinds are
 * Mermaid classes `focus`, `introduced` and `external`.
 *
 * Returns an empty string for a graph without nodes: there is nothing to draw, and Mermaid has no
 * valid empty flowchart.
 */
export function toMermaidSource(graph: MethodGraph, options: MermaidSourceOptions = {}): string {
  const prepared = prepareGraph(graph);
  if (prepared.nodes.length === 0) return '';
  return preparedToMermaid(prepared, options.direction ?? chooseDirection(prepared));
}
