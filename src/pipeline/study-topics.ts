import { mostSpecific, withoutToolTopics, type ParentOf } from '../model/topics';
import { singular } from './match-terms';
import { BENCHMARK_NAME, DATA_NOUN } from './name-pieces';
import { unmarkMaths } from './text';
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

/** The paper's own named data, as the corpus-wide dataset reading found it. */
export interface IntroducedData {
  /** The words that introduce it: "WorldVQA, a benchmark", or the name alone. */
  evidence: string;
  name: string;
  title: string;
  /** The data noun of what it is, when the title said it rather than the words around the name. */
  kind?: string;
}

/** The first words of a title's subtitle, where a title says what its named work is ("X: A Benchmark for …"). */
const SUBTITLE_HEAD = /^[^:]{1,60}:\s*((?:\S+\s+){0,5}\S+)/u;

/**
 * What kind of data the paper introduces, as a data noun: from the words that introduce it, else
 * the head of the title's subtitle ("DocBench: A Video-Language Benchmark for …"), else a name
 * that says it ("DefenderBench", "CATArena").
 */
function kindOfData({ evidence, name, title, kind }: IntroducedData): string | undefined {
  const nounIn = (words: string | undefined) => words?.split(/[^\p{L}-]+/u).find((word) => DATA_NOUN.test(word));
  const subtitle = title.startsWith(name) ? title.match(SUBTITLE_HEAD)?.[1] : undefined;
  return kind ?? nounIn(evidence) ?? nounIn(subtitle) ?? (BENCHMARK_NAME.test(name) ? 'benchmark' : undefined);
}

/**
 * A benchmark the paper says it makes, named or not: "we propose a new benchmark, JavisBench",
 * "we introduce ResearchPulse-Bench, a citation-aware benchmark of …", "we also introduce an
 * updatable dynamic benchmark to …", "We contribute two new benchmarks for …". The paper itself
 * (we, our work, this paper) makes it, by a verb of making, and the noun heads the verb's object:
 * - the object is a name set off by a comma or colon before its article ("X, a benchmark"), or
 *   opens with an article, a number or "our" ("a new dataset and benchmark"), or is a bare plural
 *   ("we develop benchmarks for …"), so that a verb of the same clause is not read as the noun
 *   ("We propose FooNet and benchmark it on …"), nor "no new benchmark";
 * - the words between hold no preposition, relative word or verb of results that would make the
 *   benchmark another's ("we build on the X benchmark", "a model that outperforms the benchmark");
 * - the noun is followed by punctuation, a function word, its name ("a new benchmark Fjord Idiom
 *   Benchmark (FIB)") or a participle that says what the benchmark is made of or for ("a benchmark
 *   comprising …", "designed to …"), not by a noun it qualifies ("a benchmark study") nor a
 *   participle of results ("benchmarks demonstrating …").
 * Only a benchmark, a testbed or an evaluation suite: data made to measure others is what a
 * benchmarking paper contributes, where a dataset built to train the paper's own model is a means
 * of its method. Matched with the case as written, so that a name is a name.
 */
const MAKING = String.raw`introduc|present|propos|releas|construct|build|built|curat|develop|contribut|establish|creat|design`;
const WHAT_A_BENCHMARK_IS = String.raw`comprising|containing|involving|assessing|evaluating|measuring|probing|testing|aimed|intended|consisting|spanning|covering|featuring|including|encompassing|focusing|targeting|designed|built|constructed|curated|collected|tailored|focused|derived|named|called|termed|dubbed|specifically|explicitly|carefully`;
const MAKES_BENCHMARK = new RegExp(
  String.raw`(?:\b[Ww]e|\b[Oo]ur (?:work|paper|study)|\b[Tt]his (?:paper|work|study))\s+(?:(?:also|further|additionally|first|then|finally|newly|thus|therefore|hence|here|now|\p{Ll}+ly)\s+)?` +
    String.raw`((?:(?:${MAKING})\p{Ll}*\s+and\s+)?(?:${MAKING})\p{Ll}*\s+` +
    // The object: a name set off before its article, or an article, a number or "our" first.
    String.raw`(?:(?:(?:the\s+)?["“]?[\p{L}\p{N}][^\s,;:."”]*(?:\s+[\p{Lu}\p{N}][^\s,;:."”]*){0,3}["”]?(?:\s+\([^()]{1,40}\))?\s*[,:]\s*)?(?:a|an|the|our|two|three|four|five|several|\d[\d,]*)\s+|(?=(?:[\p{Ll}-]+\s+){0,3}(?:benchmarks|testbeds)\b))` +
    String.raw`(?:(?!(?:on|upon|using|with|from|over|against|via|across|of|for|in|into|at|by|to|as|than|between|among|within|under|through|no|not|that|which|who|whose|while|when|where|is|are|was|were|outperform\p{Ll}*|achiev\p{Ll}*|improv\p{Ll}*|evaluat(?:e|es|ed|ing)|test(?:s|ed|ing)|surpass\p{Ll}*)\b)[^\s.;:]+\s+){0,6}?` +
    String.raw`(?:[Bb]enchmarks?|[Tt]estbeds?|[Ee]valuation\s+[Ss]uites?))` +
    String.raw`(?=\s*$|\s*[,;:.()]|\s+(?:for|of|with|that|which|to|in|and|where|from|across|${WHAT_A_BENCHMARK_IS})\b|\s+\p{Lu})`,
  'u',
);

