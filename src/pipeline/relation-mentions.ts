import { findLongForm, looksLikeAcronym } from './acronyms';
import { isCoinedWord } from './name-from-title';
import { COMPOUND_SUFFIX, isCompoundAdjective, PARTICIPLE_SUFFIX } from './name-from-abstract';
import { KIND_OF_NAME, namedByKind, titleCaseName } from './open-names';
import { FUNCTION_WORDS } from './text';
import type { MethodEntity } from './extract-relations';
import type { PhraseMatcher } from './match-terms';
import { COORDINATION, FILLER } from './relation-cues';
import { FAMILY_USE, NOT_A_VERB_AFTER, VARIANT_WORDS, VERSION_AFTER } from './relation-lists';

/**
 * Finding the methods and models a sentence names: after a cue ("outperforms the vanilla LoRA"),
 * in a list ("over LoRA, PiSSA and DoRA"), or anywhere in it (`mentionsIn`).
 */

export interface Mention {
  entity: MethodEntity | null;
  name: string;
  end: number;
  /** Written as a family: "GNNs", "CLIP-based", "MoE architectures". */
  asFamily?: boolean;
  /** Known to the atlas, or evidently a proper name, so a weak cue ("using", "via") may govern it. */
  strong?: boolean;
  /** An acronym of words in lower case ("convolutional neural network (CNN)"): as often a field's term. */
  term?: boolean;
  /** The model's size as written after its name ("7B" of "Llama-2-7B", "27B IT" of "Gemma 3 27B IT"). */
  size?: string;
}

/** A compound adjective in lower case, then a space: "guideline-based", "fine-tuned". */
const LOWER_COMPOUND = new RegExp(String.raw`^\p{Ll}[\p{Ll}-]*(?:${COMPOUND_SUFFIX}|${PARTICIPLE_SUFFIX})\s+`, 'u');

/** "DINOv3 models", "Stable Diffusion 3 variants": the sizes or releases of one versioned model. */
const RELEASES_AFTER = /^\s+(?:models|variants|architectures|backbones|checkpoints)\b/u;

/** Whether what follows a name makes it a family, unless it names one model (`oneModel`), whose releases "models" then are. */
const familyAfter = (after: string, oneModel: boolean): boolean =>
  FAMILY_USE.test(after) && !(oneModel && RELEASES_AFTER.test(after));

/**
 * Whether a name is written as a family ("CLIP-based methods", "GNN models"); a name with its
 * version before "models", or a model the vocabulary lists, names the releases of that one model
 * ("the baseline DINOv3 models", "experiments on GPT-2 and Llama architectures", "Pythia models").
 */
export function writtenAsFamily(name: string, after: string, model = false): boolean {
  return familyAfter(after, model || /\p{N}/u.test(name));
}

/**
 * A name followed by the kind of hardware it is, or by a unit of its time ("one A100 day"), past
 * the rest of its model name ("GeForce RTX 2080 Ti GPU").
 */
const HARDWARE_AFTER =
  /^(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*){0,3}\s+(?:GPUs?|TPUs?|NPUs?|CPUs?|chips?|cards?|accelerators?|clusters?|devices?|phones?|boards?|(?:GPU[\s-])?(?:days?|hours?))\b/u;
/** A processing unit by its acronym ("NPU", "EdgeTPU", "TPU v4"): hardware, whatever it is called before. */
const PROCESSING_UNIT = /\p{Lu}PUs?(?:[\s-]*v?\d[\p{L}\p{N}.]*)?$/u;
/**
 * A number format ("FP16", "BF16", "INT4", "MXFP4") or the bits of weights and activations ("W4A8"):
 * the precision a model runs at, not a method.
 */
const NUMBER_FORMAT = /^(?:(?:[A-Z]{0,4}FP|BF|TF|U?INT|E\dM)\d{1,2}|W\d{1,2}A\d{1,2})$/u;

/** "Sonnet 4.5" after "Claude", "Pro 1.5" after "Gemini": a variant's name before its version. */
const VARIANT_BEFORE_VERSION = /^(?:\s+\p{Lu}\p{Ll}+){1,2}(?=(?:\s+|-)v?\d)/u;

/**
 * A variant's word written after a model named whole, as after a version ("GPT-4o mini", "Gemini
 * Flash"): the same words `VERSION_AFTER` reads after a version, not a verb after it ("… mini is").
 */
const VARIANT_WORD_AFTER = new RegExp(
  String.raw`^\s+(?:${VARIANT_WORDS.split('|')
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|')})(?![\p{L}\p{N}-])${NOT_A_VERB_AFTER}`,
  'u',
);

/**
 * A version written with a capital V after a model's name and a space: "DeepSeek V3", "ConvNeXt
 * V2", "DeepLab V3+". Only after a model the atlas knows: after any capitalised word it would as
 * often be a part of a longer name.
 */
const CAPITAL_V_VERSION = /^\s+V\d+(?:\.\d+)*\+?(?![\p{L}\p{N}])/u;
/** The release of a method that is no model, written with its "v": "MoCo V3", "MoCo v2", "DeepLab-v3+". */
const METHOD_VERSION = /^(?:\s+|-)?[vV]\d+(?:\.\d+)*\+?(?![\p{L}\p{N}])/u;

