/**
 * What a relation may point to, for the frames of `extractRelations`: not the paper's own names,
 * categories, measures, tasks or data. A frame reads a name; these rules say whether it is a
 * method or model the paper relates to.
 */
import { writtenAfterDefinition, type AcronymDefinition } from './acronyms';
import { introducedNames } from './extract-name';
import { DATA_AFTER, DATA_AFTER_NAMES, DATA_BEFORE_BRACKET } from './method-lineage';
import { namesTask } from './open-names';
import { MEASURE_WORDS, MEASURED_AFTER, raisedValue, valuedAfter, VALUED_BEFORE } from './relation-cues';
import type { RelationFrame } from './relation-confidence';
import type { MethodEntity } from './extract-relations';
import { acronymsByLongForm, definedOtherwise, ownDefinedTerms, withoutValue } from './relation-frames';
import { METHOD_HEAD_AFTER, type Mention } from './relation-mentions';
import { longFormNamesTask, namedAsTask, writtenAsPluralAcronym } from './relation-non-targets';
import { definedAsPart, PART_WORDS, partsDefined } from './relation-parts';
import { successorBase } from './successor-names';
import { isAcronymLike } from './match-terms';
import { escapeRegExp, FUNCTION_WORDS } from './text';
import type { RelationType } from './types';

/** A name or long form that ends in a noun of a measure (`MEASURE_WORDS`), or a count. */
export const MEASURE_NOUN = new RegExp(
  String.raw`(?:\b|(?<=\p{N}))(?:${MEASURE_WORDS})s?$|^(?:the\s+)?number\s+of\b`,
  'iu',
);
/** The head of an instrument's name: a form or scale by which people are rated ("Beck Depression Inventory-II"). */
const INSTRUMENT = /\b(?:questionnaire|inventory|checklist|rating\s+scale)(?:[-\s]?(?:\d+|[IVX]+))?$/iu;
/** "released under the", "licensed under Apache 2.0 and": what follows is a licence, or a list of them. */
const LICENCE_BEFORE =
  /\b(?:licen[cs]ed|released|open[\s-]?sourced?|available|distributed|published)\s+under\s+(?:the\s+|an?\s+)?(?:[^\s,;()]*[^\s,;().](?:\s+[^\s,;()]*[^\s,;().])?\s*(?:,|\band\b|\bor\b)\s*)*$/iu;
/** Names listed before the noun of their values: "its AUC, CA and F1 values of 99%". */
const VALUES_AFTER = /^(?:\s*(?:,|and|or)\s+(?:and\s+)?[\p{Lu}\p{N}][\p{L}\p{N}-]*)*\s+values\b/u;
/** A name in a list of names: "PHQ-8 and PCL-C", the part after it and the part before it. */
const LIST_AFTER = /^(?:\s*(?:,|and|or)\s+(?:and\s+)?[\p{Lu}\p{N}][\p{L}\p{N}-]*)+/u;
const LIST_BEFORE = /[\p{Lu}\p{N}][\p{L}\p{N}-]*\s*(?:,|and|or)\s+(?:and\s+)?\S+$/u;
/** A number right before a name makes it a unit: "0.5-2 kHz", "a 10 Pa range"; not "FP16 FlashDecoding". */
const UNIT_BEFORE = /(?:^|[^\p{L}\p{N}])\d+(?:\.\d+)?\s?$/u;
/**
 * A short word of letters after a number is a unit ("dB", "kHz", "GB"); a longer name qualifies
 * what was counted ("128 GitHub repositories", "10,000 TikTok comments"), unless that is models
 * ("7 Llama-2 baselines").
 */
const UNIT = /^\p{L}{1,4}$/u;
/** A number and a hyphen right before a name: "6-DoF", "a 3-DOF arm". */
const NUMBER_JOINED = /(?:^|[^\p{L}\p{N}.])\d+-$/u;
/** A short word right after a number, or joined to it by a hyphen, is its unit: "0.5 kHz", "20 DoF", "6-DoF". */
export function writtenAsUnit(before: string, name: string): boolean {
  return UNIT.test(name) && (UNIT_BEFORE.test(before) || NUMBER_JOINED.test(before));
}
const MODELS_AFTER = /^\s+(?:models?|baselines?|variants?|checkpoints?|LLMs?)\b/u;
/**
 * A capitalised word that is not a sentence's first right before a name ("Unreal Engine 5", not
 * "OpenAI's o1" or "NVIDIA H100": a possessive names the owner, capitals an acronym), or a
 * capitalised word right after it ("Inception Distance"): the name is one piece of a run of
 * capitalised words that names one thing. Function words are not of the run ("The", "In"); a
 * title, where every word is capitalised, is not read this way.
 */
