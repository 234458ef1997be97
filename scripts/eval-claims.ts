/**
 * `npm run eval:claims`: scores the claimed-results stage against the hand labels of
 * tests/eval/claims-labels.yaml (the default corpus and a bench slice), each split into a tuning
 * half and a held-out half. `--misses` lists the differences of the tuning halves only, so nobody
 * fixes a held-out error from that paper's words.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import type { Claim } from '../src/model/paper';
import { evaluateClaims, type ClaimScores, type PaperClaimLabels } from '../src/pipeline/evaluate-claims';
import { buildContent } from './lib/content-stage';

interface LabelSet {
  name: string;
  corpus: string;
  papers: PaperClaimLabels[];
}

const LABELS = 'tests/eval/claims-labels.yaml';
const showMisses = process.argv.includes('--misses');
const base = resolvePaths();
const { sets } = parseYaml(await readFile(LABELS, 'utf8')) as { sets: LabelSet[] };

const columns: Array<{ heading: string; scores: ClaimScores; papers: number }> = [];
for (const set of sets) {
  const { papers } = await buildContent({ ...base, corpora: [set.corpus], corpus: set.corpus }, { write: false });
  const predictions = new Map<string, Claim[]>(papers.map((paper) => [paper.title, paper.tags.results]));
  const missing = set.papers.filter((label) => !predictions.has(label.title));
  if (missing.length > 0) {
    console.error(`${LABELS}: ${missing.length} labelled title(s) of ${set.name} not in ${set.corpus}`);
    process.exitCode = 1;
  }
  for (const split of ['tune', 'test'] as const) {
    const labels = set.papers.filter((paper) => paper.split === split);
    const scores = evaluateClaims(labels, predictions);
    columns.push({ heading: `${set.name} ${split}`, scores, papers: labels.length });
    if (!showMisses || split === 'test') continue;
    console.log(`\n## Misses: ${set.name} ${split}`);
    for (const miss of scores.misses) {
      console.log(`\n${miss.title}`);
      for (const label of miss.missed) console.log(`  missed: ${label.value} (${label.kind}) «${label.evidence}»`);
      for (const claim of miss.extra) console.log(`  extra:  ${claim.value} (${claim.kind}) «${claim.evidence}»`);
      for (const [label, claim] of miss.wrongDataset)
        console.log(`  dataset: ${label.value} expected ${label.dataset}, got ${claim.dataset ?? '—'}`);
    }
  }
}

const f = (x: number) => x.toFixed(2);
const rows: Array<[string, (s: ClaimScores) => string]> = [
  ['claims P (score/gain/ratio)', (s) => f(s.precision)],
  ['claims R', (s) => f(s.recall)],
  ['dataset attribution', (s) => `${f(s.datasetAttribution)} (${s.counts.datasetRight}/${s.counts.withDataset})`],
  ['kind agreement (matched)', (s) => f(s.kindAgreement)],
  ['labelled / predicted / matched', (s) => `${s.counts.labelled} / ${s.counts.predicted} / ${s.counts.matched}`],
];
console.log(`\n| | ${columns.map((c) => `${c.heading} (${c.papers})`).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
for (const [name, cell] of rows) console.log(`| ${name} | ${columns.map((c) => cell(c.scores)).join(' | ')} |`);
console.log('\nHeld-out halves ("test") are measured only; --misses never lists them.');
