/**
 * The names an abstract gives its own method, read after the cues that introduce a contribution
 * ("we propose X", "X, a …", "called X", "Long Form (ACR)"), in the order written.
 */
import { findLongForm, looksLikeAcronym } from './acronyms';
import { isCoinedWord } from './name-from-title';
import { HYPHENATED_PHRASE, KIND_NOUNS, NAME_SMALL_WORDS, TAKING_VERBS } from './name-pieces';
import { FUNCTION_WORDS, splitSentences, unmarkMaths } from './text';

/** "we propose", "we first introduce", "by proposing", "this paper presents", "results in". */
const INTRODUCING_VERB = [
  // An adverb may stand between "we" and the verb: "we additionally introduce", "we innovatively propose".
  // Reported in the past too: "we introduced CM-SSM, an efficient …", "we proposed the … (CA-LIG) Framework".
  String.raw`we\s+(?:also\s+|further\s+|then\s+|first\s+|therefore\s+|thus\s+|hence\s+|here\s+|now\s+|instead\s+|\p{L}+ly\s+)?(?:\w+\s+and\s+)?(?:proposed?|introduced?|present(?:ed)?|develop(?:ed)?|design(?:ed)?|construct(?:ed)?|build|built|released?|curated?|call(?:ed)?|named?|dub(?:bed)?|term(?:ed)?)`,
  // A second verb of a sentence whose subject is "we": "We lay a foundation … and present X".
  // A full stop before a lower-case word ends an abbreviation ("e.g.,", "vs."), not the sentence.
  String.raw`and\s+(?:then\s+)?(?:propose|introduce|present)(?<=\bwe\s(?:[^.;]|\.(?=[\s,'"‘“]*\p{Ll})){0,240})`,
  String.raw`by\s+(?:proposing|introducing)`,
  String.raw`(?:this|our)\s+(?:paper|work|study|report|article|letter|thesis)\s+(?:proposes|introduces|presents|develops|designs|constructs|builds|creates)`,
  String.raw`results\s+in`,
  // "In this paper, a Hybrid Multilayer Extreme Learning Machine (HML-ELM) … is suggested".
  String.raw`in\s+this\s+(?:paper|work|study|article),?(?=\s+an?\s)`,
];
/** The words that give a name. */
const NAMING_WORDS = String.raw`dubbed|coined|named|called|termed`;
/** "is called", "dubbed", "termed as", "namely": labels that give a name. */
const NAMING_LABEL = [
  // "dubbed as", "named as": the "as" is written after any of them, not only after "termed".
  String.raw`(?:(?:is|are)\s+)?(?:${NAMING_WORDS})(?:\s+as)?|namely`,
  String.raw`our\s+(?:(?:new|novel|proposed|unified|overall|full)\s+)*(?:method|approach|framework|model|algorithm)(?:,\s*|\s+)`,
];
/** What may stand between the cue and the name: "a novel, simple framework, called …". */
const BEFORE_NAME = String.raw`(?:(?:a|an|the|our|two|three)\s+|it\s+(?:as\s+)?)?(?:(?:novel|new|simple|efficient|effective|general|unified|family\s+of|framework|method|approach|model|algorithm|technique|strategy|benchmark|dataset|system|(?:called|named)(?:\s+as)?|our)\s*,?\s+(?:and\s+)?)*`;

