import { findAcronymDefinitions } from './acronyms';
import { readAcronymsAsDefined } from './defined-acronyms';
import { nounPhrases, scoreKeyphrases, type NounPhraseMemo } from './keyphrases';
import type { LoadedVocabulary, TaxonomyTopic } from './load-vocabulary';
import { compilePhrase, PhraseMatcher, tokenize, type PhraseMatch, type Token } from './match-terms';
import { extractCorpusDatasets } from './extract-datasets';
import { collectMethods, modelEntities } from './collect-methods';
import { extractRelations, indexMethodsForLineage, namePieces, type MethodEntity } from './extract-relations';
import { withTagConfidence } from './tag-confidence';
import { findLinks } from './text';
import { fieldTerms, spellings, termPatterns, topicPatterns } from './vocabulary-patterns';

export { fieldTerms, topicCoverage, vocabularyCoverage } from './vocabulary-patterns';
import { compileClaimVocabulary, extractClaims } from './extract-claims';
import {
  FACETS,
  TAXONOMY_FACETS,
  VOCABULARY_FACETS,
  vocabularyFacetsOf,
  type FacetName,
  type TaxonomyFacet,
  type VocabularyFacet,
} from '../model/facets';
import { NO_NEVER_RULES, type NeverFilter } from './curation/never';
import { MAX_TOPICS, weighTopics } from './extract-topics';
import { studyTopics, withStudyTopics } from './study-topics';
import { paperDependencyKey } from './paper-dependencies';
import { paperModalities, topicModalities } from './infer-modalities';
import { readMentions } from './mention-context';
import { sentenceRoles } from './sentence-roles';
import type { Paper, PaperTags, Slug, Tag, TaggedPaper, TopicId } from './types';

/** What the extractor knows: the vocabulary files, compiled once for the whole corpus. */
export interface ExtractionContext {
  topics: TaxonomyTopic[];
  vocabulary: LoadedVocabulary;
  /** Noun phrases found by earlier builds, by text (see `NounPhraseMemo`). */
  nounPhraseMemo?: NounPhraseMemo;
  /** Tags found by earlier builds, by what they depend on (see `paperDependencyKey`). */
  paperTagsMemo?: PaperTagsMemo;
  /** The curators' `never` rules (content/curation.yaml): mentions they rule out are never evidence. */
  never?: NeverFilter;
}

/** Tags of papers kept between builds; `version` digests the extractor's code, vocabulary and never rules. */
export interface PaperTagsMemo {
  version: string;
  get(key: string): PaperTags | undefined;
  set(key: string, tags: PaperTags): void;
}

/** A topic most papers of the corpus name is background here: it needs more evidence. */
const COMMON_SHARE = 0.25;

