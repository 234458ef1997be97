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
