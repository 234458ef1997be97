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
  /\b(?:extend(?:s|ing|ed)?|extension (?:of|to)|(?:is |are |were )?based (?:up)?on:?|(?:further )?(?:trained|fine-tuned|finetuned|tuned|optimi[sz]ed) with|build(?:s|ing)? (?:up)?on|built (?:up)?on|inspired by|accelerat(?:e|es|ed|ing)|(?:a |an )?variant of|generali[sz](?:e|es|ed|ing)|generali[sz]ation of|on top of|improv(?:e|es|ed|ing) upon|appl(?:y|ies|ied|ying)|adapt(?:s|ed|ing)|integrat(?:e|es|ed|ing)(?: into)?|incorporat(?:e|es|ed|ing)(?: into)?|combin(?:e|es|ed|ing)|fus(?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|us(?:e|es|ed|ing)(?: for)?|employ(?:s|ed|ing)?|perform(?:s|ed|ing)?|via|through|follow(?:s|ed|ing)|built with|powered by|derived from|initiali[sz]ed (?:from|with)|fine-tun(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|reformulat(?:e|es|ed|ing)|revisit(?:s|ed|ing)?|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|enhancement (?:to|of)|shares the same architecture with|conduct(?:s|ed|ing)?|inject(?:s|ed|ing)?|comput(?:e|es|ed|ing))\s+/giu;

/**
 * Cue phrases whose object is the method compared against: "outperforms X", "better than X",
 * "over X", "compared to X", "surpassing X".
 */
const COMPARES_CUE =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|than|over|compared (?:to|with|against)|superior to|exceed(?:s|ed|ing)? the performance of|unlike|in contrast to|as opposed to|improv(?:e|es|ed|ing) the baseline|competitive (?:performance )?with|comparable performance (?:to|with)|(?:in )?comparison (?:to|with)|relative to|against|versus|vs\.?|exceed(?:s|ed|ing)?|superior to|on par with|comparable to|competitive with|rival(?:s|ing)?|match(?:es|ing)?|improv(?:e|es|ed|ing) (?:on|over)|advantages? over|gains? over)\s+/giu;

/** Words that may stand between a cue and the method it governs: "outperforms the vanilla LoRA". */
const FILLER =
  /^(?:(?:the (?:success|idea|principle|architecture|framework|design|performance|results|accuracy) of|the|a|an|both|standard|vanilla|original|previous|prior|existing|latest|recent|popular|strong|widely[- ]used|conventional|classic(?:al)?|full|plain|naive|traditional|baseline|its|their|state-of-the-art|sota|existing|other|several|many|all|fast|efficient|popular|trainable|group of|set of|family of|scalar-reward|iterative|\d+-bit|\d+(?:\.\d+)?%?|by)\s+){0,4}/iu;

/** Between two targets of one cue: "over LoRA and PiSSA", "than MeZO, ZO-SGD or SPSA". */
const COORDINATION = /^(?:\s*[,/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|and even|and also)\s+)/iu;

/** Sentences about earlier work rather than this paper's own: "Existing methods typically use X". */
const BACKGROUND =
  /\b(?:typically|existing|previous(?:ly)?|prior (?:\S+ )?(?:work|works|methods|approaches|art|studies)|traditional(?:ly)?|conventional(?:ly)?|recent(?:ly)?|current(?:ly)?|(?:has|have) (?:emerged|become|been)|widely|ubiquitous|commonly|usually|suffers?|struggles?|remains?|despite|while|although|however)\b/iu;

/** "SVD is employed to factorize W": the subject of a passive use is built on. */
const PASSIVE_USE =
  /^\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:employed|used|utilized|adopted|applied|leveraged|incorporated|integrated)\b/iu;

/** A comparison just before a mention: "outperforms PPO-based methods" compares, it does not build. */
const BASELINE_CUE =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|than|over|compared (?:to|with)|versus|vs\.?|against|unlike|competitive with|comparable to|on par with)\s+(?:\S+\s+){0,3}$/iu;

/** Cues that often govern something other than a method the paper builds on or beats. */
const WEAK_CUE =
  /^(?:us|via|through|over|than|match|adapt|fine-tun|replac|boost|enhanc|revisit|follow|employ|perform|fus|leverag|appl|combin|integrat|incorporat)/iu;

/** "PEFT methods like LoRA": a family followed by its examples. */
const FAMILY_EXAMPLES =
  /^\s+(?:methods|approaches|techniques|baselines|variants|algorithms|models)\s+(?:such as|like|including|e\.g\.,?)\s+/iu;

/** A list of examples after a cue's object: "compared to models aligned through other methods such as SFT, DPO". */
const EXAMPLES_AFTER = /^[^.;:()]{0,80}?\b(?:such as|including|like|e\.g\.,?)\s+/iu;
const MORE_EXAMPLES = /^[^.;:()]{0,60}?\b(?:such as|including|like|e\.g\.,?)\s+/iu;

