/**
 * Runs one stage of `npm run build` in a process of its own (see `runStage`): the content stage and
 * the Astro build each hold most of a gigabyte at 10,000 papers, and a process that ends hands all
 * of it back before the next stage starts, which garbage collection within one process does not.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TaggedPaper } from '../../src/pipeline/types';
import { InputError } from './report';
import type { Problem } from '../../src/pipeline/types';

/** What the checks after Astro need of each paper. */
export type BuiltPaper = Pick<TaggedPaper, 'slug' | 'title' | 'source'>;

export interface StageResults {
  content: BuiltPaper[];
  astro: { pages: number };
}

export interface StageArguments {
  content: Record<string, never>;
  /** `reusePages`: the template digest that lets pages be reused (src/lib/page-reuse.ts), or null to render all. */
  astro: { outDir: string; expectedPages: number | null; reusePages: string | null };
}

type StageName = keyof StageResults;

type Message<S extends StageName> = { result: StageResults[S] } | { problems: Problem[] } | { error: string };

/** Loads what a stage needs, so that a stage started early has it ready when its turn comes. */
async function preload(stage: StageName): Promise<void> {
  await import('./report');
  if (stage === 'content') await import('./content-stage');
  else await Promise.all([import('astro'), import('./astro-progress')]);
}

async function runInThisProcess<S extends StageName>(stage: S, args: StageArguments[S]): Promise<StageResults[S]> {
  const { timed } = await import('./report');
  if (stage === 'content') {
    const { resolvePaths } = await import('../../src/lib/paths');
    const { buildContent, printContentReport } = await import('./content-stage');
    const content = await timed('content', () => buildContent(resolvePaths()), (result) => result.papers.length);
    printContentReport(content);
    return content.papers.map(({ slug, title, source }) => ({ slug, title, source })) as StageResults[S];
  }
  const { outDir, expectedPages, reusePages } = args as StageArguments['astro'];
  if (reusePages) process.env.ATLAS_REUSE_PAGES = reusePages;
  else delete process.env.ATLAS_REUSE_PAGES;
  const { build } = await import('astro');
  const { withAstroProgress } = await import('./astro-progress');
  const astro = await timed(
    'astro',
    () =>
      withAstroProgress(expectedPages, () => build({ outDir, logLevel: process.env.ATLAS_LOG ?? 'info' } as Parameters<typeof build>[0]), {
        showAstroLog: process.env.ATLAS_LOG !== undefined,
      }),
    (result) => result.pages,
  );
  return { pages: astro.pages } as StageResults[S];
}

/** A stage's process, started before its turn (see `startStage`). */
export interface StartedStage<S extends StageName> {
  /** Runs the stage with these arguments and returns its result. */
  run(args: StageArguments[S]): Promise<StageResults[S]>;
  /** Ends the process if the stage was never run (an earlier stage failed). */
  stop(): void;
}

/**
 * Starts a stage's process now, with this process's Node flags (tsx's loader among them), so it
 * loads its modules (Astro alone takes a second) while earlier stages run; `run` then gives it its
 * arguments. The content stage cannot start Astro's build early, but Astro can be loaded.
 */
export function startStage<S extends StageName>(stage: S): StartedStage<S> {
  const child = fork(fileURLToPath(import.meta.url), [stage], { execArgv: process.execArgv, stdio: 'inherit' });
  let message: Message<S> | undefined;
  child.on('message', (received) => {
    message = received as Message<S>;
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let ran = false;
  return {
    async run(args) {
      ran = true;
      child.send({ args });
      const { code, signal } = await ended;
      if (message && 'result' in message) return message.result;
      if (message && 'problems' in message) throw new InputError(message.problems);
      if (message && 'error' in message) throw new Error(`the ${stage} stage failed: ${message.error}`);
      throw new Error(`the ${stage} stage ended without a result (${signal ? `signal ${signal}` : `exit code ${code}`})`);
    },
    stop() {
      if (!ran && child.exitCode === null) child.kill();
    },
  };
}

/** Runs a stage in a process of its own and returns its result. */
export function runStage<S extends StageName>(stage: S, args: StageArguments[S]): Promise<StageResults[S]> {
  return startStage(stage).run(args);
}

// Run as a child by `startStage`: load the stage's modules, wait for its arguments, run it, send its result, end.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const stage = process.argv[2] as StageName;
  const send = (message: Message<StageName>) => new Promise<void>((done) => process.send!(message, () => done()));
  // The parent gone before the stage's turn: nothing to do.
  process.on('disconnect', () => process.exit(0));
  const received = new Promise<{ args: StageArguments[StageName] }>((resolve) => process.once('message', (message) => resolve(message as { args: StageArguments[StageName] })));
  try {
    await preload(stage);
    const { args } = await received;
    await send({ result: await runInThisProcess(stage, args) });
  } catch (error) {
    await send(error instanceof InputError ? { problems: error.problems } : { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  process.exit(0);
}