/** The first occurrence of each term, as a tag with the words that matched. */
function firstTags<V extends string>(matches: PhraseMatch<V>[]): Tag<V>[] {
  const seen = new Map<V, Tag<V>>();
  for (const match of matches)
    if (!seen.has(match.term)) seen.set(match.term, { value: match.term, evidence: match.text });
  return Array.from(seen.values());
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
  // Modalities are read with the topics that imply them, datasets by the vocabulary and by the
  // wording together (below); the other vocabulary facets are their first mentions.
  const facetMatchers = VOCABULARY_FACETS.filter((facet) => facet !== 'modalities' && facet !== 'datasets').map(
    (facet) => [facet, new PhraseMatcher(termPatterns(context.vocabulary[facet]))] as const,
  );
  const modalityMatcher = new PhraseMatcher(termPatterns(context.vocabulary.modalities));
  const impliedModalities = topicModalities(context.topics);
  const definitionLists = papers.map((paper) => findAcronymDefinitions(paper.abstract));
  const methods = collectMethods(papers, context.vocabulary.methods, definitionLists);
  // A name only a corpus paper gives (not the vocabulary's) is matched as written.
  const vocabularyNames = new Set(context.vocabulary.methods.flatMap((term) => [term.label, ...term.aliases]));
  const isCoinedHere = (method: MethodEntity, alias: string) =>
    method.introducedBy !== null && !vocabularyNames.has(alias);
  const methodPatterns = methods.flatMap((method) =>
    [...method.aliases].flatMap((alias) => {
      const coined = isCoinedHere(method, alias);
      return (coined ? [alias] : spellings(alias)).flatMap(
        (spelled) => compilePhrase(method, spelled, false, coined) ?? [],
      );
    }),
  );
  const methodMatcher = new PhraseMatcher(methodPatterns);
  // Relations may also name a model ("fine-tunes Llama-3", "outperforms GPT-4").
  const relationMatcher = new PhraseMatcher([
    ...methodPatterns,
    ...modelEntities(context.vocabulary.models).flatMap(({ entity, prefix }) =>
      Array.from(entity.aliases, (alias) => compilePhrase(entity, alias, prefix)).flatMap((p) => p ?? []),
    ),
  ]);

  // The method each paper introduces (the first that names it), looked up once per paper.
  const introducedBy = new Map<Slug, MethodEntity>();
  for (const method of methods)
    if (method.introducedBy && !introducedBy.has(method.introducedBy)) introducedBy.set(method.introducedBy, method);

  const lineageIndex = indexMethodsForLineage(methods);
  const notMethodMatcher = new PhraseMatcher(
    vocabularyFacetsOf('named').flatMap((facet) => termPatterns(context.vocabulary[facet])),
  );
  const isFieldTerm = fieldTerms(context.topics, context.vocabulary);
  const isNotMethod = (name: string) =>
    context.vocabulary.generic.has(name.toLowerCase()) ||
    // A measure ("mIoU", "FID") is never a method, whatever its shape.
    context.vocabulary.metrics.has(name.toLowerCase()) ||
    isFieldTerm(name) ||
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

  // Datasets by the vocabulary and by the frames English writes them in, linked over the corpus.
  const datasets = extractCorpusDatasets(
    papers.map((paper) => ({
      title: paper.title,
      abstract: paper.abstract,
      ownNames: [...(paper.name ? [paper.name] : []), ...(introducedBy.get(paper.slug)?.aliases ?? [])],
    })),
    {
      datasets: context.vocabulary.datasets,
      notDatasets: [...context.vocabulary.models, ...context.vocabulary.methods],
      metrics: context.vocabulary.metrics,
      languages: context.vocabulary.languages,
      isFieldTerm: fieldTerms(context.topics, context.vocabulary, { acronymsAsWritten: true }),
    },
    methods.filter((method) => method.introducedBy).flatMap((method) => [...method.aliases]),
  );

  const claimVocabulary = compileClaimVocabulary(context.vocabulary.metricTerms);
  const texts = papers.map((paper) => `${paper.title}\n${paper.abstract}`);
  const never = context.never ?? NO_NEVER_RULES;
  // Mentions a curator's rule rules out are dropped before anything weighs them (./curation/never.ts).
  const allowed = <M extends { start: number; end: number }>(
    facets: readonly FacetName[],
    matches: M[],
    index: number,
    valueOf: (match: M) => string,
  ) =>
    matches.filter(
      (match) =>
        !facets.some((facet) => never.rejects(facet, valueOf(match), texts[index] as string, match.start, match.end)),
    );
  // The words of one text at a time, as the papers are read in order: kept for every paper at
  // once, they were most of the stage's memory (a third of a gigabyte at 10,000 papers).
  let tokenized: { index: number; tokens: Token[] } = { index: -1, tokens: [] };
  const tokensOf = (index: number) => {
    if (tokenized.index !== index) tokenized = { index, tokens: tokenize(texts[index] as string) };
    return tokenized.tokens;
  };
  // An acronym the abstract defines means its long form there ("sparse fine-tuning (SFT)").
  const matchAsDefined = <T>(matcher: PhraseMatcher<T>, index: number) =>
    readAcronymsAsDefined(
      matcher.match(texts[index] as string, tokensOf(index)),
      definitionLists[index] ?? [],
      matcher,
    );
  // Both taxonomy facets read the same mentions: a rule for either drops the mention for both.
  const topicMatchLists = texts.map((_, index) =>
    allowed(TAXONOMY_FACETS, matchAsDefined(topicMatcher, index), index, (match) => match.term),
  );
  // How many papers name each topic at all: a topic most of the corpus names is background here.
  const topicSpread = new Map<TopicId, number>();
  for (const matches of topicMatchLists)
    for (const id of new Set(matches.map((m) => m.term))) topicSpread.set(id, (topicSpread.get(id) ?? 0) + 1);
  const common = (id: TopicId) => (topicSpread.get(id) ?? 0) > papers.length * COMMON_SHARE;

  const tagsMemo = context.paperTagsMemo;
  const commonTopics = [...topicSpread.keys()].filter(common).sort();
  return papers.map((paper, index) => {
    const own = introducedBy.get(paper.slug);
    const methodMentions = matchAsDefined(methodMatcher, index);
    // Papers whose text and corpus facts are those of an earlier build get that build's tags.
    const key =
      tagsMemo &&
      paperDependencyKey({
        version: tagsMemo.version,
        paper: [paper.slug, paper.title, paper.abstract, paper.name],
        own,
        methodMatches: [methodMentions, matchAsDefined(relationMatcher, index)],
        namePieceMethods: paper.name ? [...namePieces(paper.name)].map((piece) => lineageIndex.get(piece)) : [],
        commonTopics,
        keyphrases: keyphrases.perDocument[index] ?? [],
        datasets: datasets[index] ?? [],
      });
    const known = key ? tagsMemo?.get(key) : undefined;
    if (known) return { ...paper, tags: known };
    const text = texts[index] as string;
    const topicMatches = topicMatchLists[index] ?? [];
    // Sentence roles once per paper, for the topics' readings and the modalities'.
    const sentences = sentenceRoles(text, paper.title.length + 1);
    const { topics, evaluatedOn, usedModels } = weighTopics(
      text,
      paper.title.length,
      topicMatches,
      paper.name,
      { parentOf, common },
      sentences,
    );
    // A paper that introduces named data is a paper about that kind of data ("X, a benchmark …").
    const ownData = (datasets[index] ?? []).find((tag) => paper.name && plainName(tag.value) === plainName(paper.name));
    const studied = studyTopics(
      ownData && paper.name ? { evidence: ownData.evidence, name: paper.name, title: paper.title } : undefined,
      (phrase) => topicMatcher.match(phrase).map((match) => match.term),
    );
    const about = withStudyTopics(topics, studied, parentOf, MAX_TOPICS);
    const byReading = { about, 'evaluated-on': evaluatedOn.filter((tag) => !about.some((t) => t.value === tag.value)) };
    const vocabularyTags = Object.fromEntries(
      facetMatchers.map(([facet, matcher]) => [
        facet,
        firstTags(allowed([facet], matchAsDefined(matcher, index), index, (match) => match.term)),
      ]),
    ) as Record<VocabularyFacet, Tag[]>;
    // Modalities: mentions in their data sense, then those the topics and the models used imply.
    const modalityMentions = allowed(['modalities'], matchAsDefined(modalityMatcher, index), index, (m) => m.term);
    vocabularyTags.modalities = paperModalities(
      text,
      modalityMentions,
      readMentions(text, paper.title.length, modalityMentions, paper.name, sentences),
      [...topics, ...usedModels],
      topicMatches,
      impliedModalities,
      context.vocabulary.modalities,
    );

    const mentions = allowed(
      ['methods'],
      methodMentions.filter((match) => match.term !== own),
      index,
      (match) => match.term.name,
    );
    const datasetKeys = new Set((datasets[index] ?? []).map((tag) => plainName(tag.value)));
    const ownNames = [...(paper.name ? [paper.name] : []), ...(own?.aliases ?? [])];
    const tags: PaperTags = {
      name: paper.name,
      aliases: own
        ? [...own.aliases].filter((alias) => alias !== paper.name && alias.replace(/-/gu, ' ') !== paper.name).sort()
        : [],
      ...(Object.fromEntries(
        TAXONOMY_FACETS.map((facet) => [facet, byReading[FACETS[facet].source.reading]]),
      ) as Record<TaxonomyFacet, Tag<TopicId>[]>),
      methods: firstTags(mentions.map((match) => ({ ...match, term: match.term.name }))),
      ...vocabularyTags,
      // Datasets are found over the whole corpus: their rules are read at the words each tag came from.
      datasets: (datasets[index] ?? []).filter((tag) => {
        const at = text.toLowerCase().indexOf(tag.evidence.toLowerCase());
        return at < 0 || !never.rejects('datasets', tag.value, text, at, at + tag.evidence.length);
      }),
      keyphrases: keyphrases.perDocument[index] ?? [],
      links: findLinks(paper.abstract),
      relations: extractRelations({
        title: paper.title,
        abstract: paper.abstract,
        own,
        ownName: paper.name,
        methods: lineageIndex,
        matcher: relationMatcher,
        // A name this paper frames as data ("the AlgoPerf benchmark") is not a method it relates to.
        isNotMethod: (name) => isNotMethod(name) || datasetKeys.has(plainName(name)),
        introducesBenchmark: paper.name !== null && datasetKeys.has(plainName(paper.name)),
      }),
      results: extractClaims(
        { abstract: paper.abstract, ownNames, datasets: datasets[index] ?? [], models: vocabularyTags.models },
        claimVocabulary,
      ),
    };
    const confident = { ...tags, ...withTagConfidence(tags, paper.title, paper.abstract) };
    if (key) tagsMemo?.set(key, confident);
    return { ...paper, tags: confident };
  });
}

/** A name compared without case, spaces or punctuation ("MS-COCO" is "MS COCO"). */
const plainName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
