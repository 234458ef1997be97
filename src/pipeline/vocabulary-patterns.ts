import { VOCABULARY_SECTIONS, vocabularyFacetsOf } from '../model/facets';
import { nameKey } from './extract-name';
import type { LoadedVocabulary, TaxonomyTopic, VocabularyTerm } from './load-vocabulary';
import { compilePhrase, PhraseMatcher, type PhrasePattern } from './match-terms';
import type { TopicId } from './types';

/**
 * The vocabulary files as phrase patterns, and the questions the build asks of them besides
 * tagging: is a name a term of the field, does the vocabulary cover a phrase.
 */

/**
 * A phrase as it is written, and with its hyphenated compounds closed up: "fine-tuning" is also
 * written "finetuning", "pre-training" "pretraining". Only between lower-case parts: "GPT-4" and
 * "LoRA-GA" are names, spelled one way.
 */
export function spellings(phrase: string): string[] {
  const closed = phrase.replace(/(?<=\p{Ll})-(?=\p{Ll})/gu, '');
  return closed === phrase ? [phrase] : [phrase, closed];
}

/** A conjunct of a coordinated phrase: words separated by "and", "or" or a comma. */
const CONJUNCTION = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u;

/**
 * The phrases a coordination stands for, by the word the conjuncts share: "visual and multimodal
 * reasoning" names "visual reasoning" too, "semi- and weakly supervised learning" "semi-supervised
 * learning". Only modifiers of one word each share the last conjunct's head: conjuncts of several
 * words ("image restoration and low-level vision") share none, and a modifier shared on the left
 * ("learning settings and paradigms") is left alone, since "learning paradigms" is the field at large.
 */
export function distributedPhrases(phrase: string): string[] {
  const conjuncts = phrase.split(CONJUNCTION).map((part) => part.trim().split(/\s+/u));
  if (conjuncts.length < 2 || conjuncts.some((words) => words[0] === '')) return [];
  const last = conjuncts.at(-1) as string[];
  const inner = conjuncts.slice(0, -1);
  // Shared head on the right: every conjunct but the last is a single modifier.
  if (last.length >= 2 && inner.every((words) => words.length === 1)) {
    const head = last.slice(1).join(' ');
    return inner.map(([modifier]) => (modifier!.endsWith('-') ? `${modifier}${head}` : `${modifier} ${head}`));
  }
  return [];
}

export function topicPatterns(topics: TaxonomyTopic[]): PhrasePattern<TopicId>[] {
  return topics.flatMap((topic) =>
    [topic.label, ...distributedPhrases(topic.label), ...topic.aliases]
      .flatMap(spellings)
      .flatMap((phrase) => compilePhrase(topic.id, phrase) ?? []),
  );
}

export function termPatterns(terms: VocabularyTerm[]): PhrasePattern<string>[] {
  return terms.flatMap((term) =>
    [term.label, ...term.aliases]
      .flatMap(spellings)
      .flatMap((phrase) => compilePhrase(term.label, phrase, term.prefix) ?? []),
  );
}

/** A term compared without case, a plural "s", or hyphens against spaces ("super-resolution"). */
const termKey = (name: string) => nameKey(name.replace(/[\s-]+/gu, ' '));

/**
 * Whether a name is a term of the field rather than a method a paper could introduce: a topic's
 * label or alias, a task or modality, or a generic word of the vocabulary (case and a plural "s"
 * ignored). With `acronymsAsWritten`, a word in capitals is an acronym, and only a term the
 * vocabulary writes in capitals too: "CROP" (a dataset) is not "crop" (agriculture), "LLM" is "LLM".
 */
export function fieldTerms(
  topics: readonly TaxonomyTopic[],
  vocabulary: LoadedVocabulary,
  { acronymsAsWritten = false } = {},
): (name: string) => boolean {
  const written = [
    ...topics.flatMap((topic) => [topic.label, ...topic.aliases]),
    ...vocabularyFacetsOf('field')
      .flatMap((facet) => vocabulary[facet])
      .flatMap((term) => [term.label, ...term.aliases]),
    ...vocabulary.generic,
  ];
  const terms = new Set(written.map(termKey));
  // The vocabulary writes acronyms with two capitals or more, ordinary words in lower case.
  const acronyms = new Set(written.filter((term) => /\p{Lu}.*\p{Lu}/u.test(term)).map(termKey));
  return (name) =>
    acronymsAsWritten && /^\p{Lu}{3,}$/u.test(name) ? acronyms.has(termKey(name)) : terms.has(termKey(name));
}

/**
 * Whether a name is one of the vocabulary's models, case and hyphens aside, or one with only a
 * version or size after it ("ResNet", "ResNet50", "YOLOv8"); not a variant named otherwise
 * ("Qwen2.5-Omni").
 */
export function knownModels(vocabulary: LoadedVocabulary): (name: string) => boolean {
  const names = new Set(vocabulary.models.flatMap((term) => [term.label, ...term.aliases]).map(termKey));
  return (name) => names.has(termKey(name)) || names.has(termKey(name.replace(/[-\s]?v?\d+(?:\.\d+)*[BM]?$/u, '')));
}

/** What the coverage questions read of the extraction context. */
interface ExtractionContext {
  topics: TaxonomyTopic[];
  vocabulary: LoadedVocabulary;
}

/**
 * Whether some vocabulary entry (topic, facet or method) matches the whole of a phrase, for the
 * curation report's list of phrases the vocabulary lacks.
 */
export function vocabularyCoverage(
  context: Pick<ExtractionContext, 'topics' | 'vocabulary'>,
): (phrase: string) => boolean {
  const matcher = new PhraseMatcher<string>([
    ...topicPatterns(context.topics),
    ...VOCABULARY_SECTIONS.flatMap((section) => termPatterns(context.vocabulary[section])),
  ]);
  return (phrase) => matcher.match(phrase).some((match) => match.start === 0 && match.end === phrase.length);
}

/** Whether some topic of the taxonomy matches the whole of a phrase, for the curation report's proposals. */
export function topicCoverage(topics: readonly TaxonomyTopic[]): (phrase: string) => boolean {
  const matcher = new PhraseMatcher<TopicId>(topicPatterns([...topics]));
  return (phrase) => matcher.match(phrase).some((match) => match.start === 0 && match.end === phrase.length);
}
