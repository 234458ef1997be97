import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  chainOrder,
  describeGraph,
  encodeMermaidLabel,
  isSafeHref,
  limitGraph,
  normalizeLabel,
  prepareGraph,
  renderDiagram,
  summarizeGraph,
  toMermaidSource,
  type DiagramEdge,
  type DiagramNode,
  type MethodGraph,
  type NodeKind,
  WIDE_LAYOUT,
} from '../../src/lib/diagram';
import { estimateTextWidth, graphemes, wrapLabel } from '../../src/lib/diagram/label';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { MAX_LABEL_WIDTH, layoutOptions, pairLayout } from '../../src/lib/diagram/layout';
import { parseMermaid, type ParsedFlowchart } from '../helpers/mermaid-parse';

// Each test parses or lays out a few graphs; on a loaded 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

// Loading mermaid (and the DOM it needs) takes a while once; keep that out of any single test.
beforeAll(async () => {
  await parseMermaid('flowchart LR\n  a --> b\n');
}, 120_000);

// --- fixtures ---------------------------------------------------------------------------------

function node(
  id: string,
  label: string,
  kind: NodeKind = 'introduced',
  href: string | null = `/methods/${id}/`,
): DiagramNode {
  return { id, label, href, kind };
}

const sample: MethodGraph = {
  nodes: [
    node('gpt-2', 'GPT-2', 'focus'),
    node('layer-norm', 'Layer normalisation'),
    node('transformer', 'Transformer'),
    node('adam', 'Adam', 'external', null),
    node('bert', 'BERT: Bidirectional Encoder Representations from Transformers'),
  ],
  edges: [
    { from: 'gpt-2', to: 'layer-norm', type: 'builds-on' },
    { from: 'gpt-2', to: 'transformer', type: 'builds-on' },
    { from: 'layer-norm', to: 'transformer', type: 'compares-with' },
    { from: 'transformer', to: 'adam', type: 'builds-on' },
    { from: 'bert', to: 'transformer', type: 'builds-on' },
    { from: 'gpt-2', to: 'bert', type: 'compares-with' },
  ],
};

const chain: MethodGraph = {
  nodes: [node('c', 'Chain C'), node('a', 'Chain A', 'focus'), node('b', 'Chain B', 'external')],
  edges: [
    { from: 'a', to: 'b', type: 'builds-on' },
    { from: 'c', to: 'b', type: 'compares-with' },
  ],
};

/** Labels that try to end the string, add statements, change configuration or inject markup. */
const HOSTILE_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['double quotes', 'The "best" method'],
  ['quote entity', '#quot;"]; n9["x'],
  ['brackets', 'f(x) [a] {b} ((c)) [[d]] [/e\\] >f]'],
  ['backticks', '`markdown` **bold** _it_'],
  ['init directive', '%%{init: {"theme": "forest", "securityLevel": "loose"}}%%'],
  ['init directive, other spelling', '%%{ initialize: { "startOnLoad": true } }%%'],
  ['comment', '%% hidden'],
  ['front matter', '---\nconfig:\n  theme: dark\n---'],
  ['click statement', 'x"]\n  click n0 href "javascript:alert(1)"\n  n0["y'],
  ['click call', 'click n0 call alert(1)'],
  ['script tag', '<script>alert(document.cookie)</script>'],
  ['img onerror', '<img src=x onerror="alert(1)">'],
  ['svg onload', '<svg onload=alert(1)></svg>'],
  ['closing svg', '</svg><script>alert(1)</script>'],
  ['iframe javascript', '<iframe src="javascript:alert(1)">'],
  ['style tag', '<style>*{display:none}</style>'],
  ['html entities', '&lt;b&gt; &amp; &quot; &#60; &#x3C; &nbsp;'],
  ['mermaid entity codes', '#35; #60;script#62; #quot; #amp; #9829;'],
  ['mermaid entity markers', 'ﬂ°°60¶ß ﬂ°lt¶ß'],
  ['pipes', 'a | b |label| c'],
  ['arrows', 'A --> B -.- C ==> D --o E'],
  ['statement separators', 'A; B: C; classDef evil fill:red; class n0 evil'],
  ['class shorthand', 'n0:::evil'],
  ['style statement', 'style n0 fill:#f00,stroke:#0f0;'],
  ['subgraph and end', 'subgraph evil\nend'],
  ['keyword only', 'end'],
  ['newlines', 'line one\nline two\r\nline three\rline four'],
  ['literal backslash n', 'not\\na break'],
  ['br tag', 'one<br>two<br/>three'],
  ['unicode', 'Übersetzung — 注意力机制 — تعلم — 😀👩‍🔬 — naïve'],
  ['bidi override', 'abc\u202Edef\u202C \u2066iso\u2069'],
  ['zero width and nbsp', 'zero\u200Bwidth\u00A0nbsp\uFEFFbom'],
  ['control characters', 'nul\u0000bell\u0007esc\u001B[31mdel\u007Fc1\u0085\u009F'],
  ['lone surrogates', 'high\uD800 low\uDC00 pair😀'],
  ['noncharacters', 'a\uFFFE b\uFFFF'],
  ['whitespace only', ' \t \n '],
  ['empty', ''],
  ['long', 'A very long method name that goes on and on '.repeat(6)],
  ['long word', 'Supercalifragilisticexpialidocious-Transformer-Pretraining-Objective'],
];

