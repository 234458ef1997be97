import { writtenAfterDefinition, type AcronymDefinition } from './acronyms';
import type { MethodEntity } from './extract-relations';
import type { PhraseMatcher } from './match-terms';
import { definedAnew } from './relation-frames';
import { mentionAt, type Mention } from './relation-mentions';

/**
 * The parts a paper says its work is made of ("X integrates three components: …"): known methods
 * among them are what the work uses, and names it defines there are its own.
 */

/**
 * "Aristotle integrates three main components: a Lean proof search system, …": the parts a system
 * is made of, set off after a colon. A name at the start of a part, after its article and a word
 * or two that qualify it, is a method or tool the work uses. Only a method or model the
 * vocabulary lists: a new name among the parts is one the work builds ("(i) OmniAlignNet for …").
 */
const HAS_PARTS =
  /\b(?:(?:(?:integrat|incorporat|combin|compris|includ|contain|featur)(?:es|e|ed|ing|s)?|consist(?:s|ed|ing)?\s+of|(?:is|are)\s+composed\s+of)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?|(?:two|three|four|five|six|several)\s+(?:[\p{L}-]+\s+){0,2}?)(?:components|modules|parts|stages|elements|strategies|techniques|blocks|ingredients|pillars|mechanisms|tools|designs|innovations)\s*:\s*/giu;
/** Where one part of the list ends and the next begins: commas, semicolons, and "and". */
const PART_BOUNDARY = /\s*(?:;|,\s*(?:and\s+)?|\s+and\s+)\s*/gu;
/** A number that opens a part: "(ii)", "2)", "b.". */
const PART_NUMBER = /^\(?(?:[ivx]+|[a-h]|\d)[).]/u;
/** The marks that number a part, and the words before its name: "(ii) a simplified". */
const PART_OPENING =
  /^(?:\(?(?:[ivx]+|[a-h]|\d)[).]\s*)?(?:(?:a|an|the|our|one|two)\s+)?(?:(?!(?:for|of|to|with|that|which)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}?(?=[\p{Lu}\p{N}])/u;

/** The known methods and models a list of the work's parts names (`HAS_PARTS`). */
export function partsNamed(text: string, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const parts: Mention[] = [];
  for (const list of text.matchAll(HAS_PARTS)) {
    const from = list.index + list[0].length;
    const starts = [from];
    for (const boundary of text.slice(from).matchAll(PART_BOUNDARY)) {
      const start = from + boundary.index + boundary[0].length;
      // "hooking activations from attention and MLP layers": inside a long part, "and" joins words
      // of that part; it starts a new part after a short one or before a number.
      const words = text.slice(starts.at(-1), from + boundary.index).split(/\s+/u).length;
      if (!/[,;]/u.test(boundary[0]) && words > 5 && !PART_NUMBER.test(text.slice(start))) continue;
      starts.push(start);
    }
    for (const start of starts) {
      const opening = text.slice(start).match(PART_OPENING)?.[0];
      if (opening === undefined) continue;
      const at = start + opening.length;
      const mention = mentionAt(text, at, matcher, false);
      // "(i) OmniAlignNet for …", "1) a MedFlexFusion module": a name the vocabulary does not list,
      // as a part of the work's system, is the part the work builds and names, even when a corpus
      // paper names something else so; so is one it spells out there ("Residual Mining (RM) and
      // Anomaly Feature Learning (AFL)"), whatever else it names.
      if (!mention?.entity?.listed || mention.asFamily || definedAnew(text, at, mention, matcher)) continue;
      // "a GPU-optimized sorting-free algorithm": a name joined to a word in lower case is an adjective;
      // "Swin-Cropping, a pre-processing strategy": a name that goes on is part of a longer one.
      if (/-\p{Ll}{4,}$/u.test(mention.name) || /^[-\p{L}\p{N}]/u.test(text.slice(mention.end))) continue;
      parts.push(mention);
    }
  }
  return parts;
}

/**
 * A list of parts still open at the end of a text: its noun and colon, and no stop since.
 * "enhances robustness through two key components: the Hybrid … Module (HPDM) and the … (RRM)".
 */
const PARTS_OPEN = /\b(?:components|modules|parts|elements|blocks|mechanisms|designs|innovations)\s*:[^.:;]*$/iu;
/** How far before a definition its list of parts may open, in characters. */
const PARTS_REACH = 240;

/**
 * The acronyms (and their long forms, in lower case) an abstract defines inside a list of the
 * parts its work is made of: the work names its own parts there, whatever verb comes before the
 * list ("which enhances robustness through two components: …" improves a quality, not a method).
 */
export function partsDefined(abstract: string, definitions: readonly AcronymDefinition[]): Set<string> {
  const own = definitions.filter((definition) => {
    const at = abstract.indexOf(definition.longForm);
    return at >= 0 && PARTS_OPEN.test(abstract.slice(Math.max(0, at - PARTS_REACH), at));
  });
  return new Set(own.flatMap((definition) => [definition.acronym, definition.longForm]).map((n) => n.toLowerCase()));
}

/** The nouns of a part of a model that a paper builds, in the singular. */
export const PART_WORDS = String.raw`block|module|layer|unit|head|branch|component|mechanism`;

/** A long form ending in a part's noun names the paper's own part. */
export const PART_NOUN = new RegExp(String.raw`\b(?:${PART_WORDS})s?$`, 'iu');

/** The noun of a part after an acronym's brackets: "Gamma-Asymmetric Enhancement (GAE) module". */
const PART_AFTER_BRACKETS = new RegExp(String.raw`^[\s-]+(?:${PART_WORDS}|strategy)s?\b`, 'iu');

/**
 * Whether the abstract defines `acronym` as the name of a part ("a lightweight High-Frequency
 * Refinement (HFR) module", "a simple Channel Swap Module (CSM)"): an abstract spells out the parts
 * it builds, and names others' parts by the names the field knows them by.
 */
export const definedAsPart = (abstract: string, acronym: string, longForm?: string): boolean =>
  writtenAfterDefinition(abstract, acronym, PART_AFTER_BRACKETS, 30) ||
  (longForm !== undefined && PART_NOUN.test(longForm) && newlyIntroduced(abstract, longForm));

/**
 * "fused using a Cross-Synchronized Fusion Module (CSFM)": a long form after an indefinite article
 * brings in something new, the work's own; a known part goes by its name ("enhanced with the
 * Convolutional Block Attention Module (CBAM)").
 */
function newlyIntroduced(abstract: string, longForm: string): boolean {
  const at = abstract.indexOf(longForm);
  return at > 0 && /(?:^|\s)(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(abstract.slice(Math.max(0, at - 40), at));
}
