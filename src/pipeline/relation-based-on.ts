/**
 * "-based" and the one thing the work makes from the name before it: "a Llama-3.2-based evaluation
 * model", "SciBERT-based tokenization", "a NeRF-based framework"; "-inspired", "-style" and "-like"
 * make it a variant of the name ("a U-Net-inspired architecture", "a DETR-style detector"). Before a
 * plural ("CLIP-based methods", "BERT-like models") the name makes a kind of method instead
 * (`FAMILY_USE`), which is no target.
 */
import type { MethodEntity } from './extract-relations';
import type { PhraseMatcher } from './match-terms';
import { BASELINE_CUE } from './relation-cues';
import { mentionAt, type Mention } from './relation-mentions';
import { isSpecificModel } from './relation-types';
import type { RelationType } from './types';

const BASED_ON_NAME = /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}\p{N}.+-]*?)-(based|inspired|style|like)\s+/gu;
/** The noun phrase after "-based", up to a word that ends it; its last word is its head. */
const BASED_HEAD =
  /^(?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+){0,4}?([\p{Ll}][\p{Ll}-]*)(?=\s*(?:[,.;:()]|$)|\s+(?:whose|that|which|who|for|to|of|in|on|with|and|or|is|are|was|were|by|from|as|at|via|using|can|could|will|would|may|might|called|named|dubbed|termed)\b)/u;
/** A bracketed gloss and the space after it. */
const GLOSS = /^\([^()]{1,60}\)\s+/u;
/** A plural noun: "methods", "tokenizers"; not "analysis", "process", "corpus". */
const PLURAL = /(?<![siu])s$/u;

/** The nouns of a method a work makes: what "X-based" before them says the method is built on. */
const KIND_OF_METHOD =
  /^(?:method|approach|framework|model|architecture|network|algorithm|technique|scheme|strategy|system|paradigm|pipeline|solver|optimi[sz]er|variant)$/u;

/**
 * The names a sentence about the work joins by "-based" to one thing it names, read as `mentionAt`
 * reads them, and how the work relates to each. A known method that the work's method is based
 * on is built on ("a LoRA-based fine-tuning method"); one a step is based on, a model, or a name the
 * atlas does not know is used ("QLoRA-based fine-tuning", "a StyleUnet-based network").
 */
export function basedOnNames(
  text: string,
  matcher: PhraseMatcher<MethodEntity>,
): Array<{ mention: Mention; type: RelationType }> {
  return Array.from(text.matchAll(BASED_ON_NAME)).flatMap((based) => {
    // A gloss in brackets right after is no part of the phrase: "a LoRA-style (low-rank adaptation) module".
    const head = text
      .slice(based.index + based[0].length)
      .replace(GLOSS, '')
      .match(BASED_HEAD)?.[1];
    if (!head || PLURAL.test(head) || BASELINE_CUE.test(text.slice(Math.max(0, based.index - 50), based.index)))
      return [];
    const nameEnd = based.index + (based[1]?.length ?? 0);
    const mention = mentionAt(text.slice(0, nameEnd), based.index, matcher, false);
    if (!mention || mention.end !== nameEnd || !(mention.entity || mention.strong) || mention.entity?.family) return [];
    // "a CycleGAN-inspired model", "a DETR-style detector": the one thing the work makes is modelled
    // on the name, a variant of it, whatever the thing is.
    const modelledOn = based[2] !== 'based';
    const builtOn = modelledOn || (mention.entity !== null && !isSpecificModel(mention) && KIND_OF_METHOD.test(head));
    return [{ mention: { ...mention, asFamily: false }, type: builtOn ? 'builds-on' : 'uses' }];
  });
}
