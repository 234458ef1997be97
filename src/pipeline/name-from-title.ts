/** The method name a title announces before its colon or dash, and what makes a word a coined name. */
import { findLongForm } from './acronyms';
import { FUNCTION_WORDS, rememberedPerWord, unmarkMaths } from './text';

/**
 * Title prefixes that name the kind of paper rather than a method ("Survey: …", "Position: …").
 * A general rule of how titles are written, not a list of papers.
 */
const GENERIC_PREFIXES =
  /^(?:a |an |the )?(?:survey|review|position|tutorial|overview|perspective|editorial|report|technical report|introduction|primer|preprint|commentary|case study|short paper|extended abstract)s?$/iu;

const MAX_NAME_WORDS = 5;
/** The most words a title's name without a coined word has: "Deep Compression", "Split & Merge". */
export const PLAIN_NAME_WORDS = 3;

/** A subtitle that says the paper surveys its subject: "A Survey", "A Comprehensive Review of …". */
const SURVEY_SUBTITLE = /^(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:survey|review|tutorial|overview|primer)\b/iu;

/**
 * A word that is evidently a coined name: a capital after the first letter ("MeZO", "GaLore",
 * "VideoSAVi"), digits mixed with letters ("Carve3D"), or LaTeX-ish marks ("S^{2}FT").
 */
export const isCoinedWord = rememberedPerWord(readsAsCoined, 500_000);

function readsAsCoined(word: string): boolean {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}}*]+$/gu, '');
  if (core.length < 2 || FUNCTION_WORDS.has(core.toLowerCase())) return false;
  // A number with one letter is a dimension or a size: "2-D", "3D", "7B" (but "C3" and "R^4" are names).
  if (DIMENSION.test(core)) return false;
  // A capital inside a part of the word, not just at the start of each hyphenated part:
  // "MeZO", "LoRA-GA", "D-FINE" are coined; "Self-Improving" is ordinary.
  // "Human-AI", "User-AI", "AI-Driven": the field's own name joined to ordinary words is a compound of
  // English, no coinage ("DO-Merging", "MT-Color" join letters a paper coined).
  const parts = core.split('-');
  const fieldCompound = parts.includes('AI') && parts.every((part) => part === 'AI' || /^\p{Lu}?\p{Ll}+$/u.test(part));
  if (!fieldCompound && parts.some((part) => /^.[^-]*\p{Lu}/u.test(part) && /\p{L}/u.test(part.slice(1)))) return true;
  if (/\p{L}/u.test(core) && /\p{N}/u.test(core) && /\p{Lu}/u.test(core)) return true;
  // A Greek letter joined to a word, as in "τ-Bench" or "α-Fold".
  if (GREEK_JOINED.test(core)) return true;
  return /[\^{}]/u.test(core) && /\p{Lu}/u.test(core);
}

const DIMENSION = /^\d+(?:\.\d+)?-?\p{L}$/u;
const GREEK_JOINED = /^\p{Script=Greek}-\p{L}/u;

/**
 * A shared task's system paper: "GemDetox at TextDetox CLEF 2025", "Team at SemEval-2024 Task 3";
 * the venue has its year or task ("Stable at Any Speed" is a claim).
 */
const SYSTEM_AT_VENUE = /^(\S+(?:\s\S+)?)\s+at\s+\p{Lu}.*(?:\b(?:19|20)\d\d\b|\bTask\s\d)/u;
/** "Monitor-Generate-Verify (MGV)": a long form with its acronym in brackets. */
const BRACKETED_NAME = /^(.*\S)\s*\(([^()\s]{2,15})\)$/u;
/** "LeMAJ (Legal LLM-as-a-Judge)": a coined name, then what it stands for in brackets. */
const NAME_THEN_MEANING = /^(\S+)\s*\(([^()]*\s[^()]*)\)$/u;

/**
 * The acronym a title gives in brackets after its long form, at the end of the title or of its part
 * before a colon: "… a Dual-Decoder 3D U-Net with Attention Gates (DDUNet)". One in the middle is
 * often a term compared ("An Analysis of Principal Component Analysis (PCA) and …").
 */
export function bracketedTitleName(title: string): string | null {
  const match = title.match(TITLE_BRACKETS);
  const name = match?.[1];
  return name && isCoinedWord(name) && findLongForm(name, title.slice(0, match.index)) ? name : null;
}
const TITLE_BRACKETS = /\s\(([^()\s]{2,15})\)\s*(?=$|:)/u;

/** Title openings that start a claim or a question, not a name ("Beyond …", "No More …", "Is …"). */
const CLAIM_OPENERS =
  /^(?:the|a|an|it|its|this|that|these|those|we|our|you|your|my|one|beyond|no|not|towards?|on|in|of|for|why|how|when|where|who|what|which|is|are|was|do|does|don['’]t|can|should|will|let['’]s|rethinking|revisiting|learning|understanding|improving|scaling)$/iu;

