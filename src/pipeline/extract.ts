import { findAcronymDefinitions, singularAcronym, type AcronymDefinition } from './acronyms';
import { readAcronymsAsDefined } from './defined-acronyms';
import { nameKey } from './extract-name';
import { nounPhrases, scoreKeyphrases, type NounPhraseMemo } from './keyphrases';
import type { LoadedVocabulary, TaxonomyTopic, VocabularyTerm } from './load-vocabulary';
import { compilePhrase, PhraseMatcher, tokenize, type PhraseMatch, type PhrasePattern } from './match-terms';
import { extractRelations, indexMethodsForLineage, type MethodEntity } from './extract-relations';
import { findLinks } from './text';
import { VOCABULARY_FACETS, VOCABULARY_SECTIONS, vocabularyFacetsOf, type VocabularyFacet } from '../model/facets';
import { mostSpecific } from '../model/topics';
import type { Paper, PaperTags, Slug, Tag, TaggedPaper, TopicId } from './types';

/** What the extractor knows: the vocabulary files, compiled once for the whole corpus. */
export interface ExtractionContext {
  topics: TaxonomyTopic[];
  vocabulary: LoadedVocabulary;
  /** Noun phrases found by earlier builds, by text (see `NounPhraseMemo`). */
  nounPhraseMemo?: NounPhraseMemo;
}

const TITLE_WEIGHT = 3;
/** A topic seen only once in passing in the abstract is not what the paper is about. */
const MIN_TOPIC_SCORE = 2.5;
const ROOT_FACTOR = 2;
const COMMON_SHARE = 0.25;
/** More topics than this on one paper are mostly passing mentions; keep the strongest. */
const MAX_TOPICS = 5;

function topicPatterns(topics: TaxonomyTopic[]): PhrasePattern<TopicId>[] {
  return topics.flatMap((topic) =>
    [topic.label, ...topic.aliases].flatMap((phrase) => compilePhrase(topic.id, phrase) ?? []),
  );
}

function termPatterns(terms: VocabularyTerm[]): PhrasePattern<string>[] {
  return terms.flatMap((term) =>
    [term.label, ...term.aliases].flatMap((phrase) => compilePhrase(term.label, phrase, term.prefix) ?? []),
  );
}

/** The first occurrence of each term, as a tag with the words that matched. */
function firstTags<V extends string>(matches: PhraseMatch<V>[]): Tag<V>[] {
  const seen = new Map<V, Tag<V>>();
  for (const match of matches)
    if (!seen.has(match.term)) seen.set(match.term, { value: match.term, evidence: match.text });
  return Array.from(seen.values());
}

/** A cue right before a mention that makes it a baseline: "outperforms LoRA", "compared to RL". */
const BASELINE_BEFORE =
  /(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|than|over|compared (?:to|with)|versus|vs\.?|against|such as|e\.g\.,?|including|like)\s+(?:(?:the|a|an|standard|vanilla|existing|previous|prior|conventional|traditional|full|\S+-based)\s+){0,2}$/iu;

/**
 * How much an abstract mention says about what a paper is about: a baseline it beats or an example
 * in a list says nothing; a mention in a sentence about the paper's own contribution says more.
 */
function mentionWeight(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 60), start);
  if (BASELINE_BEFORE.test(before)) return 0;
  const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
  const sentence = text.slice(sentenceStart + 1, start);
  return /\b(?:we|our|this (?:paper|work|study))\b/iu.test(sentence) ? 1.5 : 1;
}

/**
 * Tags a whole corpus. Method names, acronym definitions and the papers that introduce methods are
 * gathered over the corpus first, so a relation can point at the paper that introduced its target.
 */
