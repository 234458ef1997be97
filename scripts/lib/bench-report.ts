/** The benchmark's results: the Markdown report (bench/RESULTS.md) and the raw figures beside it. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { relative } from 'node:path';
import { resolvePaths } from '../../src/lib/paths';
import { formatBytes, formatSeconds } from './bench';
import { ADDED_DAY, DEFAULT_CORPUS_SIZE } from './bench-corpus';
import { skipped, type RunResult } from './measure-run';
import type { PageSize, PageWeight } from './site-weight';

export interface SizeResult {
  papers: number;
  pages: number;
  cold: RunResult;
  /** The rebuilds, none with `--cold-only`. */
  unchanged: RunResult | null;
  addOne: RunResult | null;
  /** A rebuild after adding a day's papers (`ADDED_DAY`) to the atlas of `addOne`. */
  addFifty: RunResult | null;
  distBytes: number;
  largestPage: PageSize;
  largestTopicPage: PageSize;
  weight: PageWeight;
  /** Hugo on the same papers and taxonomies: the baseline of the ratio. */
  hugo: RunResult | null;
  hugoPages: number | null;
  /** The same Hugo site with five related papers on each page (Hugo's `.Related`). */
  hugoRelated: RunResult | null;
}

/** What the report says about where it was measured. */
export interface ReportContext {
  /** When the run started, as printed: `2025-01-31 12:00 UTC`. */
  date: string;
  /** The machine, Node and Hugo versions (see `machineNote`). */
  machine: string;
  /** The taxonomy and vocabulary the atlases were built with (see `vocabularyNote`). */
  vocabulary: string;
}

/** The peak of each stage of a build, as `content 1.2 GB, astro 1.3 GB, …`. */
function stagePeaks(run: RunResult): string {
  return run.stagePeaks.map((stage) => `${stage.stage} ${formatBytes(stage.peakBytes)}`).join(', ') || '–';
}

function stageSeconds(run: RunResult, stage: string): number | null {
  return run.stages.find((timing) => timing.stage === stage)?.seconds ?? null;
}

