/**
 * Topics a plain noun names on the right data, or beside the right topic. "Segmentation" alone is
 * too common a word to be an alias (words, speech and customers are segmented too), yet in a paper
 * about images "Semi-Supervised Tooth Segmentation" is image segmentation. The taxonomy gives such
 * nouns (`headNouns`) with the kinds of data they name the topic on (`headData`), or the topics
 * beside which they do (`headTopics`: an "agent" in a paper about language models); a paper that
 * names such data or such a topic reads them as mentions of the topic. One that names neither says
 * too little: "State-Space Segmentation for Deep RL", and text whose words the data readers miss
 * ("Chinese word segmentation"). Also here: the field a compound's modifier names
 * (`withModifierMentions`) and aliases that do not name their topic on some data (`offAliases`).
 */
import { areaOf, withAncestors } from '../model/topics';
import type { TaxonomyTopic } from './load-vocabulary';
import { singular, type PhraseMatch } from './match-terms';
import { ADJECTIVE_SUFFIX } from './relation-mentions';
import type { TopicId } from './types';

export interface TopicHead {
  topic: TopicId;
  nouns: RegExp;
  /** Labels of the modalities the nouns name the topic on. */
  data: ReadonlySet<string>;
  /** Topics beside which the nouns name the topic. */
  topics: ReadonlySet<TopicId>;
  /** The topics of the head's own area: their phrases ending in the noun file it there already. */
  kin: ReadonlySet<TopicId>;
}

/** The labels of modalities the taxonomy names by id, as the data readers name them. */
const dataLabels = (kinds: readonly string[], modalityLabels: ReadonlyMap<string, string>) =>
  new Set(kinds.map((kind) => modalityLabels.get(kind) ?? kind));

/** Mentions found and mentions added, as one list in text order. */
const inTextOrder = (matches: readonly PhraseMatch<TopicId>[], added: readonly PhraseMatch<TopicId>[]) =>
  added.length === 0 ? [...matches] : [...matches, ...added].sort((a, b) => a.start - b.start);

/** Whether the paper names any of these: kinds of data, or topics. */
const namesAny = <T>(named: Pick<ReadonlySet<T>, 'has'>, wanted: ReadonlySet<T>) =>
  [...wanted].some((item) => named.has(item));

/** A training objective the noun qualifies: "a reconstruction loss", "a segmentation objective". */
const OBJECTIVE_AFTER = String.raw`(?:loss|losses|objectives?|terms?)\b`;

/**
 * Each topic's head nouns as one pattern: the noun as a whole word, heading its phrase, not made an
 * adjective by what follows ("Segmentation Aware Transformer", "segmentation-guided"), nor the
 * qualifier of a training objective ("a reconstruction loss").
 */
export function compileTopicHeads(
  topics: readonly TaxonomyTopic[],
  modalityLabels: ReadonlyMap<string, string>,
): TopicHead[] {
  const parentOf = new Map(topics.map((topic) => [topic.id, topic.parent]));
  // A head topic is named by its subtopics too: "RLHF for LLMs" mentions language models.
  const under = (wanted: readonly TopicId[]) =>
    new Set(
      topics
        .filter((topic) => withAncestors([topic.id], parentOf).some((id) => wanted.includes(id)))
        .map((topic) => topic.id),
    );
  return topics.flatMap(({ id, headNouns = [], headData = [], headTopics = [] }) =>
    headNouns.length === 0
      ? []
      : [
          {
            topic: id,
            nouns: new RegExp(
              String.raw`(?<![\p{L}\p{N}-])(?:${headNouns.join('|')})(?![\p{L}\p{N}])(?![\s-]+(?:${ADJECTIVE_SUFFIX})\b)(?!\s+${OBJECTIVE_AFTER})`,
              'giu',
            ),
            data: dataLabels(headData, modalityLabels),
            topics: under(headTopics),
            kin: new Set(
              topics.filter((topic) => areaOf(topic.id, parentOf) === areaOf(id, parentOf)).map((topic) => topic.id),
            ),
          },
        ],
  );
}

/**
 * The paper's topic mentions with those its head nouns add, in text order: where `named` (the
 * labels of the data the paper works on) holds a kind of the head's, or the mentions hold one of
 * its topics, each head noun outside an existing mention is a mention of its topic; so is one that
 * ends another area's phrase, for a head of data ("tumor segmentation" of medical imaging).
 */