/** Verbs and labels that introduce the paper's own method in an abstract, up to where its name starts. */
const INTRODUCING_CUE = new RegExp(
  String.raw`\b(?:${[...INTRODUCING_VERB, ...NAMING_LABEL].join('|')})\s+${BEFORE_NAME}`,
  'giu',
);

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}^{}*-]*`;
/**
 * "Long Form (ACR)", optionally "(ACR)-Suffix" as in "On-Policy Alignment (OPA)-DPO"; a long form may hold
 * a comma before a capitalised word ("Colors See, Colors Ignore (CSCI)"); a lower-case
 * suffix makes an adjective, not a name: "large language model (LLM)-based".
 */
const DEFINED = new RegExp(
  String.raw`^((?:${WORD}(?:,(?=\s+\p{Lu}))?\s+){0,7}?${WORD})\s*\(([^()\s,;]{2,15})\)(-[\p{Lu}\p{N}][\p{L}\p{N}]*)?`,
  'u',
);
const SMALL_WORD = new RegExp(`^(?:${NAME_SMALL_WORDS})$`, 'u');
/**
 * Words written as a name: each capitalised, or a small word a name holds ("Mixture of Experts").
 * Not "CycleGAN for generating", whose letters may spell the acronym after it ("FA").
 */
const titled = (words: string) =>
  words.split(/\s+/u).every((word) => !/\p{L}/u.test(word) || /^\p{Lu}/u.test(word) || SMALL_WORD.test(word));
/** "Self-Improving Robust Preference Optimization SRPO": a long form with its acronym but no brackets. */
function bareAcronym(text: string): string | null {
  const words = text.split(/\s+/u).slice(0, 9);
  for (let count = 1; count < words.length; count += 1) {
    const candidate = (words[count] as string).replace(/[,.;:]+$/u, '');
    const longForm = words.slice(0, count).join(' ');
    if (titled(longForm) && looksLikeAcronym(candidate) && findLongForm(candidate, longForm)) return candidate;
    if (/[,.;:]$/u.test(words[count - 1] as string)) break;
  }
  return null;
}
/**
 * Whether an acronym's long form starts near the cue: "we propose a memory-efficient zerothorder
 * optimizer (MeZO)", not "we propose a framework that integrates Residual Networks (SEResNet)",
 * where the acronym names a part the method uses.
 */
function followsCue(acronym: string, words: string): boolean {
  const longForm = findLongForm(acronym, words);
  if (!longForm) return false;
  const lead = words.slice(0, words.length - longForm.length).trim();
  if (lead === '') return true;
  const leadWords = lead.split(/\s+/u);
  return (
    leadWords.length <= MAX_LEAD_WORDS &&
    // "we propose a novel approach using multi-objective reinforcement learning (MORL)": what the
    // approach takes, not what it is called.
    !TAKING_LEAD.test(lead) &&
    leadWords.every((word) => !FUNCTION_WORDS.has(word.toLowerCase()) || LEAD_WORD.test(word))
  );
}
/** "this approach", "a method called", "formulations of", "named as the": words before a long form. */
const MAX_LEAD_WORDS = 4;
/** A verb of taking in a lead: the long form after it names a means. */
const TAKING_LEAD = new RegExp(String.raw`\b(?:${TAKING_VERBS})\b`, 'iu');
/** The function words a lead may hold; others ("that integrates", "based on") start a clause. */
const LEAD_WORD = /^(?:the|an?|this|these|our|of|as)$/iu;

/** "Mixture of Sparse Adapters, or MoSA", "LoRA Silver Bullet or LoRA-SB". */
const OR_ACRONYM = new RegExp(String.raw`^((?:${WORD}\s+){0,7}?${WORD}),?\s+or\s+(${WORD})`, 'u');

/**
 * "an LLM-driven framework", "a ViT-based model", "LLM-generated stories": a compound adjective,
 * never a name; a past participle in lower case after a hyphen makes one.
 */
const COMPOUND_ENDS = String.raw`driven|based|guided|aware|powered|enhanced|free|agnostic|specific|centric|oriented|like|assisted|augmented|conditioned|inspired|level|wise|style|friendly|ready|native`;
export const COMPOUND_SUFFIX = String.raw`-(?:${COMPOUND_ENDS})`;
/**
 * "a CycleGAN based approach", "a LLM driven agent": the same compound adjective written without its
 * hyphen; the word before it says what the work's thing is made with, and is not its name. Not a
 * participle that opens a phrase of its own: "a ZetaGAN driven by maps".
 */
const LOOSE_COMPOUND_AFTER = new RegExp(
  String.raw`^\s+(?:${COMPOUND_ENDS})\b(?!\s+(?:\p{Ll}+ly\s+)?(?:by|on|upon|with|to|for|of|from)\b)`,
  'u',
);
const COMPOUND_ADJECTIVE = new RegExp(`${COMPOUND_SUFFIX}$`, 'iu');
/** The end of a compound adjective made with a past participle: "LLM-generated", "fine-tuned". */
export const PARTICIPLE_SUFFIX = String.raw`-\p{Ll}+ed`;
const PARTICIPLE_ADJECTIVE = new RegExp(`${PARTICIPLE_SUFFIX}$`, 'u');
/** Whether a word is a compound adjective ("ViT-based", "LLM-generated"), never a name. */
export const isCompoundAdjective = (word: string) => COMPOUND_ADJECTIVE.test(word) || PARTICIPLE_ADJECTIVE.test(word);
/**
 * The noun of a kind after a word, or its modifiers: "a MFIF method", "an HMI screen dataset", "a
 * CNN-Transformer hybrid 3D medical image segmentation model".
 */
const KIND_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}\p{N}-]+\s+){0,5}?(?:${KIND_NOUNS})\b`, 'iu');

