import { FUNCTION_WORDS } from './text';

/**
 * Names a cue may govern that the vocabulary does not know, read from how English writes a proper
 * name: "the Integrated Gradients algorithm", "the Delayed Streams Modeling framework". Capitals on
 * every word of a phrase mark it as a name; the noun after it says what kind of thing it names.
 */

/** The nouns of a kind of method, model or tool that a name stands before. */
const KIND = String.raw`(?:algorithm|method|model|framework|engine|filter|library|toolkit|technique|formulation|paradigm|distance|test|loss)s?`;

/**
 * Two to four capitalised words, the first a word rather than an acronym ("SOTA UnSAM model"
 * qualifies a name), then a noun of a kind of method, model or tool. Not "network",
 * "module" or "block": a phrase in capitals before them is as often the paper's own part ("the
 * Masked Recurrent Network").
 */
const NAME_THEN_KIND = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){0,2}\p{Lu}[\p{L}\p{N}'’-]*)\s+${KIND}\b`,
  'u',
);

/** The noun of the kind of thing a name names, right after it: " algorithm", " distances". */
export const KIND_OF_NAME = new RegExp(String.raw`^\s+${KIND}\b`, 'u');

/**
 * The kind noun written in capitals as the name's last word: "the Unity Game Engine", "the Point
 * Cloud Library". Two to four words, the kind among them.
 */
const NAME_WITH_KIND =
  /^(\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){0,2}(?:Engine|Library|Toolkit|Framework|Algorithm|Filter)s?)\b/u;

/**
 * One capitalised word after "the", then its kind: "the Sobel algorithm", "the Kalman filter". Not
 * an adjective made of a name ("the Bayesian model", "the Euclidean distance"), which names a kind.
 */