// --- helpers ----------------------------------------------------------------------------------

/** The relations a parsed flowchart holds, as comparable strings. */
function parsedEdges(parsed: ParsedFlowchart): string[] {
  return parsed.edges.map((edge) => `${edge.from} ${edge.stroke}/${edge.arrow} ${edge.to}`).sort();
}

/** The relations a graph should produce, in the same form. */
function expectedEdges(graph: MethodGraph): string[] {
  const prepared = prepareGraph(graph);
  return prepared.edges
    .map(({ from, to, type }) => {
      const line = type === 'builds-on' ? 'normal/arrow_point' : 'dotted/arrow_open';
      return `${prepared.nodes[from]?.key} ${line} ${prepared.nodes[to]?.key}`;
    })
    .sort();
}

/** Checks that a source parses to exactly the graph's nodes, labels, classes and edges, and nothing else. */
async function expectFaithfulSource(graph: MethodGraph, source: string): Promise<void> {
  const parsed = await parseMermaid(source);
  const prepared = prepareGraph(graph);
  expect(parsed.diagramType).toBe('flowchart-v2');
  expect(parsed.config).toEqual({});
  expect(parsed.nodes.map((n) => n.id)).toEqual(prepared.nodes.map((n) => n.key));
  for (const [i, parsedNode] of parsed.nodes.entries()) {
    const entry = prepared.nodes[i];
    expect(parsedNode.label).toBe(entry?.label);
    expect(parsedNode.classes).toEqual([entry?.node.kind]);
    expect(parsedNode.shape).toBe('square');
    expect(parsedNode.link).toBeUndefined();
  }
  expect(parsedEdges(parsed)).toEqual(expectedEdges(graph));
  expect(parsed.edges.every((edge) => edge.text === '')).toBe(true);
  expect(Object.keys(parsed.classDefs).sort()).toEqual([...new Set(prepared.nodes.map((n) => n.node.kind))].sort());
}

/** The SVG as a browser's HTML parser reads it when it is inlined in a page. */
function inlineSvg(svg: string): SVGSVGElement {
  const { document } = new JSDOM(`<!doctype html><html><body><div>${svg}</div></body></html>`).window;
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg> element');
  expect(document.body.querySelectorAll('body > div > *').length).toBe(1);
  return root as unknown as SVGSVGElement;
}

const ALLOWED_ELEMENTS = new Set(['svg', 'title', 'style', 'g', 'a', 'rect', 'path', 'text', 'tspan']);
const ALLOWED_ATTRIBUTES = new Set([
  'xmlns',
  'class',
  'viewBox',
  'width',
  'height',
  'style',
  'role',
  'aria-label',
  'data-direction',
  'data-id',
  'data-from',
  'data-to',
  'd',
  'x',
  'y',
  'rx',
  'text-anchor',
  'href',
  'tabindex',
]);

/** Checks every element and attribute of the SVG against the allowlist of what the renderer writes. */
function expectOnlyRendererMarkup(root: Element, allowedHrefs: ReadonlySet<string>): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    expect(ALLOWED_ELEMENTS.has(element.localName), `element <${element.localName}>`).toBe(true);
    expect(element.namespaceURI).toBe('http://www.w3.org/2000/svg');
    for (const attribute of element.attributes) {
      expect(ALLOWED_ATTRIBUTES.has(attribute.name), `attribute ${attribute.name}`).toBe(true);
      expect(attribute.name.startsWith('on')).toBe(false);
    }
    if (element.localName === 'a') expect(allowedHrefs.has(element.getAttribute('href') ?? '')).toBe(true);
  }
  const styles = root.querySelectorAll('style');
  expect(styles.length).toBe(1);
  const css = styles[0]?.textContent ?? '';
  expect(css).not.toMatch(/@import|url\(|https?:|@font-face|expression\(/iu);
}

/** Node boxes and edge polylines read back from the SVG, by generated id. */
function geometry(root: Element): {
  boxes: Map<string, { x: number; y: number; width: number; height: number }>;
  edges: Array<{ from: string; to: string; type: string; points: Array<[number, number]> }>;
} {
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const group of root.querySelectorAll('g[data-id]')) {
    const rect = group.querySelector('rect');
    boxes.set(group.getAttribute('data-id') ?? '', {
      x: Number(rect?.getAttribute('x')),
      y: Number(rect?.getAttribute('y')),
      width: Number(rect?.getAttribute('width')),
      height: Number(rect?.getAttribute('height')),
    });
  }
  const edges = [...root.querySelectorAll('path[data-from]')].map((path) => ({
    from: path.getAttribute('data-from') ?? '',
    to: path.getAttribute('data-to') ?? '',
    type: (path.getAttribute('class') ?? '').replace(/.*--/u, ''),
    points: [...(path.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/gu)].map((m): [number, number] => [
      Number(m[1]),
      Number(m[2]),
    ]),
  }));
  return { boxes, edges };
}