/**
 * "an efficient semantic segmentation network, OffSeg.", "a GI dataset: Gut-VLM.", "a geometric
 * perturbation strategy GeoDP within …": a kind, then the name, set off by punctuation or ending
 * its noun phrase.
 */
const APPOSITIVE_NAME = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,5}?(?:method|approach|framework|model|network|algorithm|system|architecture|benchmark|dataset|strategy|scheme|technique|mechanism|pipeline)[,:]?\s+(${WORD})(?:[,.;]|(?=\s+(?:that|which|within|to|for|with|in|on|is|was)\b))`,
  'u',
);

/**
 * Whether the word a cue introduces is a compound adjective, written with its hyphen ("ViT-based")
 * or without it ("CycleGAN based approach"): what the work's thing is made with, never its name.
 * `after` is the text from the word on.
 */
const adjectiveAt = (word: string, after: string): boolean =>
  isCompoundAdjective(word) || LOOSE_COMPOUND_AFTER.test(after.slice(word.length));

/**
 * Whether the word a cue introduces says what kind of thing the method is rather than naming it:
 * a compound adjective, or a word between "a" and a noun of a kind ("we propose a novel MFIF method":
 * one method of multi-focus image fusion). "We propose the X framework" names it.
 */
function isKindOrAdjective(cue: string, word: string, after: string): boolean {
  return (
    adjectiveAt(word, after) ||
    // "an End-to-End Neural Coreference Resolution system": a phrase before a noun qualifies it;
    // one set off as the name ("Prune-on-Logic, a framework") is the name.
    (HYPHENATED_PHRASE.test(word) && /^\s+\p{L}/u.test(after.slice(word.length))) ||
    (/\ban?\s/iu.test(cue) && KIND_AFTER.test(after.slice(word.length))) ||
    // "we introduced new simple ToM tasks": a word before a plural noun qualifies it.
    PLURAL_NOUN_AFTER.test(after.slice(word.length))
  );
}
/** A plural noun in lower case: "tasks", "benchmarks" (not "class", not "is"). */
const PLURAL_NOUN_AFTER = /^\s+\p{Ll}[\p{Ll}-]{2,}[^\Ws]s\b/u;

const TITLE_WORD = String.raw`\p{Lu}[\p{L}\p{N}'-]*`;
/** Capitalised words, with the function words a title keeps in lower case, then "(Short)". */
const TITLED_DEFINED = new RegExp(
  String.raw`^(${TITLE_WORD}(?:\s+(?:(?:${NAME_SMALL_WORDS})\s+)?${TITLE_WORD}){1,11})\s*\(([\p{L}\p{N}][\p{L}\p{N}'.+-]{1,14})\)`,
  'u',
);

/** The one name a cue introduces, if any: `after` is the text from where the name may start. */
function nameAfterCue(cue: string, after: string, clause = ''): string | null {
  // "We propose Model Sensitivity to Uncertainty (MSU)": a capitalised word the cue read as a kind
  // ("model") begins the long form.
  const defined = ((cue.match(CAPITALISED_KIND)?.[0] ?? '') + after).match(DEFINED);
  if (defined?.[1] && defined[2] && isDefinedName(defined[2], defined[1]) && followsCue(defined[2], defined[1])) {
    return defined[2] + (defined[3] ?? '');
  }
  const bare = bareAcronym(after);
  if (bare) return bare;
  const alternative = after.match(OR_ACRONYM);
  if (alternative?.[2] && looksLikeAcronym(alternative[2]) && /\p{Lu}/u.test(alternative[1] ?? ''))
    return alternative[2];
  const word = after.match(LEADING_WORD)?.[0];
  const proper = after.match(PROPER_NAME)?.[1];
  if (word && (isCoinedWord(word) || looksLikeAcronym(word)) && !isKindOrAdjective(cue, word, after)) {
    // "We present DAO Portal, a …": the acronym begins a proper name.
    const longer = proper?.startsWith(`${word} `) && !KIND_WORD.test(proper.slice(proper.lastIndexOf(' ') + 1));
    return longer ? (proper as string) : word;
  }
  // "we construct an efficient semantic segmentation network, OffSeg": the name after its kind.
  const appositive = after.match(APPOSITIVE_NAME);
  const named = appositive?.[1];
  if (appositive && named && isCoinedWord(named)) {
    // "a self-training algorithm: LEarning to Plan before Answering (LEPA)": a name spelled out
    // with its acronym is called by the acronym.
    const spelled = after.slice(appositive[0].lastIndexOf(named)).match(DEFINED);
    const acronym = spelled?.[2];
    return acronym && looksLikeAcronym(acronym) && findLongForm(acronym, spelled[1] ?? '') ? acronym : named;
  }
  // A lower-case coined name the paper spells out: "deita (short for Data-Efficient …)".
  if (word && /^\s*\(short for\b/iu.test(after.slice(word.length))) return word;
  // A name in quotation marks a few words after the cue ('we propose an alternative dynamic
  // mechanism, "Fair Game", to …'), and capitalised words a naming word gives ('a new feature called
  // Contrastive Examples: documents …'), name what the work makes only in a clause about it: not
  // "a physical robotic arm called Franka Emika Panda", "what might be called 'Act I'", "an ability
  // called …".
  const ownThing =
    (INTRODUCING_START.test(cue) || OWN_NEW_THING.test(clause)) && !NOT_A_METHOD_BEFORE.test(clause + cue);
  const quoted = ownThing ? after.match(QUOTED_NAME) : null;
  // "we introduce the concept of 'Universality'": the words before the marks say what it names.
  const beforeMarks = quoted?.[1] ? quoted[0].slice(0, quoted[0].indexOf(quoted[1]) - 1) : '';
  if (quoted?.[1] && !NOT_A_METHOD_BEFORE.test(`${cue}${beforeMarks}`.replace(/[\s,]+$/u, ''))) {
    // '"Latent Multimodal Reconstruction" (LAMAR)': the acronym the quoted words spell is its name.
    const acronym = after.slice(quoted[0].length).match(ACRONYM_NEXT)?.[1];
    return acronym && looksLikeAcronym(acronym) && findLongForm(acronym, quoted[1]) ? acronym : quoted[1];
  }
  const labelled = ownThing && NAMING_WORD.test(cue) ? after.match(LABELLED_NAME)?.[1] : undefined;
  if (labelled && !FUNCTION_WORDS.has(labelled.toLowerCase())) return labelled;
  // A proper name of capitalised words set off by a comma: "We introduce Baichuan Alignment, a …",
  // "we propose Orion, a novel … framework": in apposition, even one plain word is a name.
  // Not a name a naming word gives a kind of thing that is no method, unless an apposition says
  // what it is: "a perspective termed Writing Manner, which …" names no method; "a new concept
  // called Catfish Agent, a role-specialized LLM" does.
  const apposed = proper !== undefined && !/^,\s+which\b/u.test(after.slice(proper.length));
  if (
    proper &&
    (proper.includes(' ') || /^\p{Lu}\p{Ll}{2,}$/u.test(proper)) &&
    (apposed || !NOT_A_METHOD_BEFORE.test(clause + cue))
  )
    return proper;
  return null;
}
/**
 * Whether the bracketed word after a long form is its acronym: two capitals ("SPO"), or a
 * capitalised word the capitalised long form spells ("Span-level Quality Assurance EvaluaTOR (Sqator)").
 */
function isDefinedName(acronym: string, words: string): boolean {
  if (looksLikeAcronym(acronym)) return true;
  const longForm = /^\p{Lu}\p{Ll}{3,}$/u.test(acronym) ? findLongForm(acronym, words) : null;
  return longForm !== null && longForm.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word));
}
/**
 * Capitalised words in quotation marks, at most five words after a cue; a closing mark is not an
 * apostrophe inside a word ("Non-native Children's …").
 */
