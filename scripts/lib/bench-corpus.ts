/** The corpora the benchmark builds: the project's default one, and slices of the large one. */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { joinPapers, splitPapers, type CorpusPaper } from './bench';

/** The default corpus is the 105-paper atlas the project ships; other sizes come from the large corpus. */
export const DEFAULT_CORPUS_SIZE = 105;

/** The large benchmark corpus: `option` (a script's `--corpus=`), else $ATLAS_BENCH_CORPUS, else the shared one. */
export function largeCorpusPath(option: string | undefined, root = process.cwd()): string {
  return resolve(root, option ?? process.env.ATLAS_BENCH_CORPUS ?? '../shared/corpora/large.txt.gz');
}

/**
 * The first `limit` papers of the large corpus (`.txt` or `.txt.gz`), the corpus over again when it
 * holds fewer (see `repeatedTo`); none when the file is missing.
 */
export function readLargeCorpus(file: string, limit: number): CorpusPaper[] {
  const raw = existsSync(file) ? readFileSync(file) : Buffer.from('');
  return repeatedTo(splitPapers((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'), limit), limit);
}

/**
 * `papers` over and over until there are `size` of them, each title of the k-th copy suffixed
 * ", repeat k": an atlas larger than the corpus (100,000 papers from 50,000) whose papers still
 * have titles, keys and slugs of their own, and text, tags and pages as heavy as real ones. The
 * suffix ends in a digit, not a bracket: a title ending like a sentence reads as an abstract to the
 * corpus parser when the abstract before it was cut off mid-word (the bench corpus has some).
 */
export function repeatedTo(papers: readonly CorpusPaper[], size: number): CorpusPaper[] {
  if (papers.length === 0 || papers.length >= size) return papers.slice(0, size);
  return Array.from({ length: size }, (_, index) => {
    const paper = papers[index % papers.length] as CorpusPaper;
    const copy = Math.floor(index / papers.length) + 1;
    return copy === 1 ? paper : { ...paper, title: `${paper.title}, repeat ${copy}` };
  });
}

/** The text of the default corpus: a file, or a folder's files in name order (hidden and `.md` files left out). */
export async function defaultCorpusText(corpus: string): Promise<string> {
  if (!(await stat(corpus)).isDirectory()) return readFile(corpus, 'utf8');
  const names = (await readdir(corpus)).filter((name) => !name.startsWith('.') && !/\.md$/iu.test(name)).sort();
  return (await Promise.all(names.map((name) => readFile(join(corpus, name), 'utf8')))).join('\n\n');
}

/** A day's papers, as the benchmark adds them to an atlas (see `withPapersMore`). */
export const ADDED_DAY = 50;

/**
 * `base` with `count` more papers at the end: papers `from + 1` to `from + count` of the large
 * corpus (its last ones when it holds fewer), each title marked as the benchmark's addition.
 */
export function withPapersMore(base: string, large: readonly CorpusPaper[], from: number, count: number): string {
  const extra = Array.from({ length: count }, (_, offset) => large[Math.min(from + offset, large.length - 1)]).map(
    (paper) => ({ ...(paper as CorpusPaper), title: `${paper?.title} (benchmark addition)` }),
  );
  // The corpus may end on a single line break; a paper must follow a blank line.
  return base.replace(/\s*$/u, '\n\n') + joinPapers(extra);
}
