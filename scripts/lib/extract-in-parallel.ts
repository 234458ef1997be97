/**
 * `extractCorpus` on every core, with the same tags. Extraction reads each text on its own
 * (acronyms, topic mentions, names framed as data, noun phrases), gathers the corpus's facts from
 * all of them (methods, common topics, keyphrase scores, datasets linked over the corpus), then
 * tags each paper. Noun phrases must be parsed on one thread in paper order (see
 * `VocabularyReader.phrasesOf`): this thread parses them while a worker thread
 * (extract-worker.ts) reads everything else and gathers the facts; then this thread and the
 * workers tag slices of papers as each frees up, and the tags come back in paper order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NeverFilter } from '../../src/pipeline/curation/never';
import type { NeverRule } from '../../src/pipeline/curation/types';
import { NO_NEVER_RULES } from '../../src/pipeline/curation/never';
import {
  extractCorpus,
  methodMatchDigests,
  readCorpusFacts,
  PaperTagger,
  VocabularyReader,
  type CorpusFacts,
  type ExtractionContext,
  type PaperFacts,
  type PaperText,
  type TextReading,
} from '../../src/pipeline/extract';
import { scoreKeyphrases } from '../../src/pipeline/keyphrases';
import type { Paper, PaperTags, Tag, TaggedPaper } from '../../src/pipeline/types';

/**
 * Below this many papers to read (texts an earlier build kept no reading of) the corpus is tagged
 * on this thread alone. A worker takes about 1.5 s to start (tsx, wink, the vocabulary), which
 * this thread waits out only while the worker catches up on reading the corpus; each paper then
 * saves about 3 ms (reading and half the tagging move off this thread: at 600 papers this
 * thread's CPU went from 6.0 to 4.5 ms a paper, at 1,000 to 4.0). Past some 500 papers the saving
 * outweighs the start; 1,000 leaves a margin, and keeps the bundled corpus (105 papers) and the
 * tests' fixtures on one thread. A build that adds 50 papers to 10,000 reads 50 texts and tags
 * about 110 anew: on one thread its content stage took 7.3 s, with a worker 10-12 s.
 */
export const PARALLEL_FROM = 1000;

/** Papers per slice of tagging: a slice takes tens of milliseconds, so no thread waits long for the last. */
const SLICE = 20;
/** Slices a worker holds at once, so it starts the next while this thread, busy with its own, has not yet answered. */
const DEPTH = 2;

/** What a worker is started with. */
export interface WorkerSetup {
  topics: ExtractionContext['topics'];
  vocabulary: ExtractionContext['vocabulary'];
  neverRules: readonly NeverRule[];
  papers: PaperText[];
  /** Each paper's reading an earlier build kept, or null: the worker reads only the others. */
  known: Array<TextReading | null>;
}

/** A text the reading worker read afresh, for the main thread to keep for later builds. */
export interface FreshReading {
  index: number;
  reading: TextReading;
}

/** All of a corpus that tagging reads but noun phrases: each paper's reading, the corpus's facts, each paper's datasets. */
export interface CorpusReading {
  readings: Array<Pick<TextReading, 'definitions' | 'topicMatches'>>;
  facts: CorpusFacts;
  datasets: Tag[][];
}

/** What a worker tags with: the corpus's reading, each paper's keyphrases, and the keys of tags earlier builds kept. */
export interface TaggingSetup extends CorpusReading {
  keyphrases: string[][];
  kept: { version: string; keys: string[] } | null;
  /**
   * Each paper's method-match digest an earlier build recorded that still holds (null: match the
   * text); absent when no digests are kept, and then none are sent back.
   */
  matches?: Array<string | null>;
}

/** The first worker reads the corpus (`read`); every worker is told what to tag with, then tags slices. */
export type WorkerRequest =
  | { stage: 'read' }
  | { stage: 'tagging'; setup: Partial<CorpusReading> & Pick<TaggingSetup, 'keyphrases' | 'kept' | 'matches'> }
  | { stage: 'tag'; from: number; to: number };

/** What a worker found, with the never rules its filter has used so far (by place). */
export type WorkerReply = { usedNever: number[] } & (
  | ({ stage: 'read'; fresh: FreshReading[] } & CorpusReading)
  /**
   * Tags from `from` on, or null for a paper whose tags an earlier build kept under `key`, with the
   * digest of each paper's method matches when the setup had any.
   */
  | {
      stage: 'tag';
      from: number;
      results: Array<{ key: string | undefined; tags: PaperTags | null; matches: string | undefined }>;
    }
);

type TagReply = Extract<WorkerReply, { stage: 'tag' }>;

