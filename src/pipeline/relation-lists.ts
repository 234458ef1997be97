/**
 * Lists of names around a relation's cue, as English writes them: a family and its examples ("PEFT
 * methods like LoRA"), a list of examples after a cue's object, the things a cue governs named after
 * their kind ("two video diffusion models, LTX-Video and HunyuanVideo") and a version after a name.
 * The cues themselves are in ./relation-cues.
 */
import { cuesIn, type PlacedCue } from './relation-cues';

/** "PEFT methods like LoRA": a family followed by its examples. */
export const FAMILY_EXAMPLES =
  /^\s+(?:methods|approaches|techniques|baselines|variants|algorithms|models)\s+(?:such as|like|including|e\.g\.,?)\s+/iu;

/**
 * A name used as a family: "CLIP-based methods", "GNN models", "MoE architectures". Not
 * "baselines": "DPO baselines" are runs of DPO.
 */
export const FAMILY_USE =
  /^(?:s\b|-(?:based|like|style|type|family)\b|\s+(?:methods|approaches|techniques|variants|families|family|models|architectures|algorithms|frameworks|paradigms|pipelines)\b)/u;

/** The words that open a list of examples: "such as", "including", "like", "e.g.". */
const EXAMPLE_WORD = String.raw`(?:such as|including|like|e\.g\.,?)`;

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
/** The noun a list of examples follows, in `before` (the text up to "such as", "including", …). */
function examplesOfMethodsAfter(before: string): boolean {
  const head = before.replace(/[\s,(]+$/u, '').match(/[\p{L}\p{N}-]+$/u)?.[0] ?? '';
  return !/\p{Ll}s$/u.test(head) || METHOD_KINDS.test(head);
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
  if (kind !== 'compares-with' && cuesIn(examples[0]).some((cue) => cue.type === 'compares-with')) return null;
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

/**
 * A version written after a name: "Llama 4", "Wan 2.1", "Claude 3.5 Sonnet", "Gemini 2.5 pro"
 * (a variant's name after the version, capitalised or one of the words models' variants are called
 * by), "Qwen2.5-72B"; or the
 * rest of one after a name that ends in its major version ("Qwen2" + ".5").
 */
export const VERSION_AFTER =
  /^(?:(?:\s+|-)?v?\d+(?:\.\d+)*|(?:\.\d+)+)(?:[a-z]|[BMKT](?![\p{L}\p{N}]))?(?![\p{L}\p{N}%])(?:[\s-](?:\p{Lu}\p{Ll}+|pro|flash|turbo|mini|instruct|chat|max|plus|ultra|nano|lite)\b(?!\s+(?:is|are|was|were)\b))?/u;
export const MORE_EXAMPLES = new RegExp(String.raw`^[^.;:()]{0,60}?\b${EXAMPLE_WORD}\s+`, 'iu');
