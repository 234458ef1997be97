/**
 * The words of English that state a relation between a paper's work and a named method or model,
 * each regex composed from named parts. A cue is followed by its object: the method it governs.
 *
 * Three kinds, as readers of a paper would tell them apart:
 * - builds-on: the work is a development of the method ("extends X", "a variant of X");
 * - uses: the method or model is a part, base or tool of the work ("using X", "X as the backbone");
 * - compares-with: the method is a baseline ("outperforms X", "2x faster than X").
 */
import { COUNT_AFTER } from './claim-numbers';

/**
 * The nouns of a measure: "the Grasping Ability Score (GAS) was used to evaluate" takes no method;
 * nor "classification accuracy (CA)", nor "F1score" written as one word, nor a count ("Number of
 * Clicks (NoC)") or a coefficient ("Concordance Correlation Coefficient (CCC)"). Here, where nothing
 * is imported, so that any module may build its patterns from them when it loads.
 */
export const MEASURE_WORDS =
  'score|metric|index|indicator|measure|rate|error|ratio|accuracy|precision|recall|coefficient';

/** One alternation of several phrase patterns, each a regex source; followed by space. */
function cue(...phrases: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${phrases.join('|')})\s+`, 'giu');
}

/** The forms of a regular verb from its stem: "extend" → extend, extends, extended, extending. */
const verb = (stem: string) => String.raw`${stem}(?:s|es|ed|d|ing)?`;
/** A verb whose stem drops a final e: "accelerat" → accelerate, accelerates, accelerated, accelerating. */
const eVerb = (stem: string) => String.raw`${stem}(?:e|es|ed|ing)`;
/** British and American spellings: generalise / generalize. */
const iseIze = String.raw`i[sz]`;

/** The work develops the method: its object is what the paper grows out of. */
const DEVELOPS = [
  verb('extend'),
  // "We augment Assumption Based Argumentation with weights": the work adds to the method.
  verb('augment'),
  String.raw`extensions? (?:of|to)`,
  // "EEG-VJEPA, a novel adaptation of V-JEPA": the noun of "adapt", as "extension" is of "extend".
  String.raw`adaptations? (?:of|to)`,
  String.raw`(?:is |are |were )?based (?:up)?on:?`,
  String.raw`build(?:s|ing)? (?:up)?on`,
  String.raw`built (?:up)?on`,
  String.raw`inspired by`,
  String.raw`(?:a |an )?variants? of`,
  eVerb(`generali${iseIze}`),
  String.raw`generali${iseIze}ation of`,
  String.raw`on top of`,
  String.raw`improv(?:e|es|ed|ing) (?:up)?on`,
  String.raw`derived from`,
  eVerb('accelerat'),
  String.raw`revisit(?:s|ed|ing)?`,
  eVerb('reformulat'),
  eVerb('enhanc'),
  String.raw`enhancements? (?:to|of)`,
  String.raw`empower(?:s|ed|ing)?`,
  String.raw`boost(?:s|ed|ing)?`,
  // "followed by X" is the passive: X comes after, in a ranking or a sequence, and develops nothing.
  String.raw`follow(?:s|ed|ing)?(?!\s+by\b)`,
  String.raw`shares the same architecture with`,
  // "adapts the classical ZO-SGD method to operate in-place": develops it for a new setting.
  String.raw`adapt(?:s|ed|ing)?`,
  // "improves SegFormer-B0 by 2.7% mIoU": a plug-in that develops the model it improves.
  String.raw`improv(?:e|es|ed|ing)`,
];

/** The work takes the method or model as a part, a base or a tool. */
const TAKES = [
  eVerb('us'),
  eVerb(`util${iseIze}`),
  String.raw`rel(?:y|ies|ied|ying) (?:up)?on`,
  // "MeZO is compatible with PEFT techniques such as LoRA": the work runs together with it.
  String.raw`(?:is |are )?compatible with`,
  String.raw`employ(?:s|ed|ing)?`,
  eVerb('leverag'),
  // "for training, we explore both LoRA and full fine-tuning": the methods the work tries.
  eVerb('explor'),
  String.raw`adopt(?:s|ed|ing)?`,
  String.raw`appl(?:y|ies|ied|ying)(?: to)?`,
  String.raw`via`,
  String.raw`through`,
  String.raw`powered by`,
  String.raw`built with`,
  // "The game is developed in the Unity Game Engine": the tool the work is made with.
  String.raw`(?:developed|implemented|written) (?:in|with)`,
  String.raw`equipped with`,
  String.raw`initiali${iseIze}ed (?:from|with)`,
  String.raw`(?:further )?(?:trained|fine-tuned|finetuned|tuned|optimi${iseIze}ed) with`,
  String.raw`fine-?tun(?:e|es|ed|ing)`,
  // "We train Step1X-Edit on the selected subset": the model the work trains is one it takes; "we
  // train" only, since "trained" and "training" as often qualify the work's own model.
  String.raw`(?<=\b(?:we|to)\s)(?:re-?)?train`,
  eVerb('integrat') + '(?: into)?',
  eVerb('incorporat') + '(?: into)?',
  eVerb('combin'),
  eVerb('fus'),
  String.raw`inject(?:s|ed|ing)?`,
  String.raw`distill(?:s|ed|ing)? (?:from|knowledge from)`,
  // "prompting GPT-4o", "we prompt X"; "prompts" and "the prompt" are nouns ("prompts mentioning …").
  String.raw`prompt(?:ed|ing)`,
  String.raw`(?<=\b(?:we|to)\s)prompt`,
  // "evaluated with the AutoNuggetizer framework", "as evaluated by Llama Guard 3": the instrument of
  // an evaluation is a tool the work takes; what is evaluated is the object of "evaluate" alone.
  String.raw`evaluated (?:with|by)`,
];

/** The adjectives that set the work level with another: "competitive with", "comparable … to", "on par with". */
const ON_A_PAR = String.raw`(?:competitive|comparable|on[- ]par)`;

/**
 * A number after a word, as a quantity of a thing or in units: "over a 30% reduction", "over 120k
 * manually labeled", "over 6-DOF motion", "over 1000 quantum circuits", "less than 5{\deg}". Not a
 * name that starts with a digit ("than 3DGS"), a size before a name ("than 7B LLaMA", "than 4-bit
 * QLoRA"), nor a share of what is compared ("less than 1% of the parameters of LoRA"). The cues are
 * read without case, so a size is told from a count by its unit, not by the capital after it.
 */
const QUANTITY_AFTER = String.raw`\s+(?:(?:a|an)\s+)?\d[\d.,]*(?:\s?%|[kKx×]|-(?!bit\b)\p{L}+)?(?:\s+(?!of\b)\p{L}|[^\p{L}\p{N}\s.,%-])`;

/** The method is what the work is measured against. */
const MEASURED_AGAINST = [
  String.raw`outperform(?:s|ed|ing)?`,
  String.raw`surpass(?:es|ed|ing)?`,
  String.raw`beat(?:s|ing)?`,
  // "dominates the WebWalker baseline"; not the passive "dominated by Transformer models".
  String.raw`dominat(?:es|ing)|dominated(?!\s+by\b)`,
  // "over a 30% reduction", "more than 2x faster": before a number the word means "more than", and
  // compares with nothing named after it; a name that starts with a digit ("than 3DGS") is still one.
  String.raw`than(?!${QUANTITY_AFTER})`,
  String.raw`over(?!${QUANTITY_AFTER})`,
  String.raw`compared (?:to|with|against)`,
  String.raw`(?:in )?comparisons? (?:to|with|against)`,
  String.raw`superior to`,
  String.raw`exceed(?:s|ed|ing)?(?: the performance of)?`,
  String.raw`unlike`,
  String.raw`in contrast to`,
  String.raw`as opposed to`,
  String.raw`improv(?:e|es|ed|ing) the baseline`,
  // "comparable quality to T5-XXL", "competitive results with DeepSeek-R1", "on-par tracking accuracy
  // with ORB-SLAM2": what is compared may stand between the adjective and its preposition. Not a
  // gain, which is had with what follows ("comparable improvements with GPT-4o Mini"), nor a
  // participle of comparing, a cue of its own; nor "with" before an article after such words, which
  // gives the means ("competitive results with a ResNet-50 backbone"; "competitive with a model
  // finetuned with LoRA" compares).
  String.raw`${ON_A_PAR}(?:\s+performance)?\s+(?:with|to)`,
  String.raw`${ON_A_PAR}(?:\s+(?!(?:to|with|compared|comparing|relative|improvements?|gains?|speedups?|reductions?)\b)\p{Ll}[\p{Ll}-]*){1,2}\s+(?:with(?!\s+(?:a|an|the|only|just|our|its)\b)|to)`,
  // "output quality similar to the best instruction-tuned models, including GPT-4o", "performance
  // close to DeepSeek-R1": a result set level with another's. Not "similar to" alone, which as often
  // says where a method comes from ("Similar to prior work, we …").
  String.raw`(?:performance|accuracy|quality|results?|scores?)\s+(?:similar|close|equivalent|identical|equal)\s+to`,
  // "we reach 95% performance of LLaVA", "retains 90% of the accuracy of X": a share of the other's result.
  String.raw`\d+(?:\.\d+)?%\s+(?:of\s+)?(?:the\s+)?(?:performance|accuracy|quality|score)s?\s+of`,
  String.raw`relative to`,
  String.raw`against`,
  String.raw`versus`,
  String.raw`vs\.?`,
  String.raw`rival(?:s|ing)?`,
  String.raw`match(?:es|ing)?`,
  String.raw`improv(?:e|es|ed|ing) over`,
  String.raw`advantages? over`,
  String.raw`gains? over`,
  String.raw`speedups? over`,
  // "65.3% bitrate saving over PLVC", "a 2x reduction over X": a measured difference from the other.
  String.raw`(?:savings?|reductions?|improvements?) over`,
  // "we evaluate four LLMs: …", "benchmarking GPT-4o and Gemini": the models measured side by side.
  eVerb('evaluat') + String.raw`(?!\s+(?:with|by)\b)`,
  // "four benchmarks including X": after a number, an article or a preposition, "benchmarks" is the noun.
  String.raw`benchmark(?:ed|ing)|(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|various|the|these|those|our|on|across|of|and|in)\s+(?:\S+\s+)?)benchmarks`,
  // "we benchmark DINOv3 across tasks": the bare form is a verb only after its subject.
  String.raw`(?<=\bwe\s)benchmark`,
  eVerb('compar'),
];

export const BUILDS_ON_CUE = cue(...DEVELOPS);
export const USES_CUE = cue(...TAKES);
export const COMPARES_CUE = cue(...MEASURED_AGAINST);

/**
 * Cues that often govern something other than a method ("through experiments", "over time",
 * "matches the data"): after them only a method or model the atlas knows counts, never a
 * name-shaped word it has not seen.
 */
export const WEAK_CUE =
  /^(?:us|utili|rel(?:y|ies|ied|ying)\s|developed|implemented|written|(?:is |are )?compatible|via|through|over|than|match|adapt(?!ation)|fine-?tun|prompt|boost|enhanc|revisit|follow|employ|explor|fus|leverag|appl|combin|integrat|incorporat|inject|against|empower|improv(?!ements?\s+over)|evaluat|benchmark|compar)/iu;

/** A comparison just before a mention: "outperforms PPO-based methods" compares, it does not build. */
export const BASELINE_CUE = new RegExp(String.raw`\b(?:${MEASURED_AGAINST.join('|')})\s+(?:\S+\s+){0,3}$`, 'iu');

/** "SVD is employed to factorize W": the subject of a passive use is used. */
export const PASSIVE_USE = new RegExp(
  // "X, Y (Z), and W are applied": the verb after a list says it of every name in it.
  String.raw`^(?:\)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[^,.;:()]{1,50}?(?:\s*\([^()]{1,15}\))?){0,4}?` +
    String.raw`\)?\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:employed|used|utili[sz]ed|adopted|applied|leveraged|incorporated|integrated)\b`,
  'iu',
);

/** The rest of a word of a listed name: a dot only inside it, as in a version ("GPT-4.1", "Llama 3.1"). */
const ITEM_REST = String.raw`(?:[^,.;:()\s]|\.(?=[\p{L}\p{N}]))*`;

/**
 * "OpenMax is adopted as a baseline", "The Llama3 8B model was fine-tuned": a passive that makes its
 * subject a thing the work takes, after the subject's size and kind when it has them. A name the
 * vocabulary does not know is read as a subject only here, where the verb says what it is.
 */
export const ADOPTED_AFTER = new RegExp(
  // "Three LLMs - Phi-3-mini, Gemma-3-4B-it, and GPT-4.1 - were fine-tuned": the verb after a list of
  // names says it of each, each item a name in capitals, the list maybe closed by a dash.
  String.raw`^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\p{Lu}\p{N}]${ITEM_REST}(?:\s+[\p{Lu}\p{N}]${ITEM_REST}){0,2}){0,5}` +
    String.raw`(?:\s+\d+(?:\.\d+)?[BMK])?(?:\s+(?:model|algorithm|method|framework|library|toolkit|engine|optimi[sz]er|architecture)s?)?(?:\s+[-–—])?` +
    String.raw`\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:employed|used|utili[sz]ed|adopted|applied|leveraged|incorporated|integrated|fine-?tuned|deployed)\b`,
  'u',
);

/** "with SAM as the backbone", "LLaMA-2 as the base model": a role that makes the named thing used. */
export const AS_ROLE =
  /^\s+as\s+(?:(?:the|a|an|our)\s+)?(?:[\w-]+\s+){0,2}(?:backbone|encoder|decoder|teacher|student|judge|evaluator|base(?: model)?|foundation|prior|feature extractor|reward model|policy|generator|detector|tokenizer|annotator|labeler|verifier|planner|solver)s?\b/iu;

/**
 * The part of a model a name is written before, which makes the named model that part of the work:
 * "a ResNet-50 backbone", "a frozen CLIP text encoder", "a PatchGAN discriminator", "CLIP features".
 */
export const COMPONENT_AFTER =
  /^\s+(?:(?:text|image|vision|visual|audio|speech|language|video|pretrained|pre-trained|frozen)\s+)?(?:backbones?|encoders?|decoders?|discriminators?|generators?|detectors?|tokeni[sz]ers?|retrievers?|embeddings?|features|denoisers?|teachers?|judges?|evaluators?|annotators?|verifiers?|solvers?|priors?|feature extractors?|(?:feature|latent|embedding|representation) space)\b/iu;

/**
 * What a model puts out, written before the model it comes from: "features from CLIP", "the latent
 * space of StyleGAN2", "confidence scores from DistilBERT". The same part as `COMPONENT_AFTER` says
 * with the name first ("CLIP features"): in a sentence about the work, the work uses the model.
 * "Of" only after what only a model has: "embeddings of STL formulae" are of what is embedded.
 */
export const COMPONENT_BEFORE = new RegExp(
  String.raw`\b(?:(?:features|embeddings|representations|(?:confidence|similarity|attention) scores) (?:from|produced by|extracted (?:by|from)|given by)|` +
    String.raw`(?:hidden states|activations|logits|(?:latent|feature|embedding|representation) space) (?:of|from)) ` +
    String.raw`(?:(?:the|a|an)\s+)?(?:(?:pretrained|pre-trained|frozen|generative|\p{Ll}+-\p{Ll}+)\s+){0,2}$`,
  'iu',
);

/**
 * A process a method names, written after it: "LoRA fine-tuning", "DDIM sampling", "GRPO training".
 * In a sentence about the work, the work runs that process with the method. Not pruning or
 * quantization, whose name before is as often the model they are applied to ("U-Net pruning").
 */
export const PROCESS_AFTER =
  /^\s+(?:sampling|fine-?tuning|training|decoding|distillation|prompting|inference|optimi[sz]ation|augmentation|pre-?training|post-?training|adaptation|guidance|retrieval|scheduling)\b(?!\s+(?:scores?|metrics?|accuracy|loss|error|rates?)\b)/iu;

/** Words that may stand between a cue and the method it governs: "outperforms the vanilla LoRA". */
export const FILLER = new RegExp(
  String.raw`^(?:(?:${[
    String.raw`the (?:success|idea|principle|architecture|framework|design|performance|results|accuracy) of`,
    String.raw`(?:that|those) of`,
    // Articles and quantifiers.
    String.raw`the|a|an|both|its|their|other|several|many|all|by`,
    // What a baseline is called before its name.
    String.raw`standard|vanilla|original|previous|prior|existing|latest|recent|popular|strong|widely[- ]used`,
    String.raw`conventional|classic(?:al)?|plain|naive|traditional|baseline|state-of-the-art|sota`,
    String.raw`fast|efficient|trainable|scalar-reward|iterative|pretrained|pre-trained|open-source|frozen`,
    String.raw`group of|set of|family of`,
    // "the recent method of representation alignment (REPA)", "state-of-the-art method LLaVA".
    String.raw`(?:method|model|approach|algorithm|technique)s?(?: of| called| named)?`,
    // Sizes and shares: "4-bit", "7B", "50%".
    String.raw`\d+-bit|\d+(?:\.\d+)?[BMKT]\b`,
    // "(compared to 83.3% for Med-Gemini)": the other's score, then whose it is.
    String.raw`\d+(?:\.\d+)?%?(?: for)?`,
  ].join('|')})\s+){0,4}`,
  'iu',
);

/** Between two targets of one cue: "over LoRA and PiSSA", "than MeZO, ZO-SGD or SPSA". */
export const COORDINATION = /^(?:\s*[,/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|and even|and also)\s+)/iu;

/** Sentences about earlier work rather than this paper's own: "Existing methods typically use X". */
export const BACKGROUND = new RegExp(
  String.raw`\b(?:${[
    String.raw`typically|usually|commonly|widely|increasingly|ubiquitous`,
    // "it is common to partition the scene", "the common practice for CFG-based training is": what
    // the field does as a rule. Not "following standard practice, LoRA is applied", the work's own.
    String.raw`it\s+is\s+(?:common|standard|customary|typical)\s+to|(?:the|a)\s+(?:common|standard)\s+practice\s+(?:is|for|in)`,
    String.raw`existing|previous(?:ly)?|prior (?:\S+ )?(?:work|works|methods|approaches|art|studies)`,
    String.raw`traditional(?:ly)?|conventional(?:ly)?|recent(?:ly)?|current(?:ly)?`,
    String.raw`(?:has|have) (?:emerged|become|been)`,
    // Not "while" inside a sentence before a verb in "-ing" ("reduces length while adding 7% win
    // rate"): the same subject doing a second thing, not a contrast with others' work. At a
    // sentence's start "While learning-based methods rely on …" sets earlier work against it.
    String.raw`suffers?|struggles?|remains?|despite|(?<=^\s*)while|while(?!\s+\p{Ll}+ing\b)|although|however`,
  ].join('|')})\b`,
  'iu',
);

/**
 * Nouns of tests, measurement and data a name may qualify: "KS tests", "CO2 emissions", "SFT
 * samples"; and of the instruments a field assesses by ("the RANO criteria", "the PRISMA
 * guidelines") and a licence. Not "scores" or "values": "comparable to X scores" compares with X.
 */
export const MEASURED_AFTER =
  /^\s+(?:tests?|emissions?|statistics?|metrics?|measures?|measurements?|data|samples?|labels?|annotations?|readings?|concentrations?|criteria|criterion|guidelines?|checklists?|questionnaires?|scales?|inventor(?:y|ies)|licen[cs]es?)\b/iu;

/**
 * A name given a value is the quantity it names, not a method: "(ScareBLEU = 63.89", "TAR @ 1%",
 * "PCK@0.05", "an mAP50-95 of 98.8", "an aMOTA of 0.722"; so is the name a value is read at ("TAR @
 * 1% FAR"). Not a size or a count ("a Llama of 7B parameters", "Mixtral of 8x7B", "BERT of 12
 * layers", "DDIM of 50 steps").
 */
export function valuedAfter(after: string): boolean {
  if (VALUE_AT.test(after)) return true;
  const value = after.match(VALUE_OF);
  if (!value) return false;
  const rest = after.slice(value[0].length);
  return !COUNT_AFTER.test(rest) && !/^(?:x\d|\s*(?:T\b|trillion|bn\b|-?billion))/iu.test(rest);
}
const VALUE_AT = /^\s*(?:=|≈|@)\s*[-+$(]?\d/u;
/** "of 98.8", "of about 0.7": the number whole, so what follows it is read after its last digit. */
const VALUE_OF = /^\s+of\s+(?:(?:about|approximately|only|just|nearly|over|up\s+to)\s+)?[-+]?\d+(?:[.,]\d+)*/u;
/**
 * "CLIP 16.12 to 17.70 (+9.80%)": a name read with a value of two decimals or more after a space,
 * then "to" another decimal, is a score raised from one value to the next; the first value is no
 * version. A version has one decimal ("from Llama 3.2 to 99.7% accuracy", "Llama 3.1 to 3.3").
 */
export const raisedValue = (name: string, after: string) =>
  /\s\d+\.\d{2,}$/u.test(name) && /^\s*(?:to|→|->)\s*[-+]?\d+\.\d+/u.test(after);
export const VALUED_BEFORE = /@\s*[-+]?\d[\d.]*\s*%?\s*$/u;

/** "a novel PEFT method", "an RLFT method": the paper's method is a kind of the method named. */
export const KIND_OF = /\b(?:a|an)\s+(?:(?:novel|new|simple|efficient|effective|general|principled|practical)\s+)*$/iu;
export const KIND_NOUN = /^\s+(?:method|approach|algorithm|variant|technique|framework|model|optimizer|scheme)\b/iu;

/** Title openings that say the paper develops what follows: "Accelerating GaLore for …". */
export const TITLE_BUILDS_ON =
  /^(?:[^:]*:\s*)?(?:accelerating|boosting|improving|generali[sz]ing|extending|augmenting|enhancing|empowering|revisiting|rethinking|unleashing|taming|stabili[sz]ing|simplifying|understanding)\s+/iu;

/**
 * A title's word of means before a name: "… Classification in Konkani Using mBERT", "… with
 * Ensemble Learning Based on DenseNet and Swin Transformer", "… via Stable Diffusion".
 */
export const TITLE_USES =
  /\b(?:using|leveraging|integrating|utili[sz]ing|employing|via|with|powered by|based on)\s+/giu;

/** How far (in characters) a cue reaches over other words to a name it does not govern directly. */
export const NEAR_CUE = 90;

/** Words before a definition that make what it defines the paper's own. */
export const OWN_DEFINITION =
  /\b(?:propose[sd]?|proposing|introduce[sd]?|introducing|present(?:s|ed)?(?!\s+(?:in|at|on|within|during|across|throughout|among)\b)|design(?:s|ed)?|develop(?:s|ed)?|establish(?:es|ed)?|construct(?:s|ed)?|devise[sd]?|formulate[sd]?|novel|new|innovative|called|named|dubbed|termed)\b[^.;]*$/iu;

/** A verb of making coordinated before a cue: its object is the paper's own work. */
export const MADE_AND = /\b(?:develop|design|propose|build|introduce|train|construct|create)(?:s|ed|d)?\s+and\s+$/iu;

/**
 * "on GLUE", "across ImageNet": a preposition of setting before a name; "in terms of DISTS": one
 * of the measure a comparison is made in.
 */
export const SETTING_BEFORE = /\b(?:on|in|across|at|under|within|for|in terms of|with respect to)\s+(?:the\s+)?$/iu;

/**
 * Where one clause ends and another begins, so a cue does not reach across: "…, while X …"; a
 * second verb that takes the things just named as its object ("we compare two embeddings and
 * project them with UMAP").
 */
export const CLAUSE_BOUNDARY =
  /;|\b(?:but|while|whereas|which|who|where|although|though|because|since|unlike)\b|\band\s+(?:then\s+)?\p{L}+\s+(?:them|it)\b/iu;

/** "existing algorithms that employ X": a relative clause whose head is others' work. */
const OTHERS_THAT =
  /\b(?:existing|previous|prior|conventional|traditional|current|other|many|most|some)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** Whether the cue at `at` stands in a relative clause about others' work, which says what they do. */
export const othersClause = (text: string, at: number): boolean =>
  OTHERS_THAT.test(text.slice(Math.max(0, at - 80), at));

/** A cue of a sentence: where it stands, the relation it states, and whether it is weak. */
export interface PlacedCue {
  start: number;
  end: number;
  type: 'compares-with' | 'builds-on' | 'uses';
  weak: boolean;
}

/** Every cue of a sentence but one after a verb of making ("we develop and evaluate …"). */
export function cuesIn(text: string): PlacedCue[] {
  const kinds = [
    [COMPARES_CUE, 'compares-with'],
    [BUILDS_ON_CUE, 'builds-on'],
    [USES_CUE, 'uses'],
  ] as const;
  return kinds
    .flatMap(([pattern, type]) =>
      Array.from(text.matchAll(pattern), (cue) => ({
        start: cue.index,
        end: cue.index + cue[0].length,
        type,
        weak: WEAK_CUE.test(cue[0]),
      })),
    )
    .filter((cue) => !MADE_AND.test(text.slice(Math.max(0, cue.start - 30), cue.start)));
}
