import { findAcronymDefinitions } from './acronyms';
import { isCoinedWord } from './extract-name';
import type { PhraseMatcher } from './match-terms';
import { splitSentences } from './text';
import type { Relation, RelationType, Slug } from './types';

/** A method that can be named in an abstract: from the vocabulary, or introduced by a corpus paper. */
export interface MethodEntity {
  /** The display name: the acronym when there is one ("DPO"). */
  name: string;
  aliases: Set<string>;
  introducedBy: Slug | null;
}

/**
 * Cue phrases whose object is the method built on: "based on X", "extends X", "inspired by X",
 * "accelerating X", "a variant of X", "applies X to".
 */
const BUILDS_ON_CUE =
  /\b(?:extend(?:s|ing|ed)?|extension of|(?:is |are |were )?based (?:up)?on|build(?:s|ing)? (?:up)?on|built (?:up)?on|inspired by|accelerat(?:e|es|ed|ing)|(?:a |an )?variant of|generali[sz](?:e|es|ed|ing)|on top of|improv(?:e|es|ed|ing) upon|appl(?:y|ies|ied|ying)|adapt(?:s|ed|ing)|integrat(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|us(?:e|es|ed|ing)|via|through|follow(?:s|ed|ing)|built with|powered by|derived from|initiali[sz]ed (?:from|with)|fine-tun(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|reformulat(?:e|es|ed|ing)|revisit(?:s|ed|ing)?|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing))\s+/giu;

/**
 * Cue phrases whose object is the method compared against: "outperforms X", "better than X",
 * "over X", "compared to X", "surpassing X".
 */
const COMPARES_CUE =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|than|over|compared (?:to|with|against)|(?:in )?comparison (?:to|with)|relative to|against|versus|vs\.?|exceed(?:s|ed|ing)?|superior to|on par with|comparable to|competitive with|rival(?:s|ing)?|match(?:es|ing)?|improv(?:e|es|ed|ing) (?:on|over)|advantages? over|gains? over)\s+/giu;

/** Words that may stand between a cue and the method it governs: "outperforms the vanilla LoRA". */
const FILLER =
  /^(?:(?:the|a|an|both|standard|vanilla|original|previous|prior|existing|latest|recent|popular|strong|widely[- ]used|conventional|classic(?:al)?|full|plain|naive|traditional|baseline|its|their|state-of-the-art|sota|existing|other|several|many|all|\d+-bit|\d+(?:\.\d+)?%?|by)\s+){0,4}/iu;

/** Between two targets of one cue: "over LoRA and PiSSA", "than MeZO, ZO-SGD or SPSA". */
const COORDINATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|and even|and also)\s+)/iu;

/** Title openings that say the paper builds on what follows: "Accelerating GaLore for …". */
const TITLE_BUILDS_ON = /^(?:[^:]*:\s*)?(?:accelerating|boosting|improving|generali[sz]ing|extending|scaling(?: up)?|enhancing|revisiting|rethinking|unleashing|taming|stabili[sz]ing|simplifying|understanding)\s+/iu;

interface Mention {
  entity: MethodEntity | null;
  name: string;
  end: number;
}

/**
 * The method named at the very start of `text`: a known method (from the matcher), or a coined
 * name ("DeepSpeed", "GPT4-Turbo") that only a cue tells us is a method.
 */
function mentionAt(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  const rest = text.slice(offset);
  const filler = rest.match(FILLER)?.[0].length ?? 0;
  const start = offset + filler;
  const window = text.slice(start, start + 120);
  const known = matcher.match(window).find((match) => match.start === 0);
  if (known) return { entity: known.term, name: known.term.name, end: start + known.end };
  const word = window.match(/^[\p{L}\p{N}][\p{L}\p{N}^{}*.+-]*[\p{L}\p{N}}*+]|^[\p{L}]{2,}/u)?.[0];
  if (!word || !isCoinedWord(word) || /^\d/u.test(word)) return null;
  // "CLIP-based methods" names a family built on CLIP, not CLIP itself.
  const base = word.replace(/-(?:based|like|style|type|free|aware|guided|driven|only)$/iu, '');
  if (base !== word) return null;
  return { entity: null, name: word.replace(/[.,;:]+$/u, ''), end: start + word.length };
}