const QUOTED_NAME =
  /^(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*,?\s*["“‘`']((?:\p{Lu}[\p{L}\p{N}-]*)(?:\s+[\p{L}\p{N}-]+){0,3})["”’'](?!\p{L})/u;
/** "(LAMAR)" right after a name. */
const ACRONYM_NEXT = /^\s*\(([^()\s,;]{2,15})\)/u;
/** A cue that is itself a verb of introducing, whose subject is the work. */
const INTRODUCING_START = /^(?:we|and|by|this|our|results|in)\b/iu;
/** A clause about something the work makes: "we propose a novel framework, dubbed …". */
const OWN_NEW_THING =
  /\b(?:novel|new|proposed|(?:we|this (?:paper|work|study))\s+(?:\p{L}+ly\s+)?(?:propos|introduc|present|develop|design|construct|build|built|creat|releas)\w*)\b/iu;
/** A kind of thing that is not a method, right before the name a naming word gives it. */
const NOT_A_METHOD_BEFORE = new RegExp(
  String.raw`\b(?:tasks?|problems?|settings?|fields?|abilit(?:y|ies)|phenomen(?:on|a)|concepts?|notions?|propert(?:y|ies)|effects?|spaces?|terms?|perspectives?|viewpoints?|gaps?|issues?|challenges?|aspects?|dimensions?|behaviou?rs?|bias(?:es)?|hypothes[ie]s)(?:\s+(?:of|as))?,?\s*(?:(?:is|are|was|were)\s+)?(?:${NAMING_WORDS})?\s*$`,
  'iu',
);
/** The words that give a name ("called", "dubbed"); "namely" spells out members of a kind as often. */
const NAMING_WORD = new RegExp(String.raw`\b(?:${NAMING_WORDS})\s+$`, 'iu');
/** Capitalised words, then the end of the phrase: "Contrastive Examples:", "Orion.". */
const LABELLED_NAME = /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*)(?=\s*[,.:;()]|\s*$)/u;
const KIND_WORD = /^(?:method|approach|framework|model|network|algorithm|technique|module|system)s?$/iu;
/** Whether the words about a name say it names data: "a … dataset (named X)", "X, a benchmark of …". */
function namesData(around: string, name: string, from: number): boolean {
  // The name where the cue gave it, not an earlier one it is part of ("ZetaE" in "ZetaE-Bench").
  const at = around.indexOf(name, from);
  if (at < 0) return false;
  return DATA_BEFORE.test(around.slice(0, at)) || DATA_AFTER.test(around.slice(at + name.length));
}
const DATA_BEFORE = /\b(?:datasets?|benchmarks?|corpus|corpora)\s*[:(,]?\s*(?:named|called|dubbed|termed)?\s*$/iu;
const DATA_AFTER = /^\)?,?\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:datasets?|benchmarks?|corpus|corpora)\b/iu;
const WHOLE_METHOD = /^our\s+(?:(?:proposed|unified|overall|full)\s+)+(?:method|approach|framework|model)\b/iu;
const CAPITALISED_KIND = /(?:\p{Lu}\p{Ll}+\s+)+$/u;
// A point between digits stays in the word, and pluses end it: "CSFD-1.6M", "Qwen2.5", "IMA++".
// An ampersand between capitals is in the name too: "M&M-3D".
const LEADING_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}^{}*-]|\.(?=\p{N})|(?<=\p{Lu})&(?=\p{Lu}))*[\p{L}\p{N}}*]\+{0,2}/u;
const PROPER_NAME = /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*),\s+(?:a|an|the|which)\s/u;
const PASSIVE_DEFINED =
  /\(([^()\s,;]{2,15})\),?\s+(?:is|was|has\s+been)\s+(?:proposed|introduced|presented|developed)\b/gu;
