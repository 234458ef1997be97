/**
 * `npm run bench`: builds atlases of the first N papers of the large benchmark corpus (N = the
 * default corpus's 105, 1,000 and 10,000; add `--50k` for 50,000) and times each stage, the whole
 * build, a rebuild with nothing changed and a rebuild after adding one paper, with peak memory,
 * `dist/` size and the weight of a paper page. With `hugo` installed it builds the same papers as a
 * Hugo site in the same run and prints the ratio. The results go to bench/RESULTS.md.
 *
 * Options: `--sizes=105,1000` (which sizes), `--50k`, `--no-hugo`, `--out=<file>`,
 * `--corpus=<large corpus .txt or .txt.gz>` (default ../shared/corpora/large.txt.gz or
 * $ATLAS_BENCH_CORPUS). Everything is built under .tmp/bench/, never into the project's own folders.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem, release, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { splitFrontmatter } from '../src/lib/paper-store';
import { resolvePaths } from '../src/lib/paths';
import {
  formatBytes,
  formatSeconds,
  hugoSite,
  joinPapers,
  parseStageTimings,
  splitPapers,
  type CorpusPaper,
  type HugoPaper,
  type StageTiming,
} from './lib/bench';

const root = resolve(import.meta.dirname, '..');
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/u, '').split('=');
    return [key as string, value ?? 'true'];
  }),
);
const DEFAULT_SIZES = [105, 1_000, 10_000];
const sizes = args.has('sizes')
  ? (args.get('sizes') as string).split(',').map(Number)
  : [...DEFAULT_SIZES, ...(args.has('50k') ? [50_000] : [])];
const withHugo = !args.has('no-hugo') && spawnSync('hugo', ['version']).status === 0;
const outFile = resolve(root, args.get('out') ?? 'bench/RESULTS.md');
const largeCorpus = resolve(
  root,
  args.get('corpus') ?? process.env.ATLAS_BENCH_CORPUS ?? '../shared/corpora/large.txt.gz',
);
const work = join(root, '.tmp/bench');
/** The default corpus is the 105-paper atlas the project ships; other sizes come from the large corpus. */
const DEFAULT_CORPUS_SIZE = 105;
const GNU_TIME = '/usr/bin/time';
/** The largest atlas Hugo also builds with related papers (`.Related` is quadratic in the pages). */
const HUGO_RELATED_MAX = 10_000;
/** The heap for atlases over 10,000 papers, in MB: most of a 24 GB machine. */
const LARGE_HEAP_MB = 20_480;

interface RunResult {
  seconds: number;
  /** User + system CPU time of the whole process tree, when GNU time is installed: less sensitive than wall time to a busy machine. */
  cpuSeconds: number | null;
  peakBytes: number | null;
  stages: StageTiming[];
  output: string;
}

