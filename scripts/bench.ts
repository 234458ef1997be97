/**
 * `npm run bench`: builds atlases of the first N papers of the large benchmark corpus (N = the
 * default corpus's 105, 1,000 and 10,000; add `--50k` for 50,000, `--100k` for 100,000: the bench corpus
 * twice over, titles of the second copy suffixed ", repeat 2") the way a user does, with
 * `npm run build` in a fresh checkout of the project (scripts/lib/bench-checkout.ts), and times each
 * stage, the whole build, a rebuild with nothing changed, a rebuild after adding one paper and one
 * after adding 50 more, with peak memory, `dist/` size, the largest pages and the weight of a paper page. With `hugo` installed it builds the same papers as a
 * Hugo site in the same run and prints the ratio. The results go to bench/RESULTS.md.
 *
 * Options: `--sizes=105,1000` (which sizes), `--50k`, `--100k`, `--cold-only` (only the cold build and
 * Hugo's, none of the rebuilds: for the largest sizes), `--no-hugo`, `--out=<file>`,
 * `--corpus=<large corpus .txt or .txt.gz>` (default ../shared/corpora/large.txt.gz or
 * $ATLAS_BENCH_CORPUS). Everything is built under .tmp/bench/<size>/, never into the project's own folders.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { resolvePaths } from '../src/lib/paths';
import { commandOptions, formatBytes, formatSeconds, joinPapers, type CorpusPaper } from './lib/bench';
import {
  ADDED_DAY,
  DEFAULT_CORPUS_SIZE,
  defaultCorpusText,
  largeCorpusPath,
  readLargeCorpus,
  withPapersMore,
} from './lib/bench-corpus';
import { freshCheckout, userEnvironment } from './lib/bench-checkout';
import { benchHugo, hugoInstalled, hugoVersion } from './lib/bench-hugo';
import { machineNote, rawResults, resultsMarkdown, vocabularyNote, type SizeResult } from './lib/bench-report';
import { measure, skipped } from './lib/measure-run';
import { folderSize, pageWeight } from './lib/site-weight';

const root = resolve(import.meta.dirname, '..');
const args = commandOptions();
const DEFAULT_SIZES = [105, 1_000, 10_000];
const sizes = args.has('sizes')
  ? (args.get('sizes') as string).split(',').map(Number)
  : [...DEFAULT_SIZES, ...(args.has('50k') ? [50_000] : []), ...(args.has('100k') ? [100_000] : [])];
const coldOnly = args.has('cold-only');
const withHugo = !args.has('no-hugo') && hugoInstalled();
const outFile = resolve(root, args.get('out') ?? 'bench/RESULTS.md');
const largeCorpus = largeCorpusPath(args.get('corpus'), root);
const work = join(root, '.tmp/bench');
/** The heap for atlases over 10,000 papers, in MB: most of a 24 GB machine. */
const LARGE_HEAP_MB = 20_480;

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function benchSize(size: number, large: CorpusPaper[]): Promise<SizeResult> {
  const folder = join(work, String(size));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  // A fresh clone after `npm ci`: the README's `npm run build` runs there, in the state a user starts from.
  const site = join(folder, 'site');
  log(`${size} papers: a fresh checkout in ${site}…`);
  await freshCheckout(root, site);
  const corpus = join(folder, 'corpus.txt');
  const useDefault = size === DEFAULT_CORPUS_SIZE;
  // The default corpus is copied so that adding a paper never touches the checkout's own file.
  const base = useDefault ? await defaultCorpusText(resolvePaths().corpus) : joinPapers(large.slice(0, size));
  await writeFile(corpus, base);
  // Only the corpus is pointed elsewhere, the way the README says to (ATLAS_CORPUS): content, cache
  // and dist are the checkout's own, as for a user.
  const env = userEnvironment({
    ATLAS_CORPUS: corpus,
    // Node's default heap (about 4 GB) is close to what 10,000 papers use (bench/PROFILE.md): larger
    // atlases get a larger heap unless NODE_OPTIONS already sets one.
    ...(size > 10_000 && !/max-old-space-size/u.test(process.env.NODE_OPTIONS ?? '')
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${LARGE_HEAP_MB}`.trim() }
      : {}),
  });
  const build = () => measure('npm', ['run', '--silent', 'build'], { env, cwd: site, scratch: work });
  const dist = join(site, 'dist');
  const papersFolder = join(site, 'content', 'papers');

  log(`${size} papers: cold build…`);
  const cold = await build();
  log(
    `${size} papers: cold ${formatSeconds(cold.seconds)}, peak ${formatBytes(cold.peakBytes)} (${cold.stagePeaks
      .map((stage) => `${stage.stage} ${formatBytes(stage.peakBytes)}`)
      .join(', ')})`,
  );
  // Right after the cold build, so that nothing else in a shared working tree changes in between.
  const unchanged = coldOnly ? null : await build();
  if (unchanged)
    log(
      `${size} papers: unchanged ${formatSeconds(unchanged.seconds)}${skipped(unchanged) ? ' (skipped)' : ' (rebuilt: an input changed)'}`,
    );
  const built = await folderSize(dist);
  const slugs = (await readdir(papersFolder)).filter((name) => name.endsWith('.mdx')).sort();
  const weight = await pageWeight(dist, (slugs[0] as string).replace(/\.mdx$/u, ''));

  // Without Hugo there is no baseline: the report shows dashes in its columns.
  const hugoRuns = withHugo
    ? await benchHugo({ size, papersFolder, paperFiles: slugs, folder, scratch: work, log })
    : { hugo: null, hugoPages: null, hugoRelated: null };

  // The benchmark times the rebuilds; a method URL that the extra papers retire (the extractor
  // gathers methods over the whole corpus) must not stop them, so the URL registry starts afresh.
  const addPapers = async (count: number, text: string) => {
    await writeFile(corpus, text);
    await rm(join(site, 'content', 'urls.yaml'), { force: true });
    log(`${size} papers: rebuild after adding ${count} paper(s)…`);
    const run = await build();
    log(`${size} papers: add ${count} ${formatSeconds(run.seconds)}`);
    return run;
  };
  const plusOne = withPapersMore(base, large, size, 1);
  const addOne = coldOnly ? null : await addPapers(1, plusOne);
  const addFifty = coldOnly ? null : await addPapers(ADDED_DAY, withPapersMore(plusOne, large, size + 1, ADDED_DAY));
  return {
    papers: size,
    pages: built.html,
    cold,
    unchanged,
    addOne,
    addFifty,
    distBytes: built.bytes,
    largestPage: built.largestPage,
    largestTopicPage: built.largestTopicPage,
    weight,
    ...hugoRuns,
  };
}

const started = new Date();
log(
  `sizes ${sizes.join(', ')}; Hugo ${withHugo ? 'installed' : 'not installed: no comparison'}; corpus ${largeCorpus}`,
);
if (sizes.some((size) => size !== DEFAULT_CORPUS_SIZE) && !existsSync(largeCorpus)) {
  console.error(`${largeCorpus}: benchmark corpus not found\n    → pass --corpus=<file> or set ATLAS_BENCH_CORPUS`);
  process.exit(1);
}
// A size past the corpus repeats it, titles suffixed (see readLargeCorpus).
const large = readLargeCorpus(largeCorpus, Math.max(...sizes) + 1 + ADDED_DAY);
const results: SizeResult[] = [];
for (const size of sizes) {
  results.push(await benchSize(size, large));
  // Written after every size, so a long run leaves its figures so far.
  await mkdir(dirname(outFile), { recursive: true });
  const report = {
    date: started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: machineNote(withHugo ? hugoVersion() : 'not installed'),
    vocabulary: vocabularyNote(root),
  };
  await writeFile(outFile, resultsMarkdown(results, report));
  // The raw figures beside it (without the builds' output), for comparing runs.
  await writeFile(join(work, 'results.json'), `${JSON.stringify(rawResults(results), null, 2)}\n`);
}
log(`results in ${outFile}`);