export function extractCorpus(
  papers: ReadonlyArray<Paper & { name: string | null }>,
  context: ExtractionContext,
): TaggedPaper[] {
  const parentOf = new Map(context.topics.map((topic) => [topic.id, topic.parent]));
  const topicMatcher = new PhraseMatcher(topicPatterns(context.topics));
  const facetMatchers = VOCABULARY_FACETS.map(
    (facet) => [facet, new PhraseMatcher(termPatterns(context.vocabulary[facet]))] as const,
  );
  const definitionLists = papers.map((paper) => findAcronymDefinitions(paper.abstract));
  const methods = collectMethods(papers, context.vocabulary.methods, definitionLists);
  const methodMatcher = new PhraseMatcher(
    methods.flatMap((method) =>
      Array.from(method.aliases, (alias) => compilePhrase(method, alias)).flatMap((p) => p ?? []),
    ),
  );

  // The method each paper introduces (the first that names it), looked up once per paper.
  const introducedBy = new Map<Slug, MethodEntity>();
  for (const method of methods)
    if (method.introducedBy && !introducedBy.has(method.introducedBy)) introducedBy.set(method.introducedBy, method);

  const lineageIndex = indexMethodsForLineage(methods);
  const notMethodMatcher = new PhraseMatcher(
    vocabularyFacetsOf('named').flatMap((facet) => termPatterns(context.vocabulary[facet])),
  );
  const isNotMethod = (name: string) =>
    context.vocabulary.generic.has(name.toLowerCase()) ||
    notMethodMatcher.match(name).some((match) => match.start === 0);
  const memo = context.nounPhraseMemo;
  const phrasesOf = (text: string) => {
    let phrases = memo?.get(text);
    if (!phrases) {
      phrases = nounPhrases(text, context.vocabulary.generic);
      memo?.set(text, phrases);
    }
    return phrases;
  };
  const keyphrases = scoreKeyphrases(papers.map((paper) => phrasesOf(`${paper.title}. ${paper.abstract}`)));

  const texts = papers.map((paper) => `${paper.title}\n${paper.abstract}`);
  const tokenLists = texts.map((text) => tokenize(text));
  // An acronym the abstract defines means its long form there ("sparse fine-tuning (SFT)").
  const matchAsDefined = <T>(matcher: PhraseMatcher<T>, index: number) =>
    readAcronymsAsDefined(
      matcher.match(texts[index] as string, tokenLists[index]),
      definitionLists[index] ?? [],
      matcher,
    );
  const topicMatchLists = texts.map((_, index) => matchAsDefined(topicMatcher, index));
  // How many papers name each topic at all: a topic most of the corpus names is background here.
  const topicSpread = new Map<TopicId, number>();
  for (const matches of topicMatchLists)
    for (const id of new Set(matches.map((m) => m.term))) topicSpread.set(id, (topicSpread.get(id) ?? 0) + 1);
  const common = (id: TopicId) => (topicSpread.get(id) ?? 0) > papers.length * COMMON_SHARE;

  return papers.map((paper, index) => {
    const text = texts[index] as string;
    const topicMatches = topicMatchLists[index] ?? [];
    const scores = new Map<TopicId, number>();
    for (const match of topicMatches) {
      const weight = match.start < paper.title.length ? TITLE_WEIGHT : mentionWeight(text, match.start);
      scores.set(match.term, (scores.get(match.term) ?? 0) + weight);
    }
    // A whole area ("Fine-tuning", "Reinforcement learning") is named in passing by many papers
    // that are not about it: a top-level topic needs more evidence than a specific one.
    // The same holds for a topic that most papers of this corpus name.
    const needed = (id: TopicId) => MIN_TOPIC_SCORE * (parentOf.get(id) && !common(id) ? 1 : ROOT_FACTOR);
    let topics = firstTags(topicMatches).filter((tag) => (scores.get(tag.value) ?? 0) >= needed(tag.value));
    if (topics.length === 0 && topicMatches.length > 0) {
      const best = Math.max(...scores.values());
      topics = firstTags(topicMatches).filter((tag) => scores.get(tag.value) === best);
    }
    topics = mostSpecific(topics, parentOf)
      .sort((a, b) => (scores.get(b.value) ?? 0) - (scores.get(a.value) ?? 0))
      .slice(0, MAX_TOPICS);

    const own = introducedBy.get(paper.slug);
    const mentions = matchAsDefined(methodMatcher, index).filter((match) => match.term !== own);
    const tags: PaperTags = {
      name: paper.name,
      aliases: own
        ? [...own.aliases].filter((alias) => alias !== paper.name && alias.replace(/-/gu, ' ') !== paper.name).sort()
        : [],
      topics,
      methods: firstTags(mentions.map((match) => ({ ...match, term: match.term.name }))),
      ...(Object.fromEntries(
        facetMatchers.map(([facet, matcher]) => [facet, firstTags(matchAsDefined(matcher, index))]),
      ) as Record<VocabularyFacet, Tag[]>),
      keyphrases: keyphrases.perDocument[index] ?? [],
      links: findLinks(paper.abstract),
      relations: extractRelations({
        title: paper.title,
        abstract: paper.abstract,
        own,
        ownName: paper.name,
        methods: lineageIndex,
        matcher: methodMatcher,
        isNotMethod,
      }),
    };
    return { ...paper, tags };
  });
}

