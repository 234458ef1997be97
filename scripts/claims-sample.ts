/**
 * Draws the bench slice of the claims labels (tests/eval/claims-labels.yaml) reproducibly: the first
 * N papers, in a fixed-seed shuffle of ../shared/corpora/large.txt.gz, whose abstracts state a number
 * with a unit or a decimal ("12.3", "9%", "3.5x"), the kind of abstract a results ledger reads.
 *
 *   npx tsx scripts/claims-sample.ts [N]     print `index<TAB>title<TAB>split` for N papers (default 60)
 *
 * The split: `tune` when the first byte of sha256('claims:' + title) is even, held-out `test` when odd.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpus, shuffledIndices } from './eval-sample';

export const CLAIMS_SEED = 20261217;

export function claimsSplit(title: string): 'tune' | 'test' {
  return createHash('sha256').update(`claims:${title}`).digest()[0]! % 2 === 0 ? 'tune' : 'test';
}

/** A decimal, or a number followed by a percent sign or a times sign, as abstracts state results. */
const STATES_A_NUMBER = /\d\.\d|\d\s?(?:\\?%|×|x\b|times\b)/u;

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const n = Number(process.argv[2] ?? 60);
  const papers = readCorpus();
  let kept = 0;
  for (const index of shuffledIndices(papers.length, CLAIMS_SEED)) {
    if (kept >= n) break;
    const [title, abstract] = papers[index]!;
    if (!STATES_A_NUMBER.test(abstract)) continue;
    console.log(`${index}\t${title}\t${claimsSplit(title)}`);
    kept++;
  }
}