/** The version written after a model family's name, with a variant's name before it when there is one. */
function modelVersion(after: string): string {
  const variant = after.match(VARIANT_BEFORE_VERSION)?.[0] ?? '';
  const version = after.slice(variant.length).match(VERSION_AFTER)?.[0] ?? '';
  const written = version
    ? variant + version
    : (after.match(VERSION_AFTER)?.[0] ??
      after.match(CAPITAL_V_VERSION)?.[0] ??
      after.match(VARIANT_WORD_AFTER)?.[0] ??
      '');
  // "Claude-3.7-sonnet-think": a hyphen joins the variant's words to the name, as one word.
  return written ? written + (after.slice(written.length).match(JOINED_VARIANT)?.[0] ?? '') : '';
}

/** Suffixes a hyphen joins to a name to make an adjective of it: "LoRA-based", "CLIP-guided". */
export const ADJECTIVE_SUFFIX = String.raw`based|like|style|type|family|sized?|scale|level|free|aware|specific|only|guided|driven|powered`;

/** Lower-case words joined by hyphens after a version, but not a suffix that makes an adjective ("-based"). */
const JOINED_VARIANT = new RegExp(
  String.raw`^(?:-(?!(?:${ADJECTIVE_SUFFIX}|generated)\b)\p{Ll}[\p{Ll}\p{N}]*(?![\p{L}\p{N}]))+`,
  'u',
);

/** The adjective suffixes as a title capitalises them: "SAM-Based Network", "CLIP-Guided". */
const TITLED_ADJECTIVE_SUFFIX = ADJECTIVE_SUFFIX.replace(
  /(^|\|)(\p{Ll})/gu,
  (_, bar: string, letter: string) => bar + letter.toUpperCase(),
);
/**
 * What a hyphen joins to a known name makes another name, written as one word: a variant
 * ("GPT-4o-mini", "SD3-Medium", "SegFormer-B0", "BERT-base-uncased", "RoBERTa-CRF") or a successor
 * ("U-Net++"); a lower-case word too ("SAM-adapter"). Not a suffix that makes an adjective
 * ("LoRA-based", "CLIP-guided", "DPO-trained", "GPT-4-generated", and in a title "SAM-Based"), nor
 * a preposition after a dash used as punctuation ("Stable Diffusion-into 3D").
 */
const JOINED_NAME = new RegExp(
  String.raw`^(?:-(?!(?:${ADJECTIVE_SUFFIX}|${TITLED_ADJECTIVE_SUFFIX}|blind|agnostic|centric|compatible|friendly|ready|native|wise|efficient|invariant|equivariant|as|to|into|onto|from|by|at|via|vs|of|and|or|in|on|for|with|the|a|an)\b)(?!\p{Ll}+(?:ed|ing|en)\b)[\p{L}\p{N}](?:[\p{L}\p{N}]|\.(?=[\p{L}\p{N}]))*)+(?:\+\+)?(?![\p{L}\p{N}-])|^\+\+(?![\p{L}\p{N}])`,
  'u',
);

/** A list going on after an item: a comma or "and"/"or", then a capital or a digit. */
const LIST_GOES_ON = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)[\p{Lu}\p{N}]/u;

/**
 * "outperforms Informer and Autoformer": a capitalised word inside a sentence is a proper name in
 * English. Not at a sentence's start or after a colon, where any word is capitalised, and not one
 * of a run of capitalised words ("Graph Neural Networks"), which spells out a long form.
 */
