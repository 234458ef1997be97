/**
 * Draws the hand-labelled benchmark set (tests/eval/bench-sample.txt, labelled in
 * tests/eval/bench-labels.yaml) from the 50,000-paper corpus, reproducibly.
 *
 *   npx tsx scripts/eval-sample.ts [N]                       list the first N (default 600) papers of a
 *                                                            fixed-seed shuffle as `index<TAB>title<TAB>split`,
 *                                                            in the order a labeller should consider them
 *   npx tsx scripts/eval-sample.ts --write <file> <i...>     write papers i... (corpus indices, in the given
 *                                                            order) to <file> in the default corpus format
 *
 * The split: a paper is in `tune` when the first byte of sha256('20261203:' + title) is even, in the
 * held-out `test` half when it is odd.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const SEED = 20261203;
const CORPUS = new URL('../../shared/corpora/large.txt.gz', import.meta.url);

export function split(title: string): 'tune' | 'test' {
  return createHash('sha256').update(`${SEED}:${title}`).digest()[0]! % 2 === 0 ? 'tune' : 'test';
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus as [title, abstract] pairs: one pair per two non-blank lines. */
export function readCorpus(path: string | URL = CORPUS): [string, string][] {
  const lines = gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const papers: [string, string][] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) papers.push([lines[i]!, lines[i + 1]!]);
  return papers;
}

/** Corpus indices in the fixed-seed (Fisher–Yates) shuffle order. */
export function shuffledIndices(count: number, seed = SEED): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const papers = readCorpus();
  if (args[0] === '--write') {
    const [file, ...indices] = args.slice(1);
    if (!file || indices.length === 0) throw new Error('usage: --write <file> <index...>');
    const chosen = indices.map((index) => {
      const paper = papers[Number(index)];
      if (!paper) throw new Error(`no paper at index ${index}`);
      return `${paper[0]}\n\n${paper[1]}\n\n`;
    });
    writeFileSync(file, chosen.join(''));
    console.error(`wrote ${chosen.length} papers to ${file}`);
  } else {
    const n = Number(args[0] ?? 600);
    for (const index of shuffledIndices(papers.length).slice(0, n)) {
      const title = papers[index]![0];
      console.log(`${index}\t${title}\t${split(title)}`);
    }
  }
}