/**
 * `readCorpusFacts`, with each text's reading cut to what tagging reads, as a worker sends it back,
 * and the readings of the texts it read afresh (those `known` has none for) whole.
 */
export function readCorpus(
  reader: VocabularyReader,
  papers: readonly PaperText[],
  known: ReadonlyArray<TextReading | null> = [],
): { reading: CorpusReading; tagger: PaperTagger; fresh: FreshReading[] } {
  const { readings, facts, tagger, datasets } = readCorpusFacts(reader, papers, known);
  const reading = {
    readings: readings.map(({ definitions, topicMatches }) => ({ definitions, topicMatches })),
    facts,
    datasets,
  };
  const fresh = readings.flatMap((text, index) => (known[index] ? [] : [{ index, reading: text }]));
  return { reading, tagger, fresh };
}

interface Handle {
  worker: Worker;
  alive: boolean;
  inFlight: Array<{ from: number; to: number }>;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Starts a worker: extract-worker.mjs loads tsx in it, then the worker's TypeScript. */
function startWorker(setup: WorkerSetup): Worker {
  return new Worker(new URL('./extract-worker.mjs', import.meta.url), { workerData: setup, execArgv: [] });
}

/** Worker threads: the first reads the corpus; all take slices of tagging as they free up. */
class WorkerPool {
  private readonly handles: Handle[] = [];
  private onTagged: (reply: TagReply) => void = () => {};
  private onLost: () => void = () => {};
  private readonly read: Promise<{ reading: CorpusReading; fresh: FreshReading[] } | null>;
  private warned = false;
  private closing = false;

  constructor(count: number, setup: WorkerSetup, never: NeverFilter) {
    let readDone: (read: { reading: CorpusReading; fresh: FreshReading[] } | null) => void = () => {};
    this.read = new Promise((resolve) => (readDone = resolve));
    for (let i = 0; i < count; i += 1) {
      let handle: Handle;
      try {
        handle = { worker: startWorker(setup), alive: true, inFlight: [] };
      } catch (error) {
        this.warn(error);
        continue;
      }
      this.handles.push(handle);
      handle.worker.on('message', (reply: WorkerReply) => {
        never.addUsed(reply.usedNever);
        if (reply.stage === 'read') {
          const { readings, facts, datasets, fresh } = reply;
          readDone({ reading: { readings, facts, datasets }, fresh });
          return;
        }
        handle.inFlight.shift();
        this.onTagged(reply);
      });
      const lost = (error: unknown) => {
        if (!handle.alive || this.closing) return;
        handle.alive = false;
        this.warn(error);
        if (handle === this.handles[0]) readDone(null);
        this.onLost();
      };
      handle.worker.on('error', lost);
      handle.worker.on('exit', (code) => lost(`exit code ${code}`));
    }
    if (this.handles.length === 0) readDone(null);
    else this.handles[0]?.worker.postMessage({ stage: 'read' } satisfies WorkerRequest);
  }

  private warn(error: unknown) {
    if (this.warned) return;
    this.warned = true;
    // What it was doing is done on this thread: the tags are the same, only slower to come.
    console.warn(`[atlas] an extraction worker failed, this thread does its share: ${String(error)}`);
  }

  /** The first worker's reading of the corpus and the texts it read afresh, or null if it was lost. */
  corpusReading(): Promise<{ reading: CorpusReading; fresh: FreshReading[] } | null> {
    return this.read;
  }

  /** Tells each worker what to tag with: the first already has the corpus's reading. */
  startTagging(setup: TaggingSetup) {
    this.handles.forEach((handle, index) => {
      const { keyphrases, kept, matches } = setup;
      if (handle.alive)
        handle.worker.postMessage({
          stage: 'tagging',
          setup: index === 0 ? { keyphrases, kept, matches } : setup,
        } satisfies WorkerRequest);
    });
  }