/** Every method a cue governs: the first right after it, and those coordinated with it. */
function targetsAfter(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const targets: Mention[] = [];
  let at = offset;
  for (;;) {
    const mention = mentionAt(text, at, matcher);
    if (!mention) break;
    targets.push(mention);
    const joint = text.slice(mention.end).match(COORDINATION)?.[0];
    if (!joint) break;
    at = mention.end + joint.length;
  }
  return targets;
}

/** True when `name` is written inside the paper's own method name as a component ("LoRA" in "LoRA-GA"). */
function isComponentOf(name: string, ownName: string): boolean {
  if (name === ownName || name.length < 3) return false;
  // Every method of the corpus is tried against every paper's name: a plain substring test first
  // keeps that from compiling a regular expression per pair (quadratic in the corpus size).
  if (!ownName.includes(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?:^|[\\s-]|(?<=\\p{Ll}))${escaped}(?=$|[\\s\\d-])`, 'u').test(ownName);
}

export interface RelationInput {
  title: string;
  abstract: string;
  /** The method this paper introduces, if it is one the corpus knows. */
  own: MethodEntity | undefined;
  /** The name the paper gives its method, as extracted. */
  ownName: string | null;
  /** Methods the corpus knows: vocabulary methods and those corpus papers introduce. */
  methods: readonly MethodEntity[];
  matcher: PhraseMatcher<MethodEntity>;
  /** Names that are not methods even after a cue: datasets, models, generic acronyms ("LLM"). */
  isNotMethod: (name: string) => boolean;
}

/**
 * Reads typed relations from a paper: for each method a cue governs, builds-on or compares-with,
 * with the sentence that says so. A method may be both. The paper's own method is never a target.
 */
export function extractRelations(input: RelationInput): Relation[] {
  const { title, abstract, own, ownName, methods, matcher, isNotMethod } = input;
  // Acronyms this abstract defines and no other paper or vocabulary knows are the paper's own
  // parts ("an Interactive Similarity Aggregation module (ISA)"), not methods it relates to.
  const ownTerms = new Set(findAcronymDefinitions(abstract).flatMap((d) => [d.acronym, d.longForm]).map((n) => n.toLowerCase()));
  const ownNames = new Set([...(own?.aliases ?? []), ...(ownName ? [ownName, ownName.replace(/\s+/gu, '-')] : [])].map((n) => n.toLowerCase()));
  const relations = new Map<string, Relation>();
  const add = (type: RelationType, mention: Mention, evidence: string) => {
    if (ownNames.has(mention.name.toLowerCase())) return;
    if (!mention.entity && (ownTerms.has(mention.name.toLowerCase()) || title.includes(mention.name) || isNotMethod(mention.name))) return;
    if (mention.entity && own && mention.entity === own) return;
    const key = `${type}\u0000${mention.name.toLowerCase()}`;
    if (!relations.has(key)) {
      relations.set(key, { type, target: mention.name, targetSlug: mention.entity?.introducedBy ?? null, evidence });
    }
  };

  // A name that contains another method's name descends from it: LoRA-GA from LoRA, MIA-DPO from DPO.
  if (ownName) {
    for (const method of methods) {
      if (method === own) continue;
      const alias = [method.name, ...method.aliases].find((candidate) => /\p{Lu}.*\p{Lu}/u.test(candidate) && isComponentOf(candidate, ownName));
      if (alias) add('builds-on', { entity: method, name: method.name, end: 0 }, title);
    }
  }

  const titleCue = title.match(TITLE_BUILDS_ON);
  if (titleCue) for (const target of targetsAfter(title, titleCue[0].length, matcher)) if (target.entity) add('builds-on', target, title);

  for (const { text } of splitSentences(abstract)) {
    for (const [pattern, type] of [
      [COMPARES_CUE, 'compares-with'],
      [BUILDS_ON_CUE, 'builds-on'],
    ] as const) {
      for (const cue of text.matchAll(pattern)) {
        for (const target of targetsAfter(text, cue.index + cue[0].length, matcher)) {
          // A coined word after a weak cue ("using X", "over X") could be anything: require a known method there.
          if (!target.entity && /^(?:us|via|through|over|than|match|adapt|fine-tun|replac|boost|enhanc|revisit|follow)/iu.test(cue[0])) continue;
          add(type, target, text);
        }
      }
    }
  }
  return [...relations.values()];
}