const CAPITAL_BEFORE = /(?<=[^\s.!?:;"“(]\s+)(\p{Lu}\p{Ll}+)\s$/u;
const CAPITAL_AFTER = /^\s(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/u;
function insideCapitalisedRun(before: string, after: string): boolean {
  const isRunWord = (word: string | undefined) => word !== undefined && !FUNCTION_WORDS.has(word.toLowerCase());
  return isRunWord(before.match(CAPITAL_BEFORE)?.[1]) || isRunWord(after.match(CAPITAL_AFTER)?.[1]);
}

/** The noun "scores", not the verb: "Claude scores 90%". */
const SCORES_AFTER = /^\s+scores\b(?!\s+\d)/u;

/**
 * Whether the name that ends at `end` is one of a list of measures: "its AUC, CA and F1 values",
 * "PHQ-8 and PCL-C scores". One name before "scores" may be a model's ("comparable to GPT-4
 * scores"); a list of names before it is a list of measures.
 */
function listedMeasure(text: string, end: number): boolean {
  const after = text.slice(end);
  if (VALUES_AFTER.test(after)) return true;
  const list = after.match(LIST_AFTER)?.[0];
  if (list) return SCORES_AFTER.test(after.slice(list.length));
  return SCORES_AFTER.test(after) && LIST_BEFORE.test(text.slice(0, end));
}

/**
 * An apposition that says the name is something other than a method another work made:
 * "Tieba-JokeBar, a Chinese online platform", "MegaDepth, a large-scale dataset", "IAAR, an
 * institute of …", "DeeFuser, a fusion module" (the work's own part, a name the atlas does not
 * know). English names what a name is in the noun phrase set off after it, with its article
 * ("SatMAE++, on RS benchmarks" is not one); not a kind that goes on ("a Quadric Error Metrics
 * (QEM)-based representation").
 */
const NOT_METHOD_APPOSITION = new RegExp(
  String.raw`^\)?\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:datasets?|benchmarks?|corpus|corpora|platforms?|websites?|forums?|companies|company|organi[sz]ations?|institutes?|universit(?:y|ies)|laborator(?:y|ies)|labs?|conferences?|venues?|journals?|competitions?|challenges?|questionnaires?|metrics?|tasks?|languages?|countr(?:y|ies)|cit(?:y|ies)|regions?|hospitals?|(?:${PART_WORDS})s?|branches)\b(?!\s*\(|-)`,
  'iu',
);

/**
 * Whether a text writes a name: not as the tail of another acronym ("SAM" is not written in
 * "USAM-Net": an all-capital name glued to another capital is a different acronym).
 */
function writtenIn(text: string, name: string): boolean {
  if (!text.includes(name)) return false;
  return new RegExp(`${/\p{Ll}/u.test(name) ? '' : '(?<!\\p{Lu})'}${escapeRegExp(name)}`, 'u').test(text);
}

/** Whether the abstract writes the noun of a method after an acronym's brackets: "the … (PPM) algorithm". */
const calledMethod = (abstract: string, acronym: string): boolean =>
  writtenAfterDefinition(abstract, acronym, METHOD_HEAD_AFTER);

/** Why a name a frame read is no target of a relation, as `targetRules`'s `admit` rules. */
export const REFUSALS = [
  'own name',
  'named in the title',
  'own part',
  'category',
  'not a method',
  'data or other thing',
  'piece of a longer name',
  'task',
  'measure',
  'field term',
  'training stage',
  'short acronym',
  'unit',
  'licence',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** A name's letters, digits, points and pluses, in lower case: "MASF-YOLO" and "MASFYOLO" are one. */
const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}.+]/gu, '');
/**
 * What ends one of the paper's own models after its name: a depth of two digits or more, or a size
 * ("PURe34", "7B"), glued or after a hyphen; a size letter or a number after a hyphen ("-s", "-2").
 * Not a point release ("Qwen2" + ".5"), one digit glued on ("Mamba2"), nor a letter glued on
 * ("ZetaNets", "YOLOX"), which make other names.
 */
const OWN_SIZE = /(?:-?\d{2,}|-?\d+[bmk]|-\d+|-[smlxnbt])$/iu;

export interface TargetRulesInput {
  title: string;
  abstract: string;
  own: MethodEntity | undefined;
  ownName: string | null;
  isNotMethod: (name: string) => boolean;
  /**
   * The acronyms the abstract defines. One it defines as its own ("we design an Interactive
   * Similarity Aggregation module (ISA)") is the paper's part, not a method it relates to; one it
   * defines in passing ("using the block coordinate descent (BCD) algorithm") is another's method.
   */
  definitions: readonly AcronymDefinition[];
}

/**
 * The paper's own names, as its relations' frames need them, and `admit`: the name a frame read,
 * as the relation names it (an acronym the abstract defines for it), or null when it is no target.
 */
export function targetRules(input: TargetRulesInput) {
  const { title, abstract, own, ownName, isNotMethod, definitions } = input;
  // Names the paper gives its method, not read off a verb of making: "we propose a LoRA adapted
  // model" introduces a model made with LoRA, not LoRA.
  const declaredNames = new Set(
    [...(own?.aliases ?? []), ...(ownName ? [ownName, ownName.replace(/\s+/gu, '-')] : [])].map((n) => n.toLowerCase()),
  );
  // Every name the abstract introduces as its own ("we propose X", "dubbed Y"), not only the first.
  // "we propose GAMA++" is read as introducing "GAMA": the name its "++" extends is another's.
  const succeeded = successorBase(ownName, abstract);
  const introduced = introducedNames(abstract).filter((name) => name !== succeeded?.name);
  const ownNames = new Set([...declaredNames, ...introduced.map((n) => n.toLowerCase())]);
  // "MASFYOLO-s" of MASF-YOLO, "PURe34" of PURe, "BLIP3o" of BLIP3-o: the paper's own name written
  // without its hyphens, or with the size or depth of one of its models after it. A successor's
  // "++" is kept, so "GAMA" stays another's beside "GAMA++".
  const ownKeys = [...declaredNames].map(nameKey).filter((key) => key.length >= 4);
  const ownVariant = (name: string) => {
    // The size is read off the name as written, where its hyphen still shows.
    const sized = name.match(OWN_SIZE);
    const keys = [nameKey(name), ...(sized ? [nameKey(name.slice(0, sized.index))] : [])];
    return keys.some((key) => ownKeys.includes(key));
  };
  const ownTerms = new Set([
    ...ownDefinedTerms(abstract, definitions, ownNames),
    ...partsDefined(abstract, definitions),
  ]);
  const acronymOf = acronymsByLongForm(definitions);
  const longFormOf = new Map(definitions.map((d) => [d.acronym, d.longForm]));
  /**
   * How a known method is spelled out: its name and aliases that are long forms of words
   * ("Integrated Gradients"), not those holding letters ("Deep CCA"), which a definition spells out
   * whatever the letters stand for.
   */
  const spelledForms = (entity: MethodEntity): string[] =>
    [entity.name, ...entity.aliases].filter((form) => !form.split(/\s+/u).some(isAcronymLike));
  /**
   * The acronym the abstract defines that is written right before `end`, in the singular or plural
   * ("IGs"), or in the brackets that end there ("industry groups (IG)"); not the end of a longer
   * name ("MGLD-VSR", "CoT+RAG").
   */
  const acronymEndingAt = (text: string, end: number): string | undefined => {
    const before = text.slice(Math.max(0, end - 24), end).replace(/[)\].,;"'”’]+$/u, '');
    return [...longFormOf.keys()].find((acronym) =>
      [acronym, `${acronym}s`].some(
        (form) => before.endsWith(form) && /^$|[\s(["'“‘]/u.test(before.charAt(before.length - form.length - 1)),
      ),
    );
  };
  // "GAMA++: …": the title writes the name the work extends only inside the work's own name.
  const titleBesideOwnName = succeeded && ownName ? title.replaceAll(ownName, ' ') : title;
  // Why the last name `admit` was asked about is no target, for `npm run eval -- --funnel`.
  let refusal: Refusal | null = null;
  const refuse = (why: Refusal): null => {
    refusal = why;
    return null;
  };
  const admit = (
    type: RelationType,
    found: Mention,
    evidence: string,
    frame: RelationFrame,
    weak = false,
  ): Mention | null => {
    refusal = null;
    const mention = { ...found, name: acronymOf.get(found.name.toLowerCase()) ?? found.name };
    // "Semantic Anchor Constraints (SAC)" is not the vocabulary's SAC (soft actor-critic); nor is
    // "industry groups (IG)", written "IG", the Integrated Gradients another paper calls IG. A known
    // name is read under its own name, so the letters written are looked for where it ends, and are
    // the name once it is no longer the known one.
    const definedAs = longFormOf.get(mention.name);
    if (definedAs && mention.entity && definedOtherwise(mention.entity.aliases, definedAs)) mention.entity = null;
    const written = mention.entity && !definedAs ? acronymEndingAt(evidence, found.end) : undefined;
    if (written && mention.entity && definedOtherwise(spelledForms(mention.entity), longFormOf.get(written) ?? '')) {
      mention.entity = null;
      mention.name = written;
    }
    const lowered = mention.name.toLowerCase();
    // A known method named as what the work's thing is made from is not the work's own name.
    // Only a method of the vocabulary that no corpus paper introduces: one a corpus paper introduces
    // may be this paper's own.
    const vocabularyOnly = mention.entity !== null && mention.entity.introducedBy === null;
    if (
      frame === 'made-kind' && vocabularyOnly
        ? declaredNames.has(lowered)
        : ownNames.has(lowered) || ownVariant(mention.name)
    )
      return refuse('own name');
    // A measure is never a method, even with its value ("FID 15.26", "CLIP 16.12 to 17.70"); nor is
    // "CO2" in "CO2 emissions".
    const after = evidence.slice(found.end);
    if (
      MEASURED_AFTER.test(after) ||
      valuedAfter(after) ||
      raisedValue(found.name, after) ||
      VALUED_BEFORE.test(evidence.slice(0, found.end - found.name.length)) ||
      listedMeasure(evidence, found.end)
    )
      return refuse('measure');
    // "Human Activity Recognition (HAR)": a task here, whichever corpus paper introduced the letters;
    // only the vocabulary's listing stands against the abstract's definition.
    const byCorpusOnly = mention.entity !== null && mention.entity.introducedBy !== null && !mention.entity.listed;
    if (byCorpusOnly && definedAs && longFormNamesTask(definedAs) && !calledMethod(abstract, mention.name))
      return refuse('task');
    // "6-DoF grasping", "a 35-DOF platform": a unit, whichever corpus paper spelled its letters out
    // ("Degrees of Freedom (DoFs)") or took them for its name.
    if (!mention.entity || byCorpusOnly) {
      const start = found.end - mention.name.length;
      if (evidence.slice(start, found.end) === mention.name && writtenAsUnit(evidence.slice(0, start), mention.name))
        return refuse('unit');
    }
    if ((!mention.entity || byCorpusOnly) && definedAs && definedAsPart(abstract, mention.name, definedAs))
      return refuse('own part');
    // "Deep Learning (DL)", "neural network (NN)": letters another paper introduced, spelled out here
    // as a field or a generic term, which is no target.
    if (byCorpusOnly && definedAs && isNotMethod(definedAs.trim())) return refuse('field term');
    if (!mention.entity) {
      // "RGB images", "LoD3 buildings" name data by a kind of it; an apposition may say what it is.
      const after = evidence.slice(found.end);
      if (DATA_AFTER.test(after) || DATA_AFTER_NAMES.test(after) || NOT_METHOD_APPOSITION.test(after))
        return refuse('data or other thing');
      // "satellite images (Sentinel-2 L1C)": named after the data it is; "128 GitHub repositories":
      // what was counted (a short unit, "0.5 kHz", went above).
      const start = found.end - mention.name.length;
      const before = evidence.slice(0, start);
      const counted = UNIT_BEFORE.test(before) && !MODELS_AFTER.test(after);
      if (evidence.slice(start, found.end) === mention.name && (DATA_BEFORE_BRACKET.test(before) || counted))
        return refuse('data or other thing');
      // "Unreal Engine 5", "Fréchet Inception Distance", "Deep Web Explorer": a name read inside a
      // run of capitalised words is a piece of the longer name written there, not a name of its own.
      if (
        evidence !== title &&
        evidence.slice(start, found.end) === mention.name &&
        insideCapitalisedRun(before, after)
      )
        return refuse('piece of a longer name');
      // "open sourced under Apache 2.0": the licence the work is released under.
      if (LICENCE_BEFORE.test(before)) return refuse('licence');
      if (namedAsTask(abstract, evidence, found.end, mention.name)) return refuse('task');
      // An acronym the abstract spells out as a task, a field or a measure ("document-level machine
      // translation (DocMT)", "classification accuracy (CA)"), or a name that is one, is no method.
      // Not one the abstract calls a method after its brackets ("… Learning (CDRL) algorithm").
      const longForm = definedAs?.replace(/[^\p{L}\p{N}]+$/u, '');
      const namedAsMethod = longForm !== undefined && calledMethod(abstract, mention.name);
      if (
        MEASURE_NOUN.test(mention.name) ||
        (longForm && !namedAsMethod && (namesTask(longForm) || MEASURE_NOUN.test(longForm)))
      )
        return refuse('task');
      // "the Patient Health Questionnaire-9 (PHQ-9)", "the Big Five Inventory (BFI)": an instrument
      // by which people are rated measures them; it is no method, unless the abstract calls it one.
      if (longForm && !namedAsMethod && INSTRUMENT.test(longForm)) return refuse('measure');
    }
    const bare = withoutValue(mention.name);
    if (!mention.entity && bare !== mention.name && isNotMethod(bare)) return refuse('not a method');
    // Categories are not targets: "builds on PEFT", "outperforms GNNs", "CLIP-based methods".
    if (mention.entity?.family || mention.asFamily || writtenAsPluralAcronym(mention.name)) return refuse('category');
    // "a two-stage training strategy: SFT and RL" names how the work trains, not a method it takes.
    if (mention.entity?.stage && type !== 'compares-with') return refuse('training stage');
    // A name in the title is the paper's own, unless it is a piece of the paper's name it is named
    // after (not a known one the abstract defines as something else: "Southeast Asian (SEA)"), the
    // title's own verb develops it, or the abstract says the work builds on it or compares with it in
    // so many words, of a name evidently proper ("Augmenting ORB-SLAM3 with …" and "improves
    // ORB-SLAM3 accuracy"; not "based on Algebraic Geometry").
    const othersInTitle =
      (frame === 'name-contains' && found.entity === null) ||
      frame === 'title-cue' ||
      frame === 'title-means' ||
      (frame === 'cue-object' && !weak && type !== 'uses' && !ownName?.includes(mention.name) && found.strong);
    if (!mention.entity) {
      if (ownTerms.has(mention.name.toLowerCase())) return refuse('own part');
      if (writtenIn(titleBesideOwnName, mention.name) && !othersInTitle) return refuse('named in the title');
      if (isNotMethod(mention.name)) return refuse('not a method');
    }
    if (mention.entity && own && mention.entity === own) return refuse('own name');
    // Two capitals the vocabulary does not list are as often a term, a part or a setting of the
    // paper ("ID and OOD samples", "augmented reality (AR)", "a Random Access (RA) configuration")
    // as a method another work made; so is a capital and a digit ("L2", "V2", "T1") and a
    // conversion written with a 2 ("I2V", "T2M": image-to-video, text-to-motion).
    // A capital and a digit is a name where a kind of method follows it ("based on the S5 model").
    const shortName =
      /^(?:\p{Lu}{2}|\p{Lu}2\p{Lu})$/u.test(mention.name) ||
      (/^\p{Lu}\d$/u.test(mention.name) && !METHOD_HEAD_AFTER.test(evidence.slice(found.end)));
    if (shortName && !mention.entity?.listed) return refuse('short acronym');
    return mention;
  };
  return { succeeded, ownNames, ownTerms, longFormOf, admit, lastRefusal: (): Refusal | null => refusal };
}