/** Random graphs over a few methods, with repeated and dangling edges mixed in. */
function graphArbitrary(label: fc.Arbitrary<string> = fc.string({ maxLength: 12 })): fc.Arbitrary<MethodGraph> {
  return fc
    .array(
      fc.record({ label, kind: fc.constantFrom<NodeKind>('introduced', 'external', 'focus'), linked: fc.boolean() }),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .chain((specs) => {
      const nodes = specs.map((spec, i) =>
        node(`method-${i}`, spec.label, spec.kind, spec.linked ? `/methods/method-${i}/` : null),
      );
      const id = fc.integer({ min: 0, max: nodes.length }).map((i) => `method-${i}`); // method-N is unknown
      const edge = fc.record({
        from: id,
        to: id,
        type: fc.constantFrom<DiagramEdge['type']>('builds-on', 'compares-with'),
      });
      return fc.array(edge, { maxLength: 24 }).map((edges) => ({ nodes, edges }));
    });
}

/** Strings built from pieces Mermaid or HTML give meaning to, mixed with arbitrary code points. */
const hostileString = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '"',
        "'",
        '`',
        '#',
        ';',
        ':',
        '%%',
        '%%{init: {"theme":"dark"}}%%',
        '#quot;',
        '#35;',
        '&amp;',
        '&#60;',
        '<',
        '>',
        '<br>',
        '<script>',
        '</svg>',
        'onerror=',
        '\n',
        '\r',
        '\\n',
        '[',
        ']',
        '(',
        ')',
        '{',
        '}',
        '|',
        '-->',
        '-.-',
        ':::',
        'click',
        'end',
        'style',
        'classDef',
        'ﬂ°°',
        'ﬂ°',
        '¶ß',
        ' ',
        '  ',
        '\t',
        '\u0000',
        '\u200B',
        '\u202E',
        '\u00A0',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary-ascii', maxLength: 3 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

// --- labels -----------------------------------------------------------------------------------

describe('normalizeLabel', () => {
  it('keeps line breaks and text, collapses spaces and controls, drops blank lines', () => {
    expect(normalizeLabel('  Layer   norm  ')).toBe('Layer norm');
    expect(normalizeLabel('a\r\nb\rc\n\n d ')).toBe('a\nb\nc\nd');
    expect(normalizeLabel('tab\there\u0000nul')).toBe('tab here nul');
    expect(normalizeLabel('lone\uD800 \uFFFF')).toBe('lone\uFFFD \uFFFD');
    expect(normalizeLabel('<b>#35;&amp;</b>')).toBe('<b>#35;&amp;</b>');
    expect(normalizeLabel(' \n\t ')).toBe('');
  });

  it('is the identity on labels that are already in normal form', () => {
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((w) => !/[\s\p{Cc}]/u.test(w));
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (lines) => {
        const label = lines.map((words) => words.join(' ')).join('\n');
        expect(normalizeLabel(label)).toBe(label);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        expect(normalizeLabel(normalizeLabel(s))).toBe(normalizeLabel(s));
      }),
    );
  });
});

describe('encodeMermaidLabel', () => {
  it('uses Mermaid entity codes for everything that could carry meaning', () => {
    expect(encodeMermaidLabel('Say "hi"')).toBe('Say #quot;hi#quot;');
    expect(encodeMermaidLabel('%%{init}%%')).toBe('#37;#37;#123;init#125;#37;#37;');
    expect(encodeMermaidLabel('<b>&</b>')).toBe('#60;b#62;#38;#60;/b#62;');
    expect(encodeMermaidLabel('a\nb')).toBe('a<br>b');
    expect(encodeMermaidLabel('naïve 注意 😀')).toBe('naïve 注意 😀');
    expect(encodeMermaidLabel('')).toBe(' ');
  });

  it('leaves only letters, digits, safe punctuation, entity codes and <br> in the output', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const encoded = encodeMermaidLabel(normalizeLabel(s));
        const rest = encoded.replace(/#(?:quot|\d+);|<br>/gu, '');
        expect(rest).toMatch(/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u);
        expect(rest).not.toMatch(/["#%&;:<>[\]{}|`\\]/u);
      }),
    );
  });
});

describe('wrapLabel', () => {
  it('wraps between words and keeps every character', () => {
    const label = 'BERT: Bidirectional Encoder Representations from Transformers';
    const lines = wrapLabel(label, MAX_LABEL_WIDTH);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
  });

  it('cuts a word wider than a line between graphemes only', () => {
    const word = '👩‍🔬'.repeat(20);
    const lines = wrapLabel(word, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(graphemes(line).every((g) => g === '👩‍🔬')).toBe(true);
  });

  it('never loses or reorders text', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 1, max: 300 }), (s, width) => {
        const label = normalizeLabel(s);
        expect(wrapLabel(label, width).join('').replace(/[ \n]/gu, '')).toBe(label.replace(/[ \n]/gu, ''));
      }),
    );
  });
});

// --- Mermaid source ---------------------------------------------------------------------------

