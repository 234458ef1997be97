import { mostSpecific, type ParentOf } from '../model/topics';
import { singular } from './match-terms';
import { DATA_NOUN } from './name-pieces';
import type { Tag, TopicId } from './types';

/**
 * Topics a paper has by the kind of work it is, not by the words it names: a paper that introduces
 * a named benchmark ("WorldVQA, a benchmark for …") is a benchmarking paper whether or not it says
 * "new benchmark". Which topic each kind files under is the taxonomy's to say: the kind is read as
 * the phrase that names it ("new benchmark", "new dataset") and matched against the topics' aliases
 * like any other words.
 */

/** How much the kind of work says, as much as a topic the paper's contribution names. */
const STUDY_CONFIDENCE = 0.8;

/** `introducedData`: the words that introduce the paper's own named data ("WorldVQA, a benchmark"). */
export function studyTopics(
  introducedData: string | undefined,
  topicsNamedBy: (phrase: string) => TopicId[],
): Tag<TopicId>[] {
  const noun = introducedData?.split(/[^\p{L}-]+/u).find((word) => DATA_NOUN.test(word));
  if (!introducedData || !noun) return [];
  return topicsNamedBy(`new ${singular(noun.toLowerCase())}`).map((value) => ({
    value,
    evidence: introducedData,
    confidence: STUDY_CONFIDENCE,
  }));
}

/**
 * A paper's topics with those of its kind of work added: the most specific of them, the topics
 * read from its words first, at most `limit`.
 */
export function withStudyTopics(
  topics: readonly Tag<TopicId>[],
  studied: readonly Tag<TopicId>[],
  parentOf: ParentOf<TopicId>,
  limit: number,
): Tag<TopicId>[] {
  const named = new Set(topics.map((tag) => tag.value));
  const added = studied.filter((tag) => !named.has(tag.value));
  if (added.length === 0) return [...topics];
  return mostSpecific([...topics, ...added], parentOf).slice(0, limit);
}
