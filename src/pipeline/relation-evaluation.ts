import type { MethodEntity } from './extract-relations';
import type { PhraseMatcher } from './match-terms';
import { AS_ROLE } from './relation-cues';
import { mentionsIn, type PlacedMention } from './relation-mentions';

/**
 * Studies that evaluate models: "We evaluate four LLMs: Claude 3.5 Sonnet, Jamba 1.6, …",
 * "Evaluating four frontier models on 40 episodes, we find …", "a preliminary evaluation of LLMs".
 * In such a study every specific model it names is one it measured against the others, wherever
 * the abstract names it (in its findings, or as the background that motivates the study), unless a
 * cue said the study used it as a tool.
 */

/**
 * An act of measuring whose object, within a few words, is a plural kind of model ("four frontier
 * models", "9 LLMs", "popular text-to-image models"): a set of models brought in as new. A definite
 * or possessive object ("the models", "our models", "the models' transfer") names models already
 * spoken of, as often the paper's own.
 */
const EVALUATES_MODELS = new RegExp(
  String.raw`\b(?:evaluat(?:e|es|ed|ing|ions?)|benchmark(?:s|ed|ing)|(?<=\b(?:we|to)\s)benchmark|assess(?:es|ed|ing|ments?)?|` +
    String.raw`compar(?:e|es|ed|ing|isons?)|analy(?:s[ei]s|z(?:e|es|ed|ing))|audit(?:s|ed|ing)?|` +
    String.raw`test(?:s|ed|ing)|prob(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|investigat(?:e|es|ed|ing))` +
    // "examine the performance of three major LLMs": what is measured, then whose.
    String.raw`(?:\s+the\s+(?:performance|capabilit(?:y|ies)|abilit(?:y|ies)|behaviou?rs?|robustness|accuracy)\s+of)?` +
    String.raw`((?:\s+[\p{L}\p{N}][\p{L}\p{N}-]*,?){0,5}?)\s+` +
    String.raw`(?:models|LLMs|VLMs|MLLMs|LVLMs|LMs|agents|chatbots|assistants|reasoners)\b(?!')`,
  'giu',
);
const OWN_OBJECT = /^(?:our|ours|the|this|these|its|their)$/iu;
/**
 * The first word of an object that is no set of models the work measures: a preposition of the
 * standard it is measured against ("compared to other baseline models"), or a gerund of making.
 */
const NOT_MEASURED_OBJECT =
  /^(?:to|with|against|than|over|training|building|developing|designing|creating|learning)$/iu;
/** "a module that models …": "models" the verb, after a singular or relative word. */
const NOT_A_NOUN_PHRASE = /^(?:a|an|that|which|who|it)$/iu;

/** The words by which a sentence says the work measures others' models ("We evaluate four LLMs"), if it does. */
export function modelsEvaluatedIn(sentence: string): string | null {
  for (const match of sentence.matchAll(EVALUATES_MODELS)) {
    // Whole words only: "state-of-the-art" holds no "the". A comma ends the noun phrase.
    const words = (match[1] ?? '').trim().split(/\s+/u);
    if (words.some((word) => word.endsWith(',') || OWN_OBJECT.test(word) || NOT_A_NOUN_PHRASE.test(word))) continue;
    // "performs better compared to other baseline models": models after a preposition are the standard
    // the work is measured against, not models the work sets out to measure; "investigates training
    // better world models" measures the making of models, the work's own.
    if (NOT_MEASURED_OBJECT.test(words[0] ?? '')) continue;
    return match[0];
  }
  return null;
}

/** Whether a sentence says the work measures others' models. */
export const evaluatesModels = (sentence: string): boolean => modelsEvaluatedIn(sentence) !== null;

/**
 * A verb or noun of measuring or study anywhere in a sentence ("evaluate", "assessment",
 * "benchmark", "compared", "probes"): what such a sentence names may be what is measured.
 */
const MEASURING =
  /\b(?:evaluat|assess|benchmark|measur|compar|test|analy[sz]|audit|examin|investigat|prob(?:e|es|ed|ing)\b)/iu;
export const measures = (sentence: string): boolean => MEASURING.test(sentence);

/**
 * A verb of study whose object is a named model itself, or what the model can do: "we explore the
 * capabilities of GPT-4o", "this work investigates ResNet18 with a focus on its residual stream".
 * A paper that names no method of its own and studies a model the atlas knows measures it, as it
 * would a set of models ("we evaluate four LLMs"); a name the atlas does not know after such a verb
 * is as often the paper's own ("we evaluate EgoH4 on Ego-Exo4D").
 */
