/**
 * Which topics a paper is about, and which fields it was only evaluated on, from where its title
 * and abstract name them. A topic needs the title or the paper's statement of its contribution,
 * or its method named more than once; a field named only in the experiments ("experiments on
 * image classification and language modelling") is where the paper was evaluated, not what it is
 * about; a negated mention, a baseline, an example or the paper's own name says neither.
 */
import { ancestorsOf, mostSpecific, withAncestors, withoutToolTopics, type ParentOf } from '../model/topics';
import type { PhraseMatch } from './match-terms';
import { readMentions, type MentionPlace, type MentionReading } from './mention-context';
import type { RoledSentence } from './sentence-roles';
import type { Tag, TopicId } from './types';

/** How much a mention in each place says about what the paper is about. */
const PLACE_WEIGHT: Record<MentionPlace, number> = {
  title: 3,
  contribution: 2,
  method: 1,
  result: 0.5,
  background: 0.5,
  limitation: 0.5,
};
/** A topic seen only once in passing in the abstract is not what the paper is about. */
const MIN_TOPIC_SCORE = 2.5;
/** A whole area, or a topic most of the corpus names, needs this many times the evidence. */
const ROOT_FACTOR = 2;
/** More topics than this on one paper are mostly passing mentions; keep the strongest. */
export const MAX_TOPICS = 4;
/** Fields a paper was evaluated on, at most. */
const MAX_EVALUATED_ON = 5;
/** A field named in the experiments: the abstract says so, but says little else about it. */
const EVALUATED_CONFIDENCE = 0.6;

/**
 * How sure a topic is: named in the title, in the statement of the contribution, or in the
 * method more than once; a topic filed only because the abstract weighs nothing more is a guess.
 */
function topicConfidence(entry: Evidence, about: boolean): number {
  if (!about) return 0.35;
  if (entry.inTitle) return 0.9;
  return entry.stated ? 0.8 : 0.7;
}

export interface TopicWeighing {
  parentOf: ParentOf<TopicId>;
  /** Whether most papers of the corpus name the topic, so that naming it says little. */
  common: (id: TopicId) => boolean;
  /** Topics a paper only works with unless it has one under these ids (the taxonomy's `subjectBeside`). */
  subjectBeside?: ReadonlyMap<TopicId, ReadonlySet<TopicId>>;
}

export interface PaperTopics {
  topics: Tag<TopicId>[];
  evaluatedOn: Tag<TopicId>[];
  /** Topics named only as a model the work uses ("an LLM"): not what it is about, but its data's kind. */
  usedModels: Tag<TopicId>[];
}

/** A name written as capitals only ("LLM", "VLM", "GNN"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * An acronym in the singular where the abstract also writes its plural ("an LLM", "the LLM",
 * "LLM agents" beside "LLMs") names one model the work uses, or qualifies the noun after it: the
 * field is named in the plural. A spelled-out singular is not read so: "we propose a diffusion
 * model" may be the paper's own. The title is read as written.
 */
const namesOneModel = (match: PhraseMatch<TopicId>, place: MentionPlace, written: ReadonlySet<string>) =>
  place !== 'title' && ACRONYM.test(match.text) && written.has(`${match.text}s`);

/**
 * The paper's own name, a comma and an article, and at most three words before the mention: "COOPER,
 * a unified MLLM". What the work's name is set beside is what the work is, not a model it uses.
 */
function inAppositionTo(ownName: string | null, text: string, start: number): boolean {
  if (!ownName) return false;
  const before = text.slice(Math.max(0, start - ownName.length - 40), start);
  const at = before.lastIndexOf(ownName);
  return at >= 0 && /^,\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u.test(before.slice(at + ownName.length));
}

/**
 * A topic named only by one ordinary word, written in lower case ("crop", "rendering", "tiling",
 * "planner"), and by nothing else of it or of its subtopics, is as often the word in another sense
 * ("image cropping", "a CAD rendering") or a passing part of the method as the paper's field: a paper
 * about a field names it in more than one way, or in a phrase. In the tuning labels such topics held
 * 22 of 71 (P 0.31) where the word came with another form of the topic 45 of 53 (P 0.85).
 * Acronyms and capitalised words showed no such difference, and are not read so.
 */
const COMMON_WORD = /^\p{Ll}[\p{Ll}\p{N}]*$/u;
/** A mention's words as one form: case, hyphens and a plural ending aside ("Crops" is "crop", "policies" "policy"). */
const formKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-\s]+/gu, ' ')
    .replace(/(?<=\p{L}{2})ies$/u, 'y')
    .replace(/(?<=\p{L}{2}(?:s|x|z|ch|sh))es$/u, '')
    .replace(/(?<=\p{L}{3}[^s])s$/u, '');
/** Whether a mention opens a sentence of the abstract: nothing but a sentence's end or a line break before it. */
const startsSentence = (text: string, start: number) =>
  /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 3), start));
const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

/** Whether a mention is evidence at all: not negated, not the paper's own name, not part of another word. */
export const counts = (reading: MentionReading) => !reading.negated && !reading.ownName && !reading.prefixed;

interface Evidence {
  score: number;
  /** Title or contribution evidence. */
  stated: boolean;
  inTitle: boolean;
  methodMentions: number;
  evaluated: boolean;
  first: Tag<TopicId>;
}

