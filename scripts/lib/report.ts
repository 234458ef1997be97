import type { Problem } from '../../src/pipeline/types';

/** One line per problem, in the form editors and terminals link: `file:line: severity: message`. */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? `\n    → ${problem.hint}` : '';
  return `${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}${hint}`;
}

/** Thrown by a stage whose input has errors; carries every problem so the CLI prints them all. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} error(s) in the input:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'InputError';
  }
}

/** Times a stage and prints one line with its count and rate, the way every stage reports. */
export async function timed<T>(stage: string, run: () => Promise<T> | T, count?: (result: T) => number): Promise<T> {
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  const n = count?.(result);
  const rate = n !== undefined && seconds > 0 ? `, ${Math.round(n / seconds)}/s` : '';
  console.log(`[atlas] ${stage}: ${n !== undefined ? `${n} in ` : ''}${seconds.toFixed(2)} s${rate}`);
  return result;
}

/** Where a long stage stands, for a progress line or bar. */
export interface ProgressState {
  stage: string;
  done: number;
  /** How many there will be, when known. */
  total: number | null;
  /** What is counted: "pages", "papers". */
  unit: string;
  seconds: number;
}

/**
 * One progress line: count, rate and elapsed time, with a bar when the total is known and a width
 * is given (`[atlas] astro [██████░░░░] 6,210/10,400 pages · 212/s · 29.3 s`).
 */
export function formatProgress(state: ProgressState, barWidth = 0): string {
  const count =
    state.total !== null
      ? `${state.done.toLocaleString('en')}/${state.total.toLocaleString('en')}`
      : state.done.toLocaleString('en');
  const rate = state.seconds > 0 ? `${Math.round(state.done / state.seconds)}/s` : '–/s';
  let bar = '';
  if (barWidth > 0 && state.total !== null && state.total > 0) {
    const filled = Math.min(barWidth, Math.round((state.done / state.total) * barWidth));
    bar = ` [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]`;
  }
  return `[atlas] ${state.stage}${bar} ${count} ${state.unit} · ${rate} · ${state.seconds.toFixed(1)} s`;
}

/**
 * Reports the progress of a long stage: on a terminal, a bar redrawn in place once the stage has
 * run a couple of seconds; elsewhere (CI, logs), a line every `every` seconds. The stage's final
 * line is still printed by `timed`.
 */
export function startProgress(
  stage: string,
  unit: string,
  total: number | null,
  options: { stream?: NodeJS.WriteStream; every?: number; now?: () => number } = {},
): { update: (done: number) => void; finish: () => void } {
  const stream = options.stream ?? process.stdout;
  const now = options.now ?? (() => performance.now());
  const every = options.every ?? 10;
  const started = now();
  let lastShown = started;
  let drawn = false;
  const state = (done: number): ProgressState => ({
    stage,
    done,
    total: total !== null ? Math.max(total, done) : null,
    unit,
    seconds: (now() - started) / 1000,
  });
  return {
    update(done) {
      const time = now();
      if (stream.isTTY) {
        // A bar only for stages long enough to wonder about, redrawn at most ten times a second.
        if (time - started < 2000 || time - lastShown < 100) return;
        lastShown = time;
        drawn = true;
        stream.write(`\r${formatProgress(state(done), 24)}\u001b[K`);
      } else if (time - lastShown >= every * 1000) {
        lastShown = time;
        stream.write(`${formatProgress(state(done))}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