/** "a novel PEFT method", "an RLFT method": the paper's method is a kind of the method named. */
const KIND_OF = /\b(?:a|an)\s+(?:(?:novel|new|simple|efficient|effective|general|principled|practical)\s+)*$/iu;
const KIND_NOUN = /^\s+(?:method|approach|algorithm|variant|technique|framework|model|optimizer|scheme)\b/iu;

/** Title openings that say the paper builds on what follows: "Accelerating GaLore for …". */
const TITLE_BUILDS_ON =
  /^(?:[^:]*:\s*)?(?:accelerating|boosting|improving|generali[sz]ing|extending|enhancing|revisiting|rethinking|unleashing|taming|stabili[sz]ing|simplifying|understanding)\s+/iu;

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

/**
 * A known method after up to two modifiers: "perform cost-effective QLoRA-based supervised
 * fine-tuning", "outperforms the celebrated DPO".
 */
function mentionAfterModifiers(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  const rest = text.slice(offset);
  const modifiers = rest.match(
    /^(?:(?:the|a|an)\s+)?(?:(?:[\p{L}\p{N}]+-[\p{L}\p{N}-]+|(?!(?:like|such|as|and|or|with|of|for|in|on|to|by|than|from|methods?|approaches|models?)\s)\p{Ll}+)\s+){1,2}/u,
  )?.[0];
  if (!modifiers) return null;
  const mention = mentionAt(text, offset + modifiers.length, matcher);
  return mention?.entity ? mention : null;
}

