import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { wilsonInterval } from '../../src/pipeline/evaluate';
import { relationConfidence, type RelationFrame } from '../../src/pipeline/relation-confidence';
import { AUDIT_FILE, auditCells, type AuditedRelation } from '../../scripts/lib/relation-audit';

const audit = (parseYaml(readFileSync(AUDIT_FILE, 'utf8')) as { relations: AuditedRelation[] }).relations;
const cells = auditCells(audit);

describe("Wilson's interval", () => {
  it('is about 0.30 to 0.70 for 10 of 20, and narrows as trials grow', () => {
    const [low, high] = wilsonInterval(10, 20);
    expect(low).toBeCloseTo(0.299, 2);
    expect(high).toBeCloseTo(0.701, 2);
    const [wideLow, wideHigh] = wilsonInterval(100, 200);
    expect(wideHigh - wideLow).toBeLessThan(high - low);
  });

  it('stays inside 0 and 1 when every trial or none is a hit', () => {
    expect(wilsonInterval(20, 20)[1]).toBeLessThanOrEqual(1);
    expect(wilsonInterval(20, 20)[0]).toBeGreaterThan(0.8);
    expect(wilsonInterval(0, 20)[0]).toBe(0);
  });
});

describe('the confidence of each way of reading a relation, against the audit of unlabelled papers', () => {
  it('covers 480 judged readings, 20 or more of each audited frame', () => {
    expect(audit).toHaveLength(480);
    for (const { all } of cells) expect(all).toBeGreaterThanOrEqual(20);
  });

  it.each(cells.filter((cell) => cell.known))(
    'gives $frame with a known target a confidence within the audit’s interval',
    ({ frame, right, all }) => {
      const [low, high] = wilsonInterval(right, all);
      const confidence = relationConfidence({ frame, known: true, weak: false });
      expect(confidence).toBeGreaterThanOrEqual(Math.floor(low * 100) / 100);
      expect(confidence).toBeLessThanOrEqual(Math.ceil(high * 100) / 100);
    },
  );

  it.each(cells.filter((cell) => !cell.known))(
    'is never surer of $frame with a target the atlas does not know than the audit allows',
    ({ frame, right, all }) => {
      const [, high] = wilsonInterval(right, all);
      expect(relationConfidence({ frame, known: false, weak: false })).toBeLessThanOrEqual(Math.ceil(high * 100) / 100);
    },
  );

  it('is less sure of a target the atlas does not know, as the audit is', () => {
    const share = (known: boolean) => {
      const judged = audit.filter((relation) => relation.known === known);
      return judged.filter((relation) => relation.verdict === 'correct').length / judged.length;
    };
    expect(share(false)).toBeLessThan(share(true));
    const frame: RelationFrame = 'cue-object';
    expect(relationConfidence({ frame, known: false, weak: false })).toBeLessThan(
      relationConfidence({ frame, known: true, weak: false }),
    );
  });
});
