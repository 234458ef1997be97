import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolvePaths } from '../../src/lib/paths';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import { listVocabularyPhrases, type VocabularyPhrase } from '../../src/pipeline/vocabulary-hygiene';

/** The files of vocabulary hygiene, relative to the project folder. */
export const HYGIENE_FILES = {
  /** The 50,000-abstract bench corpus, outside the repository: present on the team's machines only. */
  bench: '../shared/corpora/large.txt.gz',
  /** Bench counts per phrase, written by `npm run vocab:hygiene` and committed. */
  counts: 'tests/fixtures/vocabulary-counts.json',
  /** Rare phrases kept on purpose, each with its reason. */
  allow: 'content/vocabulary-allow.yaml',
};

/** What `tests/fixtures/vocabulary-counts.json` holds. */
export interface VocabularyCounts {
  about: string;
  bench: { file: string; sha256: string; papers: number };
  /** Bench abstracts matched, by phrase key (see `VocabularyPhrase.key`). */
  phrases: Record<string, number>;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The phrases of this project's taxonomy and vocabulary files; a file that does not load throws. */
export async function readVocabularyPhrases(): Promise<VocabularyPhrase[]> {
  const paths = resolvePaths();
  const taxonomy = loadTaxonomy(await readFile(paths.taxonomy, 'utf8'), paths.taxonomy);
  const vocabulary = loadVocabulary(await readFile(paths.vocabulary, 'utf8'), paths.vocabulary);
  const problems = [...taxonomy.problems, ...vocabulary.problems];
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return listVocabularyPhrases(taxonomy.topics, vocabulary.vocabulary);
}