/**
 * Whether a name is a term of the field rather than a method a paper could introduce: a topic's
 * label or alias, a task or modality, or a generic word of the vocabulary (case and a plural "s"
 * ignored).
 */
export function fieldTerms(topics: readonly TaxonomyTopic[], vocabulary: LoadedVocabulary): (name: string) => boolean {
  const terms = new Set(
    [
      ...topics.flatMap((topic) => [topic.label, ...topic.aliases]),
      ...vocabularyFacetsOf('field')
        .flatMap((facet) => vocabulary[facet])
        .flatMap((term) => [term.label, ...term.aliases]),
      ...vocabulary.generic,
    ].map(nameKey),
  );
  return (name) => terms.has(nameKey(name));
}

/**
 * Whether some vocabulary entry (topic, facet or method) matches the whole of a phrase, for the
 * curation report's list of phrases the vocabulary lacks.
 */
export function vocabularyCoverage(context: ExtractionContext): (phrase: string) => boolean {
  const matcher = new PhraseMatcher<string>([
    ...topicPatterns(context.topics),
    ...VOCABULARY_SECTIONS.flatMap((section) => termPatterns(context.vocabulary[section])),
  ]);
  return (phrase) => matcher.match(phrase).some((match) => match.start === 0 && match.end === phrase.length);
}

/**
 * The methods a corpus can name: vocabulary methods, plus each paper's own method with the acronym
 * and long form it defines ("Direct Preference Optimization (DPO)" is one method with two names).
 */
function collectMethods(
  papers: ReadonlyArray<Paper & { name: string | null }>,
  vocabularyMethods: VocabularyTerm[],
  definitionLists: readonly AcronymDefinition[][],
): MethodEntity[] {
  const byAlias = new Map<string, MethodEntity>();
  const entities: MethodEntity[] = [];
  const add = (name: string, aliases: string[], introducedBy: Slug | null) => {
    const known = [name, ...aliases].map((alias) => byAlias.get(alias.toLowerCase())).find(Boolean);
    const entity = known ?? { name, aliases: new Set<string>(), introducedBy };
    if (!known) entities.push(entity);
    if (introducedBy && !entity.introducedBy) entity.introducedBy = introducedBy;
    for (const alias of [name, ...aliases]) {
      entity.aliases.add(alias);
      byAlias.set(alias.toLowerCase(), entity);
    }
    return entity;
  };
  for (const term of vocabularyMethods) add(term.label, term.aliases, null);

  const definitions = definitionLists.flat();
  // The first definition by acronym and by long form, so each name is one look-up rather than a
  // pass over every definition of the corpus (quadratic at tens of thousands of papers).
  const firstByAcronym = new Map<string, number>();
  const firstByLongForm = new Map<string, number>();
  definitions.forEach((d, index) => {
    if (!firstByAcronym.has(d.acronym)) firstByAcronym.set(d.acronym, index);
    const longForm = d.longForm.toLowerCase();
    if (!firstByLongForm.has(longForm)) firstByLongForm.set(longForm, index);
  });
  for (const paper of papers) {
    if (!paper.name) continue;
    const first = Math.min(
      firstByAcronym.get(paper.name) ?? Infinity,
      firstByLongForm.get(paper.name.toLowerCase()) ?? Infinity,
    );
    const defined = Number.isFinite(first) ? definitions[first] : undefined;
    const aliases = defined ? [defined.acronym, defined.longForm] : [];
    // Titles often hyphenate the name the abstract spaces ("Sparse MeZO" / "Sparse-MeZO").
    aliases.push(paper.name.replace(/\s+/gu, '-'));
    add(defined?.acronym ?? paper.name, aliases, paper.slug);
  }
  // Acronyms the corpus defines that name methods elsewhere ("low-rank adaptation (LoRA)") join them.
  for (const definition of definitions) {
    const acronym = singularAcronym(definition.acronym);
    const entity = byAlias.get(acronym.toLowerCase()) ?? byAlias.get(definition.longForm.toLowerCase());
    if (entity) {
      entity.aliases.add(acronym);
      byAlias.set(acronym.toLowerCase(), entity);
    }
  }
  return entities;
}
