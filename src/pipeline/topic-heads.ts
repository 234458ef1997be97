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

/** Aliases of a topic that do not name it on some kinds of data (`offDataAliases`, `offData`). */
export interface OffDataAliases {
  topic: TopicId;
  /** The aliases, compared as `aliasKey` writes them. */
  aliases: ReadonlySet<string>;
  /** Labels of the modalities on which they do not name the topic. */
  data: ReadonlySet<string>;
}

/** How a matched phrase and an alias are compared: case, hyphens and spaces aside. */
const aliasKey = (phrase: string) => phrase.toLowerCase().replace(/[\s-]+/gu, ' ');

export function compileOffDataAliases(
  topics: readonly TaxonomyTopic[],
  modalityLabels: ReadonlyMap<string, string>,
): OffDataAliases[] {
  return topics.flatMap(({ id, offDataAliases = [], offData = [] }) =>
    offDataAliases.length === 0
      ? []
      : [
          {
            topic: id,
            aliases: new Set(offDataAliases.map(aliasKey)),
            data: new Set(offData.map((kind) => modalityLabels.get(kind) ?? kind)),
          },
        ],
  );
}

/**
 * The paper's topic mentions without those written by an alias that does not name its topic on the
 * data the paper names (`named`, as for `withHeadMentions`): "a 3D U-Net" on MRI volumes.
 */
export function withoutOffDataMentions(
  matches: readonly PhraseMatch<TopicId>[],
  offData: readonly OffDataAliases[],
  named: Pick<ReadonlySet<string>, 'has'>,
): PhraseMatch<TopicId>[] {
  const off = offData.filter((rule) => [...rule.data].some((kind) => named.has(kind)));
  if (off.length === 0) return [...matches];
  return matches.filter(
    (match) => !off.some((rule) => rule.topic === match.term && rule.aliases.has(aliasKey(match.text))),
  );
}