function isProperNoun(text: string, start: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  const before = text.slice(0, start).trimEnd();
  const after = text.slice(start + word.length);
  // "baselines (Kalibr, COLMAP, VINS-Mono)": the first item of a bracketed list is a name, as a
  // word after any other bracket may open a sentence of its own.
  const listed = before.endsWith('(') && LIST_GOES_ON.test(after);
  if (before === '' || (/[.!?:;"“(]$/u.test(before) && !listed) || /\p{Lu}[\p{L}-]*$/u.test(before)) return false;
  return !/^\s+\p{Lu}/u.test(after);
}

/**
 * Words a number follows that are not names with a version: quantifiers ("All 2100 puzzles", "Each
 * 3 steps"), prepositions ("Across 14 benchmarks"), the nouns documents number their parts, steps
 * and studies by ("Table 2", "Stage 1", "Top 5", "Layers 10", "Studies 1a"), and months ("Jan 20, 2025").
 */
const NUMBERED_WORD =
  /^(?:all|each|every|both|some|any|most|many|few|several|only|first|last|across|over|under|after|before|between|during|within|among|per|via|around|about|above|below|beyond|through|towards?|upon|into|onto|without|against|along|since|until|up|to|on|in|at|of|for|from|with|by|than|(?:table|figure|fig|section|chapter|appendix|eq|equation|stage|phase|step|level|round|version|top|day|week|year|task|track|part|case|experiment|setting|problem|theorem|lemma|layer|head|block|epoch)s?|stud(?:y|ies)|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/iu;

/** A word in "-ing" before a number opens a clause ("Evaluating 20 models", "Using 5 folds"); it names nothing. */
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;
/**
 * Statements and the objects they are about: named after a person, still no method. A measure so
 * named may be one ("baselines such as Mahalanobis distance").
 */
const EPONYM_OBJECT = String.raw`formula|theorem|inequality|curve|equation|law|principle|theory|effect|bound|criterion|polynomials?|integral|taxonomy|hierarchy|scale|index|coefficient|correlation|paradox|conjecture|lemma|hypothesis|constant`;
const EPONYM_HEAD = String.raw`${EPONYM_OBJECT}|distance|entropy|divergence|kernel|noise|filter(?:ing)?|transform|process|chain|coding|operator|detector|detection|rule|extension|test|sampling|sampler|decomposition|expansion|approximation`;
const EPONYM_OBJECT_END = new RegExp(String.raw`\s(?:${EPONYM_OBJECT})$`, 'u');
/**
 * The noun of a mathematical object after a person's name, possessive or not, with one modifier
 * before it: "'s formula", " distance", "' forgetting curve", " edge detector"; after a possessive,
 * a method too ("Shor's algorithm"), where "the Informer model" names a model by its kind.
 */
const EPONYM_TERM = new RegExp(
  String.raw`^(?:['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:${EPONYM_HEAD}|method|algorithm|scheme)|\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:${EPONYM_HEAD}))(?![\p{L}\p{N}-])`,
  'u',
);

/**
 * A bound prefix joined to one name makes a word of another kind: "through multi-LLM
 * collaboration", "pre-ChatGPT text", "non-LLM baselines", "zero-RL training". Not a model named
 * with more parts ("all-MiniLM-L6-v2"). The prefixes that join a name, not those that make another
 * word of a topic's phrase ("pre-rendering", mention-context.ts).
 */
const NAME_PREFIX = String.raw`(?:multi|cross|non|inter|intra|pre|post|sub|semi|anti|self|co|zero)-`;
const PREFIXED_NAME = new RegExp(String.raw`^${NAME_PREFIX}\p{Lu}[\p{L}\p{N}]*$`, 'u');
const BOUND_PREFIX_HEAD = new RegExp(String.raw`^${NAME_PREFIX}$`, 'iu');
const PREFIX_BEFORE_NAME = new RegExp(String.raw`(?:^|[^\p{L}\p{N}-])${NAME_PREFIX}$`, 'u');

/** A version that is a year: "2023", " 2024". */
const YEAR = /^[\s-]*(?:19|20)\d\d(?!\d)/u;

/** The noun a long form and its acronym name a method by: "the … (BCD) algorithm". */
export const METHOD_HEAD_AFTER =
  /^[\s-]+(?:algorithm|method|technique|approach|model|framework|architecture|network|solver|optimi[sz]er|estimator)s?\b/iu;
/** "the recent method of representation alignment (REPA)": a method named by what it does. */
const METHOD_OF_BEFORE = /\b(?:method|algorithm|technique|approach)\s+of\s+$/iu;

/** Plural nouns of approach: after a name, they make it a kind of approach ("Fed-LT approaches"). */
const KIND_OF_APPROACH = /^\s+(?:methods|approaches|techniques|paradigms|families)\b/u;
/**
 * "advanced ANN trackers", "ASR systems": a bare acronym the atlas does not know, before the plural
 * of a kind of system, names a class of them. Not a known model ("YOLOv8 detectors", "BERT
 * classifiers" are that model's), nor "networks" or "solvers", which after letters a paper defines
 * head its own method's name.
 */
const KIND_OF_SYSTEM = /^\s+(?:systems|trackers|detectors|classifiers)\b/u;
/**
 * "a standard TBD pipeline", "a native CUA model": a bare acronym the atlas does not know, between
 * an indefinite article and the singular noun of a kind of system, says which kind the one thing
 * is, as an adjective would; a method's own name takes "the" ("the GRPO framework").
 */
const INDEFINITE_BEFORE_KIND = /\b(?:[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const KIND_OF_ONE =
  /^\s+(?:model|pipeline|framework|system|method|approach|agent|architecture|network|algorithm|paradigm)\b/u;

/** "(ACR)" right after a name. */
export const ACRONYM_AFTER = /^\s*\(([^()\s,;]{2,15})\)/u;

/** A subject or a relative word: what follows it is a clause, not a name. */
const CLAUSE_OPENER = /\b(?:we|they|it|which|who|whose)\b/iu;
/** "Long Form (ACR)" at the start of a text: the long form and the acronym it defines. */
const DEFINED_AT_START =
  /^((?:[\p{L}\p{N}][\p{L}\p{N}'-]*\s+){0,6}?[\p{L}\p{N}][\p{L}\p{N}'-]*)\s*\(([^()\s,;]{2,15})\)/u;

/** A parameter count in millions or billions ending a name: "-7B", " 8B", " (7B)"; "GSM8K" has none. */
const SIZE_AT_END = /(?:[-\s]|\s*\()(\d+(?:\.\d+)?[BbMm])\)?$/u;
/** A parameter count right after a name: "Llama3 8B", "Qwen2.5-72B", "Mistral (7B)". */
const SIZE_AFTER = /^(?:[-\s]|\s*\()(\d+(?:\.\d+)?[BbMm])\)?(?![\p{L}\p{N}])/u;
/** The tuning a size may be followed by: "-Instruct", " IT", "-chat". */
const TUNING_AFTER = /^[-\s](?:[Ii]nstruct|[Cc]hat|IT|[Bb]ase)(?![\p{L}\p{N}-])/u;

/**
 * The size a model's name is written with, in `written` (the name as read) or right after it in
 * `after`, and how much of `after` it takes: "Llama-3.3-70B" is Llama 3.3 at 70B parameters, which
 * a relation keeps apart from the name (a page is about the model, a comparison is with one size).
 */
export function modelSize(written: string, after: string): { size: string; length: number } | null {
  const inName = written.match(SIZE_AT_END)?.[1];
  const next = inName ? null : after.match(SIZE_AFTER);
  const count = inName ?? next?.[1];
  if (!count) return null;
  const taken = next?.[0].length ?? 0;
  const tuning = after.slice(taken).match(TUNING_AFTER)?.[0] ?? '';
  return { size: count + (tuning ? ` ${tuning.slice(1)}` : ''), length: taken + tuning.length };
}

/**
 * A model's name as a relation names it: the version kept, the size dropped ("LLaMA-2-7B" →
 * "LLaMA-2"). Written all in lower case ("a stable diffusion model"), it takes the vocabulary's
 * spelling, `label`, when there is one.
 */
export function modelTargetName(written: string, label?: string): string {
  if (label && !/\p{Lu}/u.test(written) && written.toLowerCase() === label.toLowerCase()) return label;
  // A size is set off by a hyphen, a space or a bracket ("Mistral (7B)"); "GSM8K" keeps its number.
  return written.replace(/(?:[-\s]|\s*\()\d+(?:\.\d+)?[BbMmKkTt]\)?$/u, '');
}

/** "'s o4-mini": a possessive, then what the owner made; a product's name may be lower-case with a digit. */
const POSSESSIVE = /['’]s\s+/uy;
const LOWER_CASE_PRODUCT = /^\p{Ll}[\p{Ll}\p{N}]*\d[\p{L}\p{N}.-]*[\p{L}\p{N}]|^\p{Ll}\d/u;

/**
 * "OpenAI's o4-mini", "Meta's Llama 3": a possessive names the owner, and the name is what it
 * owns, when a name follows. Without one ("GPT-4o's results") the owner is the name.
 */
function ownedName(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  POSSESSIVE.lastIndex = offset;
  const possessive = POSSESSIVE.exec(text)?.[0];
  if (!possessive) return null;
  const at = offset + possessive.length;
  const product = text.slice(at).match(LOWER_CASE_PRODUCT)?.[0];
  if (product) return { entity: null, name: modelTargetName(product), end: at + product.length, strong: true };
  const named = mentionAt(text, at, matcher, false);
  return named?.strong ? named : null;
}

/**
 * A coined name after the dimensions it works in: "3D-DenseNet", "2D-UNet". Not an acronym after
 * them, which as often names a task or data ("4D-PSG", "4D-CTA"), nor a plain word ("3D-Proj").
 */
function dimensionedName(word: string): boolean {
  const name = word.match(/^[1-4]D-(.+)$/u)?.[1];
  return name !== undefined && /\p{Ll}/u.test(name) && isCoinedWord(name);
}

/** A word cut where a lost space after a full stop joined it to the next sentence's first word. */
function sentenceEndWithin(word: string | undefined): string | undefined {
  const joined = word?.match(/\.(\p{Lu}\p{Ll}*)$/u);
  return joined && FUNCTION_WORDS.has((joined[1] as string).toLowerCase()) ? word!.slice(0, joined.index) : word;
}

/**
 * The method named at the very start of `text`: a known method or model (from the matcher), a
 * long form with the acronym it defines ("block coordinate descent (BCD)"), or a name-shaped word
 * that only a cue tells us is a method: a coined word ("DeepSpeed", "GPT4-Turbo") or a
 * capitalised word with a version ("Jamba 1.6").
 */
export function mentionAt(
  text: string,
  offset: number,
  matcher: PhraseMatcher<MethodEntity>,
  skipFiller = true,
): Mention | null {
  const rest = text.slice(offset);
  const filler = skipFiller ? (rest.match(FILLER)?.[0].length ?? 0) : 0;
  const found = mentionStartingAt(text, offset + filler, matcher);
  if (found || !skipFiller) return found;
  // "compared with guideline-based CAPRA-S", "than fine-tuned Llama": a compound adjective in lower
  // case before a name, when it does not start one itself ("classifier-free guidance").
  const compound = rest.slice(filler).match(LOWER_COMPOUND)?.[0].length ?? 0;
  if (compound > 0) return mentionStartingAt(text, offset + filler + compound, matcher);
  // "leveraging the diffusion model Instruct Pix2Pix", "fine-tune the unified multimodal generation
  // baseline Bagel": a noun of the kind, then the name, in apposition; the name is the cue's object.
  const noun = rest.match(KIND_THEN_NAME)?.[0].length ?? 0;
  if (noun === 0) return null;
  // "the baseline RGB-only DiffusionDet": a compound adjective before the name qualifies it.
  const kind = noun + (rest.slice(noun).match(COMPOUND_ADJECTIVE)?.[0].length ?? 0);
  const named = mentionStartingAt(text, offset + kind, matcher);
  if (named?.entity) return named;
  // The apposition says the words after the noun are a name, however they are written: a plain
  // capitalised word ("Bagel") or a run of them ("Instruct Pix2Pix").
  const run = rest.slice(kind).match(NAME_RUN)?.[0].replace(/[.]+$/u, '');
  if (run && (!named || named.end < offset + kind + run.length))
    return { entity: null, name: run, end: offset + kind + run.length, strong: true };
  return named ? { ...named, strong: true } : null;
}

const COMPOUND_ADJECTIVE = new RegExp(String.raw`^[\p{L}\p{N}]+-(?:${ADJECTIVE_SUFFIX})\s+`, 'u');
/** ", a commercial multi-agent model": an apposition after a name that says it is a kind of method. */
const KIND_APPOSED =
  /^,\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:model|method|algorithm|technique|framework|architecture|network|detector|system|tool|library|LLM|VLM|MLLM)s?\b/u;
/** Up to three words, each starting with a capital or a digit: "Instruct Pix2Pix", "Bagel". */
const NAME_RUN = /^\p{Lu}[\p{L}\p{N}.+-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+-]*){0,2}/u;

/** "the diffusion model ", "the strongest baseline ": an article, words in lower case, a noun of a kind of method. */
const KIND_THEN_NAME =
  /^(?:the|a|an)\s+(?:[\p{Ll}\p{N}-]+\s+){0,4}?(?:model|baseline|detector|backbone|encoder|decoder|network|architecture|method|algorithm|technique|generator|classifier|tokenizer|optimi[sz]er|LLM|VLM|MLLM|LVLM|agent|retriever|reranker|teacher|student)\s+(?=[\p{Lu}\p{N}]|\p{Ll}+[\p{Lu}\p{N}-])/u;

/**
 * "Mini-Gemini", "Open-Sora", "Video-LLaVA": a known name joined by a hyphen to a capitalised word
 * before it names another model, made after the known one, not the known one. Not after a bound
 * prefix ("Multi-LoRA"), which `PREFIXED_NAME` reads.
 */
export function gluedToKnownName(word: string, matcher: PhraseMatcher<MethodEntity>): boolean {
  const head = word.match(/^\p{Lu}[\p{L}\p{N}]*-/u)?.[0];
  // "Self-", "Cross-", "Multi-": a bound prefix makes another word of the name, not another name.
  if (!head || BOUND_PREFIX_HEAD.test(head)) return false;
  const tail = word.slice(head.length);
  return matcher.wholeMatch(tail) !== undefined;
}

/** The method named at `start` of `text`, with no words before it skipped (see `mentionAt`). */
function mentionStartingAt(text: string, start: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  const window = text.slice(start, start + 120);
  const defined = window.match(DEFINED_AT_START);
  // Words before the long form may qualify it ("the pre-trained Segment Anything Model (SAM)"), but
  // not open a clause of their own: "we employed techniques including supervised fine-tuning (SFT)".
  const spelled = defined?.[1] && defined[2] ? findLongForm(defined[2], defined[1]) : null;
  const wordsBefore = spelled ? defined![1]!.trim().slice(0, -spelled.length).trim() : '';
  // "StableMotion framework takes … Stable Diffusion (SD)": a coined name, then more words, is a
  // name of its own and the clause it opens, not a qualifier of the long form after it.
  const [firstBefore, ...restBefore] = wordsBefore.split(/\s+/u);
  const namedBefore = restBefore.length > 0 && isCoinedWord(firstBefore ?? '');
  if (
    defined?.[1] &&
    defined[2] &&
    looksLikeAcronym(defined[2]) &&
    spelled &&
    defined[1].trim().endsWith(spelled) &&
    !CLAUSE_OPENER.test(wordsBefore) &&
    !namedBefore
  ) {
    const acronym = defined[2];
    // Known by the acronym, or by the long form it abbreviates: "Stable Diffusion (SD)" is the
    // vocabulary's Stable Diffusion, whatever the letters.
    const longForm = defined[1].replace(/\s+$/u, '');
    const known = matcher.wholeMatch(acronym) ?? matcher.wholeMatch(longForm);
    const after = window.slice(defined[0].length);
    // "we incorporate a Detail Preservation Network (DPN)": a name in capitals after an indefinite
    // article is a new thing, the work's own part, not a method another work named ("based on an
    // ELM-based autoencoder (ELM-AE)" names a kind of method the work takes).
    const words = defined[1].split(/\s+/u);
    const titleCase =
      words.filter((word) => /^\p{Lu}/u.test(word)).length >= 2 &&
      words.slice(0, -1).every((word) => /^[\p{Lu}\p{N}]|^(?:of|for|and|the|in|on|with)$/u.test(word));
    if (!known && titleCase && /(?:^|\s)(?:a|an)\s+$/iu.test(text.slice(Math.max(0, start - 4), start))) return null;
    return {
      entity: known?.term ?? null,
      name: known && !known.term.model ? known.term.name : acronym,
      end: start + defined[0].length,
      // "vision foundation models (VFMs)": a plural acronym names a kind of thing. "Stable Diffusion
      // (SD) models" are the releases of a known model, as its name alone before "models" is; an
      // acronym only this abstract defines before "models" names a kind ("Text-to-3D (T3DG) models").
      asFamily: familyAfter(after, known?.term.model === true && !known.term.family) || /\p{Lu}s$/u.test(acronym),
      // Known to the atlas, a long form written as a proper name, or one named as a method ("the
      // block coordinate descent (BCD) algorithm", "the method of representation alignment (REPA)").
      strong:
        known !== undefined ||
        /\p{Lu}/u.test(defined[1]) ||
        METHOD_HEAD_AFTER.test(after) ||
        METHOD_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start)),
      term: known === undefined && !/\p{Lu}/u.test(defined[1]),
    };
  }
  // A known name may begin with signs the matcher does not count as its words ("%%{init}%%Net").
  const lead = window.match(/^[^\p{L}\p{N}\s]*/u)?.[0].length ?? 0;
  const known = matcher.matchAtStart(window).find((match) => match.start <= lead);
  if (known) {
    // A method's release is written with a "v" ("MoCo V3", "DeepLab-v2"); a model's in more ways.
    const version = known.term.model
      ? modelVersion(window.slice(known.end))
      : (window.slice(known.end).match(METHOD_VERSION)?.[0] ?? '');
    const joined = version ? '' : (window.slice(known.end).match(JOINED_NAME)?.[0] ?? '');
    // What is written after the known name and belongs to it: a version, or a joined variant.
    const suffix = version || joined;
    // "GPT-4o's limitations": the matcher reads a possessive as the word; the name is without it.
    const written = known.text.replace(/['’]s$/u, '') + suffix;
    // "Segment Anything Model (SAM)": the acronym the abstract defines is what readers call it.
    const acronym = window.slice(known.end + suffix.length).match(ACRONYM_AFTER);
    const defines = acronym?.[1] && findLongForm(acronym[1], written) ? acronym : null;
    const name =
      defines?.[1] ??
      (known.term.model ? modelTargetName(written, known.term.name) : suffix ? written : known.term.name);
    const named = known.end + suffix.length + (defines?.[0].length ?? 0);
    const sized = known.term.model && !defines ? modelSize(written, window.slice(named)) : null;
    const end = named + (sized?.length ?? 0);
    const asFamily =
      writtenAsFamily(name, window.slice(end), known.term.model === true && !known.term.family) ||
      (known.text.endsWith('s') && !name.endsWith('s'));
    return { entity: known.term, name, end: start + end, asFamily, strong: true, ...(sized && { size: sized.size }) };
  }
  // "OpenAI's CLIP model", "OpenAI's GPT4o model": a possessive names the owner, and the name is what
  // it owns when that is surely a name; "Pollard's Rho algorithm" keeps the person's name in it.
  const owner = window.match(/^\p{Lu}[\p{L}\p{N}-]*(?=['’]s\s)/u)?.[0];
  const ownersName = owner ? ownedName(text, start + owner.length, matcher) : null;
  if (ownersName) return ownersName;
  // "apply the Integrated Gradients algorithm": words in capitals, then the kind of thing they name.
  const byKind = namedByKind(window, text.slice(Math.max(0, start - 40), start));
  if (byKind) return { entity: null, name: byKind, end: start + byKind.length, strong: true };
  // "an implementation based on Answer Set Programming": words in capitals mid-sentence are a proper
  // name, of a method only where a cue that surely governs one says so (not strong).
  const titled = titleCaseName(window, text.slice(Math.max(0, start - 40), start));
  // As often a field's term (`term`): a list with a surer name in it does not make it one ("ReLiK, a
  // state-of-the-art Entity Linking framework").
  if (titled) {
    // "Grok Heavy, a commercial multi-agent model": an apposition that says what it is makes it a name.
    const apposed = KIND_APPOSED.test(text.slice(start + titled.length));
    return { entity: null, name: titled, end: start + titled.length, strong: apposed, term: !apposed };
  }
  // "reasoning based on them--UV-CoT can …": a double hyphen is a dash between words; so is a
  // period before a capitalised word ("fused representations.Additionally, we …"), a space lost; so
  // is one before a function word that opens the next sentence ("captured using DVS.In addition").
  const written = window
    .match(/^[\p{L}\p{N}][\p{L}\p{N}^{}*.+-]*[\p{L}\p{N}}*+]|^[\p{L}]{2,}/u)?.[0]
    ?.split(/--|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/u)[0];
  // "three 3D reconstruction models-Hunyuan-3D, Trellis-3D, and Ouroboros-3D-on custom datasets": a
  // hyphen between a plural noun in lower case and a name, or between a name and a word that opens
  // the phrase after it, is a dash between words.
  const dashed = written?.match(DASH_AFTER_PLURAL)?.[0];
  if (dashed) return mentionStartingAt(text, start + dashed.length, matcher);
  const word = sentenceEndWithin(written?.replace(DASH_BEFORE_WORD, ''));
  if (!word || (/^\d/u.test(word) && !dimensionedName(word)) || PREFIXED_NAME.test(word)) return null;
  const owned = ownedName(text, start + word.length, matcher);
  if (owned) return owned;
  // "The 17 MLLMs we tested", "All 2100 puzzles": a function word numbers what follows it.
  const numbered =
    /^\p{Lu}/u.test(word) && !NUMBERED_WORD.test(word) && !GERUND.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
  const version = numbered ? (window.slice(word.length).match(VERSION_AFTER)?.[0] ?? '') : '';
  // "NeurIPS 2023", "EndoVis 2024", "January 2025": a year after a word dates a venue, a challenge
  // or a month; a model's release is numbered from 1, not by its year.
  if (YEAR.test(version)) return null;
  const glued = gluedToKnownName(word, matcher);
  if (!isCoinedWord(word) && !version && !glued && !isProperNoun(text, start, word)) return null;
  // "CLIP-based methods", "VLM-powered", "a SAM-Based Network": a name with a word after it is an
  // adjective, not a name; "DiTs", "LLMs": a plural acronym names a kind of thing.
  if (/-\p{Ll}{4,}$/u.test(word) || isCompoundAdjective(word) || /\p{Lu}s$/u.test(word)) return null;
  // "on A100 GPUs": hardware the work ran on, not a method.
  if (HARDWARE_AFTER.test(window.slice(word.length)) || HARDWARE_AFTER.test(window.slice(word.length + version.length)))
    return null;
  // A bare acronym ("RL", "LLM") is as often a field's term as a method; a name with a digit or a
  // lower-case letter inside ("GPT-4o", "SegFormer") is a proper name; a plain capitalised word
  // ("Informer") is one only where a cue that surely governs a method says so.
  const coined = isCoinedWord(word) || version !== '';
  // "a Bayesian learning principle", "the Euclidean distance": an adjective made of a name, a kind
  // of term, not one.
  const adjective = !coined && /(?:ian|ean)$/u.test(word);
  if (adjective && /^\s+\p{Ll}/u.test(window.slice(word.length))) return null;
  // "GPT-4o's limitations": the possessive is not part of the name. "Tweedie's formula", "the
  // Mahalanobis distance": a plain capitalised word before the noun of a mathematical object is a
  // person's name in the name of a term, which is the whole.
  const eponym = coined || adjective ? undefined : window.slice(word.length).match(EPONYM_TERM)?.[0];
  // "reformulating Tweedie's formula", "based on Ebbinghaus' theory": a statement, no method.
  if (eponym && EPONYM_OBJECT_END.test(eponym)) return null;
  const name = eponym ? word + eponym : (word + version).replace(/[.,;:]+$/u, '').replace(/['’]s$/u, '');
  if (PROCESSING_UNIT.test(name) || NUMBER_FORMAT.test(name)) return null;
  const strong =
    glued ||
    (coined && (/\p{Ll}|\p{N}/u.test(name.replace(/^\p{Lu}/u, '')) || version !== '')) ||
    (!coined && !eponym && KIND_APPOSED.test(window.slice(word.length)));
  const end = start + word.length + (eponym?.length ?? version.length);
  // "existing TTA methods": a bare acronym before a kind of method names a field's approach, not one
  // method; so does any name before a plural noun of approach ("pFL and Fed-LT approaches").
  const acronym = /^\p{Lu}{2,}$/u.test(name);
  const asFamily =
    (acronym &&
      (FAMILY_USE.test(text.slice(end)) ||
        KIND_OF_SYSTEM.test(text.slice(end)) ||
        (KIND_OF_ONE.test(text.slice(end)) &&
          INDEFINITE_BEFORE_KIND.test(text.slice(Math.max(0, start - 40), start))))) ||
    KIND_OF_APPROACH.test(text.slice(end));
  const sized = modelSize(name, text.slice(end));
  return {
    entity: null,
    name: modelTargetName(name),
    end: end + (sized?.length ?? 0),
    strong,
    asFamily,
    ...(sized && { size: sized.size }),
  };
}

/**
 * A known method after up to two modifiers: "perform cost-effective QLoRA-based supervised
 * fine-tuning", "outperforms the celebrated DPO". Not past a subject that opens a clause of its own
 * ("Building on Qwen2.5, we employed techniques including DPO").
 */
function mentionAfterModifiers(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  const rest = text.slice(offset);
  const modifiers = rest.match(
    /^(?:(?:the|a|an)\s+)?(?:(?:[\p{L}\p{N}]+-[\p{L}\p{N}-]+|(?!(?:like|such|as|and|or|with|of|for|in|on|to|by|than|from|methods?|approaches|models?|we|they|it|which|who|whose)\s)\p{Ll}+)\s+){1,2}/u,
  )?.[0];
  if (!modifiers) return null;
  const mention = mentionAt(text, offset + modifiers.length, matcher);
  return mention?.entity ? mention : null;
}

/** A known method as the second conjunct: "surpassing full fine-tuning and the state-of-the-art PEFT methods". */
function mentionAfterConjunct(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  const conjunct = text.slice(offset).match(/^[^,.;:()]{1,40}?\s(?:and|or)\s+/u)?.[0];
  // "methods such as DPO and LoRA" is a list of examples, handled as such, not a conjunction.
  if (!conjunct || /\b(?:such as|like|including|e\.g\.)/iu.test(conjunct)) return null;
  const mention = mentionAt(text, offset + conjunct.length, matcher);
  // "how X depicts A with B and Y depicts C": a name before a verb opens a clause of its own.
  if (mention && CLAUSE_VERB_AFTER.test(text.slice(mention.end))) return null;
  return mention?.entity ? mention : null;
}

/** A verb after a name, which makes the name a clause's subject: "Y depicts", "Y is", "Y has been". */
const CLAUSE_VERB_AFTER =
  /^\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|\p{Ll}{3,}(?:[^s]s|ed))\b/u;

/** Every method a cue governs: the first right after it, and those coordinated with it. */
export function targetsAfter(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const targets: Mention[] = [];
  let at = offset;
  for (;;) {
    const mention =
      mentionAt(text, at, matcher) ??
      mentionAfterModifiers(text, at, matcher) ??
      (targets.length === 0 ? mentionAfterConjunct(text, at, matcher) : null);
    if (!mention) break;
    targets.push(mention);
    const joint = text.slice(mention.end).match(COORDINATION)?.[0];
    if (!joint) break;
    at = mention.end + joint.length;
  }
  // "BRICS and r-BRICS", "ML-ELM, ML-FELM and ELM": a list names things of one kind, so beside a
  // name that is surely a method a bare acronym in the same list is one too.
  const sure = targets.some((target) => target.strong && !target.asFamily);
  return sure ? targets.map((target) => ({ ...target, strong: target.strong || !target.term })) : targets;
}

/**
 * What may follow a name that is only capitalised or an acronym for the name to be a whole item of
 * a list: the list's punctuation or conjunction, a verb of the clause ("LIWC and Pattern have"), or
 * the kind of thing the name is ("Levenshtein distances"). "Kalman filtering", "Bayesian inference":
 * a capitalised word before a noun of another kind is an adjective, not a name.
 */
const ITEM_END = new RegExp(
  String.raw`^(?:\s*(?:[,;:.)\]]|$)|\s+(?:and|or|as well as|etc|to|in|on|for|with|from|have|has|had|are|is|were|was|can|could|may|might|will|would|remain|still|already|also|often|typically|usually|generally|mainly|only|achieve|show|rely|use|suffer|fail|struggle|perform|require|provide|offer|lack|exhibit|focus|depend|employ|leverage|adopt|apply|produce|generate|yield|enable|allow|face|ignore|neglect|overlook|assume|\p{Ll}{3,}ed)\b|${KIND_OF_NAME.source.slice(1)})`,
  'u',
);

/**
 * A run of two to four capitalised words that makes one item of a list: "Trial Division",
 * "Microsoft Copilot", "Pollard's Rho". Outside a list such a run as often spells out a long form;
 * as an item between commas it is a name. Not a plural ("Graph Neural Networks"), which names a kind.
 */
const CAPITALISED_ITEM =
  /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){1,3}(?=\s*(?:[,;:.)]|(?:and|or|etc)\b|$))/u;

/**
 * The items of a list of examples that starts at `offset`: each a known method or model, or a
 * name as English writes one (see `mentionAt`), or a run of capitalised words between the list's
 * commas. A name shaped only by its capitals must end its item (`ITEM_END`). The list ends at the
 * first item that is not a name: "such as HMR2.0 and its successors" names one.
 */
export function exampleItems(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const items: Mention[] = [];
  let at = offset;
  for (;;) {
    let item = mentionAt(text, at, matcher);
    const run = text.slice(at).match(CAPITALISED_ITEM)?.[0];
    // "Microsoft Copilot": a longer run of capitals than the name read at its start.
    if (run && !/\p{Ll}s$/u.test(run) && (!item || (!item.entity && item.end < at + run.length)))
      item = { entity: null, name: run.replace(/['’]s$/u, ''), end: at + run.length, strong: true };
    if (!item) {
      // "algorithms like Jaccard, cosine, and Levenshtein distances": a word in lower case between
      // the commas of a list of names is one more item, not the list's end.
      const word = items.length > 0 ? text.slice(at).match(/^\p{Ll}[\p{Ll}-]+(?=\s*,)/u)?.[0] : undefined;
      const joint = word ? text.slice(at + word.length).match(COORDINATION)?.[0] : undefined;
      if (!word || !joint) break;
      at += word.length + joint.length;
      continue;
    }
    const sure = item.entity !== null || item.strong;
    // "DeepSeek-Prover-v1.5-RL": a sure name read from the start of an item must be all of its word.
    const after = text.slice(item.end);
    if (sure ? /^[-\p{L}\p{N}]/u.test(after) : !ITEM_END.test(after)) break;
    items.push(item);
    const joint = text.slice(item.end).match(COORDINATION)?.[0];
    if (!joint) break;
    at = item.end + joint.length;
  }
  return items;
}

/** A mention with where it starts in its sentence. */
export type PlacedMention = Mention & { start: number };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}^{}*.+-]*[\p{L}\p{N}}*+]|[\p{L}\p{N}]/gu;
/** A plural noun in lower case, then a hyphen before a capital: "models-Hunyuan-3D". */
const DASH_AFTER_PLURAL = /^\p{Ll}{3,}(?<![su])s-(?=\p{Lu})/u;
/** A hyphen, then a word that opens the phrase after a name: "Ouroboros-3D-on". */
const DASH_BEFORE_WORD = /-(?:on|in|for|and|or|with|to|of|at|by|from|as|via|the|while|which)$/u;
const DEFINITION = /\(([^()\s,;]{2,15})\)/gu;
/** The marks of maths a word inside it follows: a dollar, a script, a brace. */
const INSIDE_MATHS_BEFORE = /^[$_^{]$/u;

/**
 * Whether a mention is written as a name, with a capital, a digit or an acronym among its words
 * ("LoRA", "low-rank adaptation (LoRA)"), not in lower case as a process of the field ("full
 * fine-tuning", "classifier-free guidance"). `text` is the sentence `mentionsIn` read it from.
 */
export const writtenAsName = (text: string, mention: PlacedMention): boolean =>
  /[\p{Lu}\p{N}]/u.test(text.slice(mention.start, mention.end));

/**
 * Every method or model a sentence names, wherever it stands: known ones, long forms with the
 * acronym they define, and name-shaped words (see `mentionAt`), in order and without overlaps.
 */
export function mentionsIn(text: string, matcher: PhraseMatcher<MethodEntity>): PlacedMention[] {
  const starts = new Set<number>(matcher.match(text).map((match) => match.start));
  for (const token of text.matchAll(TOKEN)) {
    // "TV-$L^1$", "TCSF$_{IDMS}$": a word begun inside maths glued to a name is a variable or a script.
    if (INSIDE_MATHS_BEFORE.test(text.charAt(token.index - 1))) continue;
    const after = text.slice(token.index + token[0].length);
    if (
      isCoinedWord(token[0]) ||
      (/^\p{Lu}/u.test(token[0]) && VERSION_AFTER.test(after)) ||
      gluedToKnownName(token[0], matcher)
    )
      starts.add(token.index);
  }
  for (const definition of text.matchAll(DEFINITION)) {
    const windowStart = Math.max(0, definition.index - 120);
    const before = text.slice(windowStart, definition.index).trimEnd();
    const longForm = definition[1] ? findLongForm(definition[1], before) : null;
    if (longForm) starts.add(windowStart + before.lastIndexOf(longForm));
  }
  const mentions: PlacedMention[] = [];
  let covered = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    // "(pre-ChatGPT)": a known name inside such a word is not named.
    if (start < covered || PREFIX_BEFORE_NAME.test(text.slice(Math.max(0, start - 8), start))) continue;
    // No filler here: the start is already a name.
    const mention = mentionAt(text, start, matcher, false);
    if (!mention) continue;
    mentions.push({ ...mention, start });
    covered = mention.end;
  }
  return mentions;
}
