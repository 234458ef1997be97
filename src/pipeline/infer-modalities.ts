/**
 * The kinds of data a paper works on: those its abstract names in their data sense, and those its
 * topics imply (a paper on language models works on text; the taxonomy's `modalities:` lists say
 * which topic implies what, and subtopics inherit them).
 */
import { ancestorsOf, type ParentOf } from '../model/topics';
import type { TaxonomyTopic, VocabularyTerm } from './load-vocabulary';
import type { PhraseMatch } from './match-terms';
import { counts } from './extract-topics';
import type { MentionReading } from './mention-context';
import type { Tag, TopicId } from './types';

/** Each topic's modality ids: its own list, else its nearest ancestor's with one. */
export function topicModalities(topics: readonly TaxonomyTopic[]): Map<TopicId, string[]> {
  const own = new Map(topics.map((topic) => [topic.id, topic.modalities ?? []]));
  const parentOf: ParentOf<TopicId> = new Map(topics.map((topic) => [topic.id, topic.parent]));
  return new Map(
    topics.map((topic) => {
      const lineage = [...ancestorsOf(topic.id, parentOf), topic.id].reverse();
      return [topic.id, lineage.map((id) => own.get(id) ?? []).find((list) => list.length > 0) ?? []];
    }),
  );
}

/**
 * Words a compound can start with that make it an adjective or adverb, not a noun: "in-depth",
 * "on-screen", "up-to-date". Closed-class words (prepositions and particles) of English.
 */
const PARTICLE_BEFORE_HYPHEN =
  /(?:^|[^\p{L}])(?:in|on|at|by|up|out|off|over|under|down|through|for|to|all|well|ever|so)[-‐]$/iu;
/** "depth-wise", "frame-wise": a manner, not data. */
const WISE_AFTER = /^[-‐]wise\b/iu;

/**
 * Whether a modality mention is in its data sense. Not when it is part of an adjective or adverb
 * ("in-depth analysis", "depth-wise convolution"), and not when it heads a compound whose
 * modifier is a topic, which names that process's course rather than data ("optimization
 * trajectory", "reasoning traces").
 */
export function inDataSense(
  text: string,
  match: { start: number; end: number },
  topicEnds: ReadonlySet<number>,
): boolean {
  const before = text.slice(Math.max(0, match.start - 8), match.start);
  if (PARTICLE_BEFORE_HYPHEN.test(before) || WISE_AFTER.test(text.slice(match.end, match.end + 6))) return false;
  const gap = /[ \t]+$/u.exec(before);
  return !(gap && topicEnds.has(match.start - gap[0].length));
}

/**
 * The kinds of data (vocabulary ids) a paper also makes as its own artefact and releases: its code.
 * "The source code is publicly available" says where the work's implementation is, not that it
 * reads code. A released dataset of images or scans is data the work reads, so only these.
 */
export const RELEASED_AS_ARTEFACT: readonly string[] = ['code'];

/**
 * The release said of a mention right after it, as the subject that opens its clause: "… is
 * publicly available", "… will be released", "… is available at https://…", "…: https://…".
 */
const RELEASED_AFTER =
  /^\s*(?:(?:of|and)\s+(?:[\p{L}\p{N}-]+\s+){1,4}?)?(?:(?:is|are|will be|has been|have been|can be|shall be)\s+(?:made\s+|now\s+)?(?:(?:publicly|freely|openly)\s+(?:available|availabel|accessible)|available\s+(?:online|upon request|on request|soon)|released|open[- ]sourced)\b|(?:(?:is|are)\s+)?(?:(?:publicly|freely)\s+)?(?:available\s+(?:at|on|from|in)|at)\s+[^.;\n]{0,30}?(?:https?:|\\href|github)|:\s*(?:https?:|\\href|github))/iu;
/** The work releasing it, right before: "we release (the) source code", "we will open-source our code". */
const RELEASED_BEFORE =
  /\bwe\s+(?:will\s+|also\s+|further\s+|publicly\s+)?(?:release|publish|open[- ]source|make\s+public)\s+(?:(?:the|our|all)\s+)?$/iu;

/** Only determiners and a few plain adjectives between the start of a clause and the mention: it is the clause's subject. */
const OPENS_CLAUSE = /(?:^|\n|[.!?,;:]\s+)(?:(?:the|our|all|its|relevant|full|complete|official|corresponding)\s+)*$/iu;

/** Whether a mention names what the work releases, in its own sentence (a title ends at its line's end). */
export function namedAsReleased(text: string, mention: { start: number; end: number }): boolean {
  const sentenceEnd = text.slice(mention.end).search(/[.!?](?:\s|$)|\n/u);
  const after = text.slice(mention.end, sentenceEnd < 0 ? undefined : mention.end + sentenceEnd + 1);
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  return (OPENS_CLAUSE.test(before) && RELEASED_AFTER.test(after)) || RELEASED_BEFORE.test(before);
}

/** The data a paper names, by modality label: each mention in its data sense, not negated or the paper's own name. */
export function namedData(
  text: string,
  mentions: readonly PhraseMatch<string>[],
  readings: readonly MentionReading[],
  topicMatches: readonly PhraseMatch<TopicId>[],
  /** The labels of `RELEASED_AS_ARTEFACT`'s kinds. */
  releasedKinds: ReadonlySet<string> = new Set(),
): Map<string, Tag> {
  const topicEnds = new Set(topicMatches.map((match) => match.end));
  const found = new Map<string, Tag>();
  mentions.forEach((mention, index) => {
    const reading = readings[index] as MentionReading;
    if (found.has(mention.term) || !counts(reading) || !inDataSense(text, mention, topicEnds)) return;
    if (releasedKinds.has(mention.term) && namedAsReleased(text, mention)) return;
    found.set(mention.term, { value: mention.term, evidence: mention.text });
  });
  return found;
}

/** The modality that says only that a paper works on several kinds of data (vocabulary id). */
const SEVERAL_KINDS = 'multimodal';

/**
 * A paper's modalities: the data it names (`namedData`), then those its topics imply, each once, in
 * that order. "Multimodal" is left out where two other kinds of data are named or implied: it says
 * no more than they do, as a topic says no more than its subtopic (on the bench tuning labels, 111
 * of the 112 such tags were not labelled).
 */
export function paperModalities(
  named: ReadonlyMap<string, Tag>,
  topics: readonly Tag<TopicId>[],
  implied: ReadonlyMap<TopicId, string[]>,
  modalityTerms: readonly VocabularyTerm[],
): Tag[] {
  const labelOf = new Map(modalityTerms.map((term) => [term.id, term.label]));
  const found = new Map(named);
  for (const topic of topics)
    for (const id of implied.get(topic.value) ?? []) {
      const label = labelOf.get(id);
      if (label && !found.has(label)) found.set(label, { value: label, evidence: topic.evidence });
    }
  const several = labelOf.get(SEVERAL_KINDS);
  const kinds = [...found.values()].filter((tag) => tag.value !== several);
  return kinds.length >= 2 ? kinds : [...found.values()];
}