  /**
   * Tags `count` papers in slices: a worker's slice goes through `fromWorker`, and this thread
   * runs `local` on a paper of its own slices. Results come back in paper order.
   */
  tag<R>(count: number, local: (index: number) => R, fromWorker: (result: TagReply['results'][number]) => R) {
    const results = new Array<R>(count);
    const queue: Array<{ from: number; to: number }> = [];
    for (let from = 0; from < count; from += SLICE) queue.push({ from, to: Math.min(count, from + SLICE) });
    let outstanding = queue.length;
    return new Promise<R[]>((resolve, reject) => {
      let localRunning = false;
      const finish = (from: number, values: R[]) => {
        values.forEach((value, offset) => (results[from + offset] = value));
        outstanding -= 1;
        if (outstanding === 0) resolve(results);
      };
      const feed = () => {
        for (const handle of this.handles) {
          // A lost worker's slices are done here.
          if (!handle.alive) queue.unshift(...handle.inFlight.splice(0));
          while (handle.alive && handle.inFlight.length < DEPTH && queue.length > 0) {
            const slice = queue.shift() as { from: number; to: number };
            handle.inFlight.push(slice);
            handle.worker.postMessage({ stage: 'tag', ...slice } satisfies WorkerRequest);
          }
        }
        if (!localRunning && queue.length > 0) void runLocal();
      };
      const runLocal = async () => {
        localRunning = true;
        try {
          while (queue.length > 0) {
            const { from, to } = queue.shift() as { from: number; to: number };
            const values: R[] = [];
            for (let index = from; index < to; index += 1) values.push(local(index));
            finish(from, values);
            // Lets workers' answers in, so they get their next slices while this thread works on.
            await yieldToEvents();
          }
        } catch (error) {
          reject(error);
        }
        localRunning = false;
      };
      this.onTagged = (reply) => {
        try {
          finish(reply.from, reply.results.map(fromWorker));
        } catch (error) {
          reject(error);
        }
        feed();
      };
      this.onLost = feed;
      if (count === 0) resolve(results);
      else feed();
    });
  }

  async close() {
    this.closing = true;
    await Promise.all(this.handles.map((handle) => handle.worker.terminate()));
  }
}

/**
 * Tags a corpus as `extractCorpus` does. `threads` worker threads help this one: by default one
 * per core but this thread's, once `PARALLEL_FROM` papers or more have no reading an earlier build
 * kept; a number given is used whatever the corpus's size (0: this thread alone).
 */
export async function extractInParallel(
  papers: ReadonlyArray<Paper & { name: string | null }>,
  context: ExtractionContext,
  options: { threads?: number } = {},
): Promise<TaggedPaper[]> {
  const texts = papers.map(({ slug, title, abstract, name }) => ({ slug, title, abstract, name }));
  const memo = context.textReadingMemo;
  const known = texts.map((text) => memo?.get(text) ?? null);
  const toRead = known.filter((reading) => reading === null).length;
  const threads = options.threads ?? (toRead >= PARALLEL_FROM ? availableParallelism() - 1 : 0);
  if (threads < 1) return extractCorpus(papers, context, known);
  const never = context.never ?? NO_NEVER_RULES;
  const pool = new WorkerPool(
    threads,
    { topics: context.topics, vocabulary: context.vocabulary, neverRules: never.rules, papers: texts, known },
    never,
  );
  try {
    const reader = new VocabularyReader(context);
    const keyphrases = scoreKeyphrases(reader.phrasesOf(texts));
    const fromWorker = await pool.corpusReading();
    const { reading, tagger, fresh } = fromWorker
      ? { ...fromWorker, tagger: new PaperTagger(reader, fromWorker.reading.facts) }
      : readCorpus(reader, texts, known);
    for (const { index, reading: text } of fresh) memo?.set(texts[index] as PaperText, text);
    const tagsMemo = context.paperTagsMemo;
    const matches = tagsMemo ? methodMatchDigests(tagger, texts, reading.readings, context.methodMatchMemo) : null;
    pool.startTagging({
      ...reading,
      keyphrases: keyphrases.perDocument,
      kept: tagsMemo ? { version: tagsMemo.version, keys: [...tagsMemo.keptKeys()] } : null,
      ...(matches && { matches: matches.recorded }),
    });
    const paperFacts = (index: number): PaperFacts => ({
      keyphrases: keyphrases.perDocument[index] ?? [],
      datasets: reading.datasets[index] ?? [],
    });
    const tagged = await pool.tag(
      papers.length,
      (index) => {
        const digest = matches?.digestOf(index);
        const text = texts[index] as PaperText;
        const tags = tagger.tagPaper(text, reading.readings[index] as TextReading, paperFacts(index), tagsMemo, digest);
        return { tags, digest };
      },
      // The memo is asked here for every paper, as `extractCorpus` asks it, so its counts and what it keeps agree.
      ({ key, tags: found, matches: digest }) => {
        if (key === undefined || !tagsMemo) return { tags: found as PaperTags, digest };
        const kept = tagsMemo.get(key);
        if (kept) return { tags: kept, digest };
        if (!found) throw new Error(`tags kept under ${key} went missing during extraction`);
        tagsMemo.set(key, found);
        return { tags: found, digest };
      },
    );
    matches?.keep(tagged.map(({ digest }) => digest as string));
    return papers.map((paper, index) => ({ ...paper, tags: tagged[index]?.tags as PaperTags }));
  } finally {
    await pool.close();
  }
}