describe('toMermaidSource', () => {
  it('writes generated ids, escaped labels, typed edges and classes', async () => {
    const source = toMermaidSource(sample);
    expect(source).toBe(
      [
        'flowchart TB',
        '  n0["GPT-2"]',
        '  n1["BERT#58; Bidirectional Encoder Representations from Transformers"]',
        '  n2["Layer normalisation"]',
        '  n3["Transformer"]',
        '  n4["Adam"]',
        '  n0 --> n2',
        '  n0 --> n3',
        '  n1 --> n3',
        '  n3 --> n4',
        '  n0 -.- n1',
        '  n2 -.- n3',
        '  classDef focus stroke-width:3px,font-weight:bold',
        '  class n0 focus',
        '  classDef introduced stroke-width:1px',
        '  class n1,n2,n3 introduced',
        '  classDef external stroke-width:1px,stroke-dasharray:5 3',
        '  class n4 external',
        '',
      ].join('\n'),
    );
    await expectFaithfulSource(sample, source);
  });

  it('draws builds-on as a solid arrow from the newer method to what it builds on', async () => {
    const parsed = await parseMermaid(toMermaidSource(sample));
    // GPT-2 (n0) builds on Transformer (n3): the arrow starts at GPT-2 and points at Transformer.
    expect(parsed.edges).toContainEqual({ from: 'n0', to: 'n3', stroke: 'normal', arrow: 'arrow_point', text: '' });
    expect(parsed.edges).toContainEqual({ from: 'n2', to: 'n3', stroke: 'dotted', arrow: 'arrow_open', text: '' });
  });

  it('is deterministic and independent of input order', () => {
    const shuffled: MethodGraph = { nodes: [...sample.nodes].reverse(), edges: [...sample.edges].reverse() };
    expect(toMermaidSource(sample)).toBe(toMermaidSource(sample));
    expect(toMermaidSource(shuffled)).toBe(toMermaidSource(sample));
  });

  it('never writes data ids into the source', () => {
    const graph: MethodGraph = {
      nodes: [node('click-me"]; click n1 call alert(1); n2["', 'A', 'focus'), node('%%{init}%%', 'B')],
      edges: [{ from: 'click-me"]; click n1 call alert(1); n2["', to: '%%{init}%%', type: 'builds-on' }],
    };
    const source = toMermaidSource(graph);
    expect(source).not.toContain('click');
    expect(source).not.toContain('init');
    expect(source).toContain('n0 --> n1');
  });

  it('chooses LR for a chain and TB otherwise, unless told', async () => {
    expect(toMermaidSource(chain).split('\n')[0]).toBe('flowchart LR');
    expect(toMermaidSource(sample).split('\n')[0]).toBe('flowchart TB');
    expect(toMermaidSource(sample, { direction: 'LR' }).split('\n')[0]).toBe('flowchart LR');
    expect(toMermaidSource({ nodes: [node('a', 'A')], edges: [] }).split('\n')[0]).toBe('flowchart LR');
    expect((await parseMermaid(toMermaidSource(chain))).direction).toBe('LR');
  });

  it('drops repeated nodes, unknown endpoints, self-loops and repeated relations', async () => {
    const graph: MethodGraph = {
      nodes: [node('a', 'A'), node('b', 'B'), node('a', 'A again')],
      edges: [
        { from: 'a', to: 'b', type: 'builds-on' },
        { from: 'a', to: 'b', type: 'builds-on' },
        { from: 'a', to: 'b', type: 'compares-with' },
        { from: 'b', to: 'a', type: 'compares-with' },
        { from: 'a', to: 'a', type: 'builds-on' },
        { from: 'a', to: 'missing', type: 'builds-on' },
      ],
    };
    const parsed = await parseMermaid(toMermaidSource(graph));
    expect(parsed.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(parsedEdges(parsed)).toEqual(['n0 dotted/arrow_open n1', 'n0 normal/arrow_point n1']);
  });

  it('gives no source for a graph without nodes', () => {
    expect(toMermaidSource({ nodes: [], edges: [] })).toBe('');
  });

  describe.each(HOSTILE_LABELS)('hostile label: %s', (_name, label) => {
    const graph: MethodGraph = {
      nodes: [node('x', label, 'focus'), node('y', label)],
      edges: [{ from: 'x', to: 'y', type: 'builds-on' }],
    };

    it('parses to exactly the intended nodes and edges, with the label as written', async () => {
      const source = toMermaidSource(graph);
      // One header, two nodes, one edge, two classDef + class pairs: no statement was added.
      expect(source.trimEnd().split('\n')).toHaveLength(8);
      await expectFaithfulSource(graph, source);
      const parsed = await parseMermaid(source);
      expect(parsed.nodes[0]?.label).toBe(normalizeLabel(label));
    });
  });

  it('round-trips arbitrary labels through the official parser', async () => {
    await fc.assert(
      fc.asyncProperty(graphArbitrary(hostileString), async (graph) => {
        await expectFaithfulSource(graph, toMermaidSource(graph));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('round-trips arbitrary full-Unicode labels through the official parser', async () => {
    await fc.assert(
      fc.asyncProperty(graphArbitrary(fc.string({ unit: 'binary', maxLength: 16 })), async (graph) => {
        await expectFaithfulSource(graph, toMermaidSource(graph));
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('parseMermaid (test helper)', () => {
  it('reports what an unescaped label would do', async () => {
    const parsed = await parseMermaid(
      'flowchart LR\n  %%{init: {"theme": "dark"}}%%\n  a["<img src=x onerror=alert(1)>"] --> b\n  click a href "javascript:alert(1)"\n',
    );
    expect(parsed.config).toEqual({ theme: 'dark' });
    expect(parsed.nodes[0]?.rawText).not.toContain('onerror');
    expect(parsed.nodes[0]?.link).toBeDefined();
  });

  it('rejects source Mermaid cannot parse', async () => {
    await expect(parseMermaid('flowchart LR\n  a["unterminated] --> b\n')).rejects.toThrow();
  });
});

// --- graph utilities ---------------------------------------------------------------------------

describe('describeGraph', () => {
  it('lists each relation once, resolved to the caller’s nodes, in diagram order', () => {
    const relations = describeGraph(sample);
    expect(relations.map((r) => `${r.from.id} ${r.type} ${r.to.id}`)).toEqual([
      'gpt-2 builds-on layer-norm',
      'gpt-2 builds-on transformer',
      'bert builds-on transformer',
      'transformer builds-on adam',
      'gpt-2 compares-with bert',
      'layer-norm compares-with transformer',
    ]);
    expect(relations[0]?.from).toBe(sample.nodes[0]);
  });
});

describe('chainOrder', () => {
  const order = (graph: MethodGraph): string[] | null => {
    const prepared = prepareGraph(graph);
    return chainOrder(prepared)?.map((i) => prepared.nodes[i]?.node.id ?? '') ?? null;
  };
  const edge = (from: string, to: string, type: DiagramEdge['type'] = 'builds-on'): DiagramEdge => ({ from, to, type });
  const nodes = [node('a', 'A'), node('b', 'B'), node('c', 'C'), node('d', 'D')];

  it('walks a path so that most builds-on arrows point forward', () => {
    expect(order({ nodes, edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')] })).toEqual(['a', 'b', 'c', 'd']);
    expect(order({ nodes, edges: [edge('d', 'c'), edge('c', 'b'), edge('b', 'a')] })).toEqual(['d', 'c', 'b', 'a']);
    expect(order({ nodes: nodes.slice(0, 3), edges: [edge('c', 'b'), edge('a', 'b', 'compares-with')] })).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(order({ nodes: nodes.slice(0, 1), edges: [] })).toEqual(['a']);
  });

  it('is null for anything but a single path', () => {
    expect(order({ nodes, edges: [edge('a', 'b'), edge('a', 'c'), edge('a', 'd')] })).toBeNull();
    expect(order({ nodes, edges: [edge('a', 'b'), edge('c', 'd')] })).toBeNull();
    expect(order({ nodes: nodes.slice(0, 3), edges: [edge('a', 'b'), edge('a', 'b', 'compares-with')] })).toBeNull();
    expect(order({ nodes: [], edges: [] })).toBeNull();
  });
});

describe('summarizeGraph', () => {
  it('names the focus method and counts methods and relations', () => {
    expect(summarizeGraph(sample)).toBe(
      'Diagram of methods related to “GPT-2”: 5 methods, 4 “builds on” relations and 2 comparisons.',
    );
  });
});

describe('limitGraph', () => {
  const hub: MethodGraph = {
    nodes: [
      node('focus', 'Focus', 'focus'),
      ...Array.from({ length: 30 }, (_, i) => node(`near-${String(i).padStart(2, '0')}`, `Near ${i}`)),
      ...Array.from({ length: 30 }, (_, i) => node(`far-${String(i).padStart(2, '0')}`, `Far ${i}`)),
    ],
    edges: [
      ...Array.from({ length: 30 }, (_, i): DiagramEdge => ({
        from: 'focus',
        to: `near-${String(i).padStart(2, '0')}`,
        type: 'builds-on',
      })),
      // The far nodes are densely connected to each other but not to the focus.
      ...Array.from({ length: 30 }, (_, i): DiagramEdge => ({
        from: `far-${String(i).padStart(2, '0')}`,
        to: `far-${String((i + 1) % 30).padStart(2, '0')}`,
        type: 'compares-with',
      })),
    ],
  };

  it('keeps the focus and its neighbourhood before better-connected strangers', () => {
    const limited = limitGraph(hub, 10);
    expect(limited.nodes).toHaveLength(10);
    expect(limited.nodes[0]?.id).toBe('focus');
    expect(limited.nodes.every((n) => n.id === 'focus' || n.id.startsWith('near-'))).toBe(true);
    expect(limited.edges).toHaveLength(9);
  });

  it('keeps the requested ids and defaults to 40 nodes', () => {
    const limited = limitGraph(hub, undefined, ['far-29']);
    expect(limited.nodes).toHaveLength(40);
    expect(limited.nodes.map((n) => n.id)).toContain('far-29');
    expect(limitGraph(hub, 1, ['far-29']).nodes.map((n) => n.id)).toEqual(['focus']);
  });

  it('prefers the most connected methods when there is no focus', () => {
    const graph: MethodGraph = {
      nodes: [node('a', 'A'), node('b', 'B'), node('c', 'C'), node('d', 'D')],
      edges: [
        { from: 'a', to: 'd', type: 'builds-on' },
        { from: 'b', to: 'd', type: 'builds-on' },
        { from: 'c', to: 'd', type: 'builds-on' },
      ],
    };
    expect(limitGraph(graph, 1).nodes.map((n) => n.id)).toEqual(['d']);
  });

  it('rejects a negative or fractional limit', () => {
    expect(() => limitGraph(hub, -1)).toThrow(RangeError);
    expect(() => limitGraph(hub, 2.5)).toThrow(RangeError);
  });

  it('keeps at most maxNodes, always the focus, and no dangling edge', () => {
    fc.assert(
      fc.property(graphArbitrary(), fc.integer({ min: 1, max: 14 }), (graph, maxNodes) => {
        const limited = limitGraph(graph, maxNodes);
        const ids = new Set(limited.nodes.map((n) => n.id));
        expect(limited.nodes.length).toBeLessThanOrEqual(maxNodes);
        expect(ids.size).toBe(limited.nodes.length);
        const firstFocus = prepareGraph(graph).nodes.find((n) => n.node.kind === 'focus');
        if (firstFocus) expect(ids.has(firstFocus.node.id)).toBe(true);
        for (const edge of limited.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
        for (const kept of limited.nodes) expect(graph.nodes).toContain(kept);
        expect(limitGraph(graph, maxNodes)).toEqual(limited);
      }),
    );
  });
});

// --- SVG --------------------------------------------------------------------------------------

describe('renderDiagram', () => {
  it('returns the Mermaid source alongside the SVG', async () => {
    const rendered = await renderDiagram(sample);
    expect(rendered.source).toBe(toMermaidSource(sample));
    expect(rendered.direction).toBe('TB');
    expect(rendered.summary).toBe(summarizeGraph(sample));
  });

  it('is deterministic and independent of input order', async () => {
    const shuffled: MethodGraph = { nodes: [...sample.nodes].reverse(), edges: [...sample.edges].reverse() };
    const first = await renderDiagram(sample);
    expect((await renderDiagram(sample)).svg).toBe(first.svg);
    expect((await renderDiagram(shuffled)).svg).toBe(first.svg);
  });

  it('is an accessible, scalable image that follows the page’s colours', async () => {
    const { svg, width, height, summary } = await renderDiagram(sample);
    const root = inlineSvg(svg);
    // A group, not an img: an image may not hold the node links (axe: nested-interactive).
    expect(root.getAttribute('role')).toBe('group');
    expect(root.getAttribute('aria-label')).toBe(summary);
    expect(root.querySelector('title')?.textContent).toBe(summary);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.getAttribute('style')).toBe(
      `width:100%;height:auto;max-width:${width}px;min-width:${Math.ceil(width * 0.75)}px`,
    );
    // No colour is fixed: no hex, rgb() or named colours, no background.
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|\b(?:white|black)\b|background/iu);
    expect(svg).toContain('currentColor');
    expect(svg).toContain('font-family:var(--diagram-font,system-ui,sans-serif)');
    // Node links are left to the text equivalent for keyboard users.
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('tabindex')).toBe('-1');
  });

  it('draws exactly the nodes and edges of the Mermaid source', async () => {
    const { svg, source } = await renderDiagram(sample);
    const parsed = await parseMermaid(source);
    const { boxes, edges } = geometry(inlineSvg(svg));
    expect([...boxes.keys()].sort()).toEqual(parsed.nodes.map((n) => n.id).sort());
    const drawn = edges
      .map((e) => `${e.from} ${e.type === 'builds-on' ? 'normal/arrow_point' : 'dotted/arrow_open'} ${e.to}`)
      .sort();
    expect(drawn).toEqual(parsedEdges(parsed));
  });

  it('links nodes with an href and distinguishes kinds by class', async () => {
    const root = inlineSvg((await renderDiagram(sample)).svg);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual([
      '/methods/bert/',
      '/methods/gpt-2/',
      '/methods/layer-norm/',
      '/methods/transformer/',
    ]);
    expect(root.querySelector('g[data-id="n0"]')?.getAttribute('class')).toBe(
      'pa-diagram__node pa-diagram__node--focus',
    );
    expect(root.querySelector('g[data-id="n4"]')?.getAttribute('class')).toBe(
      'pa-diagram__node pa-diagram__node--external',
    );
    expect(root.querySelector('g[data-id="n4"]')?.parentElement?.localName).toBe('g');
    expect(root.querySelectorAll('path.pa-diagram__edge--compares-with')).toHaveLength(2);
    expect(root.querySelectorAll('path.pa-diagram__arrowhead')).toHaveLength(4);
  });

  /** Checks that every builds-on arrowhead sits on the border of the edge's target box. */
  function expectArrowsAtTargets(root: Element): void {
    const { boxes } = geometry(root);
    const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.6;
    for (const path of root.querySelectorAll('path.pa-diagram__edge--builds-on')) {
      const arrow = path.nextElementSibling;
      expect(arrow?.getAttribute('class')).toBe('pa-diagram__arrowhead');
      const [, tipX, tipY] = /^M(-?[\d.]+) (-?[\d.]+)/u.exec(arrow?.getAttribute('d') ?? '') ?? [];
      const [x, y] = [Number(tipX), Number(tipY)];
      const target = boxes.get(path.getAttribute('data-to') ?? '');
      if (!target) throw new Error('arrow without target');
      const inside =
        x >= target.x - 0.6 &&
        x <= target.x + target.width + 0.6 &&
        y >= target.y - 0.6 &&
        y <= target.y + target.height + 0.6;
      const onEdge =
        near(x, target.x) || near(x, target.x + target.width) || near(y, target.y) || near(y, target.y + target.height);
      expect(inside && onEdge, `arrow of ${path.getAttribute('data-from')}→${path.getAttribute('data-to')}`).toBe(true);
    }
  }

  it('points each builds-on arrowhead at the method built on', async () => {
    expectArrowsAtTargets(inlineSvg((await renderDiagram(sample)).svg));
  });

  it('lays a chain out in one straight row, whichever way its arrows point', async () => {
    const vShape: MethodGraph = {
      nodes: [node('a', 'A', 'focus'), node('b', 'B'), node('c', 'C')],
      edges: [
        { from: 'a', to: 'b', type: 'builds-on' },
        { from: 'c', to: 'b', type: 'builds-on' },
      ],
    };
    for (const graph of [chain, vShape]) {
      const { svg, direction, width, height } = await renderDiagram(graph);
      expect(direction).toBe('LR');
      expect(width).toBeGreaterThan(height);
      const root = inlineSvg(svg);
      const { boxes } = geometry(root);
      expect(new Set([...boxes.values()].map((b) => b.y)).size).toBe(1);
      expectArrowsAtTargets(root);
    }
  });

  it('draws a method with many relations left to right when top to bottom would be too wide', async () => {
    const star: MethodGraph = {
      nodes: [
        node('hub', 'Attention', 'focus'),
        ...Array.from({ length: 9 }, (_, i) => node(`leaf-${i}`, `Method ${i} with a longer name`)),
      ],
      edges: Array.from({ length: 9 }, (_, i): DiagramEdge => ({ from: 'hub', to: `leaf-${i}`, type: 'builds-on' })),
    };
    const rendered = await renderDiagram(star);
    expect(rendered.direction).toBe('LR');
    expect(rendered.width).toBeLessThan(WIDE_LAYOUT);
    expect(rendered.source.split('\n')[0]).toBe('flowchart LR');
    expect(inlineSvg(rendered.svg).getAttribute('data-direction')).toBe('LR');
    const forced = await renderDiagram(star, { direction: 'TB' });
    expect(forced.direction).toBe('TB');
    expect(forced.width).toBeGreaterThan(WIDE_LAYOUT);
    expect(forced.source).toBe(toMermaidSource(star, { direction: 'TB' }));
  });

  it('gives empty output for a graph without nodes', async () => {
    expect(await renderDiagram({ nodes: [], edges: [] })).toMatchObject({ source: '', svg: '', width: 0, height: 0 });
  });

  describe.each(HOSTILE_LABELS)('hostile label: %s', (_name, label) => {
    it('shows the label as text and adds no markup', async () => {
      const graph: MethodGraph = {
        nodes: [node('x', label, 'focus', '/methods/x/?a=1&b="2"<3>'), node('y', label, 'external', null)],
        edges: [{ from: 'x', to: 'y', type: 'builds-on' }],
      };
      const { svg } = await renderDiagram(graph);
      // Well-formed XML on its own, not only when an HTML parser repairs it.
      expect(() => new JSDOM(svg, { contentType: 'image/svg+xml' })).not.toThrow();
      const root = inlineSvg(svg);
      expectOnlyRendererMarkup(root, new Set(['/methods/x/?a=1&b="2"<3>']));
      const expected = normalizeLabel(label);
      for (const key of ['n0', 'n1']) {
        const lines = [...root.querySelectorAll(`g[data-id="${key}"] tspan`)].map((t) => t.textContent);
        expect(lines).toEqual(wrapLabel(expected, MAX_LABEL_WIDTH, 14, key === 'n0'));
      }
    });
  });

  it('keeps arbitrary labels and links as data', async () => {
    await fc.assert(
      fc.asyncProperty(graphArbitrary(hostileString), fc.string({ maxLength: 10 }), async (graph, suffix) => {
        const href = `/methods/${suffix}`;
        const withHrefs = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, href: n.href === null ? null : href })) };
        const { svg } = await renderDiagram(withHrefs);
        const root = inlineSvg(svg);
        expectOnlyRendererMarkup(root, new Set([href]));
        const prepared = prepareGraph(withHrefs);
        for (const entry of prepared.nodes) {
          const text = [...root.querySelectorAll(`g[data-id="${entry.key}"] tspan`)].map((t) => t.textContent).join('');
          expect(text.replace(/[ \n]/gu, '')).toBe(entry.label.replace(/[ \n]/gu, ''));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('refuses links that are not relative or http(s)', async () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
    ]) {
      expect(isSafeHref(href), href).toBe(false);
      await expect(renderDiagram({ nodes: [node('a', 'A', 'focus', href)], edges: [] })).rejects.toThrow(
        /refusing href/u,
      );
    }
    for (const href of ['/methods/a/', '../a/', 'a/b', '#top', '?q=1', 'https://example.org/a', '']) {
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('sizes every box for its label and keeps boxes and edges apart', async () => {
    const words = [
      'Attention',
      'Transformer',
      'BERT',
      'ResNet',
      'Dropout',
      'LayerNorm',
      'Adam',
      'GPT',
      'ViT',
      'Diffusion',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 30 })
          .chain((count) =>
            fc.tuple(
              fc.constant(count),
              fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1), fc.boolean()), { maxLength: count * 2 }),
            ),
          ),
        async ([count, pairs]) => {
          const graph: MethodGraph = {
            nodes: Array.from({ length: count }, (_, i) =>
              node(
                `m${i}`,
                `${words[i % words.length]} ${'variant '.repeat(i % 4)}${i}`,
                i === 0 ? 'focus' : 'introduced',
              ),
            ),
            edges: pairs.map(([a, b, dashed]) => ({
              from: `m${a}`,
              to: `m${b}`,
              type: dashed ? 'compares-with' : 'builds-on',
            })),
          };
          const { svg } = await renderDiagram(graph);
          const root = inlineSvg(svg);
          const { boxes, edges } = geometry(root);
          const list = [...boxes.entries()];
          for (const [key, box] of list) {
            const lines = [...root.querySelectorAll(`g[data-id="${key}"] tspan`)].map((t) => t.textContent ?? '');
            for (const line of lines) expect(estimateTextWidth(line, 14, key === 'n0')).toBeLessThan(box.width);
            for (const [other, b] of list) {
              if (other === key) continue;
              const overlap =
                box.x < b.x + b.width && b.x < box.x + box.width && box.y < b.y + b.height && b.y < box.y + box.height;
              expect(overlap).toBe(false);
            }
          }
          // No edge passes through a method it does not connect: it would read as a different relation.
          for (const edge of edges) {
            for (let i = 1; i < edge.points.length; i += 1) {
              const [x1, y1] = edge.points[i - 1] ?? [0, 0];
              const [x2, y2] = edge.points[i] ?? [0, 0];
              for (const [key, b] of list) {
                if (key === edge.from || key === edge.to) continue;
                const crosses =
                  Math.max(x1, x2) > b.x + 1 &&
                  Math.min(x1, x2) < b.x + b.width - 1 &&
                  Math.max(y1, y2) > b.y + 1 &&
                  Math.min(y1, y2) < b.y + b.height - 1;
                expect(crosses, `${edge.from}→${edge.to} crosses ${key}`).toBe(false);
              }
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('renders a 40-node graph quickly enough for a static build', async () => {
    const graph: MethodGraph = {
      nodes: Array.from({ length: 40 }, (_, i) =>
        node(`m${i}`, `Method number ${i}`, i === 0 ? 'focus' : 'introduced'),
      ),
      edges: Array.from({ length: 70 }, (_, i): DiagramEdge => ({
        from: `m${(i * 7 + 3) % 40}`,
        to: `m${(i * 13 + 1) % 40}`,
        type: i % 4 === 0 ? 'compares-with' : 'builds-on',
      })),
    };
    await renderDiagram(graph); // first run loads and compiles ELK
    const start = performance.now();
    const { svg } = await renderDiagram(graph);
    const elapsed = performance.now() - start;
    expect(svg).toContain('data-id="n39"');
    // Typically 60–200 ms on the 2-core CI machine; the bound only catches a pathological slowdown.
    expect(elapsed).toBeLessThan(3000);
  }, 30_000);
});

describe('pairLayout', () => {
  const elk = new ELK();
  const box = fc.record({ width: fc.integer({ min: 56, max: 230 }), height: fc.constantFrom(34, 52, 70, 88) });
  /** What `layoutGraph` reads of a layout: the drawing's size, each node's place and each edge's points. */
  const placed = (layout: ElkNode) => ({
    width: layout.width,
    height: layout.height,
    nodes: (layout.children ?? []).map((node) => [node.id, node.x, node.y]),
    edges: (layout.edges ?? []).map((edge) => [
      edge.id,
      (edge.sections ?? []).map((section) => [section.startPoint, section.bendPoints ?? [], section.endPoint]),
    ]),
  });

  it('lays out two nodes and the edge between them exactly as ELK does, either way round and in both directions', async () => {
    await fc.assert(
      fc.asyncProperty(
        box,
        box,
        fc.constantFrom<'TB' | 'LR'>('TB', 'LR'),
        fc.boolean(),
        async (first, second, direction, backwards) => {
          const input: ElkNode = {
            id: 'root',
            layoutOptions: layoutOptions(direction),
            children: [
              { id: 'a', ...first },
              { id: 'b', ...second },
            ],
            edges: [{ id: 'e0', sources: [backwards ? 'b' : 'a'], targets: [backwards ? 'a' : 'b'] }],
          };
          const shortcut = pairLayout(structuredClone(input));
          expect(shortcut).not.toBeNull();
          expect(placed(shortcut!)).toEqual(placed(await elk.layout(structuredClone(input))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves every other graph to ELK', () => {
    const node = (id: string) => ({ id, width: 80, height: 34 });
    const graph = (children: ElkNode[], edges: Array<[string, string]>): ElkNode => ({
      id: 'root',
      layoutOptions: layoutOptions('TB'),
      children,
      edges: edges.map(([source, target], i) => ({ id: `e${i}`, sources: [source], targets: [target] })),
    });
    expect(pairLayout(graph([node('a'), node('b'), node('c')], [['a', 'b']]))).toBeNull();
    expect(
      pairLayout(
        graph(
          [node('a'), node('b')],
          [
            ['a', 'b'],
            ['b', 'a'],
          ],
        ),
      ),
    ).toBeNull();
    expect(pairLayout(graph([node('a'), node('b')], []))).toBeNull();
    expect(pairLayout(graph([node('a'), node('b')], [['a', 'a']]))).toBeNull();
  });
});