/** A known method as the second conjunct: "surpassing full fine-tuning and the state-of-the-art PEFT methods". */
function mentionAfterConjunct(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention | null {
  const conjunct = text.slice(offset).match(/^[^,.;:()]{1,40}?\s(?:and|or)\s+/u)?.[0];
  // "methods such as DPO and LoRA" is a list of examples, handled as such, not a conjunction.
  if (!conjunct || /\b(?:such as|like|including|e\.g\.)/iu.test(conjunct)) return null;
  const mention = mentionAt(text, offset + conjunct.length, matcher);
  return mention?.entity ? mention : null;
}

/** Every method a cue governs: the first right after it, and those coordinated with it. */
function targetsAfter(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const targets: Mention[] = [];
  let at = offset;
  for (;;) {
    const mention =
      mentionAt(text, at, matcher) ??
      mentionAfterModifiers(text, at, matcher) ??
      (targets.length === 0 ? mentionAfterConjunct(text, at, matcher) : null);
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
  // Glued to a prefix only when the name is mixed-case ("FLoRA", "SCMoE"); an all-capital name
  // glued to another capital is a different acronym ("RPO" is not inside "SRPO").
  const start = /\p{Ll}/u.test(name) ? '' : '(?:^|[\\s-]|(?<=\\p{Ll}))';
  return new RegExp(`${start}${escaped}(?=$|[\\s\\d-])`, 'u').test(ownName);
}

/**
 * The substrings of a method name that could be another method's name: from the start of a word,
 * a hyphenated part or a capital, up to the end or a hyphen, space or digit ("LQ-LoRA" gives
 * "LQ-LoRA", "LoRA", "QLoRA"…).
 */
function namePieces(name: string): Set<string> {
  const pieces = new Set<string>();
  const ends = [...name.matchAll(/(?=[\s\d-])|$/gu)].map((match) => match.index);
  for (let start = 0; start < name.length; start += 1) {
    if (!/[\p{L}\p{N}]/u.test(name[start] as string)) continue;
    if (start > 0 && !/[\s-]/u.test(name[start - 1] as string) && !/\p{Lu}/u.test(name[start] as string)) continue;
    for (const end of ends) if (end - start >= 3) pieces.add(name.slice(start, end));
  }
  return pieces;
}

/** Indexes methods by the aliases a name can contain: those written with two or more capitals ("LoRA", "DPO"). */
export function indexMethodsForLineage(methods: readonly MethodEntity[]): Map<string, MethodEntity> {
  const index = new Map<string, MethodEntity>();
  for (const method of methods) {
    for (const alias of [method.name, ...method.aliases]) {
      if (alias.length >= 3 && /\p{Lu}.*\p{Lu}/u.test(alias) && !index.has(alias)) index.set(alias, method);
    }
  }
  return index;
}

export interface RelationInput {
  title: string;
  abstract: string;
  /** The method this paper introduces, if it is one the corpus knows. */
  own: MethodEntity | undefined;
  /** The name the paper gives its method, as extracted. */
  ownName: string | null;
  /** Methods the corpus knows (vocabulary methods and those corpus papers introduce), by each alias written with two or more capitals. */
  methods: ReadonlyMap<string, MethodEntity>;
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
  const ownTerms = new Set(
    findAcronymDefinitions(abstract)
      .flatMap((d) => [d.acronym, d.longForm])
      .map((n) => n.toLowerCase()),
  );
  const ownNames = new Set(
    [...(own?.aliases ?? []), ...(ownName ? [ownName, ownName.replace(/\s+/gu, '-')] : [])].map((n) => n.toLowerCase()),
  );
  const relations = new Map<string, Relation>();
  const ownWords = [...ownNames].filter((name) => name.length >= 2);
  const aboutOwnWork = (sentence: string) =>
    /\b(?:we|our|us|this (?:paper|work|study|method|approach)|the proposed|proposed (?:method|approach))\b/iu.test(
      sentence,
    ) || ownWords.some((name) => sentence.toLowerCase().includes(name));
  const add = (type: RelationType, mention: Mention, evidence: string) => {
    if (ownNames.has(mention.name.toLowerCase())) return;
    if (
      !mention.entity &&
      (ownTerms.has(mention.name.toLowerCase()) || title.includes(mention.name) || isNotMethod(mention.name))
    )
      return;
    if (mention.entity && own && mention.entity === own) return;
    const key = `${type}\u0000${mention.name.toLowerCase()}`;
    if (!relations.has(key)) {
      relations.set(key, { type, target: mention.name, targetSlug: mention.entity?.introducedBy ?? null, evidence });
    }
  };

  // A name that contains another method's name descends from it: LoRA-GA from LoRA, MIA-DPO from DPO.
  // Only the pieces of the name that could be another name are looked up, so this costs a few
  // map look-ups per paper rather than a pass over every method of the corpus.
  if (ownName) {
    for (const piece of namePieces(ownName)) {
      const method = methods.get(piece);
      if (method && method !== own && isComponentOf(piece, ownName))
        add('builds-on', { entity: method, name: method.name, end: 0 }, title);
    }
  }

  const titleCue = title.match(TITLE_BUILDS_ON);
  if (titleCue)
    for (const target of targetsAfter(title, titleCue[0].length, matcher))
      if (target.entity) add('builds-on', target, title);

  for (const { text } of splitSentences(abstract)) {
    // "X-based fine-tuning", "a novel X method": the paper's method is built on X.
    for (const mention of matcher.match(text)) {
      const after = text.slice(mention.end);
      // "PiSSA, a novel PEFT method": only a kind the paper's own method is said to be.
      const near = text.slice(Math.max(0, mention.start - 80), mention.end + 80).toLowerCase();
      const kind =
        KIND_OF.test(text.slice(Math.max(0, mention.start - 40), mention.start)) &&
        KIND_NOUN.test(after) &&
        ownWords.some((name) => near.includes(name));
      const baseline = BASELINE_CUE.test(text.slice(Math.max(0, mention.start - 50), mention.start));
      const passive = PASSIVE_USE.test(after) && (aboutOwnWork(text) || !BACKGROUND.test(text));
      if (kind || passive || (/^-based\b/u.test(after) && !baseline))
        add('builds-on', { entity: mention.term, name: mention.term.name, end: mention.end }, text);
    }
    for (const [pattern, type] of [
      [COMPARES_CUE, 'compares-with'],
      [BUILDS_ON_CUE, 'builds-on'],
    ] as const) {
      for (const cue of text.matchAll(pattern)) {
        const start = cue.index + cue[0].length;
        let targets = targetsAfter(text, start, matcher);
        // "compared to models aligned through other methods such as SFT, DPO, KTO": the examples are the targets.
        const examples =
          type === 'compares-with' && targets.length === 0 ? text.slice(start).match(EXAMPLES_AFTER) : null;
        if (examples) {
          targets = targetsAfter(text, start + examples[0].length, matcher);
          // "both tuning-free methods like IP-Adapter and tuning-based methods like LoRA"
          for (let last = targets.at(-1); last;) {
            const more = text.slice(last.end).match(MORE_EXAMPLES);
            const next = more ? targetsAfter(text, last.end + more[0].length, matcher) : [];
            targets.push(...next);
            last = next.at(-1);
          }
        }
        // "superior to PEFT methods like LoRA": the examples, not the family, are what was compared.
        const family = targets.length === 1 ? text.slice(targets[0]!.end).match(FAMILY_EXAMPLES) : null;
        if (family) targets = targetsAfter(text, targets[0]!.end + family[0].length, matcher);
        const weak = WEAK_CUE.test(cue[0]);
        // "competitive with a model finetuned with QLoRA": the use sits inside a comparison.
        if (type === 'builds-on' && BASELINE_CUE.test(text.slice(Math.max(0, cue.index - 50), cue.index))) continue;
        // "via RLHF", "using PPO" describe the paper's own work only in a sentence about it.
        if (type === 'builds-on' && !aboutOwnWork(text) && BACKGROUND.test(text)) continue;
        for (const target of targets) {
          // A coined word after a weak cue ("using X", "over X") could be anything: require a known method there.
          if (!target.entity && weak) continue;
          add(type, target, text);
        }
      }
    }
  }
  return [...relations.values()];
}
