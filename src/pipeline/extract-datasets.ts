import { findAcronymDefinitions, looksLikeAcronym } from './acronyms';
import { findFramedNames, type DatasetMention, type FramedNames } from './find-dataset-names';
import type { VocabularyTerm } from './load-vocabulary';
import { compilePhrase, PhraseMatcher, type PhraseMatch } from './match-terms';
import { BENCHMARK_NAME, DATA_NOUN, isPlural } from './name-pieces';
import type { Tag } from './types';

/**
 * The datasets facet: the vocabulary's datasets matched in the title and abstract, joined by the
 * names the abstract frames as data (find-dataset-names.ts) once metrics, languages, models,
 * methods, terms of the field and the paper's own method are left out. Names that several papers
 * write alike ("MS-COCO", "MS COCO") become one value over the corpus (`linkDatasetNames`).
 */

/** Datasets compare without case, spacing or punctuation: "MS-COCO" is "MS COCO" is "mscoco". */
export const datasetKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** What, besides the grammar, decides whether a framed name is a dataset. */
export interface DatasetKnowledge {
  /** The vocabulary's datasets. */
  datasets: readonly VocabularyTerm[];
  /** Vocabulary terms that name other things: models and methods. */
  notDatasets: readonly VocabularyTerm[];
  /** Names of measures, lower-case (the vocabulary's `metrics`). */
  metrics: ReadonlySet<string>;
  /** Names of natural languages, lower-case (the vocabulary's `languages`). */
  languages: ReadonlySet<string>;
  /** A topic, task, modality or generic word of the vocabulary. */
  isFieldTerm: (name: string) => boolean;
}

/** One paper, as the datasets facet reads it. */
export interface DatasetInput {
  title: string;
  abstract: string;
  /** The method the paper introduces and its other names: a dataset only if the paper calls it one. */
  ownNames: readonly string[];
  /**
   * A name the corpus knows as something else (a method another paper introduces, a model): not
   * data when the paper is merely evaluated "on" it.
   */
  isOtherThing: (name: string) => boolean;
}

/**
 * A suffix that makes a vocabulary name a variant of it: a size, year, version or subset written
 * after it ("ImageNet-21K", "KITTI 2015", "WMT25", "COCO-Stuff", "Pick-a-Pic v2").
 */
const VARIANT_SUFFIX =
  /^(?:-?\d[\p{L}\p{N}]*(?:[-.]\d[\p{L}\p{N}]*)*|-\p{Lu}[\p{L}\p{N}]*|\s(?:19|20)\d\d\b|\sv\d+(?:\.\d+)*)+/u;
/** What, after a model's or method's name, makes a name data: "LLaVA-Bench", "Alpaca-Eval", "CLIP-QA". */
const DATA_TAIL = /bench|eval|data|set\b|qa\b|arena|test/iu;
/** A noun after a dataset's name that makes it the name of a format, not of data used. */
const FORMAT_AFTER = /^[\s-](?:format|style)s?\b/iu;
/** A parameter count ends a model's name, not a dataset's: "Tulu-3-8B", "CogVideoX-2B". */
const MODEL_SIZE = /[-\s]\d+(?:\.\d+)?B$/u;
/** What may follow a model's name and leave it that model: nothing, or a version ("-2", " v1.5", "-III"). */
const MODEL_VERSION = /^(?:[-\s]?(?:v?\d[\p{L}\p{N}.]*|[IVX]+))*$/u;
/** An acronym with a plural "s": "RDBs", "LLMs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** A metric with or without its variant: "BLEU-4", "ROUGE-L", "AP50", "mAP@0.5". */
function isMetric(name: string, metrics: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  return metrics.has(lower) || metrics.has(lower.replace(/(?:[-@_][\p{L}\p{N}.]{1,4}|\d+)$/u, ''));
}

export class DatasetReader {
  private readonly datasets: PhraseMatcher<string>;
  private readonly notDatasets: PhraseMatcher<string>;
  /** Each vocabulary dataset's label, by the key of its label and of each alias. */
  private readonly labelByKey = new Map<string, string>();

