/**
 * `npm run math-coverage -- [corpus file or .gz] [--sample 300] [--seed 18] [--misses]`: how the
 * TeX of abstracts reads on their pages. From the abstracts with a delimited formula holding a
 * command (the TeX-heavy slice), it picks a seeded sample, renders each as a paper page does, and
 * counts those that show no raw TeX, those that show a formula's source as code, and those where
 * raw TeX is left in the text.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { readCorpusFile } from '../src/pipeline/read-corpus-file';
import { isTexHeavy, mathOutcome, seededSample, type MathOutcome } from './lib/math-coverage';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const source = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.match(/^--(?:sample|seed)$/u));
const corpus = source ?? '../shared/corpora/large.txt.gz';
const size = Number(option('sample', '300'));
const seed = Number(option('seed', '18'));

const bytes = await readFile(corpus);
const text = (corpus.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
const entries = readCorpusFile(text, corpus.replace(/\.gz$/u, '')).entries;
const heavy = entries.filter((entry) => isTexHeavy(entry.abstract));
const sample = seededSample(heavy, size, seed);

const started = performance.now();
const counts: Record<MathOutcome, number> = { rendered: 0, 'source-as-code': 0, 'raw-tex-visible': 0 };
const misses: string[] = [];
for (const entry of sample) {
  const { outcome, visible, code } = mathOutcome(entry.abstract, entry.title);
  counts[outcome] += 1;
  if (outcome !== 'rendered')
    misses.push(`${entry.source.file}:${entry.source.line} ${outcome}: ${[...code, ...visible].join(' | ')}`);
}
const seconds = (performance.now() - started) / 1000;
const share = (count: number) => `${((100 * count) / sample.length).toFixed(1)}%`;

console.log(
  `| corpus | abstracts | TeX-heavy | sample (seed) | no raw TeX | a formula shown as code | raw TeX visible | seconds |`,
);
console.log(`|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${corpus} | ${entries.length} | ${heavy.length} | ${sample.length} (${seed}) | ${counts.rendered} (${share(counts.rendered)}) | ` +
    `${counts['source-as-code']} (${share(counts['source-as-code'])}) | ${counts['raw-tex-visible']} (${share(counts['raw-tex-visible'])}) | ${seconds.toFixed(1)} |`,
);
if (args.includes('--misses')) for (const line of misses) console.log(line);