/** The benchmark a paper's abstract says it makes (`MAKES_BENCHMARK`), as introduced data of no name. */
export function benchmarkMadeIn(abstract: string, title: string): IntroducedData | undefined {
  const made = unmarkMaths(abstract).match(MAKES_BENCHMARK);
  return made ? { evidence: made[1] as string, name: '', title, kind: 'benchmark' } : undefined;
}

/** A subtitle that says the work evaluates: "Evaluating Failure Modes of …", "Benchmarking LLMs for …". */
const EVALUATION_SUBTITLE = /^\s*(?:Evaluating|Benchmarking)\b/u;

/**
 * "FineGRAIN: Evaluating Failure Modes of Text-to-Image Models", "CodeARC: Benchmarking Reasoning
 * of LLM Agents": a title that gives the work's name and then says the work evaluates names what
 * others are measured on, a benchmark, even where the abstract never calls it one.
 */
export function evaluationNamedInTitle(name: string | null, title: string): IntroducedData | undefined {
  const subtitle = name ? subtitleAfterName(name, title) : null;
  return name && subtitle && EVALUATION_SUBTITLE.test(subtitle)
    ? { evidence: title, name, title, kind: 'benchmark' }
    : undefined;
}

/**
 * The subtitle of a title whose part before the colon holds `name` ("" when the title has no colon
 * and holds it), or null when the name is not there. "$τ$-Knowledge: Evaluating …": the name was read
 * from the title as its words, without markup.
 */
function subtitleAfterName(name: string, title: string): string | null {
  const words = unmarkMaths(title);
  const colon = words.indexOf(':');
  if (!(colon < 0 ? words : words.slice(0, colon)).includes(name)) return null;
  return colon < 0 ? '' : words.slice(colon + 1);
}

/** The nouns of data a title's subtitle names the work by. */
const DATA_HEAD = String.raw`benchmarks?|datasets?|data-?sets?|corpus|corpora|testbeds?|test-?sets?`;
const DATA_HEAD_WORD = new RegExp(`^(?:${DATA_HEAD})$`, 'iu');
/**
 * A subtitle whose noun phrase ends in a noun of data: "A Multilingual Fact Verification Benchmark
 * for …", "Building a Dataset and Exploring …", "Audio-Centric Video Understanding Benchmark". Not
 * one that opens with another verb ("Mitigating Dataset Biases", "Leveraging a Code Database"),
 * where the noun only qualifies another ("Dataset Condensation via …") or follows a preposition
 * ("Retrieval-Augmented Generation over Multiple Corpora").
 */
const DATA_SUBTITLE = new RegExp(
  String.raw`^\s*(?!(?!building|creating|constructing|introducing)[\p{L}-]+ing\s)(?:(?:building|creating|constructing|introducing|towards?)\s+)?(?:(?:a|an|the)\s+)?(?:(?!(?:over|across|for|with|from|via|of|in|on|by|under)\s)[\p{L}\p{N}&'’/+-]+\s+){0,6}?(?:${DATA_HEAD})(?=\s*$|\s*[,:;.]|\s+(?:for|of|and|with|in|on|to|from|via|across|beyond)\b)`,
  'iu',
);

