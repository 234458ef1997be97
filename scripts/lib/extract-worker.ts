/**
 * A worker thread of `extractInParallel` (extract-in-parallel.ts). It compiles the vocabulary
 * once; the first worker then reads every text and gathers the corpus's facts while the main
 * thread parses noun phrases, and every worker tags the slices of papers it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { neverFilter } from '../../src/pipeline/curation/never';
import { PaperTagger, VocabularyReader, type PaperTagsMemo } from '../../src/pipeline/extract';
import type { PaperTags } from '../../src/pipeline/types';
import {
  readCorpus,
  type TaggingSetup,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSetup,
} from './extract-in-parallel';

const { topics, vocabulary, neverRules, papers, known } = workerData as WorkerSetup;
const port = parentPort!;
const never = neverFilter(neverRules);
const reader = new VocabularyReader({ topics, vocabulary, never });
/** What this thread read itself, and the tagger it compiled, kept for tagging. */
let own: Omit<ReturnType<typeof readCorpus>, 'fresh'> | undefined;
let tagging: { setup: TaggingSetup; tagger: PaperTagger; kept: Set<string> } | undefined;

/** The rules this thread's filter used, by place: the main thread's rules are other objects. */
const usedNever = () => [...never.usedRules()].map((rule) => neverRules.indexOf(rule));

/** Tags of a paper an earlier build kept are the main thread's to give: this one only says so. */
const KEPT = {} as PaperTags;

function reply(request: WorkerRequest): WorkerReply | null {
  switch (request.stage) {
    case 'read': {
      const { reading, tagger, fresh } = readCorpus(reader, papers, known);
      own = { reading, tagger };
      return { stage: 'read', ...reading, fresh, usedNever: usedNever() };
    }
    case 'tagging': {
      const setup = { ...own?.reading, ...request.setup } as TaggingSetup;
      const tagger = own?.tagger ?? new PaperTagger(reader, setup.facts);
      tagging = { setup, tagger, kept: new Set(setup.kept?.keys ?? []) };
      return null;
    }
    case 'tag': {
      const { setup, tagger, kept } = tagging!;
      const results = [];
      for (let index = request.from; index < request.to; index += 1) {
        let key: string | undefined;
        const memo: PaperTagsMemo | undefined = setup.kept
          ? {
              version: setup.kept.version,
              get: (found) => ((key = found), kept.has(found) ? KEPT : undefined),
              set: () => {},
              keptKeys: () => kept,
            }
          : undefined;
        // The digest of the text's method matches: as an earlier build recorded it, or found now.
        const matches = setup.matches
          ? (setup.matches[index] ?? tagger.methodMatchDigest(papers[index]!, setup.readings[index]!.definitions))
          : undefined;
        const tags = tagger.tagPaper(
          papers[index]!,
          setup.readings[index]!,
          { keyphrases: setup.keyphrases[index] ?? [], datasets: setup.datasets[index] ?? [] },
          memo,
          matches,
        );
        results.push({ key, tags: tags === KEPT ? null : tags, matches });
      }
      return { stage: 'tag', from: request.from, results, usedNever: usedNever() };
    }
  }
}

port.on('message', (request: WorkerRequest) => {
  const answer = reply(request);
  if (answer) port.postMessage(answer);
});
