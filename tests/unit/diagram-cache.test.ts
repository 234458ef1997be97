import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDiagram, type MethodGraph } from '../../src/lib/diagram';
import {
  drawAhead,
  PHONE_WIDTH,
  renderDiagramCached,
  rendererFingerprint,
  renderForPhones,
} from '../../src/lib/diagram-cache';

const pair: MethodGraph = {
  nodes: [
    { id: 'a', label: 'Alpha', href: '/methods/alpha/', kind: 'introduced' },
    { id: 'b', label: 'Beta', href: null, kind: 'external' },
  ],
  edges: [{ from: 'a', to: 'b', type: 'builds-on' }],
};

const folders: string[] = [];
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('renderDiagramCached', () => {
  it('draws a graph as renderDiagram does and keeps the drawing on disk', async () => {
    const folder = cacheFolder();
    const drawn = await renderDiagramCached(pair, folder);
    expect(drawn).toEqual(await renderDiagram(pair));
    const files = readdirSync(join(folder, 'diagrams'));
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(folder, 'diagrams', files[0]!), 'utf8'))).toEqual(drawn);
  });

  it('serves a later build from disk, and draws again when the cached file is unreadable', async () => {
    const folder = cacheFolder();
    await renderDiagramCached(pair, folder);
    const file = join(folder, 'diagrams', readdirSync(join(folder, 'diagrams'))[0]!);
    const marked = { ...JSON.parse(readFileSync(file, 'utf8')), svg: '<svg>from the cache</svg>' };
    writeFileSync(file, JSON.stringify(marked));
    expect((await renderDiagramCached(pair, folder)).svg).toBe('<svg>from the cache</svg>');
    writeFileSync(file, '{"svg": 1');
    expect((await renderDiagramCached(pair, folder)).svg).toBe((await renderDiagram(pair)).svg);
  });

  it('keys drawings by the graph: another label is another file', async () => {
    const folder = cacheFolder();
    await renderDiagramCached(pair, folder);
    await renderDiagramCached({ ...pair, nodes: [{ ...pair.nodes[0]!, label: 'Alpha 2' }, pair.nodes[1]!] }, folder);
    expect(readdirSync(join(folder, 'diagrams'))).toHaveLength(2);
  });
});

/** A graph of two methods, named apart so that no other test has drawn or asked for it in this process. */
const named = (name: string): MethodGraph => ({
  nodes: [
    { id: 'a', label: name, href: null, kind: 'focus' },
    { id: 'b', label: `${name}, the method it builds on`, href: null, kind: 'external' },
  ],
  edges: [{ from: 'a', to: 'b', type: 'builds-on' }],
});

describe('drawAhead', () => {
  const drawings = (folder: string) => readdirSync(join(folder, 'diagrams')).length;

  it('draws the graphs it is given into the disk cache, where the pages that ask later find them', async () => {
    const folder = cacheFolder();
    const graphs = [named('Ahead one'), named('Ahead two'), named('Ahead three'), named('Ahead four')];
    drawAhead(graphs, folder);
    await vi.waitFor(() => expect(drawings(folder)).toBe(4));
    const file = join(folder, 'diagrams', readdirSync(join(folder, 'diagrams'))[0]!);
    const marked = { ...JSON.parse(readFileSync(file, 'utf8')), svg: '<svg>drawn ahead</svg>' };
    writeFileSync(file, JSON.stringify(marked));
    const asked = await Promise.all(graphs.map((graph) => renderDiagramCached(graph, folder)));
    expect(asked.filter((drawn) => drawn.svg === '<svg>drawn ahead</svg>')).toHaveLength(1);
    expect(drawings(folder)).toBe(4);
  });

  it('passes over a graph a page drew already, and one drawn by an earlier build', async () => {
    const onlyFile = (folder: string) => join(folder, 'diagrams', readdirSync(join(folder, 'diagrams'))[0]!);
    const mark = (file: string, svg: string) =>
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), svg }));
    const folder = cacheFolder();
    const asked = named('Asked first');
    await renderDiagramCached(asked, folder);
    const askedFile = onlyFile(folder);
    mark(askedFile, '<svg>asked</svg>');
    // An earlier build's drawing, as the disk cache keeps it: this process never asked for the graph.
    const earlier = cacheFolder();
    drawAhead([named('Drawn by an earlier build')], earlier);
    await vi.waitFor(() => expect(drawings(earlier)).toBe(1));
    const earlierFile = onlyFile(earlier);
    mark(earlierFile, '<svg>earlier</svg>');
    // Drawn in the order given: once the last is on disk, the two before it have been passed over.
    drawAhead([named('Drawn by an earlier build')], earlier);
    drawAhead([asked, named('Never drawn')], folder);
    await vi.waitFor(() => expect(drawings(folder)).toBe(2));
    expect(JSON.parse(readFileSync(askedFile, 'utf8')).svg).toBe('<svg>asked</svg>');
    expect(JSON.parse(readFileSync(earlierFile, 'utf8')).svg).toBe('<svg>earlier</svg>');
  });
});

describe('rendererFingerprint', () => {
  /** A project folder holding the renderer's sources, copied from this one. */
  function project(): string {
    const root = cacheFolder();
    cpSync('src/lib/diagram', join(root, 'src/lib/diagram'), { recursive: true });
    mkdirSync(join(root, 'node_modules/elkjs'), { recursive: true });
    cpSync('node_modules/elkjs/package.json', join(root, 'node_modules/elkjs/package.json'));
    return root;
  }

  it('is the same for the same sources in another folder, and changes with them', async () => {
    const [here, there] = [project(), project()];
    const fingerprint = await rendererFingerprint(here);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/u);
    expect(await rendererFingerprint(there)).toBe(fingerprint);
    writeFileSync(join(there, 'src/lib/diagram/layout.ts'), '// another renderer\n', { flag: 'a' });
    expect(await rendererFingerprint(there)).not.toBe(fingerprint);
    expect(await rendererFingerprint(cacheFolder())).toBeNull();
  });
});

describe('renderForPhones', () => {
  it('draws a method with many relations left to right when top to bottom would not fit a phone', async () => {
    const star: MethodGraph = {
      nodes: [
        { id: 'hub', label: 'Hub', href: null, kind: 'focus' },
        ...Array.from({ length: 5 }, (_, i) => ({
          id: `m${i}`,
          label: `Method ${i}`,
          href: null,
          kind: 'external' as const,
        })),
      ],
      edges: Array.from({ length: 5 }, (_, i) => ({ from: 'hub', to: `m${i}`, type: 'builds-on' as const })),
    };
    const asLaidOut = await renderDiagram(star);
    expect(asLaidOut.direction).toBe('TB');
    expect(asLaidOut.width * 0.75).toBeGreaterThan(PHONE_WIDTH);
    const drawn = await renderForPhones(star);
    expect(drawn.direction).toBe('LR');
    expect(drawn.width * 0.75).toBeLessThanOrEqual(PHONE_WIDTH);
  });
});
