/**
 * Lists of names around a relation's cue, as English writes them: a family and its examples ("PEFT
 * methods like LoRA"), a list of examples after a cue's object, the things a cue governs named after
 * their kind ("two video diffusion models, LTX-Video and HunyuanVideo") and a version after a name.
 * The cues themselves are in ./relation-cues.
 */
import { cuesIn, type PlacedCue } from './relation-cues';

/**
 * "PEFT methods like LoRA", "U-Net-like architectures including VoxelMorph": a family, or a kind
 * named after a method, followed by its examples.
 */
export const FAMILY_EXAMPLES =
  /^(?:-(?:based|like|style|type))?\s+(?:methods|approaches|techniques|baselines|variants|algorithms|models|architectures|networks|frameworks|backbones|detectors)\s+(?:such as|like|including|e\.g\.,?)\s+/iu;

/**
 * A name used as a family: "CLIP-based methods", "GNN models", "MoE architectures". Not
 * "baselines": "DPO baselines" are runs of DPO.
 */
export const FAMILY_USE =
  /^(?:s\b|-(?:based|like|style|type|family)\b|\s+(?:methods|approaches|techniques|variants|families|family|models|architectures|algorithms|frameworks|paradigms|pipelines)\b)/u;

/**
 * The words that open a list of examples: "such as", "including", "like", "e.g."; and those that
 * name the instances meant: "i.e.", "namely", "specifically".
 */
const EXAMPLE_WORD = String.raw`(?:such as|including|like|e\.g\.,?|i\.e\.,?|namely|specifically)`;

/** A list of examples after a cue's object: "compared to models aligned through other methods such as SFT, DPO". */
export const EXAMPLES_AFTER = new RegExp(String.raw`^[^.;:()]{0,80}?(?:\(\s*)?\b${EXAMPLE_WORD}\s+`, 'iu');

/**
 * Examples name instances of the noun written just before them: "in multiple diseases, including
 * cardiovascular disease (CVD)" lists diseases, not methods. The nouns the field calls its methods,
 * models and systems by, or a plural acronym ("DiTs", "LLMs"); a list after any other plural noun
 * is not read as targets.
 */
const METHOD_KINDS =
  /(?:methods|approaches|models|baselines|techniques|algorithms|architectures|networks|systems|frameworks|variants|detectors|classifiers|optimi[sz]ers|solvers|tools|competitors|counterparts|backbones|encoders|decoders|agents|policies|adapters|transformers|generators|retrievers|tokeni[sz]ers|estimators|samplers|regulari[sz]ers|heuristics|strategies|schemes|paradigms|pipelines|libraries|toolkits|engines|formulations|objectives|losses|\p{Lu}[\p{L}\p{N}-]*\p{Lu}s)$/u;
/** The kinds of `METHOD_KINDS` that are models: "models", "networks", "LLMs". */
const MODEL_KINDS = /(?:models|networks|backbones|encoders|decoders|transformers|\p{Lu}[\p{L}\p{N}-]*\p{Lu}s)$/u;
/** The last word of `before`, past the comma or bracket that may open a list after it. */
const headNoun = (before: string) => before.replace(/[\s,(]+$/u, '').match(/[\p{L}\p{N}-]+$/u)?.[0] ?? '';

/** The noun a list of examples follows, in `before` (the text up to "such as", "including", …). */
function examplesOfMethodsAfter(before: string): boolean {
  const head = headNoun(before);
  return !/\p{Ll}s$/u.test(head) || METHOD_KINDS.test(head);
}

/** Every list of examples a sentence writes, wherever it stands: "tools such as", "LLMs (e.g.,". */
const EXAMPLE_LISTS = new RegExp(String.raw`(?:\(\s*)?\b${EXAMPLE_WORD}\s+`, 'giu');

/** A list of examples in a sentence: where the words that open it start, and where its items start. */
export interface ExampleList {
  start: number;
  items: number;
  /**
   * The kind is earlier work by the words that qualify it: "Traditional lexicon-based tools",
   * "State-of-the-art HMR methods", "Existing federated prompt learning approaches".
   */
  earlier: boolean;
  /**
   * The kind is one of models ("pre-trained vision-language models, such as X"): a limitation said
   * of models is as often what the work sets out to overcome in them as why it turns away.
   */
  ofModels: boolean;
  /**
   * Its clause compares, before the list: "outperforming larger baselines (e.g., X)", "comparable
   * to powerful reasoning models such as X", "approaches the performance of models like X".
   */
  compared: boolean;
}

/** Words of comparison, cue or not: what the examples after them are measured against. */
const COMPARISON =
  /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|rival\w*|compar\w+|than|versus|vs\.?|against|close to|on par|match\w*|approach\w* the performance|nearing|mirrors?)\b/iu;
/**
 * Where the clause of a list begins: after a word that opens another clause, or a verb coordinated
 * after the comparison ("surpasses X on vision tasks and sets new records for networks such as Y").
 */
const CLAUSE_START =
  /(?:[;:]|\b(?:but|while|whereas|which|who|where|although|though|because|since|unlike)\b|\band\s+\p{Ll}+s\b)(?!.*(?:[;:]|\b(?:but|while|whereas|which|who|where|although|though|because|since|unlike)\b|\band\s+\p{Ll}+s\b))/iu;

/**
 * Words that make a kind of method others' work, or work the paper measures itself against
 * ("nearing closed-source models like X"). Not "recent", "popular", "strong" or "mainstream": those
 * a work as often takes ("recent foundation models like SAM").
 */