/** The resident memory of a process and all its descendants, from /proc (Linux), or null elsewhere. */
async function treeRss(pid: number): Promise<number | null> {
  if (!existsSync('/proc/self/status')) return null;
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/u.test(name)) continue;
    const statText = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces and parentheses: the parent id follows the last ')'.
    const ppid = Number(statText.slice(statText.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(ppid)) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    const status = await readFile(`/proc/${current}/status`, 'utf8').catch(() => '');
    const rss = status.match(/^VmRSS:\s+(\d+) kB/mu);
    if (rss) total += Number(rss[1]) * 1024;
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree, and returns its time, peak and output. */
async function measure(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<RunResult> {
  const started = performance.now();
  // GNU time adds up the CPU time of every process of the tree that was waited for.
  const timeFile = join(work, `time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const child = useTime
    ? spawn(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...commandArgs], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak: number | null = null;
  let sampling = false;
  const sampler = setInterval(async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    const rss = await treeRss(child.pid);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
    sampling = false;
  }, 250);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const log = join(work, `failed-${Date.now()}.log`);
    await writeFile(log, output);
    const firstError = output.split('\n').find((line) => /error/iu.test(line)) ?? output.slice(-2000);
    throw new Error(
      `${command} ${commandArgs.join(' ')} failed (exit ${code}): ${firstError}\n    → full output in ${log}`,
    );
  }
  let cpuSeconds: number | null = null;
  if (useTime) {
    const [user, system, maxRssKb] = (await readFile(timeFile, 'utf8'))
      .trim()
      .split('\n')
      .at(-1)!
      .split(' ')
      .map(Number);
    cpuSeconds = (user ?? NaN) + (system ?? NaN);
    // A run shorter than the sampling interval still has the peak of its largest process.
    if (maxRssKb) peak = Math.max(peak ?? 0, maxRssKb * 1024);
    await rm(timeFile, { force: true });
  }
  return { seconds, cpuSeconds, peakBytes: peak, stages: parseStageTimings(output), output };
}

async function folderSize(folder: string): Promise<{ bytes: number; files: number; html: number }> {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) html += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files, html };
}

/**
 * What a reader downloads for a paper page before using search: its HTML (inline styles and scripts
 * included) and stylesheets, gzipped; the script files it loads; the bytes of its inline scripts.
 */
async function pageWeight(dist: string, slug: string): Promise<PageWeight> {
  const page = join(dist, 'papers', slug, 'index.html');
  const html = await readFile(page, 'utf8');
  let gzipped = gzipSync(html).length;
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/gu)) {
    const css = resolve(dirname(page), match[1] as string);
    if (existsSync(css)) gzipped += gzipSync(await readFile(css)).length;
  }
  const scriptFiles = [...html.matchAll(/<script\b[^>]*\bsrc=/gu)].length;
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map(
    (match) => match[1] as string,
  );
  return {
    htmlCssGzip: gzipped,
    scriptFiles,
    inlineScripts: inline.length,
    inlineScriptBytes: inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}

interface PageWeight {
  htmlCssGzip: number;
  scriptFiles: number;
  inlineScripts: number;
  inlineScriptBytes: number;
}

interface SizeResult {
  papers: number;
  pages: number;
  cold: RunResult;
  unchanged: RunResult;
  addOne: RunResult;
  distBytes: number;
  weight: PageWeight;
  /** Hugo on the same papers and taxonomies: the baseline of the ratio. */
  hugo: RunResult | null;
  hugoPages: number | null;
  /** The same Hugo site with five related papers on each page (Hugo's `.Related`). */
  hugoRelated: RunResult | null;
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function benchSize(size: number, large: CorpusPaper[]): Promise<SizeResult> {
  const folder = join(work, String(size));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const corpus = join(folder, 'corpus.txt');
  const useDefault = size === DEFAULT_CORPUS_SIZE;
  const defaults = resolvePaths();
  // The default corpus is copied so that adding a paper never touches the project's own file.
  const base = useDefault ? await defaultCorpusText(defaults.corpus) : joinPapers(large.slice(0, size));
  await writeFile(corpus, base);
  const env = {
    ...process.env,
    ATLAS_CORPUS: corpus,
    ATLAS_CONTENT: join(folder, 'content'),
    ATLAS_DIST: join(folder, 'dist'),
    ATLAS_CACHE_DIR: join(folder, 'cache'),
    ATLAS_NOTES: defaults.notes,
    ATLAS_TAXONOMY: defaults.taxonomy,
    ATLAS_VOCABULARY: defaults.vocabulary,
    // Node's default heap (about 4 GB) is close to what 10,000 papers use (bench/PROFILE.md): larger
    // atlases get a larger heap unless NODE_OPTIONS already sets one.
    ...(size > 10_000 && !/max-old-space-size/u.test(process.env.NODE_OPTIONS ?? '')
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${LARGE_HEAP_MB}`.trim() }
      : {}),
  };
  const tsx = join(root, 'node_modules/.bin/tsx');
  const build = () => measure(tsx, ['scripts/build-site.ts'], env);

  log(`${size} papers: cold build…`);
  const cold = await build();
  log(`${size} papers: cold ${formatSeconds(cold.seconds)}, peak ${formatBytes(cold.peakBytes)}`);
  // Right after the cold build, so that nothing else in a shared working tree changes in between.
  log(`${size} papers: rebuild with nothing changed…`);
  const unchanged = await build();
  log(
    `${size} papers: unchanged ${formatSeconds(unchanged.seconds)}${skipped(unchanged) ? ' (skipped)' : ' (rebuilt: an input changed)'}`,
  );
  const dist = await folderSize(env.ATLAS_DIST);
  const slugs = (await readdir(join(env.ATLAS_CONTENT, 'papers'))).filter((name) => name.endsWith('.mdx')).sort();
  const weight = await pageWeight(env.ATLAS_DIST, (slugs[0] as string).replace(/\.mdx$/u, ''));

  let hugo: RunResult | null = null;
  let hugoPages: number | null = null;
  let hugoRelated: RunResult | null = null;
  if (withHugo) {
    const papers: HugoPaper[] = [];
    for (const name of slugs) {
      const { frontmatter, body } = splitFrontmatter(await readFile(join(env.ATLAS_CONTENT, 'papers', name), 'utf8'));
      const data = frontmatter as { slug: string; title: string; topics: string[]; methods: string[] };
      papers.push({ slug: data.slug, title: data.title, topics: data.topics, methods: data.methods, body });
    }
    const buildHugo = async (name: string, related: boolean) => {
      const site = join(folder, name);
      for (const [path, text] of hugoSite(papers, { related })) {
        await mkdir(dirname(join(site, path)), { recursive: true });
        await writeFile(join(site, path), text);
      }
      return measure('hugo', ['--quiet', '--destination', join(site, 'public')], process.env, site);
    };
    log(`${size} papers: Hugo build…`);
    hugo = await buildHugo('hugo', false);
    hugoPages = (await folderSize(join(folder, 'hugo', 'public'))).html;
    log(`${size} papers: Hugo ${formatSeconds(hugo.seconds)} for ${hugoPages} pages`);
    // Hugo's related lists compare every page with every other: 25 s at 10,000 papers, far longer beyond.
    if (size <= HUGO_RELATED_MAX) {
      log(`${size} papers: Hugo with related papers…`);
      hugoRelated = await buildHugo('hugo-related', true);
      log(`${size} papers: Hugo with related papers ${formatSeconds(hugoRelated.seconds)}`);
    }
  }

  const extra = large[size] ?? large[large.length - 1];
  // The corpus may end on a single line break; a paper must follow a blank line.
  await writeFile(
    corpus,
    base.replace(/\s*$/u, '\n\n') +
      joinPapers([{ ...(extra as CorpusPaper), title: `${extra?.title} (benchmark addition)` }]),
  );
  // The benchmark times the rebuild; a method URL that the extra paper retires (the extractor
  // gathers methods over the whole corpus) must not stop it, so the URL registry starts afresh.
  await rm(join(env.ATLAS_CONTENT, 'urls.yaml'), { force: true });
  log(`${size} papers: rebuild after adding one paper…`);
  const addOne = await build();
  log(`${size} papers: add one ${formatSeconds(addOne.seconds)}`);
  return {
    papers: size,
    pages: dist.html,
    cold,
    unchanged,
    addOne,
    distBytes: dist.bytes,
    weight,
    hugo,
    hugoPages,
    hugoRelated,
  };
}