/** "SGD-SaI is a simple yet effective enhancement to …": the subject a paper defines itself by. */
const DEFINING_SUBJECT =
  /(?:^|[.!?]\s+)([\p{L}\p{N}][\p{L}\p{N}^{}*-]*)\s+is\s+an?\s+(?:\w+\s+){0,4}?(?:method|approach|framework|enhancement|algorithm|technique|optimizer|model|system|benchmark|strategy)\b/u;

const NAMELY = /\bnamely\b/iu;
/**
 * A plural noun, then the comma of an apposition: "edge GPUs,". Not one after "of" or "for", which
 * belongs to a singular head ("a dataset of raspberries, namely RaspGrade").
 */
const PLURAL_BEFORE = /(?<!\b(?:of|for)\s+(?:\S+\s+){0,2})\b\p{L}{2,}(?<![siu])s,?\s*$/u;
const PLURAL_DATA_NOUN = /\b(?:datasets|benchmarks|corpora|suites)\b/iu;
const PAST_INTRODUCING =
  /^we\s+(?:\S+\s+)?(?:proposed|introduced|presented|developed|designed|constructed|built|released|curated)\b/iu;
const EARLIER_WORK =
  /\b(?:recently|previously|earlier|in (?:our |a )?(?:previous|earlier|prior) (?:work|study|paper))\b/iu;
