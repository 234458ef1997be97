import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { VOCABULARY_SECTIONS } from '../model/facets';
import type { LoadedVocabulary, TaxonomyTopic } from './load-vocabulary';
import { compilePhrase, PhraseMatcher } from './match-terms';
import type { Problem } from './types';

/**
 * Vocabulary hygiene: how many papers of a corpus each phrase of the vocabulary matches, so that
 * phrases lifted from one abstract ("pre-training once", "zerothorder") can be told from terms of
 * the field. A phrase that matches a paper of the bundled corpus and at most one of the 50,000
 * abstracts of the bench corpus was most likely copied from that paper.
 */

/** One label or alias of a topic (`taxonomy/<id>`) or of a vocabulary entry (`<section>/<id>`). */
export interface VocabularyPhrase {
  /** The entry's file section and id: "taxonomy/instruction-tuning", "methods/lora". */
  entry: string;
  phrase: string;
  /** Also matched when run on into a version or size (see `prefix` in content/vocabulary.yaml). */
  prefix: boolean;
  /** `<entry>: <phrase>`, marked when matched as a prefix, since that changes what it matches. */
  key: string;
}

const phraseKey = (entry: string, phrase: string, prefix: boolean) => `${entry}: ${phrase}${prefix ? ' (prefix)' : ''}`;

/** Every label and alias of the taxonomy and of each vocabulary section, in file order. */
export function listVocabularyPhrases(
  topics: readonly TaxonomyTopic[],
  vocabulary: LoadedVocabulary,
): VocabularyPhrase[] {
  const of = (entry: string, phrases: string[], prefix: boolean) =>
    phrases.map((phrase) => ({ entry, phrase, prefix, key: phraseKey(entry, phrase, prefix) }));
  return [
    ...topics.flatMap((topic) => of(`taxonomy/${topic.id}`, [topic.label, ...topic.aliases], false)),
    ...VOCABULARY_SECTIONS.flatMap((section) =>
      vocabulary[section].flatMap((term) => of(`${section}/${term.id}`, [term.label, ...term.aliases], term.prefix)),
    ),
  ];
}

/**
 * Counts, for each phrase, the texts it matches, in one pass of one matcher over the texts (the
 * bench corpus has 50,000). As in extraction, a phrase is not counted where a longer phrase covers
 * the same words from the same start ("adaptation" in "low-rank adaptation"); unlike extraction,
 * that longer phrase may be of another file section, which lowers a count only where the phrase is
 * part of a longer vocabulary term anyway.
 */
export function countPhraseMatches(phrases: readonly VocabularyPhrase[], texts: Iterable<string>): Map<string, number> {
  const matcher = new PhraseMatcher(phrases.flatMap((p) => compilePhrase(p.key, p.phrase, p.prefix) ?? []));
  const counts = new Map(phrases.map((phrase) => [phrase.key, 0]));
  for (const text of texts) {
    for (const key of new Set(matcher.match(text).map((match) => match.term)))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const allowSchema = z
  .object({
    entry: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/u, 'a section and id, e.g. "methods/lora-plus"'),
    phrase: z.string().min(1),
    reason: z.string().trim().min(1, 'one line saying which known method, model, dataset or term it is'),
  })
  .strict();
export type AllowedPhrase = z.infer<typeof allowSchema>;

/** Reads `content/vocabulary-allow.yaml`: an `allow:` list of { entry, phrase, reason }. */
export function loadAllowList(text: string, file: string): { allowed: AllowedPhrase[]; problems: Problem[] } {
  const parsed = z
    .object({ allow: z.array(allowSchema).default([]) })
    .strict()
    .safeParse(parseYaml(text) ?? {});
  if (parsed.success) return { allowed: parsed.data.allow, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    severity: 'error' as const,
    file,
    line: 1,
    message: `${issue.path.join('.')}: ${issue.message}`,
    hint: 'each allowed phrase needs its entry, the phrase as written in the vocabulary, and a reason',
  }));
  return { allowed: [], problems };
}

/** At most this many bench abstracts: the phrase names nothing the field writes about. */
export const MAX_BENCH_MATCHES = 1;

/**
 * Phrases that look lifted from one paper: they match a paper of the bundled corpus and at most
 * `MAX_BENCH_MATCHES` bench abstracts, and no allow-list entry vouches for them.
 */
export function findLiftedPhrases(
  phrases: readonly VocabularyPhrase[],
  benchCounts: ReadonlyMap<string, number>,
  defaultCounts: ReadonlyMap<string, number>,
  allowed: readonly AllowedPhrase[],
): VocabularyPhrase[] {
  const vouched = new Set(allowed.map((entry) => `${entry.entry}: ${entry.phrase}`));
  return phrases.filter(
    (phrase) =>
      (defaultCounts.get(phrase.key) ?? 0) >= 1 &&
      (benchCounts.get(phrase.key) ?? 0) <= MAX_BENCH_MATCHES &&
      !vouched.has(`${phrase.entry}: ${phrase.phrase}`),
  );
}
