import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';

/**
 * Claimed results through the whole build, on three papers (tests/fixtures/results/): Sparse MeZO's
 * "9% … and 3.5x speedup over MeZO on the RTE task", two detectors claiming mAP on COCO, one of them
 * with braces, tags, maths and numbers of 10,000 digits around its claim.
 */
interface ExportedClaim {
  metric: string | null;
  value: string;
  kind: string;
  dataset: string | null;
  comparator: string | null;
  evidence: string;
}
interface ExportedPaper {
  slug: string;
  title: string;
  abstract: string;
  topics: string[];
  results: ExportedClaim[];
}
interface ExportedDataset {
  id: string;
  label: string;
  url: string;
  papers: string[];
  results: Array<ExportedClaim & { paper: string }>;
}

let site: BuiltSite;
let papers: ExportedPaper[];
let datasets: ExportedDataset[];
const page = (...parts: string[]) => join(site.dist, ...parts, 'index.html');
const paperTitled = (start: string) => papers.find((paper) => paper.title.startsWith(start))!;

beforeAll(async () => {
  site = await buildSite('results', 'tests/fixtures/results');
  papers = JSON.parse(readFileSync(join(site.dist, 'api/papers.json'), 'utf8'));
  datasets = JSON.parse(readFileSync(join(site.dist, 'api/datasets.json'), 'utf8'));
});

describe('claimed results in a built site', () => {
  it('exports each claim on its paper, quoting only the abstract', () => {
    const mezo = paperTitled('Sparse MeZO');
    expect(mezo.results).toEqual([
      expect.objectContaining({ value: '9%', kind: 'gain', metric: 'accuracy', dataset: 'RTE', comparator: 'MeZO' }),
      expect.objectContaining({ value: '3.5x', kind: 'ratio', metric: 'speedup', dataset: 'RTE', comparator: 'MeZO' }),
    ]);
    for (const paper of papers) for (const claim of paper.results) expect(paper.abstract).toContain(claim.evidence);
  });

  it('exports every dataset with its papers and claims', () => {
    const coco = datasets.find((dataset) => dataset.id === 'coco')!;
    expect(coco).toMatchObject({ label: 'COCO', url: '/datasets/coco/' });
    expect(coco.papers.sort()).toEqual([paperTitled('Feature Selective').slug, paperTitled('Quux').slug].sort());
    expect(datasets.map((dataset) => dataset.id)).toContain('rte');
    const rte = datasets.find((dataset) => dataset.id === 'rte')!;
    expect(rte.results).toEqual([
      expect.objectContaining({
        paper: paperTitled('Sparse MeZO').slug,
        value: '9%',
        kind: 'gain',
        metric: 'accuracy',
      }),
      expect.objectContaining({ paper: paperTitled('Sparse MeZO').slug, value: '3.5x', kind: 'ratio' }),
    ]);
  });

  it('shows a paper its claims under the abstract, each row linked to its marked sentence', async () => {
    const tree = await readHtml(page('papers', paperTitled('Sparse MeZO').slug));
    const rows = selectAll('.claimed-results tbody tr', tree);
    expect(rows.map((row) => selectAll('td', row).map(textOf))).toEqual([
      ['RTE', 'accuracy', '9%', 'gain', 'MeZO', 'sentence'],
      ['RTE', 'speedup', '3.5x', 'ratio', 'MeZO', 'sentence'],
    ]);
    const target = select('.claimed-results tbody a[href^="#"]', tree)!.properties.href as string;
    const mark = select(`.abstract mark${target}`, tree);
    expect(textOf(mark)).toContain('3.5x speedup over MeZO on the RTE task');
    expect(textOf(select('.claimed-results', tree))).toContain('claimed by the authors');
    expect(textOf(select('.abstract mark', select('main', tree)))).not.toBe('');
    expect(select('.claimed-results a[href$="datasets/rte/"]', tree)).toBeDefined();
  });

  it('ranks a dataset page by the measure, best first, with the caveat', async () => {
    const tree = await readHtml(page('datasets', 'coco'));
    expect(textOf(select('h1', tree))).toBe('COCO');
    expect(textOf(select('main', tree))).toContain("authors' own claims");
    const group = selectAll('.metric-group', tree).find((section) => textOf(select('h2', section)).startsWith('mAP'))!;
    expect(textOf(select('h2', group))).toContain('higher is better');
    const values = selectAll('tbody td.value', group).map(textOf);
    expect(values).toEqual(['47.1%', '44.6%']);
    const index = await readHtml(page('datasets'));
    expect(selectAll('main a[href$="coco/"]', index)).toHaveLength(1);
    // The index counts papers and claims: two detectors claim three results on COCO, one paper two on RTE.
    expect(textOf(select('main a[href$="coco/"]', index))).toBe('COCO 2 papers, 3 claims');
    expect(textOf(select('main a[href$="rte/"]', index))).toBe('RTE 1 paper, 2 claims');
  });

  it('lists the best claims on topic pages and the introducer’s claims on method pages', async () => {
    const mezo = paperTitled('Sparse MeZO');
    const topic = await readHtml(page('topics', mezo.topics[0]!));
    expect(selectAll('#claimed-results ~ .results-scroll td.value, section td.value', topic).map(textOf)).toContain(
      '9%',
    );
    expect(select('main a[href$="datasets/rte/"]', topic)).toBeDefined();
    const method = await readHtml(page('methods', 'sparse-mezo'));
    expect(selectAll('td.value', method).map(textOf)).toEqual(['9%', '3.5x']);
    expect(selectAll('main td a[href$="datasets/rte/"]', method)).toHaveLength(2);
  });

  it('shows hostile text around a claim as text, never as markup', async () => {
    const quux = paperTitled('Quux');
    expect(quux.results.map((claim) => claim.value)).toEqual(['47.1%', '2x']);
    expect(quux.abstract).toContain('9'.repeat(10_000));
    for (const path of [page('papers', quux.slug), page('datasets', 'coco')]) {
      const tree = await readHtml(path);
      expect(selectAll('main b, main script', tree)).toHaveLength(0);
      expect(selectAll('script', tree).map(textOf).join('')).not.toContain('alert');
    }
  });
});
