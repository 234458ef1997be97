/**
 * The results ledger: the claims papers make in their abstracts, gathered per dataset (dataset
 * pages, datasets.json) and per topic (the best claim for each dataset and measure). These are the
 * authors' own numbers under their own settings; the ledger only puts them side by side.
 */
import type { Claim, PaperRecord } from '../model/paper';
import { clearOfRoutes, toSlug } from '../pipeline/slug';
import { byText } from './text-order';

/** One claim as a row of a table: whose it is and where it stands. */
export interface LedgerRow {
  paper: { slug: string; title: string };
  /** The method or model the number is about: the claim's, else the method the paper introduces. */
  method: string | null;
  claim: Claim;
  /** The claim's place among the paper's claims: its row and evidence on the paper page. */
  index: number;
}

/** The rows of one measure on a dataset page, best first where the measure's direction is known. */
export interface MetricGroup {
  metric: string | null;
  direction: Claim['direction'];
  rows: LedgerRow[];
}

/** A dataset or benchmark some paper claims a result on. */
export interface DatasetRecord {
  slug: string;
  label: string;
  /** Papers with a claim on it, in title order. */
  papers: string[];
  groups: MetricGroup[];
  resultCount: number;
}

/**
 * The URL segment of a dataset: "MS-COCO" and "MS COCO" share one page. Kept off the site's own
 * route segments: /datasets/page/<n>/ are the later pages of the list of datasets.
 */
export const datasetSlug = (name: string) => clearOfRoutes(toSlug(name));

/** The first number of a claimed value ("9%" → 9, "1.5-2.7x" → 1.5), for ordering. */
export function claimNumber(value: string): number {
  return Number(value.match(/\d+(?:,\d{3})*(?:\.\d+)?/u)?.[0]?.replace(/,/gu, '') ?? NaN);
}

/** The claims a table ranks: results and differences, not ratios of cost nor unread numbers. */
const RANKED_KINDS: ReadonlySet<Claim['kind']> = new Set(['score', 'gain']);
/** Scores before gains, and within a kind the better number first when the direction is known. */
function compareRows(direction: Claim['direction']) {
  return (a: LedgerRow, b: LedgerRow) => {
    if (a.claim.kind !== b.claim.kind) return a.claim.kind === 'score' ? -1 : b.claim.kind === 'score' ? 1 : 0;
    const [x, y] = [claimNumber(a.claim.value), claimNumber(b.claim.value)];
    // A gain is better the larger it is, whichever way its measure points.
    const sign = a.claim.kind === 'gain' ? -1 : direction === 'higher' ? -1 : direction === 'lower' ? 1 : 0;
    return sign === 0 || Number.isNaN(x) || Number.isNaN(y) ? 0 : sign * (x - y);
  };
}

function rowsOf(paper: PaperRecord): LedgerRow[] {
  return (paper.results ?? []).map((claim, index) => ({
    paper: { slug: paper.slug, title: paper.title },
    method: claim.model ?? paper.name,
    claim,
    index,
  }));
}

/** Rows grouped by measure, measures by name with unnamed ones last, rows ranked within each. */
function groupByMetric(rows: readonly LedgerRow[]): MetricGroup[] {
  const groups = new Map<string, MetricGroup>();
  for (const row of rows) {
    const key = row.claim.metric ?? '';
    const group = groups.get(key) ?? { metric: row.claim.metric, direction: row.claim.direction, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.metric === null ? 1 : b.metric === null ? -1 : byText(a.metric, b.metric)))
    .map((group) => ({
      ...group,
      // "lower is better" above a table of ratios alone ("1.2x" fewer FLOPs) would read as a ranking.
      direction: group.rows.some((row) => RANKED_KINDS.has(row.claim.kind)) ? group.direction : null,
      rows: [...group.rows].sort(compareRows(group.direction)),
    }));
}

/** Every dataset with a claimed result, by label; its label is the spelling most of its claims use. */
export function datasetLedger(papers: readonly PaperRecord[]): DatasetRecord[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; rows: LedgerRow[] }>();
  const ordered = [...papers].sort((a, b) => byText(a.title, b.title));
  for (const paper of ordered)
    for (const row of rowsOf(paper)) {
      const name = row.claim.dataset;
      if (!name || row.claim.kind === 'other') continue;
      const slug = datasetSlug(name);
      if (!slug) continue;
      const entry = bySlug.get(slug) ?? { spellings: new Map<string, number>(), rows: [] as LedgerRow[] };
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      entry.rows.push(row);
      bySlug.set(slug, entry);
    }
  return [...bySlug.entries()]
    .map(([slug, { spellings, rows }]) => ({
      slug,
      label: [...spellings.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]![0],
      papers: [...new Set(rows.map((row) => row.paper.slug))],
      groups: groupByMetric(rows),
      resultCount: rows.length,
    }))
    .sort((a, b) => byText(a.label, b.label));
}

/** A claim of a topic's table: its dataset's page beside it. */
export interface BestClaim extends LedgerRow {
  datasetSlug: string;
}

/**
 * The best claim for each dataset and measure among some papers: the best score where the measure's
 * direction is known, else the largest gain; datasets by label, at most `limit` rows.
 */
export function bestClaims(papers: readonly PaperRecord[], limit = 24): BestClaim[] {
  const best = new Map<string, BestClaim>();
  for (const paper of papers)
    for (const row of rowsOf(paper)) {
      const { dataset, metric, kind, direction } = row.claim;
      if (!dataset || !metric || !RANKED_KINDS.has(kind) || (kind === 'score' && !direction)) continue;
      const key = `${datasetSlug(dataset)}\u0000${metric}`;
      const held = best.get(key);
      if (!held || compareRows(direction)(row, held) < 0) best.set(key, { ...row, datasetSlug: datasetSlug(dataset) });
    }
  return [...best.values()]
    .sort((a, b) => byText(a.claim.dataset!, b.claim.dataset!) || byText(a.claim.metric!, b.claim.metric!))
    .slice(0, limit);
}