  constructor(private readonly knowledge: DatasetKnowledge) {
    const patterns = (terms: readonly VocabularyTerm[]) =>
      terms.flatMap((term) =>
        [term.label, ...term.aliases].flatMap((phrase) => compilePhrase(term.label, phrase, term.prefix) ?? []),
      );
    this.datasets = new PhraseMatcher(patterns(knowledge.datasets));
    this.notDatasets = new PhraseMatcher(patterns(knowledge.notDatasets));
    for (const term of knowledge.datasets)
      for (const phrase of [term.label, ...term.aliases]) this.labelByKey.set(datasetKey(phrase), term.label);
  }

  /**
   * The vocabulary's label for a name written as its label or an alias, or followed only by words
   * of the field and a data noun ("KITTI Object Detection Benchmark").
   */
  labelOf(name: string): string | undefined {
    const label = this.labelByKey.get(datasetKey(name));
    if (label) return label;
    const known = this.datasets.match(name)[0];
    if (known?.start !== 0 || !/^\s/u.test(name.slice(known.end))) return undefined;
    const words = name.slice(known.end).trim().split(/\s+/u);
    while (words.length > 0 && DATA_NOUN.test(words.at(-1) as string)) words.pop();
    return words.length === 0 || this.knowledge.isFieldTerm(words.join(' ')) ? known.term : undefined;
  }

  /** What a paper's wording frames as data and as other things (before it is judged), for a corpus. */
  frame(input: Pick<DatasetInput, 'title' | 'abstract'>): FramedNames {
    return findFramedNames(input.title, input.abstract);
  }

  /** The vocabulary's datasets named in a paper's title and abstract: they depend on its words alone. */
  vocabularyMatches(input: Pick<DatasetInput, 'title' | 'abstract'>): PhraseMatch<string>[] {
    return this.datasets.match(`${input.title}\n${input.abstract}`);
  }

