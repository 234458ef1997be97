/**
 * Runs one stage of `npm run build` in a process of its own (see `runStage`): the content stage and
 * the Astro build each hold most of a gigabyte at 10,000 papers (the atlas index's documents 2.1 GB
 * at 50,000), and a process that ends hands all of it back before the next stage starts, which
 * garbage collection within one process does not.
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
  search: { files: number };
}

/**
 * What a stage sends before it ends, for the build to start on while the stage goes on: the search
 * stage's list of searched pages, which Pagefind indexes while the atlas index is written.
 */
export interface StageEarlyResults {
  content: never;
  astro: never;
  search: { urls: string[] };
}

export interface StageArguments {
  content: Record<string, never>;
  astro: { outDir: string; expectedPages: number | null };
  search: { dist: string };
}

type StageName = keyof StageResults;

type Message<S extends StageName> =
  { result: StageResults[S] } | { early: StageEarlyResults[S] } | { problems: Problem[] } | { error: string };

/** The content stage, in the child process this file runs as (Astro's runs in astro-stage.mjs). */
async function runContentStage(): Promise<StageResults['content']> {
  const { resolvePaths } = await import('../../src/lib/paths');
  const { buildContent, printContentReport } = await import('./content-stage');
  const { timed } = await import('./report');
  const content = await timed(
    'content',
    () => buildContent(resolvePaths()),
    (result) => result.papers.length,
  );
  printContentReport(content);
  return content.papers.map(({ slug, title, source }) => ({ slug, title, source }));
}

/** The search stage's atlas index and client, in the child process this file runs as. */
async function runSearchStage(
  { dist }: StageArguments['search'],
  early: (result: StageEarlyResults['search']) => Promise<void>,
): Promise<StageResults['search']> {
  const { buildAtlasSearch } = await import('./search-stage');
  return buildAtlasSearch(dist, (urls) => early({ urls }));
}

/**
 * Runs a stage in a child process and returns its result: the content and search stages with this process's
 * Node flags (tsx's loader among them), Astro's in scripts/lib/astro-stage.mjs without them. What the stage
 * sends before it ends goes to `onEarly` as it comes.
 */
export function runStage<S extends StageName>(
  stage: S,
  args: StageArguments[S],
  onEarly?: (early: StageEarlyResults[S]) => void,
): Promise<StageResults[S]> {
  const [script, execArgv] =
    stage === 'astro'
      ? [fileURLToPath(new URL('./astro-stage.mjs', import.meta.url)), []]
      : [fileURLToPath(import.meta.url), process.execArgv];
  return new Promise((resolve, reject) => {
    const child = fork(script, [stage, JSON.stringify(args)], { execArgv, stdio: 'inherit' });
    let message: Message<S> | undefined;
    child.on('message', (received) => {
      const sent = received as Message<S>;
      if ('early' in sent) onEarly?.(sent.early);
      else message = sent;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (message && 'result' in message) resolve(message.result);
      else if (message && 'problems' in message) reject(new InputError(message.problems));
      else if (message && 'error' in message) reject(new Error(`the ${stage} stage failed: ${message.error}`));
      else
        reject(
          new Error(`the ${stage} stage ended without a result (${signal ? `signal ${signal}` : `exit code ${code}`})`),
        );
    });
  });
}

// Run as a child by `runStage`: do the stage named, send its result, end.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const send = (message: Message<StageName>) => new Promise<void>((done) => process.send!(message, () => done()));
  try {
    const stage = process.argv[2] as Exclude<StageName, 'astro'>;
    await send({
      result:
        stage === 'search'
          ? await runSearchStage(JSON.parse(process.argv[3]!) as StageArguments['search'], (early) => send({ early }))
          : await runContentStage(),
    });
  } catch (error) {
    await send(
      error instanceof InputError
        ? { problems: error.problems }
        : { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    );
  }
  process.exit(0);
}
