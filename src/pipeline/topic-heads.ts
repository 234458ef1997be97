/**
 * Topics a plain noun names on the right data. "Segmentation" alone is too common a word to be an
 * alias (words, speech and customers are segmented too), yet in a paper about images "Semi-Supervised
 * Tooth Segmentation" is image segmentation. The taxonomy gives such nouns (`headNouns`) with the
 * kinds of data they name the topic on (`headData`); a paper that names data of such a kind reads
 * them as mentions of the topic. One that names no data at all says too little: "State-Space
 * Segmentation for Deep RL", and text whose words the data readers miss ("Chinese word segmentation").
 */
import type { TaxonomyTopic } from './load-vocabulary';
import type { PhraseMatch } from './match-terms';
import { ADJECTIVE_SUFFIX } from './relation-mentions';
import type { TopicId } from './types';

export interface TopicHead {
  topic: TopicId;
  nouns: RegExp;
  /** Labels of the modalities the nouns name the topic on. */
  data: ReadonlySet<string>;
}

/**
 * Each topic's head nouns as one pattern: the noun as a whole word, heading its phrase, not made an
 * adjective by what follows ("Segmentation Aware Transformer", "segmentation-guided").
 */
export function compileTopicHeads(
  topics: readonly TaxonomyTopic[],
  modalityLabels: ReadonlyMap<string, string>,
): TopicHead[] {
  return topics.flatMap(({ id, headNouns = [], headData = [] }) =>
    headNouns.length === 0
      ? []
      : [
          {
            topic: id,
            nouns: new RegExp(
              String.raw`(?<![\p{L}\p{N}-])(?:${headNouns.join('|')})(?![\p{L}\p{N}])(?![\s-]+(?:${ADJECTIVE_SUFFIX})\b)`,
              'giu',
            ),
            data: new Set(headData.map((kind) => modalityLabels.get(kind) ?? kind)),
          },
        ],
  );
}

/**
 * The paper's topic mentions with those its head nouns add, in text order: where `named` (the
 * labels of the data the paper names, in their data sense) holds a kind of the head's, each head
 * noun outside an existing mention is a mention of its topic.
 */
export function withHeadMentions(
  text: string,
  matches: readonly PhraseMatch<TopicId>[],
  heads: readonly TopicHead[],
  named: Pick<ReadonlySet<string>, 'has'>,
): PhraseMatch<TopicId>[] {
  const added: PhraseMatch<TopicId>[] = [];
  for (const head of heads) {
    if (![...head.data].some((kind) => named.has(kind))) continue;
    for (const found of text.matchAll(head.nouns)) {
      const start = found.index;
      const end = start + found[0].length;
      if (matches.some((match) => match.start < end && start < match.end)) continue;
      added.push({ term: head.topic, start, end, text: found[0] });
    }
  }
  return added.length === 0 ? [...matches] : [...matches, ...added].sort((a, b) => a.start - b.start);
}