  /**
   * The paper's datasets: vocabulary matches first, then the names its wording frames as data.
   * What depends on the text alone (its framing, its vocabulary matches, the acronyms its abstract
   * defines) may be given as an earlier reading of it found it.
   */
  read(
    input: DatasetInput,
    framed = this.frame(input),
    vocabularyMatches = this.vocabularyMatches(input),
    definitions = findAcronymDefinitions(input.abstract),
  ): Tag[] {
    const text = `${input.title}\n${input.abstract}`;
    const tags = new Map<string, Tag>();
    // A vocabulary name that opens a longer name of other data is not that data: "Waymo" in "the
    // Waymo Interaction Prediction dataset".
    const longer = framed.datasets.filter((m) => m.name.includes(' ') && !this.labelOf(m.name));
    for (const match of vocabularyMatches) {
      const opens = longer.some((m) => m.name.startsWith(`${match.text} `) && text.startsWith(m.name, match.start));
      if (!opens) this.addVocabularyMatch(tags, text, match);
    }
    // A word of a vocabulary name the wording framed alone is that dataset, cut short: "Tanks" of
    // "on MipNeRF360 and Tanks and Temples", "SUN" of "the SUN RGB-D dataset".
    const partOfKnown = (name: string) =>
      vocabularyMatches.some((match) => match.text !== name && wordsOf(match.text).includes(name));
    // An acronym spelled out in lower-case words ("Few-shot object detection (FSOD)") is a term,
    // unless the words end in a data noun ("a facial expression benchmark (FEB)").
    // So is one spelled out as a term of the field in capitals ("Image Super Resolution (ISR)").
    const terms = new Set(
      definitions
        .filter(
          ({ longForm }) =>
            (!/\p{Lu}/u.test(longForm.slice(1)) || this.knowledge.isFieldTerm(longForm)) &&
            !DATA_NOUN.test(longForm.split(' ').at(-1)!),
        )
        .map((definition) => datasetKey(definition.acronym)),
    );
    const own = new Set(input.ownNames.map(datasetKey));
    // A capitalised word is a name when evaluated on beside a coined one that is data ("Shoes" by "FashionIQ").
    const listsWithData = new Set<number>();
    const mentions = [...framed.datasets.filter((m) => !m.weak), ...framed.datasets.filter((m) => m.weak)];
    // Things joined in one list are of one kind: "speedups … on Wan2.2 and HunyuanVideo" lists models,
    // since one of them is a model, and a name the atlas does not know beside it is one too.
    const listsOfModels = new Set(
      mentions
        .filter((m) => m.frame === 'evaluated-on' && !this.labelOf(m.name) && this.namesModel(m.name))
        .map((m) => m.list),
    );
    for (const found of mentions) {
      // Capitalised words joined by a hyphen are a coined name too ("Arena-Hard", "Pick-Style").
      const compound = /\p{L}-\p{Lu}/u.test(found.name) || BENCHMARK_NAME.test(found.name);
      if (found.weak && found.frame === 'evaluated-on' && !listsWithData.has(found.list) && !compound) continue;
      for (const name of this.namesOf(this.trimmed(found.name))) {
        const key = datasetKey(name);
        const label = this.labelOf(name);
        const value = label ?? name;
        if (!label) {
          if (tags.has(key) || partOfKnown(name) || !this.isData(name, found, input)) continue;
          if (found.frame === 'evaluated-on' && listsOfModels.has(found.list)) continue;
          if (terms.has(key) && found.frame !== 'introduced' && !found.defined) continue;
          // The paper's own method is data only when the paper introduces it as data; a variant of
          // it ("D-FINE-L") is not data the paper is merely evaluated on.
          // "the ZAP benchmark": the paper calling its own name a dataset introduces it as one.
          // The noun must follow the name: in "on the X benchmark ZetaNet is fast" the name is the subject.
          const noun = found.noun ?? '';
          const calledData =
            found.frame === 'named' && DATA_NOUN.test(noun) && !isPlural(noun) && found.evidence.endsWith(noun);
          if (own.has(key) && found.frame !== 'introduced' && !calledData) continue;
          const ownVariant = [...own].some((ownKey) => ownKey.length > 2 && key.startsWith(ownKey));
          if (ownVariant && found.frame === 'evaluated-on') continue;
        }
        if (!tags.has(datasetKey(value))) tags.set(datasetKey(value), { value, evidence: found.evidence });
        listsWithData.add(found.list);
      }
    }
    // "the View-of-Delft (VoD) dataset": the letters the abstract defines for a dataset it names
    // are that dataset, listed once, as the atlas names things: by the vocabulary's name, else by
    // the letters ("VoD"), as readers cite it.
    for (const { acronym, longForm } of definitions) {
      const [short, long] = [datasetKey(acronym), datasetKey(longForm)];
      const spelled = tags.get(long);
      // "the Emory Breast Imaging Dataset (EMBED)" read as its words alone: named by its letters.
      if (
        short !== long &&
        spelled &&
        datasetKey(spelled.value) === long &&
        !tags.has(short) &&
        !this.labelOf(longForm) &&
        looksLikeAcronym(acronym)
      ) {
        tags.delete(long);
        tags.set(short, { value: acronym, evidence: spelled.evidence });
        continue;
      }
      if (short === long || !tags.has(short) || !tags.has(long)) continue;
      // Letters the vocabulary spells otherwise ("MTBench" defined as a paper's own benchmark beside
      // the vocabulary's MT-Bench) may name other data: both stay.
      const known = this.labelOf(acronym);
      if (known && known !== acronym) continue;
      tags.delete(this.labelOf(longForm) && !known ? short : long);
    }
    // In order of first appearance in the text.
    const position = (tag: Tag) => text.indexOf(tag.evidence);
    return [...tags.values()].sort((a, b) => position(a) - position(b));
  }

  /**
   * A vocabulary match, or the variant of it the text writes ("KITTI 2015" for "KITTI"). A variant
   * the vocabulary lists as an alias ("ImageNet-1K") is its label.
   */
  private addVocabularyMatch(tags: Map<string, Tag>, text: string, match: PhraseMatch<string>): void {
    // The end of a longer hyphenated name is not the dataset: "SSCBench-KITTI-360", "nuScenes-to-KITTI".
    if (/[\p{L}\p{N}]-$/u.test(text.slice(0, match.start))) return;
    if (!capitalisedAsName(match.term, match.text)) return;
    const variant = text.slice(match.end).match(VARIANT_SUFFIX)?.[0] ?? '';
    const suffix = this.notDatasets.match(variant).length > 0 ? '' : variant;
    const written = match.text + suffix;
    // Formats are named after the data that set them: "(PASCAL VOC format)", "COCO format annotations".
    if (FORMAT_AFTER.test(text.slice(match.start + written.length))) return;
    // A prefix entry matches a variant run into it too ("WMT25"): that is a variant as well.
    const value = this.labelOf(written) ?? (suffix || /\d$/u.test(match.text) ? written : match.term);
    if (!tags.has(datasetKey(value))) tags.set(datasetKey(value), { value, evidence: written });
  }

