import { describe, expect, it } from 'vitest';
import { renderDiagram, type MethodGraph } from '../../src/lib/diagram';

/** Ten methods that all build on one: the shape of a popular method such as LoRA. */
const hub: MethodGraph = {
  nodes: [
    { id: 'hub', label: 'LoRA', href: null, kind: 'external' },
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `m${i}`,
      label: `Method ${i}`,
      href: null,
      kind: 'introduced' as const,
    })),
  ],
  edges: Array.from({ length: 10 }, (_, i) => ({ from: `m${i}`, to: 'hub', type: 'builds-on' as const })),
};

/** The tips of the arrowheads in an SVG: the first point of each arrowhead path. */
function arrowTips(svg: string): Array<{ x: number; y: number }> {
  return [...svg.matchAll(/class="pa-diagram__arrowhead" d="M([\d.]+) ([\d.]+)/gu)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
  }));
}

describe('a method many others relate to', () => {
  for (const direction of ['LR', 'TB'] as const) {
    it(`gets a side long enough for its arrows to arrive apart (${direction})`, async () => {
      const { svg } = await renderDiagram(hub, { direction });
      const tips = arrowTips(svg);
      expect(tips).toHaveLength(10);
      const along = tips.map((tip) => (direction === 'LR' ? tip.y : tip.x)).sort((a, b) => a - b);
      const gaps = along.slice(1).map((value, i) => value - (along[i] as number));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(8);
    });
  }
});