async function defaultCorpusText(corpus: string): Promise<string> {
  if (!(await stat(corpus)).isDirectory()) return readFile(corpus, 'utf8');
  const names = (await readdir(corpus)).filter((name) => !name.startsWith('.') && !/\.md$/iu.test(name)).sort();
  return (await Promise.all(names.map((name) => readFile(join(corpus, name), 'utf8')))).join('\n\n');
}

/** True when the build found its inputs unchanged and kept the site it had. */
function skipped(run: RunResult): boolean {
  return /^\[atlas\] unchanged:/mu.test(run.output);
}

function stageSeconds(run: RunResult, stage: string): number | null {
  return run.stages.find((timing) => timing.stage === stage)?.seconds ?? null;
}

function machine(): string {
  const cpu = cpus();
  const hugoVersion = withHugo
    ? spawnSync('hugo', ['version']).stdout.toString().trim().split(' ')[1]
    : 'not installed';
  return (
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${formatBytes(totalmem())} RAM, ${platform()} ${release()}, ` +
    `Node ${process.version}, Hugo ${hugoVersion}`
  );
}

function vocabularyNote(): string {
  const { taxonomy, vocabulary } = resolvePaths();
  const topics = existsSync(taxonomy) ? (readFileSync(taxonomy, 'utf8').match(/^\s*- id:/gmu)?.length ?? 0) : 0;
  return `${relative(root, taxonomy) || taxonomy} (${topics} topics), ${relative(root, vocabulary) || vocabulary}`;
}

function resultsMarkdown(results: SizeResult[], date: string): string {
  const cpu = (run: RunResult | null) => (run?.cpuSeconds != null ? formatSeconds(run.cpuSeconds) : '–');
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b ? `${(a / b).toFixed(1)}×` : '–';
  const rows = [...results]
    .sort((a, b) => a.papers - b.papers)
    .map((r) => {
      const total = r.cold.seconds;
      return (
        `| ${r.papers.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${formatSeconds(stageSeconds(r.cold, 'content'))} | ` +
        `${formatSeconds(stageSeconds(r.cold, 'astro'))} | ${formatSeconds(stageSeconds(r.cold, 'pagefind'))} | ` +
        `${formatSeconds(total)} / ${cpu(r.cold)} | ${((total * 1000) / r.papers).toFixed(1)} ms | ${formatBytes(r.cold.peakBytes)} | ` +
        `${formatBytes(r.distBytes)} | ${formatSeconds(r.unchanged.seconds)}${skipped(r.unchanged) ? '' : ' (rebuilt)'} | ${formatSeconds(r.addOne.seconds)} (${((r.addOne.seconds / total) * 100).toFixed(0)} %) | ` +
        `${r.hugo ? `${formatSeconds(r.hugo.seconds)} / ${cpu(r.hugo)} (${r.hugoPages?.toLocaleString('en')} pages, ${formatBytes(r.hugo.peakBytes)})` : '–'} | ` +
        `${r.hugoRelated ? `${formatSeconds(r.hugoRelated.seconds)} / ${cpu(r.hugoRelated)}` : '–'} | ` +
        `${ratio(total, r.hugo?.seconds)} / ${ratio(r.cold.cpuSeconds, r.hugo?.cpuSeconds)} |`
      );
    });
  const at = (n: number) => results.find((r) => r.papers === n);
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');
  const r10k = at(10_000);
  const r50k = at(50_000);
  const r105 = at(DEFAULT_CORPUS_SIZE);
  const largest = [...results].sort((a, b) => b.papers - a.papers)[0];
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
      [...results]
        .sort((a, b) => a.papers - b.papers)
        .map(
          (r) =>
            `${formatSeconds(r.unchanged.seconds)} at ${r.papers.toLocaleString('en')}${skipped(r.unchanged) ? '' : ' (rebuilt: an input changed during the run)'}`,
        )
        .join(', '),
      verdict(results.length ? results.every((r) => r.unchanged.seconds < 2) : null),
    ],
    [
      'add one paper to 10,000 < ½ cold',
      r10k ? `${((r10k.addOne.seconds / r10k.cold.seconds) * 100).toFixed(0)} % of cold` : '–',
      verdict(r10k ? r10k.addOne.seconds < r10k.cold.seconds / 2 : null),
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
    `Measured by \`npm run bench\` on ${date}: ${machine()}.`,
    `Vocabulary: ${vocabularyNote()}.`,
    'Each size is a cold build (no content, Astro cache or dist), then a rebuild with nothing changed,',
    'then a rebuild after adding one paper to the corpus. Peak memory is the largest sum of resident',
    "memory over the build's process tree (sampled every 250 ms); CPU is user + system time of the tree.",
    'The machine is shared and noisy: wall times swing with other work, CPU times much less, so compare',
    'ratios within one run (CPU ratios first) rather than figures across runs. The ratio is against Hugo',
    'building the same papers as pages with topic and method taxonomies (a page per term, list pages);',
    'Hugo with five related papers per page (`.Related`) is shown beside it, as its related lists cost it most.',
    '',
    '| papers | pages | content | astro | pagefind | cold total, wall / CPU | per paper (wall) | peak memory | dist | nothing changed | add one paper (of cold) | Hugo, same pages and taxonomies: wall / CPU (pages, peak memory) | Hugo with related papers: wall / CPU | atlas ÷ Hugo, wall / CPU |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|',
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

const started = new Date();
log(
  `sizes ${sizes.join(', ')}; Hugo ${withHugo ? 'installed' : 'not installed: no comparison'}; corpus ${largeCorpus}`,
);
if (sizes.some((size) => size !== DEFAULT_CORPUS_SIZE) && !existsSync(largeCorpus)) {
  console.error(`${largeCorpus}: benchmark corpus not found\n    → pass --corpus=<file> or set ATLAS_BENCH_CORPUS`);
  process.exit(1);
}
const rawCorpus = existsSync(largeCorpus) ? readFileSync(largeCorpus) : Buffer.from('');
const large = splitPapers(
  (largeCorpus.endsWith('.gz') ? gunzipSync(rawCorpus) : rawCorpus).toString('utf8'),
  Math.max(...sizes) + 1,
);
const results: SizeResult[] = [];
for (const size of sizes) {
  if (size !== DEFAULT_CORPUS_SIZE && large.length < size) {
    console.error(`${largeCorpus}: holds ${large.length} papers, fewer than ${size}`);
    process.exit(1);
  }
  results.push(await benchSize(size, large));
  // Written after every size, so a long run leaves its figures so far.
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, resultsMarkdown(results, started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'));
  // The raw figures beside it (without the builds' output), for comparing runs.
  const raw = results.map(({ cold, unchanged, addOne, hugo, hugoRelated, ...rest }) => ({
    ...rest,
    ...Object.fromEntries(
      Object.entries({ cold, unchanged, addOne, hugo, hugoRelated }).map(([key, run]) => [
        key,
        run && { ...run, output: undefined },
      ]),
    ),
  }));
  await writeFile(join(work, 'results.json'), `${JSON.stringify(raw, null, 2)}\n`);
}
log(`results in ${outFile}`);