/** A sentence about another's work up to a naming cue: "Cheng et al. proposed …", "Recently, a method called". */
const OTHERS_WORK = new RegExp(String.raw`\bet al\b|^(?![\s\S]*\bwe\b)[\s\S]*${EARLIER_WORK.source}`, 'iu');
/** Whether the sentence of the cue at `at` speaks of another's work ("et al." ends no sentence). */
export function othersNamed(abstract: string, at: number, cue: string): boolean {
  const sentence =
    abstract
      .slice(Math.max(0, at - 300), at)
      .split(/(?<!\bal)\.\s/u)
      .at(-1) ?? '';
  return OTHERS_WORK.test(`${sentence}${cue}`);
}
/**
 * A coined word set off as something new ("GS-RGBN, a new RGBN-volume … model"), or before what the
 * work says it makes, in a relative clause with its relative word left out ("ReasonOrderQA, a
 * benchmark we introduce", "FooNet, the model we release"). The verb ends that clause: "LLaVA-NeXT,
 * the model we build on" and "MathVista, the benchmark we develop our method against" name another's.
 */
const NEW_APPOSITION =
  /(?:^|\s)([\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]),\s+(?:(?:a|an)\s+(?:new|novel)\b|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:that\s+|which\s+)?we\s+(?:(?:also|newly|further)\s+)?(?:introduce|propose|present|develop|release|build|construct|design|curate|create)(?=\s*[,.;:)]|\s*$|\s+(?:with|for|in|to|as|here|that|which|and)\b))/u;
/** Nouns by which a sentence speaks of the work's own thing: "this approach", "the model". */
const WORK_NOUNS = String.raw`approach|method|framework|model|system|technique|algorithm|pipeline|tool|architecture`;
/** A cue that is a naming word and nothing else: "called", "dubbed", "termed as". */
const NAMING_ONLY = new RegExp(String.raw`^(?:${NAMING_WORDS})\b`, 'iu');
/**
 * Whether a sentence says what the work does or makes: "we", "our", "this paper", "the current
 * study", "this approach", "a novel …", "is proposed", "the resulting model".
 */
const aboutTheWork = (sentence: string) =>
  OWN_SENTENCE.test(sentence) || OWN_NEW_THING.test(sentence) || ABOUT_THE_WORK.test(sentence);
const ABOUT_THE_WORK = new RegExp(
  String.raw`\b(?:(?:is|are)\s+(?:proposed|introduced|presented|developed)|the\s+(?:current|present)\s+(?:paper|work|study)|this\s+(?:${WORK_NOUNS})|resulting)\b`,
  'iu',
);
/**
 * A sentence that opens on its naming word names its subject: "Called Probabilistic Causal Graph
 * Model (PCGM), the approach captures …". A subject the work has just described ("the approach",
 * "the model") is the work's own.
 */