const EARLIER_KIND =
  /\b(?:state[- ]of[- ]the[- ]art|SOTA|existing|previous|prior|traditional|conventional|classical|classic|earlier|other|alternative|competing|leading|closed-source|proprietary)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}-]+[\s,(]*$/iu;

/**
 * The lists of examples in `text` that name instances of a kind of method, model or tool ("Traditional
 * lexicon-based tools such as X and Y", "interface-based LLMs (e.g., X, Y)"), whether or not a cue
 * governs them. Unlike `examplesAfter`, the noun before the list must be one of `METHOD_KINDS`: with
 * no cue to say a method follows, a singular or other noun ("tasks such as detection") lists
 * anything.
 */
export function exampleLists(text: string): ExampleList[] {
  return Array.from(text.matchAll(EXAMPLE_LISTS)).flatMap((list) => {
    // "large language models (LLMs) such as": the kind is the noun its acronym defines.
    const kind = text.slice(0, list.index).replace(/\s*\([^()\s]{2,15}\)[\s,]*$/u, '');
    // "Approaches such as X" opens a sentence as often as it follows an adjective.
    const head = headNoun(kind).replace(/^\p{Lu}(?=\p{Ll}+$)/u, (capital) => capital.toLowerCase());
    if (!METHOD_KINDS.test(head)) return [];
    const items = list.index + list[0].length;
    const clause = kind.slice(kind.match(CLAUSE_START)?.index ?? 0);
    const earlier = EARLIER_KIND.test(kind);
    return [{ start: list.index, items, earlier, ofModels: MODEL_KINDS.test(head), compared: COMPARISON.test(clause) }];
  });
}

const EXAMPLES_INTRO = new RegExp(String.raw`(?:\(\s*)?\b${EXAMPLE_WORD}\s+$`, 'iu');
/** Text up to the last list of examples in it. */
const EXAMPLES_WITHIN = new RegExp(String.raw`^(.*)\b${EXAMPLE_WORD}\s+`, 'iu');

/**
 * The examples that open `text`, when they are examples of methods: see `EXAMPLES_AFTER`,
 * `METHOD_KINDS`. A comparison between a cue of another kind and the examples takes them ("using
 * small agents, outperforms baselines like X" compares with X, it does not use it).
 */
export function examplesAfter(text: string, kind: PlacedCue['type'] = 'compares-with'): RegExpMatchArray | null {
  const examples = text.match(EXAMPLES_AFTER);
  if (!examples) return null;
  // A later cue of another kind governs the examples: "Building on Qwen2.5, we employed techniques
  // including DPO" uses DPO. A comparison reaches past a cue of use ("compared to models aligned
  // through other methods such as SFT").
  if (kind !== 'compares-with' && cuesIn(examples[0]).some((cue) => cue.type !== kind)) return null;
  return examplesOfMethodsAfter(examples[0].replace(EXAMPLES_INTRO, '')) ? examples : null;
}

/** Whether `text` ends in a list of examples of something other than methods. */
export function examplesOfOtherThings(text: string): boolean {
  const intro = text.match(EXAMPLES_WITHIN);
  return intro !== null && !examplesOfMethodsAfter((intro[1] ?? '').replace(/\(\s*$/u, ''));
}

/**
 * The things a cue governs, named after the kind they are: "fine-tune two video diffusion models,
 * LTX-Video and HunyuanVideo", "evaluate four LLMs: Claude 3.5 Sonnet, Jamba 1.6, …". Not a list of
 * examples ("…, including X"), which says what it lists examples of (`examplesAfter`).
 */
export const APPOSITION_AFTER = /^[^.;:(),]{0,60}?(?:,|:)\s+(?!(?:such as|including|like|e\.g\.)\s)/iu;
/** The same list in brackets after a plural: "AI echocardiography models (EchoPrime and PanEcho)". */
export const BRACKETED_AFTER = /^[^.;:(),]{0,60}?\p{L}{2,}s\s+\(\s*/u;

/** Words that name a variant of a model, after its version or its whole name: "GPT-4o mini", "Gemini 1.5 Pro". */
export const VARIANT_WORDS = 'pro|flash|turbo|mini|max|plus|ultra|nano|lite';
/** Not a word that a verb follows: "… mini is" makes the word a noun of its own. */
export const NOT_A_VERB_AFTER = String.raw`(?!\s+(?:is|are|was|were)\b)`;

/**
 * A version written after a name: "Llama 4", "Wan 2.1", "Claude 3.5 Sonnet", "Gemini 2.5 pro"
 * (a variant's name after the version, capitalised or one of the words models' variants are called
 * by), "Qwen2.5-72B"; or the
 * rest of one after a name that ends in its major version ("Qwen2" + ".5"), with the vision-language
 * variant's letters glued to it ("Qwen2.5VL"). Not a value with a unit ("Hallo 20.93s vs. Teller
 * 0.92s"): a decimal version takes no other letter after it.
 */
export const VERSION_AFTER = new RegExp(
  String.raw`^(?:(?:\s+|-)?v?\d+(?:\.\d+)*|(?:\.\d+)+)(?:(?<!\d\.\d+)[a-z]|[BMKT](?![\p{L}\p{N}])|VL(?![\p{L}\p{N}]))?(?![\p{L}\p{N}%]|[.,]\d)(?:[\s-](?:\p{Lu}\p{Ll}+|${VARIANT_WORDS}|instruct|chat)\b${NOT_A_VERB_AFTER})?`,
  'u',
);
/**
 * More examples of the same cue's object: "both tuning-free methods like IP-Adapter and tuning-based
 * methods like LoRA". Not examples of data ("… and other variants on various datasets like X"),
 * which the work ran on, not compared with.
 */
export const MORE_EXAMPLES = new RegExp(
  String.raw`^(?![^.;:()]{0,60}?\b(?:datasets?|benchmarks?|corpora|corpus|tasks?)\s+${EXAMPLE_WORD}\s)[^.;:()]{0,60}?\b${EXAMPLE_WORD}\s+`,
  'iu',
);