const STUDIES = new RegExp(
  // Not the noun: "In this study Llama-3 is fine-tuned", "a pilot study".
  String.raw`(?<!\b(?:this|our|the|a|an|each|case|pilot)\s+)\b(?:evaluat(?:e|es|ed|ing)|assess(?:es|ed|ing)?|analy[sz](?:e|es|ed|ing)|investigat(?:e|es|ed|ing)|` +
    String.raw`examin(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|audit(?:s|ed|ing)?|stud(?:y|ies|ied|ying))` +
    String.raw`(?:\s+the\s+(?:[\p{L}-]+\s+)?(?:capabilit(?:y|ies)|abilit(?:y|ies)|performance|behaviou?rs?|robustness|limitations?|inner\s+workings|representations?)\s+of)?\s+`,
  'giu',
);

/**
 * The models the atlas knows that a sentence studies, each named right after a verb of study, and
 * not given a part to play there ("we investigate Llama-3 as the backbone of our agent").
 */
export function modelsStudiedIn(sentence: string, matcher: PhraseMatcher<MethodEntity>): PlacedMention[] {
  return [...sentence.matchAll(STUDIES)].flatMap((verb) => {
    const start = verb.index + verb[0].length;
    const [first] = specificModels(sentence.slice(start), matcher);
    if (!first || first.start !== 0 || !first.entity?.model) return [];
    return AS_ROLE.test(sentence.slice(start + first.end)) ? [] : [first];
  });
}

/**
 * The specific models a sentence names: the vocabulary's model families as written with their
 * version ("Llama 4", "Gemma 3"), and names the vocabulary does not know written with a version
 * ("Jamba 1.6", "GPT-5.2"); an unknown name without one is as often the study's own module or
 * benchmark. A family written as such ("LLMs") is not a specific model.
 *
 * An unknown name with a number is a model only where the name or the sentence says so: a size or
 * a release written into it ("Qwen2.5-VL-72B", "Wan2.1"), the noun of a model before or after it
 * ("the framework AppAgent-v1", "the best model, Gemini-2.5-Pro", "Jamba 1.6 models"), or being
 * listed or compared with a method the atlas knows or such a model (things listed or compared
 * together are of one kind: "CRF and Seq2Seq", "four LLMs: X, Y and Z", "Jamba 1.6 trails GPT-5.2").
 * Alone, a number makes many names that are none: "emitting CO2", "Industry 4.0 standards", "a cost
 * of under USD 100", "Sentinel-2 images", "PM2.5", "an NVIDIA H100".
 */
export function specificModels(text: string, matcher: PhraseMatcher<MethodEntity>): PlacedMention[] {
  const mentions = mentionsIn(text, matcher).filter(
    (mention) => !definesTerm(text, mention) && !mention.asFamily && !mention.entity?.family,
  );
  const numbered = (mention: PlacedMention) => mention.strong === true && /\p{N}/u.test(mention.name);
  const saysModel = (mention: PlacedMention) =>
    MODEL_SHAPED.test(text.slice(mention.start, mention.end)) ||
    MODEL_AFTER.test(text.slice(mention.end)) ||
    MODEL_BEFORE.test(text.slice(0, mention.start));
  // Listed or compared with a known method or a model: only a list's joints or a verb of comparing
  // between the two. A list passes it on from item to item, through names without a number too
  // ("four LLMs: X, Y and Z", "ResNet18, SqueezeNet and EfficientNet-B0").
  const joined = (a: PlacedMention, b: PlacedMention) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return JOINED.test(text.slice(first.end, second.start));
  };
  const linked = new Set(mentions.filter((mention) => mention.entity || (numbered(mention) && saysModel(mention))));
  for (let added = true; added;) {
    added = false;
    for (const mention of mentions)
      if (!linked.has(mention) && [...linked].some((other) => joined(mention, other))) {
        linked.add(mention);
        added = true;
      }
  }
  return mentions.filter((mention) =>
    mention.entity ? mention.entity.model : numbered(mention) && linked.has(mention),
  );
}

/**
 * A size or a release written into a name: "Qwen2.5-VL-72B", "Qwen2.5-7b", "Wan2.1", "FreeZeV2.1",
 * "EfficientNetV2", "YOLOv11n"; a release after a lower-case letter or a hyphen, not a capital
 * ("PM2.5", "RCP8.5" name measures).
 */
