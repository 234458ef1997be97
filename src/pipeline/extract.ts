import { areaOf } from '../model/topics';
import { findAcronymDefinitions, type AcronymDefinition } from './acronyms';
import { readAcronymsAsDefined } from './defined-acronyms';
import { phraseMemoKey, scoreKeyphrases, weighedPhrases, type Candidate, type NounPhraseMemo } from './keyphrases';
import type { LoadedVocabulary, TaxonomyTopic } from './load-vocabulary';
import { compilePhrase, PhraseMatcher, tokenize, type PhraseMatch, type Token } from './match-terms';
import {
  datasetCounts,
  datasetKey,
  DatasetReader,
  linkDatasetNames,
  otherThings,
  type DatasetCounts,
} from './extract-datasets';
import type { FramedNames } from './find-dataset-names';
import { collectMethods, modelEntities } from './collect-methods';
import { extractRelations, indexMethodsForLineage, namePieces, type MethodEntity } from './extract-relations';
import { writtenAsUnit } from './relation-admission';
import { ADJECTIVE_SUFFIX } from './relation-mentions';
import { withTagConfidence } from './tag-confidence';
import { escapeRegExp, findLinks } from './text';
import { fieldTerms, spellings, termPatterns, topicPatterns } from './vocabulary-patterns';

export { fieldTerms, knownModels, topicCoverage, vocabularyCoverage } from './vocabulary-patterns';
import { compileClaimVocabulary, extractClaims, type ClaimVocabulary } from './extract-claims';
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
import { benchmarkMadeIn, dataNamedInTitle, reviewTopics, studyTopics, withStudyTopics } from './study-topics';
import {
  compileOffAliases,
  compileTopicHeads,
  withModifierMentions,
  withHeadMentions,
  withoutOffMentions,
  type OffAliases,
  type TopicHead,
} from './topic-heads';
import { childrenOf, distinctiveData, refineByData } from './topics-by-data';
import { methodFact, methodMatchFacts, paperDependencyKey } from './paper-dependencies';
import {
  matchesDigest,
  matchTextKey,
  recordedMatches,
  recordPhrases,
  type MethodMatchRecord,
  type RecordedPhrase,
} from './method-match-record';
import { namedData, paperModalities, RELEASED_AS_ARTEFACT, topicModalities } from './infer-modalities';
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
  /** Each text's reading by earlier builds (see `TextReadingMemo`). */
  textReadingMemo?: TextReadingMemo;
  /** Each text's method matches, as a digest, by earlier builds (see `MethodMatchMemo`). */
  methodMatchMemo?: MethodMatchMemo;
}

/**
 * The digests of each text's method matches (./method-match-record.ts) kept between builds: with
 * them, a build that adds a day's papers matches the corpus's methods only in texts that may
 * mention what changed. Used only with `paperTagsMemo`, whose keys the digests are part of.
 */
export interface MethodMatchMemo {
  /** What the last build recorded, or null. */
  recorded: MethodMatchRecord | null;
  /** This build's record, for the next build. */
  keep(record: MethodMatchRecord): void;
}

/**
 * Each paper's method-match digest, as `tagger` would find it, from the memo where the recorded one
 * still holds (`recorded`, null where the text must be matched): call `digestOf(index)` for each
 * paper, then `keep()` with them all to record them.
 */
export function methodMatchDigests(
  tagger: PaperTagger,
  papers: readonly PaperText[],
  readings: ReadonlyArray<Pick<TextReading, 'definitions'>>,
  memo: MethodMatchMemo | undefined,
): {
  recorded: Array<string | null>;
  digestOf: (index: number) => string;
  keep: (digests: readonly string[]) => void;
} | null {
  if (!memo) return null;
  const phrases = tagger.methodPhrases();
  const recorded = recordedMatches(memo.recorded, phrases, papers);
  return {
    recorded,
    digestOf: (index) =>
      recorded[index] ??
      tagger.methodMatchDigest(papers[index] as PaperText, (readings[index] as TextReading).definitions),
    keep: (digests) =>
      memo.keep({
        phrases,
        texts: Object.fromEntries(
          papers.map((paper, index) => [matchTextKey(paper.title, paper.abstract), digests[index] as string]),
        ),
      }),
  };
}

/**
 * Text readings kept between builds. A reading depends on the paper's title and abstract and on
 * what the memo's owner digests (the extractor's code, the vocabulary, the never rules), not on
 * the rest of the corpus: a build that adds a day's papers reads only theirs.
 */
export interface TextReadingMemo {
  get(paper: PaperText): TextReading | undefined;
  set(paper: PaperText, reading: TextReading): void;
}