const WORD_THEN_KIND = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?<!ian|ean|ic))\s+${KIND}\b`, 'u');

/**
 * Nouns of a task, a field or a thing studied (a theory, a law, an effect) rather than a method: a name that ends in one, or
 * that one follows, names what the work is about ("PSA-MIL" and "Multiple Instance Learning (MIL)",
 * "FedVSR" and "Video Super-Resolution (VSR)", "HIS-GPT" and "HIS understanding").
 */
export const TASK_NOUN =
  /\b(?:learning|recognition|detection|discovery|segmentation|classification|analysis|understanding|resolution|sensing|estimation|prediction|retrieval|translation|tracking|interfaces?|generation|reasoning|answering|completion|synthesis|recommendation|interactions?|mind|cognition|linking|extraction|distillation|adaptation|enhancement|mapping|range|theory|theorem|law|principle|effect|hypothesis|phenomenon|locali[sz]ation|summari[sz]ation|navigation|sensors?|paradigms?|tasks?|problems?|settings?)$/iu;
/**
 * A participle of means before the last word: "Retrieval-Augmented Generation", "Knowledge-Guided
 * Reasoning". A task is named by what is done ("Document-level Machine Translation", "Theory of
 * Mind"); a method by how it is done, and the field writes that "how" as a participle joined to
 * the task, so such a long form names a method even when it ends in a task's noun. Not "supervised":
 * "Self-Supervised Depth Estimation" names a setting of a task.
 */
const MEANS_BEFORE_HEAD =
  /\b\p{L}+[-\s](?:augmented|guided|based|conditioned|enhanced|driven|aware|regulari[sz]ed|constrained|weighted|informed|assisted|aligned|tuned)(?:\s+[\p{L}-]+){1,2}$/iu;

/**
 * Whether an acronym's long form names a task, a field or a thing studied rather than a method:
 * "Visually Rich Document Understanding (VRDU)", "theory of mind (ToM)", but not
 * "Retrieval-Augmented Generation (RAG)".
 */
export function namesTask(longForm: string): boolean {
  return TASK_NOUN.test(longForm) && !MEANS_BEFORE_HEAD.test(longForm);
}
/** An indefinite article: "a Dual Attention model" is a new thing, not one named before. */
const INDEFINITE_BEFORE = /(?:^|\s)(?:a|an)\s+$/iu;
/** A capitalised word just before: the window starts inside a longer name. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}'’-]*\s+$/u;
/** A definite article: "the Sobel algorithm" is one named before. */
const DEFINITE_BEFORE = /(?:^|\s)the\s+$/iu;

/** Two to four capitalised words, the whole phrase: "Answer Set Programming", "Farthest Point Sampling". */
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}(?![\p{L}\p{N}-]|\s+\p{Lu}|\s*\()/u;
/** A lower-case word before, not "and" after another capitalised word ("Kahneman and Tversky Optimization"). */
const LOWER_CASE_BEFORE = /(?:^|\s)(?!and\s)\p{Ll}[\p{Ll}-]*\s+$|(?<!\p{Lu}[\p{L}-]*\s+)and\s+$/u;
/** What goes on with the name ("Simple Framework for Contrastive Learning") or makes it a modifier ("the Attribute Disentangle module"). */
const NAME_GOES_ON = /^\s+(?:(?:for|of|in|on|with)\s+\p{Lu}|\p{Ll}+)/u;
/** A name the paper gives: "which we dub LCR", "dubbed X". */
const NAMING_AROUND = /\b(?:dubbed|called|named|termed)\s+(?:the\s+)?$/iu;
const NAMING_AFTER =
  /^\s*,?\s*(?:which|that)\s+we\s+(?:call|dub|name|term)\b|^\s*,?\s*(?:dubbed|called|named|termed)\b/iu;

/**
 * Words in capitals mid-sentence at the start of `window` ("based on Answer Set Programming"), a
 * proper name of something; `before` is the text before it. Not a field or task ("Deep Learning"),
 * part of a longer name, a modifier of a noun, or a name the paper gives its own part.
 */
export function titleCaseName(window: string, before: string): string | null {
  const named = window.match(TITLE_CASE_NAME)?.[0];
  if (!named || /s$/u.test(named) || TASK_NOUN.test(named)) return null;
  if (!LOWER_CASE_BEFORE.test(before) || NAMING_AROUND.test(before)) return null;
  const after = window.slice(named.length);
  const goesOn = after.match(NAME_GOES_ON)?.[0];
  if (goesOn && !FUNCTION_WORDS.has(goesOn.trim().toLowerCase())) return null;
  return NAMING_AFTER.test(after) ? null : named;
}

/**
 * Capitalised words joined by hyphens, as the field joins the names of a method's authors, then the
 * singular noun of one method, and what follows it: "Blahut-Arimoto algorithm", "Bradley-Terry model".
 * Not a framework, network or architecture, which words in capitals as often describe ("the
 * Self-Challenging framework"), nor a plural, which names a kind ("Vision-Language models").
 */
const PAIR_THEN_NOUN =
  /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+\s+(?:algorithm|method|model|estimator|technique|transform|decomposition|solver|filter|sampler|procedure|iteration|scheme))(?![\p{L}\p{N}-])(?:\s+(\p{Ll}+)(?![\p{L}\p{N}-]))?/u;

/**
 * "via the Blahut-Arimoto algorithm", "inspired by the Atkinson-Shiffrin model": such words and
 * noun name one method, the noun with them, as the field writes it. Not at a sentence's start, where
 * any word is capitalised, nor where the noun qualifies the word after it ("through Math-Physics
 * model guidance").
 */
function pairedNames(window: string, before: string): string | null {
  const [, named, next] = window.match(PAIR_THEN_NOUN) ?? [];
  if (!named || /(?:^|[.!?:;"“(])\s*$/u.test(before)) return null;
  return next && !FUNCTION_WORDS.has(next) && !/(?:s|ed)$/u.test(next) ? null : named;
}

/**
 * The name of a method, model or tool written in capitals and followed by its kind, at the start
 * of `window`; `before` is the text before it. Null when none is written there.
 */
export function namedByKind(window: string, before: string): string | null {
  // "Perception Fused Iterative Tomography Reconstruction Engine": the name began before the window.
  if (INDEFINITE_BEFORE.test(before) || CAPITALISED_BEFORE.test(before)) return null;
  const paired = pairedNames(window, before);
  if (paired) return paired;
  const named = window.match(NAME_THEN_KIND)?.[1] ?? window.match(NAME_WITH_KIND)?.[1];
  if (named) return named;
  return DEFINITE_BEFORE.test(before) ? (window.match(WORD_THEN_KIND)?.[1] ?? null) : null;
}
