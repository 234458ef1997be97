/**
 * The relation audit (`tests/eval/relation-audit.yaml`): readings of unlabelled bench papers judged
 * right or wrong, counted per frame and per whether the atlas knew the target, as
 * `npm run audit:relations` prints them and tests/unit/relation-audit.test.ts holds the
 * extractor's confidences to them.
 */
import type { RelationFrame } from '../../src/pipeline/relation-confidence';

export const AUDIT_FILE = 'tests/eval/relation-audit.yaml';

export interface AuditedRelation {
  title: string;
  relation: { type: string; target: string };
  frame: RelationFrame;
  known: boolean;
  weak: boolean;
  verdict: string;
  reason?: string;
}

export interface AuditCell {
  frame: RelationFrame;
  known: boolean;
  /** Readings judged `correct`, of the right type. */
  right: number;
  all: number;
}

/** The audited readings of each frame, of known targets or not: how many, and how many were right. */
export function auditCells(relations: readonly Pick<AuditedRelation, 'frame' | 'known' | 'verdict'>[]): AuditCell[] {
  const byCell = new Map<string, AuditCell>();
  for (const { frame, known, verdict } of relations) {
    const key = `${frame}\u0000${known}`;
    const cell = byCell.get(key) ?? { frame, known, right: 0, all: 0 };
    cell.all += 1;
    if (verdict === 'correct') cell.right += 1;
    byCell.set(key, cell);
  }
  return [...byCell.values()];
}
