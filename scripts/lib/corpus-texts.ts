import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { normaliseEntries } from '../../src/pipeline/normalise';
import { decodeCorpus } from '../../src/pipeline/parse-corpus';
import { readCorpusFile } from '../../src/pipeline/read-corpus-file';
import type { CorpusEntry } from '../../src/pipeline/types';
import { listCorpusFiles } from './content-stage';

/**
 * The papers of corpus files or folders (`.gz` files unpacked) as the extractor reads them: title
 * and abstract, after the same normalisation as a build. Unreadable files throw.
 */
export async function readCorpusTexts(corpora: readonly string[]): Promise<string[]> {
  const entries: CorpusEntry[] = [];
  for (const corpus of corpora) {
    for (const path of await listCorpusFiles(corpus)) {
      const bytes = await readFile(path);
      const decoded = decodeCorpus(path.endsWith('.gz') ? gunzipSync(bytes) : bytes, path.replace(/\.gz$/u, ''));
      const parsed = readCorpusFile(decoded.text, path.replace(/\.gz$/u, ''));
      const problems = [...decoded.problems, ...parsed.problems].filter((problem) => problem.severity === 'error');
      if (problems.length > 0) throw new Error(`${path}: ${problems.map((problem) => problem.message).join('; ')}`);
      entries.push(...parsed.entries);
    }
  }
  return normaliseEntries(entries).papers.map((paper) => `${paper.title}\n${paper.abstract}`);
}
