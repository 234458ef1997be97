/**
 * `npm run bench:extract`: how fast the extractor reads a corpus and how much it finds. Tags the
 * first N papers of the large benchmark corpus (default 10,000) from nothing — no extraction or
 * noun-phrase cache — and prints the time per paper (wall and CPU), the relations found by type
 * and how many methods earn a page (src/lib/method-pages.ts). The content stage of `npm run bench`
 * times the same work with the writing of MDX pages; this one isolates extraction.
 *
 * Options: `--papers=<n>`, `--corpus=<large corpus .txt or .txt.gz>` (default
 * ../shared/corpora/large.txt.gz or ATLAS_BENCH_CORPUS), `--runs=<n>` (default 1),
 * `--threads=<n>`: worker threads besides the main one (default: one per core but the main
 * thread's, from 1,000 papers on; 0 times the extractor on one thread), `--dump=<file>`: writes
 * every paper's slug and tags as JSON there and prints its SHA-256, so two versions of the
 * extractor can be shown to tag a corpus byte for byte alike.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMethods, type PaperRecord } from '../src/lib/catalog';
import { methodsWithPages } from '../src/lib/method-pages';
import { resolvePaths } from '../src/lib/paths';
import { isConfident } from '../src/model/relations';
import type { TaggedPaper } from '../src/pipeline/types';
import { buildContent } from './lib/content-stage';
import { commandOptions, joinPapers } from './lib/bench';
import { largeCorpusPath, readLargeCorpus } from './lib/bench-corpus';

const args = commandOptions();
const size = Number(args.get('papers') ?? 10_000);
const runs = Number(args.get('runs') ?? 1);
const corpusFile = largeCorpusPath(args.get('corpus'));
const dump = args.get('dump');
const threads = args.has('threads') ? Number(args.get('threads')) : undefined;

/**
 * CPU seconds of this process's main thread (Linux; null elsewhere). Extraction's other threads
 * wait on it, so on a machine whose cores are busy with other work it says what the wall time
 * would be on idle cores better than the wall time does.
 */
function mainThreadCpu(): number | null {
  try {
    // Fields after the command's name: utime and stime are the 12th and 13th, in clock ticks (1/100 s).
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The methods that get a page, found from tagged papers as the catalog finds them from pages. */
function methodPages(papers: readonly TaggedPaper[]): number {
  const records = papers.map(
    (paper) =>
      ({
        slug: paper.slug,
        title: paper.title,
        name: paper.tags.name,
        aliases: paper.tags.aliases,
        relations: paper.tags.relations,
        methods: paper.tags.methods.map((tag) => tag.value),
      }) as unknown as PaperRecord,
  );
  return methodsWithPages(buildMethods(records)).length;
}

const work = await mkdtemp(join(tmpdir(), 'atlas-bench-extract-'));
try {
  const corpus = join(work, 'corpus.txt');
  await writeFile(corpus, joinPapers(readLargeCorpus(corpusFile, size)));
  for (let run = 1; run <= runs; run += 1) {
    // A fresh cache folder each run: every paper is tagged from its text.
    const paths = { ...resolvePaths(), corpora: [corpus], corpus, cache: await mkdtemp(join(work, 'cache-')) };
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadCpu();
    const started = performance.now();
    const { papers } = await buildContent(paths, { write: false, curate: false, threads });
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const mainAfter = mainThreadCpu();
    const relations = papers.flatMap((paper) => paper.tags.relations);
    const byType = new Map<string, number>();
    for (const relation of relations) byType.set(relation.type, (byType.get(relation.type) ?? 0) + 1);
    console.log(
      [
        `run ${run}: ${papers.length} papers`,
        `wall ${(wall / papers.length).toFixed(2)} ms/paper (${(wall / 1000).toFixed(1)} s)`,
        `CPU ${((cpu.user + cpu.system) / 1000 / papers.length).toFixed(2)} ms/paper` +
          (mainBefore !== null && mainAfter !== null
            ? ` (main thread ${(((mainAfter - mainBefore) * 1000) / papers.length).toFixed(2)})`
            : ''),
        `relations ${relations.length} (drawn ${relations.filter(isConfident).length}; ${[...byType]
          .map(([type, count]) => `${type} ${count}`)
          .join(', ')})`,
        `papers with a name ${papers.filter((paper) => paper.tags.name).length}`,
        `method pages ${methodPages(papers)}`,
        `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
      ].join('; '),
    );
    if (dump) {
      const json = JSON.stringify(papers.map((paper) => [paper.slug, paper.tags]));
      await writeFile(dump, json);
      console.log(
        `tags of ${papers.length} papers: sha256 ${createHash('sha256').update(json).digest('hex')} (${dump})`,
      );
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