/** Verbs a title's claim ends on: "Colors Matter", "Data Helps". */
const CLAIM_VERB = /^(?:matters?|helps?|works?|suffices?|counts?)$/iu;

/** Lower-case words allowed inside a multi-word name ("Mixture of Experts", "Split & Merge"). */
/**
 * The small words a name may hold: "Tree of Thoughts", "Split & Merge". Not a preposition of purpose,
 * means or place ("MultiMAE for Brain MRIs", "X via Y", "Y with Z"): a lead that holds one says
 * what the work does with a method, as a title's phrase does, not what the method is called.
 */
const NAME_CONNECTORS = /^(?:of|and|&|\+|-|x)$/u;

/**
 * The nouns of tasks a title's plain phrase may end in: what is recognised, detected or translated.
 * Not nouns of how a thing is done, which methods are named by ("Uncertainty Distillation",
 * "Entropy Heat-Mapping", "Contrastive Learning"), nor those as often ending a method's name as a
 * task's ("Dense Passage Retrieval", "Generalized Advantage Estimation"). A title that opens with
 * "… Analysis:" is a study far more often than "Principal Component Analysis" is its method.
 */
const TITLE_TASK_HEAD =
  /(?:^|-)(?:recognition|detection|segmentation|classification|analysis|prediction|translation|generation|recommendation|navigation|locali[sz]ation|summari[sz]ation)$/iu;

/** A version after a name is part of it: "BitNet v2", "GPTKB v1.5". */
const VERSION = /^v\d+(?:\.\d+)*$/u;

/** A name is a noun phrase: no verb forms, claims or clauses between its capitalised words. */
function readsLikeName(words: string[]): boolean {
  if (words.some((word) => /['’]/u.test(word))) return false;
  if (words.length === 1)
    return !CLAIM_OPENERS.test(words[0] as string) && !FUNCTION_WORDS.has((words[0] as string).toLowerCase());
  if (CLAIM_OPENERS.test(words[0] as string) || CLAIM_VERB.test(words.at(-1) as string)) return false;
  return (
    words.every((word) => !/^\p{Ll}/u.test(word) || NAME_CONNECTORS.test(word) || VERSION.test(word)) &&
    !words.some((word) => /^\p{Lu}\p{Ll}+ing$/u.test(word))
  );
}

/**
 * The method name a title announces before its colon or dash: "Sparse MeZO: Less Parameters…",
 * "Split & Merge: Unlocking…". A prefix counts as a name when it is short and either holds a coined
 * word or is at most three words long; "Aligning Large Language Models: …" is a phrase, not a name.
 */
export function nameFromTitle(title: string): string | null {
  const match = unmarkMaths(title).match(/^(.+?)\s*(?::|：|\s(?:--|[-–—])\s)\s*\S/u);
  const prefix = match?.[1]?.trim();
  if (!prefix || GENERIC_PREFIXES.test(prefix)) return null;
  // "Vision Generalist Model: A Survey": what a survey surveys is a field, not its method.
  if (SURVEY_SUBTITLE.test(unmarkMaths(title).slice((match?.[0].length ?? 1) - 1))) return null;
  const bracketed = prefix.match(BRACKETED_NAME);
  if (bracketed && isCoinedWord(bracketed[2] as string)) return bracketed[2] as string;
  const spelledOut = prefix.match(NAME_THEN_MEANING);
  if (spelledOut && isCoinedWord(spelledOut[1] as string)) return spelledOut[1] as string;
  const system = prefix.match(SYSTEM_AT_VENUE)?.[1];
  if (system && readsLikeName(system.split(/\s+/u))) return system;
  const words = prefix.split(/\s+/u);
  // "Cat, Rat, Meow: …", "Fast, Not Fancy: …": words a comma parts are a slogan, not a name.
  if (words.length > MAX_NAME_WORDS || !readsLikeName(words) || prefix.includes(',')) return null;
  if (words.some(isCoinedWord)) return prefix;
  const capitalised = words.every(
    (word) => /^[\p{Lu}\p{N}&+]/u.test(word) || VERSION.test(word) || /^(?:of|and|the|a)$/u.test(word),
  );
  // "Non-Registration Change Detection: A Novel … Task", "Electromyography-Based Gesture Recognition: …":
  // plain words headed by the noun of a task name what the paper works on, not its method. Not a
  // phrase with "of", whose head comes before it ("Guardians of Generation").
  if (!words.includes('of') && TITLE_TASK_HEAD.test(words.at(-1) as string)) return null;
  return words.length <= PLAIN_NAME_WORDS && capitalised ? prefix : null;
}