  /** A name without the acronyms of the field and of measures around it: "OOD XSUM" is XSUM. */
  private trimmed(name: string): string {
    const { metrics, isFieldTerm } = this.knowledge;
    const words = name.split(' ');
    // Acronyms of the field or of measures around a name ("OOD XSUM" is XSUM); only a coined word
    // may be left standing alone ("Deep CCA" is not "Deep").
    const strip = (word: string | undefined) =>
      word !== undefined && /\p{Lu}.*\p{Lu}/u.test(word) && (isFieldTerm(word) || isMetric(word, metrics));
    while (words.length > 1 && strip(words[0])) words.shift();
    while (words.length > 1 && strip(words.at(-1))) words.pop();
    const coined = words.length === 1 && /\p{Lu}.*\p{Lu}|\p{N}/u.test(words[0] as string);
    return coined || words.length === name.split(' ').length ? words.join(' ') : name;
  }

  /**
   * "CIFAR-10/100" names CIFAR-10 and CIFAR-100, "CIFAR-10/100-LT" CIFAR-10-LT and CIFAR-100-LT,
   * "mini-ImageNet/CUB" two datasets; "CNN/DailyMail" is one.
   */
  private namesOf(name: string): string[] {
    if (!name.includes('/') || this.labelOf(name)) return [name];
    const parts = name.split('/');
    const stem = (parts[0] as string).match(/^(.*?)\d+$/u)?.[1];
    const shared = (parts.at(-1) as string).match(/^\d+(-\p{L}+)$/u)?.[1] ?? '';
    if (stem === undefined || !parts.slice(1).every((part) => /^\d+(?:-\p{L}+)?$/u.test(part))) return parts;
    return parts.map((part, index) => `${index === 0 ? '' : stem}${part.replace(/-\p{L}+$/u, '')}${shared}`);
  }

  /** The vocabulary's model or method a name opens with, if any ("VGG" of "VGG Sound"). */
  private otherThingOpening(name: string): PhraseMatch<string> | undefined {
    return this.notDatasets.match(name).find((match) => match.start === 0);
  }

  /**
   * Whether a name is a model or a method of the vocabulary, whole or with a version after it
   * ("Qwen2-VL", "DeiT-III"), or sized as a model ("Infinity-8B"); not a name that only opens with
   * one ("VGG Sound").
   */
  private namesModel(name: string): boolean {
    const other = this.otherThingOpening(name);
    return (other !== undefined && MODEL_VERSION.test(name.slice(other.end))) || MODEL_SIZE.test(name);
  }

  /** Whether a framed name is data rather than a metric, a language, a model, a method or a term. */
  private isData(name: string, found: DatasetMention, input: DatasetInput): boolean {
    const { metrics, languages, isFieldTerm } = this.knowledge;
    const key = datasetKey(name);
    if (key.length < (found.weak ? 3 : 2) || isMetric(name, metrics) || isFieldTerm(name)) return false;
    // An acronym with a plural "s" names a class of things ("RDBs", "LRLs"), never one dataset.
    if (PLURAL_ACRONYM.test(name)) return false;
    if (name.split(/\s+/u).every((word) => isFieldTerm(word) || isMetric(word, metrics))) return false;
    // A language or a pair of them: "English-German", "English-to-Arabic".
    if (name.split(/[\s-]+(?:to[\s-]+)?/u).every((word) => languages.has(word.toLowerCase()))) return false;
    const other = this.otherThingOpening(name);
    if ((other && !DATA_TAIL.test(name.slice(other.end))) || MODEL_SIZE.test(name)) return false;
    // Like the object of an evaluation, names before a plural noun may say what the data is for:
    // "Deep CCA benchmarks" are benchmarks of a method.
    const kindOf = found.frame === 'named' && isPlural(found.noun ?? '') && found.evidence.endsWith(found.noun ?? '');
    return (found.frame !== 'evaluated-on' && !kindOf) || !input.isOtherThing(name);
  }
}

/**
 * One value per dataset over a corpus: names whose keys agree are written one way, the
 * vocabulary's label when it has one, else the spelling most papers use (the first in order on a
 * tie), so a dataset's papers group under one tag.
 */
