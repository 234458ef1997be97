import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { markEvidence } from '../../src/lib/mark-evidence';
import { displayMathWithoutLinks } from '../../src/lib/math/display-math';
import { bestClaims, datasetLedger } from '../../src/lib/results-ledger';
import type { Claim, PaperRecord } from '../../src/model/paper';

const claim = (value: string, more: Partial<Claim> = {}): Claim => ({
  metric: 'FID',
  direction: 'lower',
  value,
  kind: 'score',
  dataset: 'CIFAR-10',
  comparator: null,
  model: null,
  evidence: `FID ${value}`,
  ...more,
});
const paper = (slug: string, results: Claim[], name: string | null = null) =>
  ({ slug, title: slug.toUpperCase(), name, results }) as unknown as PaperRecord;

describe('datasetLedger', () => {
  it('ranks results before gains, the better number first by the measure’s direction', () => {
    const [cifar] = datasetLedger([
      paper('a', [claim('2.10'), claim('12%', { kind: 'gain' })], 'A'),
      paper('b', [claim('1.30'), claim('3%', { kind: 'gain' })]),
      paper('c', [claim('1.79', { dataset: 'CIFAR 10' })]),
    ]);
    expect(cifar!.slug).toBe('cifar-10');
    expect(cifar!.label).toBe('CIFAR-10');
    expect(cifar!.groups[0]!.rows.map((row) => row.claim.value)).toEqual(['1.30', '1.79', '2.10', '12%', '3%']);
    expect(cifar!.papers.sort()).toEqual(['a', 'b', 'c']);
    expect(cifar!.groups[0]!.rows.find((row) => row.paper.slug === 'a')!.method).toBe('A');
  });

  it('keeps the papers’ order where the direction is unknown, and leaves out unread numbers', () => {
    const ledger = datasetLedger([
      paper('a', [claim('5', { metric: 'score', direction: null }), claim('9', { kind: 'other' })]),
      paper('b', [claim('7', { metric: 'score', direction: null })]),
    ]);
    expect(ledger[0]!.groups[0]!.rows.map((row) => row.claim.value)).toEqual(['5', '7']);
    expect(ledger[0]!.resultCount).toBe(2);
  });
  it('gives a measure no direction when none of its rows is ranked by it (ratios only)', () => {
    const [coco] = datasetLedger([
      paper('a', [claim('1.2x', { metric: 'FLOPs', kind: 'ratio', dataset: 'COCO' })]),
      paper('b', [claim('2.1', { dataset: 'COCO' })]),
    ]);
    expect(coco!.groups.map((group) => [group.metric, group.direction])).toEqual([
      ['FID', 'lower'],
      ['FLOPs', null],
    ]);
  });
});

describe('bestClaims', () => {
  it('keeps the best result per dataset and measure', () => {
    const best = bestClaims([
      paper('a', [claim('2.10'), claim('80%', { metric: 'accuracy', direction: 'higher', dataset: 'MMLU' })]),
      paper('b', [claim('1.30'), claim('85%', { metric: 'accuracy', direction: 'higher', dataset: 'MMLU' })]),
    ]);
    expect(best.map((row) => [row.claim.dataset, row.claim.value, row.paper.slug, row.datasetSlug])).toEqual([
      ['CIFAR-10', '1.30', 'b', 'cifar-10'],
      ['MMLU', '85%', 'b', 'mmlu'],
    ]);
  });
});

describe('markEvidence', () => {
  it('marks a quote in the text of the HTML, escaped as the text is, never inside a tag', () => {
    const html = '<p><a href="https://x.org/?q=a &#x3C; b holds.">a &#x3C; b</a> Then a &#x3C; b holds.</p>';
    const { html: marked, ids } = markEvidence(html, ['a < b holds.', 'missing words']);
    expect(marked).toBe(
      '<p><a href="https://x.org/?q=a &#x3C; b holds.">a &#x3C; b</a> Then <mark class="claim-evidence" id="claim-evidence-1">a &#x3C; b holds.</mark></p>',
    );
    expect([...ids]).toEqual([['a < b holds.', 'claim-evidence-1']]);
  });

  it('marks a quote whose TeX the abstract typeset, as the abstract shows it', () => {
    const quote = 'it achieves a 9\\% gain with $O(n^{2})$ memory.';
    const html = `<p>First. ${toHtml({ type: 'root', children: displayMathWithoutLinks(quote) })}</p>`;
    const { html: marked, ids } = markEvidence(html, [quote]);
    expect(ids.get(quote)).toBe('claim-evidence-1');
    expect(marked).toContain('<mark class="claim-evidence" id="claim-evidence-1">it achieves a 9');
    expect(marked).toMatch(/<math[\s\S]*<\/mark><\/p>$/u);
  });
});