const MODEL_SHAPED =
  /\d(?:\.\d+)?[BMb](?![\p{L}\p{N}])|(?:\p{Ll}|\p{L}-)[vV]?\d+\.\d+$|(?:\p{Ll}[vV]|\p{Lu}v)\d+(?:\.\d+)?\p{Ll}?$/u;
/** The noun of a model before a name: "the framework Mobile-Agent-v2", "the best model, X", "four LLMs: X". */
const MODEL_BEFORE = /\b(?:models?|LLMs?|VLMs?|MLLMs?|frameworks?|detectors?|agents?|generators?)\s*[,:(]?\s*$/u;
/**
 * The noun of a model after a name, or its size: "Jamba 1.6 models", "Falcon2 11B", "o1, the
 * best-performing model, …"; the noun must head its phrase ("CO2, a model pollutant" is no model).
 */
const MODEL_AFTER =
  /^(?:\s+\d+(?:\.\d+)?[BMb]\b)?\s+(?:models?|LLMs?|VLMs?|MLLMs?|checkpoints?|variants?)\b|^\s+\d+(?:\.\d+)?[BMb]\b|^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:models?|LLMs?|VLMs?|MLLMs?)(?=\s*[,.;:)]|\s+(?:of|for|in|on|to|from|that|which|with|by|is|was|are|were)\b)/u;
/** What joins two names listed or compared together: "X, Y and Z", "X/Y", "X vs. Y", "X trails Y". */
const JOINED =
  /^\s*(?:[,;/&]\s*(?:and\s+|or\s+)?|(?:and|or|vs\.?|versus|than|(?:outperforms?|surpass(?:es)?|trails?|beats?|matches|exceeds?)(?:\s+the)?)\s+)$/u;

/**
 * "99 random distractors (RD100)": an acronym the sentence defines for words written in lower case
 * names a term of the study, not a model.
 */
function definesTerm(text: string, mention: PlacedMention): boolean {
  if (mention.entity) return false;
  // Found at its long form ("99 random distractors (RD100)") or as the word in parentheses.
  const written = text.slice(mention.start, mention.end);
  const at = written.endsWith(`(${mention.name})`) ? mention.end - mention.name.length - 1 : mention.start;
  const before = text.slice(Math.max(0, at - 120), at);
  if (!/\(\s*$/u.test(before)) return false;
  // The acronym's letters, digits aside ("RD100"), are the initials of the words before it.
  const letters = mention.name.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = before
    .replace(/\s*\(\s*$/u, '')
    .split(/[\s-]+/u)
    .slice(-letters.length);
  const initials = words.map((word) => word[0] ?? '').join('');
  return letters.length >= 2 && initials.toLowerCase() === letters && words.every((word) => !/\p{Lu}/u.test(word));
}

/**
 * A title that announces a study of models: "An Empirical Study of GPT-4o's Image Generation",
 * "Evaluating Vision-Language Models on Charts". What such a paper measures, it compares.
 */
const STUDY_TITLE =
  /\b(?:(?:empirical|systematic|comparative|case)\s+stud(?:y|ies)|evaluation|assessment|benchmarking|audit|analysis)\s+(?:of|on)\b|(?:^|:\s*)(?:evaluating|benchmarking|assessing|auditing|analy[sz]ing|probing|investigating)\b/iu;
/** A title that asks what models can do: "Are Large Language Models Good at Detecting Propaganda?". */
const QUESTION_ABOUT_MODELS =
  /^(?:are|can|do|does|is|how (?:well|good|far))\b[^?:]*\b(?:LLMs|(?:language|foundation|vision-language|reasoning) models|VLMs|MLLMs|LVLMs)\b[^?:]*\?/iu;
export const isStudyTitle = (title: string): boolean => STUDY_TITLE.test(title) || QUESTION_ABOUT_MODELS.test(title);

/**
 * A survey or review: the methods it names are what it reviews, not what it builds on, uses or
 * measures against, so it states no relations of its own.
 */
const SURVEY_TITLE = /\b(?:survey|review|overview)\b/iu;
const SURVEY_SENTENCE =
  /\b(?:(?:this|our|the present) (?:survey|review|overview)|(?:we|this (?:paper|article|work)) (?:\w+ly )?(?:survey|review)s?)\b/iu;
export function isSurvey(title: string, abstract: string): boolean {
  return SURVEY_TITLE.test(title) || SURVEY_SENTENCE.test(abstract);
}