const NAMES_THE_SUBJECT = new RegExp(
  String.raw`^\s*(?:${NAMING_WORDS})\b[^.;]*?,\s+the\s+(?:proposed\s+)?(?:${WORK_NOUNS}|network)\b(?!\s+of\b)`,
  'iu',
);
/** The sentence a place in a text is in. */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('. ', at);
  const end = text.indexOf('. ', at);
  return text.slice(start + 1, end < 0 ? text.length : end);
}
/** A sentence about the work itself. */
const OWN_SENTENCE = /\b(?:we|our|this (?:paper|work|study))\b/iu;
/** Words that open a relative clause or a means inside a noun phrase: what follows is not the phrase's head. */
const RELATIVE_CLAUSE = /\b(?:that|which|who|whose|where|using|via)\b/iu;

/**
 * The text before a place, back to the last of `ends`: a clause's (full stop, semicolon or colon) by
 * default, a sentence's with `['. ']`.
 */
function clauseBefore(text: string, at: number, ends: readonly string[] = ['. ', ';', ':']): string {
  const start = Math.max(...ends.map((end) => text.lastIndexOf(end, at)));
  return text.slice(start + 1, at);
}

/**
 * Every name an abstract gives its own method, in the order written: one for each cue that names
 * something ("we propose CorDA", "dubbed UCoFiA", "we propose Step-aware Preference Optimization
 * (SPO)": the acronym is the name; "Mixture of Sparse Adapters, or MoSA"; "deita (short for …)"),
 * then the subject a paper defines itself by. A later one stands in when an earlier is a term of
 * the field, or names a part rather than the whole.
 */
export function abstractNames(abstract: string): string[] {
  const names: string[] = [];
  let wholes = 0;
  // Names of data the paper releases, after those of methods: "a parking slot dataset (named CRPS-D)".
  const data: string[] = [];
  // A name in capitals with a bracketed short name that does not spell it, for when no cue gives one.
  let fallback: string | undefined;
  for (const cue of abstract.matchAll(INTRODUCING_CUE)) {
    const start = cue.index + cue[0].length;
    // "Recently, we proposed LDCformer …": the past tense of earlier work is not this paper's; nor is
    // what others named ("Cheng et al. proposed a framework called … (NHSDP)").
    if (PAST_INTRODUCING.test(cue[0]) && EARLIER_WORK.test(clauseBefore(abstract, cue.index, ['. ']))) continue;
    if (othersNamed(abstract, cue.index, cue[0])) continue;
    // "the highest-ranking team used a pretrained network called STU-Net": a naming word alone gives
    // a name to the work's own thing only in a sentence about the work.
    const sentence = sentenceAround(abstract, cue.index);
    if (NAMING_ONLY.test(cue[0]) && !aboutTheWork(sentence) && !NAMES_THE_SUBJECT.test(sentence)) continue;
    const name = nameAfterCue(cue[0], abstract.slice(start, start + 160), clauseBefore(abstract, cue.index));
    // "we propose Cross-modal Context-aware Learning for Visual Prompt-Guided Multimodal Image
    // Understanding (CLV-Net)": a name spelled in capitals right after the cue, with a short name in
    // brackets, is the work's, whether or not the short name spells its initials; kept for when no
    // cue gives a surer name.
    const titled = name ? null : abstract.slice(start, start + 200).match(TITLED_DEFINED)?.[2];
    if (titled && (looksLikeAcronym(titled) || isCoinedWord(titled))) fallback ??= titled;
    if (!name || names.includes(name) || data.includes(name)) continue;
    // "on three benchmarks for pose estimation, namely X, Y and Z": "namely" spells out the data of
    // its clause, which the paper was evaluated on.
    if (NAMELY.test(cue[0]) && PLURAL_DATA_NOUN.test(clauseBefore(abstract, cue.index))) continue;
    // "on one of the latest edge GPUs, namely NVIDIA Jetson": after a plural, "namely" spells out
    // which of a kind of thing, not a name the paper gives.
    if (NAMELY.test(cue[0]) && PLURAL_BEFORE.test(abstract.slice(0, cue.index))) continue;
    // "our proposed unified framework, MonoMRN": the name of the whole, before those of its parts.
    if (WHOLE_METHOD.test(cue[0])) names.splice(wholes++, 0, name);
    else if (
      namesData(abstract.slice(Math.max(0, cue.index - 40), start + 160), name, start - Math.max(0, cue.index - 40))
    )
      data.push(name);
    else names.push(name);
  }
  // "a unified framework, Textual Guidance Multimodal fusion … (TGMM), was proposed".
  for (const passive of abstract.matchAll(PASSIVE_DEFINED)) {
    const acronym = passive[1] as string;
    const before = abstract.slice(Math.max(0, passive.index - 160), passive.index);
    if (looksLikeAcronym(acronym) && findLongForm(acronym, before) && !names.includes(acronym)) names.push(acronym);
  }
  const subject = abstract.match(DEFINING_SUBJECT)?.[1];
  if (subject && isCoinedWord(subject) && !names.includes(subject)) names.push(subject);
  // "we propose to fix these issues by GS-RGBN, a new … model", "ReasonOrderQA, a benchmark we
  // introduce": a coined name the sentence about the work sets off as something new, or as what the
  // work makes, is the work's, wherever the verb of making stands.
  for (const { text } of splitSentences(abstract)) {
    const novel = OWN_SENTENCE.test(text) ? text.match(NEW_APPOSITION)?.[1] : undefined;
    if (novel && isCoinedWord(novel) && ![...names, ...data].some((name) => name.includes(novel))) names.push(novel);
  }
  if (names.length === 0 && fallback) names.push(fallback);
  return [...names, ...data.filter((name) => !names.includes(name))];
}