/** Weighs one paper's topic mentions (in text order) into its topics and the fields it was evaluated on. */
export function weighTopics(
  text: string,
  titleLength: number,
  matches: readonly PhraseMatch<TopicId>[],
  ownName: string | null,
  weighing: TopicWeighing,
  sentences?: readonly RoledSentence[],
): PaperTopics {
  const readings = readMentions(text, titleLength, matches, ownName, sentences);
  const evidence = new Map<TopicId, Evidence>();
  const written = new Set(matches.map((match) => match.text));
  const used = new Map<TopicId, Tag<TopicId>>();
  const forms = new Map<TopicId, Set<string>>();
  const otherThanWord = new Set<TopicId>();
  matches.forEach((match, index) => {
    const reading = readings[index] as MentionReading;
    // A topic whose label and alias both match the same words is one mention, not two.
    const before = matches[index - 1];
    if (before && before.term === match.term && before.start === match.start) return;
    if (!counts(reading)) return;
    // The forms each topic is named by, its subtopics' included, and whether each was a common word;
    // a sentence's first word is capitalised whatever it is ("Crop yields fell." writes "crop").
    const asWord = startsSentence(text, match.start) ? lowerFirst(match.text) : match.text;
    for (const id of [match.term, ...ancestorsOf(match.term, weighing.parentOf)]) {
      forms.set(id, (forms.get(id) ?? new Set()).add(formKey(match.text)));
      if (!COMMON_WORD.test(asWord)) otherThanWord.add(id);
    }
    const entry = evidence.get(match.term) ?? {
      score: 0,
      stated: false,
      inTitle: false,
      methodMentions: 0,
      evaluated: false,
      first: { value: match.term, evidence: match.text },
    };
    evidence.set(match.term, entry);
    const oneModel = namesOneModel(match, reading.place, written) && !inAppositionTo(ownName, text, match.start);
    if (oneModel) used.set(match.term, entry.first);
    if (reading.aside || oneModel) return;
    if (reading.evaluation || (reading.place === 'result' && entry.score === 0)) {
      entry.evaluated = true;
      if (reading.evaluation) return;
    }
    // A topic most of the corpus names, named in the title only as where the work is done ("bias
    // in LLMs", "reviews with LLMs"), is the paper's backdrop: the title says so no more than a
    // background sentence would. A rarer topic in that place ("for medical images") is the field.
    const backdrop = reading.place === 'title' && reading.setting && weighing.common(match.term);
    const place = backdrop ? 'background' : reading.place;
    entry.score += PLACE_WEIGHT[place];
    if (place === 'title' || place === 'contribution') entry.stated = true;
    if (place === 'title') entry.inTitle = true;
    if (place === 'method') entry.methodMentions += 1;
  });

  const { parentOf, common, subjectBeside } = weighing;
  const lone = ({ first, inTitle }: Evidence) =>
    !inTitle && forms.get(first.value)?.size === 1 && !otherThanWord.has(first.value);
  const needed = ({ first, inTitle }: Evidence) =>
    MIN_TOPIC_SCORE * (parentOf.get(first.value) && (inTitle || !common(first.value)) ? 1 : ROOT_FACTOR);
  const about = (entry: Evidence) => (entry.stated || entry.methodMentions >= 2) && !lone(entry);
  const entries = [...evidence.values()];
  let chosen = entries.filter((entry) => about(entry) && entry.score >= needed(entry));
  if (chosen.length === 0) {
    // A paper that states none of its topics is filed under the one its abstract weighs most,
    // rather than under nothing; of topics weighed alike, not one named by a common word alone.
    const best = Math.max(0, ...entries.map((entry) => entry.score));
    const heaviest = entries.filter((entry) => best > 0 && entry.score === best);
    chosen = heaviest.some((entry) => !lone(entry)) ? heaviest.filter((entry) => !lone(entry)) : heaviest;
  }
  const scoreOf = (id: TopicId) => evidence.get(id)?.score ?? 0;
  const ranked = mostSpecific(
    chosen.map((entry) => ({ ...entry.first, confidence: topicConfidence(entry, about(entry)) })),
    parentOf,
  ).sort((a, b) => scoreOf(b.value) - scoreOf(a.value));
  // A topic the paper only works with goes before the limit, so it keeps no other topic out.
  const topics = withoutToolTopics(ranked, subjectBeside ?? new Map(), parentOf).slice(0, MAX_TOPICS);

  // Evaluated on: fields tested on that are neither a topic nor above or below one.
  const topicIds = new Set(topics.map((tag) => tag.value));
  const aboveTopic = new Set(withAncestors([...topicIds], parentOf));
  const related = (id: TopicId) => aboveTopic.has(id) || ancestorsOf(id, parentOf).some((up) => topicIds.has(up));
  const tested = entries.filter((entry) => entry.evaluated && !chosen.includes(entry) && !related(entry.first.value));
  const evaluatedOn = mostSpecific(
    tested.map((entry) => ({ ...entry.first, confidence: EVALUATED_CONFIDENCE })),
    parentOf,
  ).slice(0, MAX_EVALUATED_ON);
  const usedModels = [...used.values()].filter((tag) => !topicIds.has(tag.value));
  return { topics, evaluatedOn, usedModels };
}