export function linkDatasetNames(tagLists: readonly Tag[][], labelOf: (name: string) => string | undefined): Tag[][] {
  const spellings = new Map<string, Map<string, number>>();
  for (const tags of tagLists)
    for (const tag of tags) {
      const counts = spellings.get(datasetKey(tag.value)) ?? new Map<string, number>();
      counts.set(tag.value, (counts.get(tag.value) ?? 0) + 1);
      spellings.set(datasetKey(tag.value), counts);
    }
  const chosen = new Map<string, string>();
  for (const [key, counts] of spellings) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
    chosen.set(key, labelOf(ranked[0]![0]) ?? ranked[0]![0]);
  }
  return tagLists.map((tags) => tags.map((tag) => ({ ...tag, value: chosen.get(datasetKey(tag.value)) ?? tag.value })));
}

/** A paper of a corpus, for `extractCorpusDatasets`. */
export interface CorpusPaper {
  title: string;
  abstract: string;
  /** The method the paper introduces and its other names. */
  ownNames: readonly string[];
}

/**
 * The datasets of every paper of a corpus. A name is not data where a paper is merely evaluated on
 * it when the corpus knows it as something else: a method a paper introduces (unless some paper
 * introduces that name as data: "we present X, a benchmark …"), or a name more papers frame as a
 * model or tool ("the X model") than as data. Names written alike are then linked.
 */
export function extractCorpusDatasets(
  papers: readonly CorpusPaper[],
  knowledge: DatasetKnowledge,
  corpusMethodNames: Iterable<string>,
): Tag[][] {
  const reader = new DatasetReader(knowledge);
  const framed = papers.map((paper) => reader.frame(paper));
  const isOtherThing = otherThings(datasetCounts(framed, corpusMethodNames));
  const tags = papers.map((paper, index) => reader.read({ ...paper, isOtherThing }, framed[index]));
  return linkDatasetNames(tags, (name) => reader.labelOf(name));
}

/**
 * What the corpus as a whole says of each name (plain data, so a worker thread can judge names
 * with it): the corpus's method names and how many papers frame a name as data and as a thing.
 */
export interface DatasetCounts {
  methods: Set<string>;
  asData: Map<string, number>;
  asThing: Map<string, number>;
}

/** Counts the frames of every paper of a corpus (`extractCorpusDatasets`), by dataset key. */
export function datasetCounts(framed: readonly FramedNames[], corpusMethodNames: Iterable<string>): DatasetCounts {
  const asData = new Map<string, number>();
  const asThing = new Map<string, number>();
  const introducedAsData = new Set<string>();
  for (const { datasets, things } of framed) {
    const named = datasets.filter((m) => m.frame !== 'evaluated-on');
    for (const key of new Set(named.map((m) => datasetKey(m.name)))) asData.set(key, (asData.get(key) ?? 0) + 1);
    for (const key of new Set(things.map(datasetKey))) asThing.set(key, (asThing.get(key) ?? 0) + 1);
    for (const m of datasets) if (m.frame === 'introduced') introducedAsData.add(datasetKey(m.name));
  }
  const methods = new Set([...corpusMethodNames].map(datasetKey).filter((key) => !introducedAsData.has(key)));
  return { methods, asData, asThing };
}

/** `DatasetInput.isOtherThing` over a corpus's counts. */
export function otherThings({ methods, asData, asThing }: DatasetCounts): (name: string) => boolean {
  return (name) => {
    const key = datasetKey(name);
    return methods.has(key) || (asThing.get(key) ?? 0) > (asData.get(key) ?? 0);
  };
}

/** The words of a name, split at spaces and hyphens. */
const wordsOf = (name: string) => name.split(/[\s-]+/u);

/**
 * "A natural question arises": a name of several words in capitals ("Natural Questions", "Visual
 * Genome") is the name only where each of those words is written with its capital; in lower case
 * the words are the English phrase they were taken from. Not the noun of data a name may end in,
 * which writers lower ("the Waymo Open dataset").
 */
function capitalisedAsName(label: string, written: string): boolean {
  const labelWords = label.split(/\s+/u);
  const writtenWords = written.split(/\s+/u);
  if (labelWords.length < 2 || labelWords.length !== writtenWords.length) return true;
  return labelWords.every(
    (word, index) => !/^\p{Lu}/u.test(word) || DATA_NOUN.test(word) || /^\p{Lu}/u.test(writtenWords[index] as string),
  );
}