/** Tags of papers kept between builds; `version` digests the extractor's code, vocabulary and never rules. */
export interface PaperTagsMemo {
  version: string;
  get(key: string): PaperTags | undefined;
  set(key: string, tags: PaperTags): void;
  /** The keys of every paper's tags earlier builds kept: a worker thread looks keys up in a copy. */
  keptKeys(): Iterable<string>;
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

/** A paper as the extractor reads it. */
export type PaperText = Pick<Paper, 'slug' | 'title' | 'abstract'> & { name: string | null };

/**
 * What one paper's text yields before the rest of the corpus is known: the acronyms it defines,
 * its topic mentions and the names it frames as data. (Its noun phrases are read apart: see
 * `phrasesOf`.)
 */
export interface TextReading {
  definitions: AcronymDefinition[];
  topicMatches: PhraseMatch<TopicId>[];
  framed: FramedNames;
  /** The vocabulary's datasets the text names, by label. */
  datasetMatches: PhraseMatch<string>[];
}

/**
 * The facts of the whole corpus a paper's tags depend on besides its own text, as plain data (a
 * worker thread receives them as they are): the methods the corpus can name, the topics most of it
 * names, and how it frames names as data.
 */
export interface CorpusFacts {
  methods: MethodEntity[];
  commonTopics: TopicId[];
  datasetCounts: DatasetCounts;
}

/** What tagging one paper reads besides its text reading: its keyphrases and datasets over the corpus. */
export interface PaperFacts {
  keyphrases: string[];
  datasets: Tag[];
}

/** The vocabulary compiled for reading, once per thread: the first stage of `extractCorpus`. */
export class VocabularyReader {
  readonly parentOf: Map<TopicId, TopicId | null>;
  readonly topicMatcher: PhraseMatcher<TopicId>;
  readonly datasets: DatasetReader;
  readonly never: NeverFilter;
  // The words of one text at a time, as the papers are read in order: kept for every paper at
  // once, they were most of the stage's memory (a third of a gigabyte at 10,000 papers).
  private tokenized: { text: string | null; tokens: Token[] } = { text: null, tokens: [] };

  constructor(readonly context: ExtractionContext) {
    this.parentOf = new Map(context.topics.map((topic) => [topic.id, topic.parent]));
    this.topicMatcher = new PhraseMatcher(topicPatterns(context.topics));
    this.never = context.never ?? NO_NEVER_RULES;
    this.datasets = new DatasetReader({
      datasets: context.vocabulary.datasets,
      notDatasets: [...context.vocabulary.models, ...context.vocabulary.methods],
      metrics: context.vocabulary.metrics,
      languages: context.vocabulary.languages,
      isFieldTerm: fieldTerms(context.topics, context.vocabulary, { acronymsAsWritten: true }),
    });
  }

  /** What a paper's text yields on its own. */
  readText(paper: PaperText): TextReading {
    const text = `${paper.title}\n${paper.abstract}`;
    const definitions = findAcronymDefinitions(paper.abstract);
    return {
      definitions,
      // Both taxonomy facets read the same mentions: a rule for either drops the mention for both.
      topicMatches: this.allowed(
        TAXONOMY_FACETS,
        this.matchAsDefined(this.topicMatcher, text, definitions),
        text,
        (match) => match.term,
      ),
      framed: this.datasets.frame(paper),
      datasetMatches: this.datasets.vocabularyMatches(paper),
    };
  }

  /**
   * The noun phrases of each paper, weighed by the part of the text each is in, found by an earlier
   * build or parsed now. wink's parser learns the words of every text it reads, so what it finds in
   * a text depends on the texts it read before in this thread: they are parsed on one thread, in
   * paper order, as they always were.
   */
  phrasesOf(papers: readonly PaperText[]): Candidate[][] {
    const memo = this.context.nounPhraseMemo;
    return papers.map((paper) => {
      const key = phraseMemoKey(paper.title, paper.abstract);
      let phrases = memo?.get(key);
      if (!phrases) {
        phrases = weighedPhrases(paper.title, paper.abstract, this.context.vocabulary.generic);
        memo?.set(key, phrases);
      }
      return phrases;
    });
  }

  /** Mentions a curator's rule rules out are dropped before anything weighs them (./curation/never.ts). */
  allowed<M extends { start: number; end: number }>(
    facets: readonly FacetName[],
    matches: M[],
    text: string,
    valueOf: (match: M) => string,
  ): M[] {
    return matches.filter(
      (match) => !facets.some((facet) => this.never.rejects(facet, valueOf(match), text, match.start, match.end)),
    );
  }