export function withHeadMentions(
  text: string,
  matches: readonly PhraseMatch<TopicId>[],
  heads: readonly TopicHead[],
  named: Pick<ReadonlySet<string>, 'has'>,
): PhraseMatch<TopicId>[] {
  const added: PhraseMatch<TopicId>[] = [];
  const mentioned = new Set(matches.map((match) => match.term));
  for (const head of heads) {
    if (!namesAny(named, head.data) && !namesAny(mentioned, head.topics)) continue;
    for (const found of text.matchAll(head.nouns)) {
      const start = found.index;
      const end = start + found[0].length;
      // A compound names a kind of its last noun: "tumor segmentation", a phrase of medical imaging,
      // is a segmentation as well. Not a head noun inside a phrase, nor one a topic of its own area
      // names, where the taxonomy files the compound on purpose ("action segmentation" of videos
      // cuts time, not pixels); nor a head read beside a topic rather than on data, whose noun in
      // another area's phrase is that area's ("cooperative multi-agent" reinforcement learning).
      const covering = matches.filter((match) => match.start < end && start < match.end);
      if (covering.length > 0 && head.data.size === 0) continue;
      if (covering.some((match) => head.kin.has(match.term) || match.end !== end)) continue;
      added.push({ term: head.topic, start, end, text: found[0] });
    }
  }
  return inTextOrder(matches, added);
}

/**
 * Aliases of a topic that do not name it in a paper that names some kinds of data or some other
 * topics (`offAliases` with `offData`, `offTopics`), which give the words another sense.
 */
export interface OffAliases {
  topic: TopicId;
  /** The aliases, compared as `aliasKey` writes them. */
  aliases: ReadonlySet<string>;
  /** Labels of the modalities beside which they do not name the topic. */
  data: ReadonlySet<string>;
  /** Topics beside which they do not name it. */
  topics: ReadonlySet<TopicId>;
}

/** How a matched phrase and an alias are compared, as the matcher compares them: case, hyphens and plurals aside. */
const aliasKey = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/u)
    .map(singular)
    .join(' ');

export function compileOffAliases(
  topics: readonly TaxonomyTopic[],
  modalityLabels: ReadonlyMap<string, string>,
): OffAliases[] {
  return topics.flatMap(({ id, offAliases = [], offData = [], offTopics = [] }) =>
    offAliases.length === 0
      ? []
      : [
          {
            topic: id,
            aliases: new Set(offAliases.map(aliasKey)),
            data: dataLabels(offData, modalityLabels),
            topics: new Set(offTopics),
          },
        ],
  );
}

/**
 * The paper's topic mentions without those written by an alias that does not name its topic beside
 * the data the paper names (`named`, as for `withHeadMentions`) or the other topics it mentions: "a
 * 3D U-Net" on MRI volumes, "rendering" in a paper on Gaussian splatting.
 */
export function withoutOffMentions(
  matches: readonly PhraseMatch<TopicId>[],
  offAliases: readonly OffAliases[],
  named: Pick<ReadonlySet<string>, 'has'>,
): PhraseMatch<TopicId>[] {
  const offAlias = (match: PhraseMatch<TopicId>, rules: readonly OffAliases[]) =>
    rules.some((rule) => rule.topic === match.term && rule.aliases.has(aliasKey(match.text)));
  // Another topic counts as mentioned by words that name it whatever else the paper names.
  const mentioned = new Set(matches.filter((match) => !offAlias(match, offAliases)).map((match) => match.term));
  const off = offAliases.filter((rule) => namesAny(named, rule.data) || namesAny(mentioned, rule.topics));
  return off.length === 0 ? [...matches] : matches.filter((match) => !offAlias(match, off));
}

/**
 * The paper's topic mentions with those the field a compound is qualified by adds: "medical image
 * segmentation", filed under segmentation, is said of medical images too, so a phrase of a field
 * (a topic of a `domain` area) that opens a longer phrase of another area (`find` reads the words
 * before its last) is a mention of that field. Other modifiers say less: "LLM inference" is about
 * inference, and an LLM is what it runs.
 */
export function withModifierMentions(
  matches: readonly PhraseMatch<TopicId>[],
  find: (words: string) => readonly PhraseMatch<TopicId>[],
  areaOfTopic: (id: TopicId) => TopicId,
  isDomain: (area: TopicId) => boolean,
): PhraseMatch<TopicId>[] {
  const added: PhraseMatch<TopicId>[] = [];
  for (const match of matches) {
    // The words before the compound's last one: what qualifies its head.
    const modifier = match.text.replace(/[\s-]+[^\s-]+$/u, '');
    if (modifier === match.text) continue;
    for (const inner of find(modifier))
      if (inner.start === 0 && isDomain(areaOfTopic(inner.term)) && areaOfTopic(inner.term) !== areaOfTopic(match.term))
        added.push({ ...inner, start: match.start, end: match.start + inner.end });
  }
  return inTextOrder(matches, added);
}
