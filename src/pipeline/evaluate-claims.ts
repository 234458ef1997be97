import type { Claim, ClaimKind } from '../model/paper';
import { datasetKey } from './extract-datasets';

/** A hand-labelled claim (tests/eval/claims-labels.yaml). */
export interface ClaimLabel {
  metric: string | null;
  value: string;
  kind: ClaimKind;
  dataset: string | null;
  comparator: string | null;
  model: string | null;
  evidence: string;
}

export interface PaperClaimLabels {
  title: string;
  split: 'tune' | 'test';
  claims: ClaimLabel[];
}

/** Precision and recall of results claims, and how often a matched claim names the labelled dataset. */
export interface ClaimScores {
  precision: number;
  recall: number;
  /** Matched claims (score, gain, ratio) whose label names a dataset: the share the extractor names too. */
  datasetAttribution: number;
  /** Matched claims whose kind agrees with the label. */
  kindAgreement: number;
  counts: { labelled: number; predicted: number; matched: number; withDataset: number; datasetRight: number };
  misses: Array<{ title: string; missed: ClaimLabel[]; extra: Claim[]; wrongDataset: Array<[ClaimLabel, Claim]> }>;
}

const RESULT_KINDS: ReadonlySet<ClaimKind> = new Set(['score', 'gain', 'ratio']);
/** The first number of a value: "9%" and "+9\%" both state 9. */
const firstNumber = (value: string) => Number(value.match(/\d+(?:,\d{3})*(?:\.\d+)?/u)?.[0]?.replace(/,/gu, '') ?? NaN);
/** Datasets agree when their keys are equal or one holds the other ("View-of-Delft (VoD)", "View-of-Delft"). */
function sameDataset(a: string, b: string): boolean {
  const [x, y] = [datasetKey(a), datasetKey(b)];
  return x === y || (Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x)));
}

/**
 * Scores predicted claims against labels. A prediction matches a labelled claim of the same paper
 * with the same first number (one-to-one, in order). Only score, gain and ratio claims count; a
 * prediction that matches an `other` label (a comparator's value, a finding about prior work) is
 * neither right nor wrong.
 */
export function evaluateClaims(
  labels: readonly PaperClaimLabels[],
  predictions: ReadonlyMap<string, Claim[]>,
): ClaimScores {
  const counts = { labelled: 0, predicted: 0, matched: 0, withDataset: 0, datasetRight: 0 };
  let kindRight = 0;
  const misses: ClaimScores['misses'] = [];
  for (const paper of labels) {
    const predicted = [...(predictions.get(paper.title) ?? [])];
    const unmatched = new Set(predicted.keys());
    const missed: ClaimLabel[] = [];
    const wrongDataset: Array<[ClaimLabel, Claim]> = [];
    const pairs: Array<[ClaimLabel, Claim | null]> = paper.claims.map((label) => {
      const index = [...unmatched].find((i) => firstNumber(predicted[i]!.value) === firstNumber(label.value));
      if (index === undefined) return [label, null];
      unmatched.delete(index);
      return [label, predicted[index]!];
    });
    const neutral = new Set(pairs.filter(([label, claim]) => claim && !RESULT_KINDS.has(label.kind)).map(([, c]) => c));
    for (const [label, claim] of pairs) {
      if (!RESULT_KINDS.has(label.kind)) continue;
      counts.labelled++;
      if (!claim || !RESULT_KINDS.has(claim.kind)) {
        missed.push(label);
        continue;
      }
      counts.matched++;
      if (claim.kind === label.kind) kindRight++;
      if (label.dataset) {
        counts.withDataset++;
        if (claim.dataset && sameDataset(claim.dataset, label.dataset)) counts.datasetRight++;
        else wrongDataset.push([label, claim]);
      }
    }
    const results = predicted.filter((claim) => RESULT_KINDS.has(claim.kind) && !neutral.has(claim));
    counts.predicted += results.length;
    const extra = [...unmatched].map((i) => predicted[i]!).filter((claim) => RESULT_KINDS.has(claim.kind));
    if (missed.length + extra.length + wrongDataset.length > 0)
      misses.push({ title: paper.title, missed, extra, wrongDataset });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(counts.matched, counts.predicted),
    recall: ratio(counts.matched, counts.labelled),
    datasetAttribution: ratio(counts.datasetRight, counts.withDataset),
    kindAgreement: ratio(kindRight, counts.matched),
    counts,
    misses,
  };
}