/**
 * Data the title names as the work: "X: A Benchmark for …", "The Mediomatix Corpus: …",
 * "DefenderBench: …", "X: Evaluating …". Only the name before a title's colon, and the noun phrase
 * that opens its subtitle, say what the work is.
 */
export function dataNamedInTitle(name: string | null, title: string): IntroducedData | undefined {
  const evaluation = evaluationNamedInTitle(name, title);
  if (evaluation || !name) return evaluation;
  const subtitle = subtitleAfterName(name, title);
  if (subtitle === null) return undefined;
  const last = name.split(/\s+/u).at(-1) ?? '';
  const kind =
    subtitle.match(DATA_SUBTITLE)?.[0].split(/\s+/u).at(-1) ??
    (DATA_HEAD_WORD.test(last) ? last : BENCHMARK_NAME.test(name) ? 'benchmark' : undefined);
  return kind ? { evidence: name, name, title, kind } : undefined;
}

/**
 * A title whose head noun says the paper reviews a field: "…: A Comprehensive Review", "A Structured
 * Review of …", "An Overview of …", "? A Survey of …". The noun heads the title or its subtitle,
 * after at most three words that qualify it, and is followed by what it reviews or by nothing.
 * "Review" needs its article: without one it is as often the activity ("Peer Review of Scientific
 * Papers", "Automated Code Review for Pull Requests", "Learning to Review: …").
 */
const REVIEW_TITLE = new RegExp(
  String.raw`(?:^|[:?.—–]\s*|\s-\s+)(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?reviews?|(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:overview|survey))` +
    String.raw`(?=\s+(?:of|on|for|and|to|about|with|from|in|across|towards?|beyond)\b|\s*$|\s*[:?])`,
  'iu',
);

/**
 * What an overview of an event is about: a shared task or a challenge of some year ("Overview of
 * PlantCLEF 2021", "Overview of the NLPCC 2025 Shared Task"), whose report sets a benchmark rather
 * than reviewing a field. Read in the words after "overview" only: "An Overview of LLMs in 2025" reviews.
 */
const EVENT =
  /^\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:(?:19|20)\d\d|shared tasks?|challenge|competition|track|workshop|\p{Lu}*CLEF)\b/iu;

/** The paper reviews a field: its title says so ("A Review of …"), as a phrase the taxonomy's aliases name. */
export function reviewTopics(title: string, topicsNamedBy: (phrase: string) => TopicId[]): Tag<TopicId>[] {
  const words = unmarkMaths(title);
  const review = words.match(REVIEW_TITLE);
  if (!review) return [];
  const after = words.slice((review.index ?? 0) + review[0].length);
  if (/overview$/iu.test(review[0]) && EVENT.test(after)) return [];
  return topicsNamedBy('literature review').map((value) => ({
    value,
    evidence: review[0].replace(/^(?:[:?.—–]|\s-)\s*/u, ''),
    confidence: STUDY_CONFIDENCE,
  }));
}

/** Topics of a paper that introduces named data, by the kind of data it is. */
export function studyTopics(
  introduced: IntroducedData | undefined,
  topicsNamedBy: (phrase: string) => TopicId[],
): Tag<TopicId>[] {
  const noun = introduced && kindOfData(introduced);
  if (!introduced || !noun) return [];
  return topicsNamedBy(`new ${singular(noun.toLowerCase())}`).map((value) => ({
    value,
    evidence: introduced.evidence,
    confidence: STUDY_CONFIDENCE,
  }));
}

/**
 * A paper's topics with those of its kind of work added: the most specific of them, the topics
 * read from its words first, without a topic it only works with (`subjectBeside`), at most `limit`.
 */
export function withStudyTopics(
  topics: readonly Tag<TopicId>[],
  studied: readonly Tag<TopicId>[],
  parentOf: ParentOf<TopicId>,
  limit: number,
  subjectBeside: ReadonlyMap<TopicId, ReadonlySet<TopicId>> = new Map(),
): Tag<TopicId>[] {
  const named = new Set(topics.map((tag) => tag.value));
  const added = studied.filter((tag) => !named.has(tag.value));
  if (added.length === 0) return [...topics];
  // A topic the paper only works with goes before the limit is applied, so it keeps no other out.
  return withoutToolTopics(mostSpecific([...topics, ...added], parentOf), subjectBeside, parentOf).slice(0, limit);
}