/** The CPUs, memory, system and Node of this machine, and the Hugo version given (or 'not installed'). */
export function machineNote(hugoVersion: string | undefined): string {
  const cpu = cpus();
  return (
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${formatBytes(totalmem())} RAM, ${platform()} ${release()}, ` +
    `Node ${process.version}, Hugo ${hugoVersion}`
  );
}

/** The taxonomy file (with its number of topics) and vocabulary file the builds read, relative to `root`. */
export function vocabularyNote(root: string): string {
  const { taxonomy, vocabulary } = resolvePaths();
  const topics = existsSync(taxonomy) ? (readFileSync(taxonomy, 'utf8').match(/^\s*- id:/gmu)?.length ?? 0) : 0;
  return `${relative(root, taxonomy) || taxonomy} (${topics} topics), ${relative(root, vocabulary) || vocabulary}`;
}

/** The report: a table of every size measured, then each target with its figure and verdict. */
export function resultsMarkdown(results: SizeResult[], { date, machine, vocabulary }: ReportContext): string {
  const cpu = (run: RunResult | null) => (run?.cpuSeconds != null ? formatSeconds(run.cpuSeconds) : '–');
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b ? `${(a / b).toFixed(1)}×` : '–';
  const rows = [...results]
    .sort((a, b) => a.papers - b.papers)
    .map((r) => {
      const total = r.cold.seconds;
      const ofCold = (run: RunResult | null) =>
        run ? `${formatSeconds(run.seconds)} (${((run.seconds / total) * 100).toFixed(0)} %)` : '–';
      const unchanged = r.unchanged
        ? `${formatSeconds(r.unchanged.seconds)}${skipped(r.unchanged) ? '' : ' (rebuilt)'}`
        : '–';
      return (
        `| ${r.papers.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${formatSeconds(stageSeconds(r.cold, 'content'))} | ` +
        `${formatSeconds(stageSeconds(r.cold, 'astro'))} | ${formatSeconds(stageSeconds(r.cold, 'pagefind'))} | ` +
        `${formatSeconds(total)} / ${cpu(r.cold)} | ${((total * 1000) / r.papers).toFixed(1)} ms | ${formatBytes(r.cold.peakBytes)} | ` +
        `${stagePeaks(r.cold)} | ${formatBytes(r.distBytes)} | ${unchanged} | ${ofCold(r.addOne)} | ${ofCold(r.addFifty)} | ` +
        `${formatBytes(r.largestTopicPage.bytes)} | ${formatBytes(r.largestPage.bytes)} | ` +
        `${r.hugo ? `${formatSeconds(r.hugo.seconds)} / ${cpu(r.hugo)} (${r.hugoPages?.toLocaleString('en')} pages, ${formatBytes(r.hugo.peakBytes)})` : '–'} | ` +
        `${r.hugoRelated ? `${formatSeconds(r.hugoRelated.seconds)} / ${cpu(r.hugoRelated)}` : '–'} | ` +
        `${ratio(total, r.hugo?.seconds)} / ${ratio(r.cold.cpuSeconds, r.hugo?.cpuSeconds)} |`
      );
    });
  const at = (n: number) => results.find((r) => r.papers === n);
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');
  const r10k = at(10_000);
  const r50k = at(50_000);
  const r100k = at(100_000);
  const r105 = at(DEFAULT_CORPUS_SIZE);
  const largest = [...results].sort((a, b) => b.papers - a.papers)[0];
  const rebuilt = [...results]
    .sort((a, b) => a.papers - b.papers)
    .flatMap((r) => (r.unchanged ? [{ papers: r.papers, unchanged: r.unchanged }] : []));
  const targets = [
    [
      'cold 10,000 ≤ 10 × Hugo',
      r10k?.hugo
        ? `${ratio(r10k.cold.seconds, r10k.hugo.seconds)} wall, ${ratio(r10k.cold.cpuSeconds, r10k.hugo.cpuSeconds)} CPU`
        : '–',
      verdict(r10k?.hugo ? r10k.cold.seconds <= 10 * r10k.hugo.seconds : null),
    ],
    [
      'peak memory at 10,000 < 2 GB',
      formatBytes(r10k?.cold.peakBytes),
      verdict(r10k?.cold.peakBytes ? r10k.cold.peakBytes < 2e9 : null),
    ],
    [
      'peak memory at 50,000 < 4 GB',
      formatBytes(r50k?.cold.peakBytes),
      verdict(r50k?.cold.peakBytes ? r50k.cold.peakBytes < 4e9 : null),
    ],
    [
      '100,000 builds, peak memory < 8 GB',
      r100k ? formatBytes(r100k.cold.peakBytes) : 'run with --100k',
      verdict(r100k?.cold.peakBytes ? r100k.cold.peakBytes < 8e9 : null),
    ],
    [
      '50,000 builds, memory grows no faster than pages',
      r50k && r10k && r50k.cold.peakBytes && r10k.cold.peakBytes
        ? `${formatBytes(r50k.cold.peakBytes)} (${(r50k.cold.peakBytes / r10k.cold.peakBytes).toFixed(1)}× for 5× the papers)`
        : 'run with --50k',
      verdict(
        r50k && r10k && r50k.cold.peakBytes && r10k.cold.peakBytes
          ? r50k.cold.peakBytes / r10k.cold.peakBytes <= 5
          : null,
      ),
    ],
    ['default corpus < 10 s', formatSeconds(r105?.cold.seconds), verdict(r105 ? r105.cold.seconds < 10 : null)],
    [
      'nothing changed < 2 s',
      rebuilt
        .map(
          (r) =>
            `${formatSeconds(r.unchanged.seconds)} at ${r.papers.toLocaleString('en')}${skipped(r.unchanged) ? '' : ' (rebuilt: an input changed during the run)'}`,
        )
        .join(', '),
      verdict(rebuilt.length ? rebuilt.every((r) => r.unchanged.seconds < 2) : null),
    ],
    [
      'add one paper to 10,000 < ½ cold',
      r10k?.addOne ? `${((r10k.addOne.seconds / r10k.cold.seconds) * 100).toFixed(0)} % of cold` : '–',
      verdict(r10k?.addOne ? r10k.addOne.seconds < r10k.cold.seconds / 2 : null),
    ],
    [
      `add ${ADDED_DAY} papers to 10,000 ≤ 10 % of cold`,
      r10k?.addFifty ? `${((r10k.addFifty.seconds / r10k.cold.seconds) * 100).toFixed(0)} % of cold` : '–',
      verdict(r10k?.addFifty ? r10k.addFifty.seconds <= r10k.cold.seconds / 10 : null),
    ],
    [
      'largest topic page at 10,000 ≤ 200 KB HTML; no page over 500 KB',
      r10k
        ? `${formatBytes(r10k.largestTopicPage.bytes)}; largest page ${r10k.largestPage.path}, ${formatBytes(r10k.largestPage.bytes)}`
        : '–',
      verdict(r10k ? r10k.largestTopicPage.bytes <= 200_000 && r10k.largestPage.bytes <= 500_000 : null),
    ],
    [
      'paper page ≤ 20 KB HTML+CSS gzipped, no JS',
      largest
        ? `${formatBytes(largest.weight.htmlCssGzip)}; ${largest.weight.scriptFiles} script file(s), ` +
          `${largest.weight.inlineScripts} inline script(s) of ${formatBytes(largest.weight.inlineScriptBytes)} in all`
        : '–',
      verdict(
        largest
          ? largest.weight.htmlCssGzip <= 20_000 &&
              largest.weight.scriptFiles === 0 &&
              largest.weight.inlineScripts === 0
          : null,
      ),
    ],
  ];
  return [
    '# Build benchmark',
    '',
    `Measured by \`npm run bench\` on ${date}: ${machine}.`,
    `Vocabulary: ${vocabulary}.`,
    'Each size is built as a user builds it: `npm run build` in a fresh checkout of the project (tracked files,',
    '`node_modules` without caches), with `ATLAS_CORPUS` naming the corpus. A cold build (no Astro cache or dist,',
    'content/ as committed), then a rebuild with nothing changed, a rebuild after adding one paper to the corpus',
    `and one after adding ${ADDED_DAY} more (none with \`--cold-only\`). Peak memory is the largest sum of resident`,
    "memory over the build's process tree (sampled every 250 ms), and by stage the same over the samples",
    "between the line that ended the stage before and the stage's own; CPU is user + system time of the tree.",
    'Sizes past the 50,000 papers of the bench corpus take it over again, titles suffixed ", repeat 2".',
    'The machine is shared and noisy: wall times swing with other work, CPU times much less, so compare',
    'ratios within one run (CPU ratios first) rather than figures across runs. The ratio is against Hugo',
    'building the same papers as pages with topic and method taxonomies (a page per term, list pages);',
    'Hugo with five related papers per page (`.Related`) is shown beside it, as its related lists cost it most.',
    '',
    `| papers | pages | content | astro | pagefind | cold total, wall / CPU | per paper (wall) | peak memory | peak by stage (with the build process) | dist | nothing changed | add one paper (of cold) | add ${ADDED_DAY} papers (of cold) | largest topic page | largest page | Hugo, same pages and taxonomies: wall / CPU (pages, peak memory) | Hugo with related papers: wall / CPU | atlas ÷ Hugo, wall / CPU |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---|---:|',
    ...rows,
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...targets.map((cells) => `| ${cells.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The figures of every size without the builds' output, for comparing runs. */
export function rawResults(results: readonly SizeResult[]) {
  return results.map(({ cold, unchanged, addOne, addFifty, hugo, hugoRelated, ...rest }) => ({
    ...rest,
    ...Object.fromEntries(
      Object.entries({ cold, unchanged, addOne, addFifty, hugo, hugoRelated }).map(([key, run]) => [
        key,
        run && { ...run, output: undefined },
      ]),
    ),
  }));
}
