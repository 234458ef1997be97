/**
 * Runs a command for the benchmark and measures it: wall time, the CPU time of its process tree
 * (with GNU time) and the peak resident memory of that tree (sampled from /proc on Linux).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseStageTimings, type StageTiming } from './bench';

const GNU_TIME = '/usr/bin/time';

export interface RunResult {
  seconds: number;
  /** User + system CPU time of the whole process tree, when GNU time is installed: less sensitive than wall time to a busy machine. */
  cpuSeconds: number | null;
  peakBytes: number | null;
  /**
   * The peak of each stage: of the samples between the line that ended the stage before it (or the
   * start) and the line that ended it, so a stage's figure includes the build process beside it.
   */
  stagePeaks: StagePeak[];
  stages: StageTiming[];
  output: string;
}

export interface StagePeak {
  stage: string;
  peakBytes: number;
}

/** Where a measured command runs. */
export interface RunPlace {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The folder for GNU time's figures and for the output of a run that failed. */
  scratch: string;
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
export async function measure(
  command: string,
  commandArgs: string[],
  { env, cwd, scratch }: RunPlace,
): Promise<RunResult> {
  const started = performance.now();
  // GNU time adds up the CPU time of every process of the tree that was waited for.
  const timeFile = join(scratch, `time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const child = useTime
    ? spawn(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...commandArgs], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stagePeak = 0;
  // A stage shorter than the sampling interval has no sample of its own: it gets the last one taken.
  let lastRss = 0;
  const stagePeaks: StagePeak[] = [];
  // Stage lines are printed when a stage ends: the samples since the previous one are its own.
  let partialLine = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const lines = (partialLine + text).split('\n');
    partialLine = lines.pop() ?? '';
    for (const timing of parseStageTimings(lines.join('\n'))) {
      stagePeaks.push({ stage: timing.stage, peakBytes: stagePeak || lastRss });
      stagePeak = 0;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak: number | null = null;
  let sampling = false;
  const sampler = setInterval(async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    const rss = await treeRss(child.pid);
    if (rss !== null) {
      peak = Math.max(peak ?? 0, rss);
      stagePeak = Math.max(stagePeak, rss);
      lastRss = rss;
    }
    sampling = false;
  }, 250);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const log = join(scratch, `failed-${Date.now()}.log`);
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
  return { seconds, cpuSeconds, peakBytes: peak, stagePeaks, stages: parseStageTimings(output), output };
}

/** True when the build found its inputs unchanged and kept the site it had. */
export function skipped(run: RunResult): boolean {
  return /^\[atlas\] unchanged:/mu.test(run.output);
}