/** The first name an abstract gives its own method (see `abstractNames`). */
export const nameFromAbstract = (abstract: string): string | null => abstractNames(abstract)[0] ?? null;

/** "a novel network architecture, LeAFNet", "an innovative prompting technique, AnaQuest": a coined name set off after a kind the sentence calls new. */
const NEW_KIND_THEN_NAME = new RegExp(
  String.raw`\b(?:a|an|our)\s+(?:novel|new|innovative)\s+(?:[\p{L}-]+\s+){0,4}?(?:${WORK_NOUNS}|module|network|loss|metric|strategy|paradigm|mechanism)\s*[,:]\s+(${WORD})`,
  'giu',
);

/**
 * Every name an abstract introduces as the paper's own, after any introducing cue ("we propose X",
 * "dubbed Y", "named Z"): the method, and the benchmark or module it presents beside it.
 */
export function introducedNames(written: string): string[] {
  const names: string[] = [];
  const abstract = unmarkMaths(written);
  for (const cue of abstract.matchAll(INTRODUCING_CUE)) {
    // "Recently, Cheng et al. proposed a framework called … (NHSDP)": another's work, named by them.
    if (othersNamed(abstract, cue.index, cue[0])) continue;
    const after = abstract.slice(cue.index + cue[0].length, cue.index + cue[0].length + 160);
    const defined = after.match(DEFINED);
    // "we propose a framework that integrates Squeeze-and-Excitation Networks (SEResNet)": an acronym
    // past a relative clause defines what the work takes, not what it introduces.
    if (defined?.[2] && looksLikeAcronym(defined[2]) && !RELATIVE_CLAUSE.test(defined[1] ?? '')) names.push(defined[2]);
    const word = after.match(LEADING_WORD)?.[0];
    if (word && (isCoinedWord(word) || looksLikeAcronym(word)) && !adjectiveAt(word, after)) names.push(word);
  }
  // "a novel network architecture, LeAFNet, which …", "a novel LLM-as-a-Judge method: PC2": a
  // coined name set off after a kind the sentence calls new is the work's, whatever verb came before.
  for (const match of abstract.matchAll(NEW_KIND_THEN_NAME)) {
    const name = match[1] as string;
    if ((isCoinedWord(name) || looksLikeAcronym(name)) && !names.includes(name)) names.push(name);
  }
  return names;
}
