/**
 * What one paper's tags depend on, as a digest: the key of the per-paper extraction cache. A
 * paper's tags are a function of its own text and of a few facts about the corpus (the methods it
 * mentions, the method it introduces, its keyphrases and datasets, which topics are common); the key
 * holds exactly those facts, so adding a paper that introduces "FooNet" changes the key of the
 * papers that mention FooNet and of no other.
 */
import { createHash } from 'node:crypto';
import type { MethodEntity } from './extract-relations';
import type { PhraseMatch } from './match-terms';
import type { Tag, TopicId } from './types';

/** A method as far as another paper's tags can see it. */
export function methodFact(method: MethodEntity | undefined): unknown {
  if (!method) return null;
  return [
    method.name,
    [...method.aliases].sort(),
    method.introducedBy,
    method.family ?? false,
    method.model ?? false,
    method.stage ?? false,
  ];
}

/** The facts of the corpus one paper's extraction reads, besides its own fields. */
export interface PaperDependencies {
  /** Digest of the extractor's code, taxonomy and vocabulary: a change to any of them redoes every paper. */
  version: string;
  /** The paper's own fields (title, abstract, name, slug, …), as extraction receives them. */
  paper: unknown;
  /** The method the paper introduces, as the corpus knows it (aliases gathered from every paper). */
  own: MethodEntity | undefined;
  /** The digest of the matches of the corpus's methods (and models) in the paper's text (`methodMatchFacts`). */
  methodMatches: string;
  /** Methods found under the pieces of the paper's own name ("LoRA" in "LoRA-GA"). */
  namePieceMethods: ReadonlyArray<MethodEntity | undefined>;
  /** Topics most of the corpus names (they need more evidence), sorted. */
  commonTopics: readonly TopicId[];
  keyphrases: readonly string[];
  datasets: ReadonlyArray<Tag>;
}

/**
 * What a paper's tags can see of the matches of the corpus's methods in its text, one list per
 * matcher: where each is, as written, and the method as the corpus knows it.
 */
export function methodMatchFacts(lists: ReadonlyArray<ReadonlyArray<PhraseMatch<MethodEntity>>>): unknown {
  return lists.map((matches) => matches.map((match) => [match.start, match.end, match.text, methodFact(match.term)]));
}

/** The cache key of a paper's extraction: equal keys mean equal tags. */
export function paperDependencyKey(dependencies: PaperDependencies): string {
  const facts = [
    dependencies.version,
    dependencies.paper,
    methodFact(dependencies.own),
    dependencies.methodMatches,
    dependencies.namePieceMethods.map(methodFact),
    dependencies.commonTopics,
    dependencies.keyphrases,
    dependencies.datasets,
  ];
  return createHash('sha256').update(JSON.stringify(facts)).digest('base64url');
}