  /** An acronym the abstract defines means its long form there ("sparse fine-tuning (SFT)"). */
  matchAsDefined<T>(matcher: PhraseMatcher<T>, text: string, definitions: readonly AcronymDefinition[]) {
    if (this.tokenized.text !== text) this.tokenized = { text, tokens: tokenize(text) };
    return readAcronymsAsDefined(matcher.match(text, this.tokenized.tokens), definitions, matcher);
  }
}

/** Plain words in capitals, maybe hyphenated: "Explorer", "Memorization", "Long-Short", "Deep Compression". */
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-\s]\p{L}\p{Ll}+)*$/u;
/** Where any word is capitalised: a text's or sentence's start, after a colon, a new line or a bracket. */
const CAPITALISED_ANYWAY = /(?:^|[.!?:;"“(\n])\s*$/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}'’-]*\s+$/u;
const CAPITALISED_AFTER = /^[\s-]+\p{Lu}/u;

/** Joined by a hyphen to a longer name: "V2R-Bench", "RAD-DINO", "LAV-DF"; not "X-based". */
const JOINED_BEFORE = /[\p{L}\p{N}]-$/u;
const JOINED_AFTER = new RegExp(String.raw`^-(?!(?:${ADJECTIVE_SUFFIX})\b)\p{L}`, 'u');

/**
 * Whether the words of a name only a corpus paper gives are that paper's method where another text
 * writes them:
 * - "6-DoF grasping" names no method, though one corpus paper is called DoF: a short name joined
 *   to a number is the number's unit;
 * - joined by a hyphen to more letters it is a piece of another name ("RAD-DINO", "T2I-CompBench");
 * - written all in lower case it is the phrase of the language it was made from ("sequential
 *   Monte Carlo", "negation");
 * - letters the text spells out otherwise are the text's own acronym ("extended reality (XR)",
 *   "Mean Format Error (MFE)");
 * - a plain English word ("Explorer", "Inception", "Memorization") is the method only where
 *   English capitalises it for being a name: not at a sentence's or title's start, and not as one
 *   word of a run of capitals that names something else ("Internet Explorer", "Fréchet Inception
 *   Distance") or of a title in title case.
 */
function namesCorpusMethod(
  text: string,
  start: number,
  end: number,
  method: MethodEntity,
  definitions: readonly AcronymDefinition[],
): boolean {
  const written = text.slice(start, end);
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (writtenAsUnit(before, written) || JOINED_BEFORE.test(before) || JOINED_AFTER.test(after)) return false;
  if (!/\p{Lu}/u.test(written)) return false;
  const spelled = definitions.find((definition) => definition.acronym === written);
  if (spelled && !spellsMethod(spelled.longForm, method)) return false;
  // Capitals alone ("EPIC", "ARC", "T1") stand for many things: they are the paper's method where
  // the text spells them out as the paper does, or writes that long form as well.
  if (ALL_CAPITALS.test(written) && !spelled && !writesLongForm(text, method, written)) return false;
  if (!PLAIN_CAPITALISED.test(written)) return true;
  return !CAPITALISED_ANYWAY.test(before) && !CAPITALISED_BEFORE.test(before) && !CAPITALISED_AFTER.test(after);
}

/** A name of capitals and digits only: "EPIC", "T1", "M3". */
const ALL_CAPITALS = /^[\p{Lu}\p{N}]+$/u;

/** Whether a text writes one of a method's other names, besides the letters it is known by. */
function writesLongForm(text: string, method: MethodEntity, letters: string): boolean {
  const lowered = text.toLowerCase();
  return [method.name, ...method.aliases].some(
    (alias) => alias !== letters && alias.length > letters.length && lowered.includes(alias.toLowerCase()),
  );
}

/** Whether a long form is one the method is known by, case and hyphens aside (`datasetKey`). */
function spellsMethod(longForm: string, method: MethodEntity): boolean {
  const wanted = datasetKey(longForm);
  return [method.name, ...method.aliases].some((alias) => datasetKey(alias) === wanted);
}

/**
 * The corpus-wide facts, gathered from every paper's text reading once all are read: the methods
 * papers introduce and the names the corpus defines, which topics most papers name, and how the
 * corpus frames names as data.
 */
export function gatherCorpusFacts(
  papers: readonly PaperText[],
  readings: readonly TextReading[],
  vocabulary: LoadedVocabulary,
): CorpusFacts {
  const methods = collectMethods(
    papers,
    vocabulary.methods,
    readings.map((reading) => reading.definitions),
    vocabulary.models,
  );
  // How many papers name each topic at all: a topic most of the corpus names is background here.
  const topicSpread = new Map<TopicId, number>();
  for (const { topicMatches } of readings)
    for (const id of new Set(topicMatches.map((m) => m.term))) topicSpread.set(id, (topicSpread.get(id) ?? 0) + 1);
  const commonTopics = [...topicSpread.keys()]
    .filter((id) => (topicSpread.get(id) ?? 0) > papers.length * COMMON_SHARE)
    .sort();
  return {
    methods,
    commonTopics,
    datasetCounts: datasetCounts(
      readings.map((reading) => reading.framed),
      methods.filter((method) => method.introducedBy).flatMap((method) => [...method.aliases]),
    ),
  };
}

/** The vocabulary and the corpus facts compiled for tagging papers, once per thread. */
export class PaperTagger {
  private readonly facetMatchers: ReadonlyArray<readonly [VocabularyFacet, PhraseMatcher<string>]>;
  private readonly modalityMatcher: PhraseMatcher<string>;
  private readonly impliedModalities: Map<TopicId, string[]>;
  private readonly topicChildren: Map<TopicId, TopicId[]>;
  private readonly distinctiveData: Map<string, TopicId>;
  /** Modality tags carry the vocabulary's label; the taxonomy names modalities by id. */
  private readonly modalityIds: Map<string, string>;
  /** The vocabulary's label of each modality id, as the data readers name them. */
  private readonly modalityLabels: Map<string, string>;
  /** The labels of the kinds of data a paper releases as its own artefact (`RELEASED_AS_ARTEFACT`). */
  private readonly releasedKinds: Set<string>;
  private readonly topicHeads: TopicHead[];
  /** Areas of fields where machine learning is used (`domain` in the taxonomy). */
  private readonly domainAreas: ReadonlySet<TopicId>;
  /** The top-level area of each topic, once per taxonomy. */
  private readonly areas: ReadonlyMap<TopicId, TopicId>;
  /** Topics that are a paper's subject only beside these (`subjectBeside` in the taxonomy). */
  private readonly subjectBeside: ReadonlyMap<TopicId, ReadonlySet<TopicId>>;
  private readonly offAliases: OffAliases[];
  private readonly methodMatcher: PhraseMatcher<MethodEntity>;
  private readonly relationMatcher: PhraseMatcher<MethodEntity>;
  /** The method each paper introduces (the first that names it), looked up once per paper. */
  private readonly introducedBy = new Map<Slug, MethodEntity>();
  private readonly lineageIndex: Map<string, MethodEntity>;
  private readonly isNotMethod: (name: string) => boolean;
  private readonly isOtherThing: (name: string) => boolean;
  private readonly framedAsData: (name: string) => boolean;
  private readonly common: (id: TopicId) => boolean;
  private readonly claimVocabulary: ClaimVocabulary;
  private lastMatches?: { text: string; methods: PhraseMatch<MethodEntity>[]; relations: PhraseMatch<MethodEntity>[] };

  constructor(
    private readonly reader: VocabularyReader,
    private readonly facts: CorpusFacts,
  ) {
    const { context } = reader;
    // Modalities are read with the topics that imply them, datasets by the vocabulary and by the
    // wording together (below); the other vocabulary facets are their first mentions.
    this.facetMatchers = VOCABULARY_FACETS.filter((facet) => facet !== 'modalities' && facet !== 'datasets').map(
      (facet) => [facet, new PhraseMatcher(termPatterns(context.vocabulary[facet]))] as const,
    );
    this.modalityMatcher = new PhraseMatcher(termPatterns(context.vocabulary.modalities));
    this.impliedModalities = topicModalities(context.topics);
    this.topicChildren = childrenOf(reader.parentOf);
    this.distinctiveData = distinctiveData(this.impliedModalities, reader.parentOf);
    this.modalityIds = new Map(context.vocabulary.modalities.map((term) => [term.label, term.id]));
    this.modalityLabels = new Map(context.vocabulary.modalities.map((term) => [term.id, term.label]));
    this.releasedKinds = new Set(RELEASED_AS_ARTEFACT.flatMap((id) => this.modalityLabels.get(id) ?? []));
    this.topicHeads = compileTopicHeads(context.topics, this.modalityLabels);
    this.domainAreas = new Set(context.topics.filter((topic) => topic.domain).map((topic) => topic.id));
    this.areas = new Map(context.topics.map((topic) => [topic.id, areaOf(topic.id, reader.parentOf)]));
    this.subjectBeside = new Map(
      context.topics
        .filter((topic) => (topic.subjectBeside ?? []).length > 0)
        .map((topic) => [topic.id, new Set(topic.subjectBeside)]),
    );
    this.offAliases = compileOffAliases(context.topics, this.modalityLabels);
    const { methods } = facts;
    // A name only a corpus paper gives (not the vocabulary's) is matched as written (`compilePhrase`).
    const vocabularyNames = new Set(context.vocabulary.methods.flatMap((term) => [term.label, ...term.aliases]));
    const isCoinedHere = (method: MethodEntity, alias: string) =>
      method.introducedBy !== null && !vocabularyNames.has(alias);
    const methodPatterns = methods.flatMap((method) =>
      [...method.aliases].flatMap((alias) => {
        const coined = isCoinedHere(method, alias);
        // A long form in lower case one paper spelled its acronym with ("text-to-image generation" of
        // IA-T2I, "degree-of-freedom" of DoF) is the ordinary phrase wherever else it is written.
        if (coined && !/\p{Lu}/u.test(alias) && /[\s-]/u.test(alias)) return [];
        return (coined ? [alias] : spellings(alias)).flatMap(
          (spelled) => compilePhrase(method, spelled, false, coined) ?? [],
        );
      }),
    );
    this.methodMatcher = new PhraseMatcher(methodPatterns);
    // Relations may also name a model ("fine-tunes Llama-3", "outperforms GPT-4").
    this.relationMatcher = new PhraseMatcher([
      ...methodPatterns,
      ...modelEntities(context.vocabulary.models).flatMap(({ entity, prefix }) =>
        Array.from(entity.aliases, (alias) => compilePhrase(entity, alias, prefix)).flatMap((p) => p ?? []),
      ),
    ]);
    for (const method of methods)
      if (method.introducedBy && !this.introducedBy.has(method.introducedBy))
        this.introducedBy.set(method.introducedBy, method);
    this.lineageIndex = indexMethodsForLineage(methods);
    const notMethodMatcher = new PhraseMatcher(
      vocabularyFacetsOf('named').flatMap((facet) => termPatterns(context.vocabulary[facet])),
    );
    const isFieldTerm = fieldTerms(context.topics, context.vocabulary);
    this.isNotMethod = (name: string) =>
      context.vocabulary.generic.has(name.toLowerCase()) ||
      // "models from OpenAI and Google": who made a model is no method.
      context.vocabulary.organisations.has(name.toLowerCase()) ||
      // "in languages such as Zulu": a natural language is what a model reads, no method.
      context.vocabulary.languages.has(name.toLowerCase()) ||
      // A measure ("mIoU", "FID") is never a method, whatever its shape.
      context.vocabulary.metrics.has(name.toLowerCase()) ||
      isFieldTerm(name) ||
      notMethodMatcher.match(name).some((match) => match.start === 0) ||
      // "Extending MinneApple with our data", "derived from MIMIC IV": a name the corpus frames as
      // data, in two papers or more and more often than as anything else, is no method.
      corpusData(facts.datasetCounts, name);
    this.isOtherThing = otherThings(facts.datasetCounts);
    // "on MVTec AD", "the BIRD benchmark": a name the corpus frames as data in two papers or more,
    // and more often than as anything else, is data where other papers write it, though the paper
    // that gave it calls itself by it.
    this.framedAsData = (name) => framedAsData(facts.datasetCounts, name);
    const commonTopics = new Set(facts.commonTopics);
    this.common = (id) => commonTopics.has(id);
    this.claimVocabulary = compileClaimVocabulary(context.vocabulary.metricTerms);
  }

  /**
   * The labels of the kinds of data a topic works on that say which topic a paper is about (medical
   * images, point clouds; not images or text, which every vision or language topic works on), as
   * the data readers name them.
   */
  private distinctiveDataOf(topic: TopicId): string[] {
    return (this.impliedModalities.get(topic) ?? [])
      .filter((id) => this.distinctiveData.has(id))
      .map((id) => this.modalityLabels.get(id) ?? id);
  }

  /**
   * The matches of the corpus's methods in a text, and of methods and models (for relations): those
   * of the last text asked for are kept, since a paper's key and then its tags read them.
   */
  private methodMatchesOf(text: string, definitions: readonly AcronymDefinition[]) {
    if (this.lastMatches?.text !== text) {
      const { reader } = this;
      this.lastMatches = {
        text,
        methods: reader.matchAsDefined(this.methodMatcher, text, definitions),
        relations: reader.matchAsDefined(this.relationMatcher, text, definitions),
      };
    }
    return this.lastMatches;
  }

  /** The digest of what a paper's tags can see of the corpus's methods named in its text. */
  methodMatchDigest(paper: PaperText, definitions: readonly AcronymDefinition[]): string {
    const { methods, relations } = this.methodMatchesOf(`${paper.title}\n${paper.abstract}`, definitions);
    return matchesDigest(methodMatchFacts([methods, relations]));
  }

  /** The phrases of the matchers `methodMatchDigest` reads, as a method-match record keeps them (./method-match-record.ts). */
  methodPhrases(): Record<string, RecordedPhrase> {
    return recordPhrases([this.methodMatcher, this.relationMatcher], methodFact);
  }

  /** The paper's own method and the names it goes by: a dataset only if the paper calls it one. */
  private ownNames(paper: PaperText): string[] {
    return [...(paper.name ? [paper.name] : []), ...(this.introducedBy.get(paper.slug)?.aliases ?? [])];
  }

  /** The datasets of one paper, before they are linked over the corpus (`linkDatasets`). */
  readDatasets(paper: PaperText, reading: Pick<TextReading, 'framed' | 'datasetMatches' | 'definitions'>): Tag[] {
    return this.reader.datasets.read(
      { title: paper.title, abstract: paper.abstract, ownNames: this.ownNames(paper), isOtherThing: this.isOtherThing },
      reading.framed,
      reading.datasetMatches,
      reading.definitions,
    );
  }

  /** Every paper's datasets, written one way over the corpus. */
  linkDatasets(tagLists: readonly Tag[][]): Tag[][] {
    return linkDatasetNames(tagLists, (name) => this.reader.datasets.labelOf(name));
  }

  /**
   * One paper's tags. With a memo, a paper whose text and corpus facts are those of an earlier
   * build gets that build's tags.
   */
  tagPaper(
    paper: PaperText,
    reading: Pick<TextReading, 'definitions' | 'topicMatches'>,
    paperFacts: PaperFacts,
    tagsMemo?: PaperTagsMemo,
    /** The digest of the text's method matches (`methodMatchDigest`), when known: no need to match them. */
    methodMatches?: string,
  ): PaperTags {
    const { reader } = this;
    const { context, parentOf, topicMatcher, never } = reader;
    const { definitions, topicMatches } = reading;
    const { keyphrases, datasets } = paperFacts;
    const common = this.common;
    const text = `${paper.title}\n${paper.abstract}`;
    const own = this.introducedBy.get(paper.slug);
    const key =
      tagsMemo &&
      paperDependencyKey({
        version: tagsMemo.version,
        paper: [paper.slug, paper.title, paper.abstract, paper.name],
        own,
        methodMatches: methodMatches ?? this.methodMatchDigest(paper, definitions),
        namePieceMethods: paper.name ? [...namePieces(paper.name)].map((piece) => this.lineageIndex.get(piece)) : [],
        commonTopics: this.facts.commonTopics,
        keyphrases,
        datasets,
      });
    const known = key ? tagsMemo?.get(key) : undefined;
    if (known) return known;
    const methodMentions = this.methodMatchesOf(text, definitions).methods;
    // Sentence roles once per paper, for the topics' readings and the modalities'.
    const sentences = sentenceRoles(text, paper.title.length + 1);
    // Modalities: mentions in their data sense, then those the topics and the models used imply.
    const modalityMentions = reader.allowed(
      ['modalities'],
      reader.matchAsDefined(this.modalityMatcher, text, definitions),
      text,
      (m) => m.term,
    );
    const modalityReadings = readMentions(text, paper.title.length, modalityMentions, paper.name, sentences);
    const named = namedData(text, modalityMentions, modalityReadings, topicMatches, this.releasedKinds);
    // The topic mentions as the data a paper works on read them: aliases off on those data dropped
    // ("3D" of MRI volumes), the field a compound's modifier names and the head nouns the taxonomy
    // gives a topic on those data or beside another topic added ("Tooth Segmentation" of dental scans).
    const weighOn = (data: ReadonlySet<string>) =>
      weighTopics(
        text,
        paper.title.length,
        withHeadMentions(
          text,
          withModifierMentions(
            withoutOffMentions(topicMatches, this.offAliases, data),
            (words) => topicMatcher.match(words),
            (id) => this.areas.get(id) ?? id,
            (area) => this.domainAreas.has(area),
          ),
          this.topicHeads,
          data,
        ),
        paper.name,
        { parentOf, common, subjectBeside: this.subjectBeside },
        sentences,
      );
    const first = weighOn(new Set(named.keys()));
    // The data the paper's topics work on count as named where they say which topic a paper is
    // about ("Tooth Segmentation in CBCT", a paper of medical imaging, segments medical images as
    // surely as one that says "CT scans"): where they add a kind, the topics are weighed again.
    const dataSaid = new Set([...named.keys(), ...first.topics.flatMap((tag) => this.distinctiveDataOf(tag.value))]);
    const { topics, evaluatedOn, usedModels } = dataSaid.size > named.size ? weighOn(dataSaid) : first;
    // A paper that introduces named data is a paper about that kind of data ("X, a benchmark …").
    const ownData = datasets.find((tag) => paper.name && datasetKey(tag.value) === datasetKey(paper.name));
    // Data the title names as the work is data the paper introduces, whatever its abstract says.
    const titled = ownData ? undefined : dataNamedInTitle(paper.name, paper.title);
    const topicsNamedBy = (phrase: string) => topicMatcher.match(phrase).map((match) => match.term);
    const studied = [
      ...studyTopics(
        ownData && paper.name
          ? { evidence: ownData.evidence, name: paper.name, title: paper.title }
          : (titled ?? benchmarkMadeIn(paper.abstract, paper.title)),
        topicsNamedBy,
      ),
      ...reviewTopics(paper.title, topicsNamedBy),
    ];
    const ownDatasets = titled ? [{ value: titled.name, evidence: titled.evidence }, ...datasets] : datasets;
    const about = withStudyTopics(topics, studied, parentOf, MAX_TOPICS, this.subjectBeside);
    const byReading = { about, 'evaluated-on': evaluatedOn.filter((tag) => !about.some((t) => t.value === tag.value)) };
    const vocabularyTags = Object.fromEntries(
      this.facetMatchers.map(([facet, matcher]) => [
        facet,
        firstTags(
          reader.allowed([facet], reader.matchAsDefined(matcher, text, definitions), text, (match) => match.term),
        ),
      ]),
    ) as Record<VocabularyFacet, Tag[]>;
    vocabularyTags.modalities = paperModalities(
      named,
      [...topics, ...usedModels],
      this.impliedModalities,
      context.vocabulary.modalities,
    );
    // The data the paper works on make a topic with no subtopic of its own specific ("medical AI" on CT scans).
    byReading.about = refineByData(
      about,
      new Set(vocabularyTags.modalities.map((tag) => this.modalityIds.get(tag.value) ?? tag.value)),
      this.topicChildren,
      this.distinctiveData,
    );

    const mentions = reader.allowed(
      ['methods'],
      methodMentions.filter(
        (match) =>
          match.term !== own &&
          (match.term.listed ||
            (namesCorpusMethod(text, match.start, match.end, match.term, definitions) &&
              !this.framedAsData(match.term.name))),
      ),
      text,
      (match) => match.term.name,
    );
    const datasetKeys = new Set(datasets.map((tag) => datasetKey(tag.value)));
    // A name this paper frames as data ("the AlgoPerf benchmark") is not a method it relates to.
    // "MIMIC" of "MIMIC-IV", "HOVA" of "HOVA-500K": the dataset named without its version or size.
    // "Alpaca Eval 2.0" of AlpacaEval: the dataset named with a version.
    const isPaperData = (name: string) => {
      const written = datasetKey(name);
      return (
        datasetKeys.has(written) ||
        [...datasetKeys].some(
          (key) =>
            (key.startsWith(written) && VERSION_OR_SIZE.test(key.slice(written.length))) ||
            (key.length >= 4 && written.startsWith(key) && VERSION_OR_SIZE.test(written.slice(key.length))),
        )
      );
    };
    const ownNames = this.ownNames(paper);
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
      datasets: ownDatasets.filter((tag) => {
        const at = text.toLowerCase().indexOf(tag.evidence.toLowerCase());
        return at < 0 || !never.rejects('datasets', tag.value, text, at, at + tag.evidence.length);
      }),
      keyphrases,
      links: findLinks(paper.abstract),
      relations: extractRelations({
        title: paper.title,
        abstract: paper.abstract,
        own,
        ownName: paper.name,
        methods: this.lineageIndex,
        matcher: this.relationMatcher,
        isNotMethod: (name) => this.isNotMethod(name) || isPaperData(name),
        introducesBenchmark: paper.name !== null && isPaperData(paper.name),
        // A known name too: "benchmarks: NeXT-QA, STAR and TVQA" is the STAR dataset, not the STaR method.
      }).filter(
        (relation) =>
          !isPaperData(relation.target) &&
          !listedWithData(relation.evidence, relation.target, isPaperData) &&
          !readShortOfData(relation.evidence, relation.target, datasets),
      ),
      results: extractClaims(
        { abstract: paper.abstract, ownNames, datasets, models: vocabularyTags.models },
        this.claimVocabulary,
      ),
    };
    const confident = { ...tags, ...withTagConfidence(tags, paper.title, paper.abstract) };
    if (key) tagsMemo?.set(key, confident);
    return confident;
  }
}

/**
 * Reads every text, gathers the corpus's facts and reads and links every paper's datasets: all
 * that tagging needs but noun phrases (`phrasesOf`), and the tagger compiled on the way.
 */
export function readCorpusFacts(
  reader: VocabularyReader,
  papers: readonly PaperText[],
  /** Readings earlier builds kept, by paper: only the papers without one are read. */
  known: ReadonlyArray<TextReading | null> = [],
) {
  const readings = papers.map((paper, index) => known[index] ?? reader.readText(paper));
  const facts = gatherCorpusFacts(papers, readings, reader.context.vocabulary);
  const tagger = new PaperTagger(reader, facts);
  const datasets = tagger.linkDatasets(
    papers.map((paper, index) => tagger.readDatasets(paper, readings[index] as TextReading)),
  );
  return { readings, facts, tagger, datasets };
}

/**
 * Tags a whole corpus. Method names, acronym definitions and the papers that introduce methods are
 * gathered over the corpus first, so a relation can point at the paper that introduced its target.
 * The stages (read each text, gather the corpus's facts, read each paper's datasets, link them, tag
 * each paper) are exported so scripts/lib/extract-in-parallel.ts can share the per-paper ones out.
 */
export function extractCorpus(
  papers: ReadonlyArray<Paper & { name: string | null }>,
  context: ExtractionContext,
  /** Each paper's reading the memo kept, when the caller has asked it already. */
  kept?: ReadonlyArray<TextReading | null>,
): TaggedPaper[] {
  const reader = new VocabularyReader(context);
  const memo = context.textReadingMemo;
  const known = kept ? [...kept] : memo ? papers.map((paper) => memo.get(paper) ?? null) : [];
  const { readings, tagger, datasets } = readCorpusFacts(reader, papers, known);
  if (memo) readings.forEach((reading, index) => known[index] || memo.set(papers[index] as PaperText, reading));
  const keyphrases = scoreKeyphrases(reader.phrasesOf(papers));
  const matches = context.paperTagsMemo ? methodMatchDigests(tagger, papers, readings, context.methodMatchMemo) : null;
  const digests: string[] = [];
  const tagged = papers.map((paper, index) => {
    const digest = matches?.digestOf(index);
    if (digest !== undefined) digests.push(digest);
    return {
      ...paper,
      tags: tagger.tagPaper(
        paper,
        readings[index] as TextReading,
        { keyphrases: keyphrases.perDocument[index] ?? [], datasets: datasets[index] ?? [] },
        context.paperTagsMemo,
        digest,
      ),
    };
  });
  matches?.keep(digests);
  return tagged;
}

/** What follows a dataset's name in its version or size, spaces and signs taken out: "iv", "2", "500k". */
const VERSION_OR_SIZE = /^(?:v?\d+(?:k|m)?|[ivx]{1,4})$/u;

/** The punctuation that bounds a list inside a sentence. */
const LIST_BOUND = /[;:()[\]]/u;
/** What separates the items of a list: commas, "and", "or". */
const LIST_JOINT = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/u;
/** An item short enough to be a name in a list, not a clause. */
const MAX_ITEM_WORDS = 4;

/**
 * Whether a name is one item of a list whose other items include data the paper names: "scenes
 * from Replica, ScanNet++ and HM3D", "benchmarks including UCF-101, VGG-Sound and KineticsSound".
 * A list names things of one kind, so the name is data too; a name that only shares a sentence
 * with data ("outperforms DPO and SimPO on AlpacaEval", "using ResNet, VGG and ViT on CIFAR-10,
 * CIFAR-100") is not an item of that list.
 */
function listedWithData(sentence: string, name: string, isData: (name: string) => boolean): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const start = Math.max(...[...before.matchAll(new RegExp(LIST_BOUND, 'gu'))].map((m) => m.index + 1), 0);
  const rest = sentence.slice(at);
  const bound = rest.search(LIST_BOUND);
  const end = at + (bound < 0 ? rest.length : bound);
  const items = sentence
    .slice(start, end)
    .split(LIST_JOINT)
    .map((item) => item.trim().replace(/[.]$/u, ''));
  const index = items.indexOf(name);
  if (index < 0) return false;
  // The run of names around it: a list of names ends at an item with a word in lower case ("scenes
  // from Replica", "ViT-L models on the AWE"), which belongs to the sentence around the list.
  const isName = (item: string) =>
    item !== '' &&
    item.split(/\s+/u).length <= MAX_ITEM_WORDS &&
    item.split(/\s+/u).every((word) => /[\p{Lu}\p{N}]/u.test(word));
  let first = index;
  while (first > 0 && isName(items[first - 1] as string)) first -= 1;
  let last = index;
  while (last < items.length - 1 && isName(items[last + 1] as string)) last += 1;
  // "motion sampled from AMASS, D4D, Mixamo": the list's first name ends the words that bring it in.
  // Only before two names or more: "a backbone pretrained on ImageNet, ResNet-50," sets one apart.
  const lead = first > 0 && last > first ? (items[first - 1] as string).match(TRAILING_NAME)?.[0] : undefined;
  return (
    (lead !== undefined && isData(lead)) ||
    items.slice(first, last + 1).some((item, i) => first + i !== index && isData(item))
  );
}
/**
 * Whether a name is only ever written in the sentence as the first word of a dataset the paper
 * names, read short: "IMC" of "public datasets (C03D and IMC PhotoTourism)". Where it is also
 * written alone ("built on LLaVA … on the LLaVA Bench dataset"), it is itself.
 */
function readShortOfData(sentence: string, name: string, datasets: readonly Tag[]): boolean {
  const longer = datasets.filter(({ value }) => value.startsWith(`${name} `));
  if (longer.length === 0) return false;
  const alone = new RegExp(String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(name)}(?![\p{L}\p{N}-])`, 'gu');
  const written = [...sentence.matchAll(alone)].map((match) => match.index);
  return written.length > 0 && longer.some(({ value }) => written.every((at) => sentence.startsWith(value, at)));
}
/** The name a run of words ends in: "AMASS" of "sampled from AMASS". */
const TRAILING_NAME = /(?<=\s)[\p{Lu}\p{N}][^\s]*$/u;

/** Whether the corpus frames `name` as data, in two papers or more and more often than as anything else. */
function framedAsData({ asData, asThing }: DatasetCounts, name: string): boolean {
  const key = datasetKey(name);
  const data = asData.get(key) ?? 0;
  return data >= 2 && data > (asThing.get(key) ?? 0);
}

/** `framedAsData`, for a name no corpus paper introduces as its method. */
function corpusData(counts: DatasetCounts, name: string): boolean {
  return !counts.methods.has(datasetKey(name)) && framedAsData(counts, name);
}
