import type { Mention } from './relation-mentions';
import { COMPONENT_AFTER, MEASURE_WORDS } from './relation-cues';
import type { RelationType } from './types';

/**
 * The type of a relation, decided from the cue that states it and the kind of thing it names. A
 * cue of development says how a method grows out of another; said of a model, the same words
 * name the model the work starts from, which it then uses ("models based on Qwen 3", "built on
 * top of LLaMA-2"), except inspiration, which takes an idea and no weights ("inspired by
 * DeepSeek-R1").
 */

/**
 * A specific model: a model family of the vocabulary, or a name the vocabulary does not know
 * written with a version or size ("Jamba 1.6", "Qwen2.5-72B").
 */
export function isSpecificModel(mention: Mention): boolean {
  return mention.entity ? mention.entity.model === true : mention.strong === true && /\p{N}/u.test(mention.name);
}

/**
 * Cues by which the work makes the thing named better ("empowering CLIP", "improves SegFormer"): of a
 * model as of a method, the work develops it.
 */
const IMPROVES = /^(?:improv|enhanc|empower|boost|accelerat|extend|extension|augment|generali[sz])/iu;

/**
 * The relation a cue of `type`, written as `cue`, states with `target`. `joined`: the cue is the
 * end of a compound adjective ("domain-adapted SpaCy", "LLM-enhanced X"), which qualifies the thing
 * the work takes rather than saying the work develops it.
 */
export function relationType(
  type: RelationType,
  cue: string,
  target: Mention,
  joined = false,
  /** The text right after the target. */
  after = '',
): RelationType {
  if (joined && type === 'builds-on') return 'uses';
  // "versus GPT-4-generated versions": what the name made is compared or built on; the work uses it.
  if (MADE_BY_AFTER.test(after)) return 'uses';
  // "based on the EDI prior", "built upon a ResNet-50 backbone": the noun after the name is the part
  // the work gives it, which it uses, not a method it develops.
  // Not where the cue says the work makes that part better ("we improve the CLIP text encoder").
  if (type === 'builds-on' && COMPONENT_AFTER.test(after) && !IMPROVES.test(cue)) return 'uses';
  if (
    type === 'builds-on' &&
    isSpecificModel(target) &&
    (!IMPROVES.test(cue) || SCORE_AFTER.test(after)) &&
    !DESIGN_AFTER.test(after) &&
    !INSPIRED.test(cue)
  )
    return 'uses';
  return type;
}

/** "Inspired by DeepSeek-R1": an idea taken from a model, whose weights the work does not start from. */
const INSPIRED = /^inspired\s+by\b/iu;

/**
 * "Built upon the Diffusion Transformer (DiT) architecture": what the work builds on is the model's
 * design, which it develops, not the trained model, which it would use.
 */
const DESIGN_AFTER = /^\s+(?:architectures?|design|paradigm|formulation)\b/iu;

/** "GPT-4-generated", "LLM-annotated": a participle joined to a name says the named thing made it. */
const MADE_BY_AFTER =
  /^-(?:generated|produced|synthesi[sz]ed|written|annotated|label(?:l)?ed|translated|created|simulated)\b/u;

/**
 * "we improve Qwen2.5-7B from 54.0 to 61.3", "boosts Llama-3 by 5 points", "improves LLaMA 3.1-8B on
 * AQuA by 5.17%", "improves YOLOv8 performance by 7.69%", "improves LLaVA-1.5 evaluation accuracy by
 * up to 3.1%": a score after the model (past where it was
 * measured, or the measure raised) says the work raised the model's score by being applied to it,
 * not that it developed the model.
 */
const SCORE_AFTER = new RegExp(
  String.raw`^(?:\s+(?:on|in|across)\s+[^,.;()]{1,40}?|\s+(?:[\p{L}\p{N}]+[\s-])?(?:${MEASURE_WORDS}|performance|F1|mAP|AP)s?)?\s*(?:from|by)\s+(?:(?:up\s+to|as\s+much\s+as|over|nearly|about|around|approximately|almost|more\s+than|at\s+least)\s+)?[+\d]`,
  'u',
);

/**
 * A role, then the name that fills it: "the student model, MobileNet", "our backbone, ResNet-50":
 * the named thing is a part the work uses.
 */
export const ROLE_BEFORE =
  /\b(?:the|our|a|an)\s+(?:[\p{L}-]+\s+)?(?:backbone|encoder|decoder|teacher|student|judge|evaluator|base|feature extractor|reward|tokeni[sz]er|annotator|verifier|planner|solver)(?:\s+(?:model|network|LLM))?\s*,\s*$/iu;
