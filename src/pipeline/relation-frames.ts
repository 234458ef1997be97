import type { AcronymDefinition } from './acronyms';
import type { MethodEntity } from './extract-relations';
import type { PhraseMatcher } from './match-terms';
import { editDistance } from './curation/nearest';
import { BASELINE_CUE, cuesIn, OWN_DEFINITION } from './relation-cues';
import { isSpecificModel } from './relation-types';
import { mentionAt, targetsAfter, type Mention, type PlacedMention } from './relation-mentions';
import { othersNamed } from './name-from-abstract';

/**
 * Relations an abstract states by a frame rather than by a verb before its object, and the forms a
 * target is named in, shared by every pass of `extractRelations`.
 */

/**
 * "experiments on Llama-2-7B", "a 3.0% boost on LLaVA-v1.5", "with MobileNet-V2 as the backbone":
 * a model named after the preposition that sets where the work ran is a model the work uses.
 * Only models count (the vocabulary's, or a name written with its parameter count): after "on",
 * any other name is as often a benchmark as a method.
 */
const WORKED_ON = /\b(?:on|upon|with|across|for(?!\s+(?:instance|example)\b))\s+/giu;
/** "the CLIP-IQA-Real metric", "BERTScore": a model's name inside the name of a measure. */
const MEASURE_AFTER = /^[\p{L}\p{N}.-]*\s+(?:metric|score|measure)s?\b/iu;
const PARAMETER_COUNT = /[-\s]?\d+(?:\.\d+)?[BbMm]$/u;
/** Words joined to a size that bound it: "sub-10B", "over-70B". */
const SIZE_BOUND = /^(?:sub|under|over|below|above|up|upto|less|more|super)$/iu;
/** A name with a release number after it, written as one word: "Wan2.2", "CogVideoX1.5". */
const RELEASE = /^\p{L}[\p{L}-]*\p{L}-?\d+\.\d+$/u;
/** A model the atlas knows (not a family), or a name written with a release number. */
const modelShaped = (target: Mention) =>
  target.entity ? target.entity.model === true && !target.entity.family : RELEASE.test(target.name);
const KIND_THEN_EXAMPLES =
  /\b((?:models?|LLMs?|MLLMs?|VLMs?|LVLMs?|backbones?|encoders?|architectures?)\s*)\((?:e\.g\.,?|i\.e\.,?|such as|like)?\s*/gu;
const MODELS_THEN_NAMES =
  /^(?:[\p{L}\p{N}-]+\s+){0,4}?(?:models|LLMs|VLMs|MLLMs|LVLMs|backbones|architectures)\s*(?:,|:|\(|\(e\.g\.,?)\s*/u;

/**
 * The kind of model after names, with up to two words that qualify it: "Wan and LTX-Video VAE
 * decoders", "LLaMA and Mistral models". Not a measure or a dataset: "CLIP scores", "COCO images".
 * A noun that qualifies another is singular in English: "X surpasses baseline LLMs" is a clause.
 */
const NAMES_THEN_MODELS =
  /^(?:\s+(?!(?:with|a|an|the|of|for|and|or|to|in|on|by|as|at|its|their|among|across|from|into|over|under|than|between|via|through|per)\s)[\p{L}\p{N}-]+(?<!\p{Ll}s)){0,2}?\s+(?:models?|decoders?|encoders?|backbones?|LLMs|VLMs|MLLMs|LVLMs|detectors?|checkpoints|tokeni[sz]ers?)\b/u;

/** A comparison earlier in the clause: "Performance comparisons with the X model", "against the baseline". */
const COMPARED_BEFORE =
  /\b(?:compar(?:e|es|ed|ing|isons?)|baselines?|against|versus|outperform\w*|surpass\w*)\b[^,;:]{0,60}$/iu;

/** The word a mention ends with as written, or the acronym it defines: "(T2I)" is T2I. */
function writtenWord(written: string): string {
  const match = written.match(/\(([^()\s]+)\)$|([\p{L}\p{N}][\p{L}\p{N}.+-]*)$/u);
  return match?.[1] ?? match?.[2] ?? '';
}

/** A bare acronym, as written: "T2I", "MLLM", "CD". Before the noun of a model it names a kind. */
const BARE_WRITTEN = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]{2,5}$/u;
/** A maker's name alone before "models", with a word or two between: "OpenAI (o-family) models". */
const MAKER_MODELS = /^(?:\s+\S+){0,2}?\s+models\b/u;

/**
 * Whether a name before the noun of models ("Wan and LTX-Video VAE decoders") is a model's: written
 * as a name (a capital or a digit first: "an autoregressive model" names a kind), not a bare acronym
 * ("three T2I models", "an MLLM backbone"), nor a maker alone before "models" ("OpenAI o-family
 * models"), nor a family.
 */
function namedAsModel(text: string, target: Mention, listed: number): boolean {
  const word = writtenWord(text.slice(0, target.end));
  if (!/^[\p{Lu}\p{N}]/u.test(word) || BARE_WRITTEN.test(word)) return false;
  if (listed === 1 && !target.entity && MAKER_MODELS.test(text.slice(target.end))) return false;
  return (target.entity !== null || target.strong === true) && !target.entity?.family && !target.term;
}

export function modelsWorkedOn(
  text: string,
  matcher: PhraseMatcher<MethodEntity>,
  /** Where the cues of the sentence end: "compared with X" is a comparison, not a setting. */
  cueEnds: ReadonlySet<number>,
  /** The sentence speaks of the paper's own work ("our target MLLM (e.g., X)"), not of another's. */
  ownWork: boolean,
): Mention[] {
  const models: Mention[] = [];
  for (const preposition of text.matchAll(WORKED_ON)) {
    const start = preposition.index + preposition[0].length;
    if (cueEnds.has(start)) continue;
    // "experiments on two T2I models, SANA and Qwen-Image": the kind, then the models it names; the
    // kind says they are models, even those written as a bare acronym.
    const kind = text.slice(start).match(MODELS_THEN_NAMES)?.[0];
    const listed = kind ? targetsAfter(text, start + kind.length, matcher) : [];
    const named = listed.length >= 2;
    const targets = named ? listed : targetsAfter(text, start, matcher);
    // "experiments on Wan and LTX-Video VAE decoders": the names, then the kind of model they are.
    const last = targets.at(-1);
    // The name right before the noun must be one ("a traditional ML model" names a kind), and the
    // sentence must not set the names against the work ("we compare X with the baseline Y detector").
    const kindAfter =
      !named &&
      last !== undefined &&
      (last.entity !== null || last.strong === true) &&
      NAMES_THEN_MODELS.test(text.slice(last.end)) &&
      !COMPARED_BEFORE.test(text.slice(0, preposition.index));
    // "with XLM-R and AfroLM": things joined in one list are of one kind, so beside a model the atlas
    // knows a name evidently proper is a model too.
    const beside = targets.some(modelShaped);
    // "a 30% reduction in FLOPs for the DeiT-T and DeiT-S models", "by 66% for Deepseek-R1-Distill-Qwen-32B":
    // after "for" only names the kind or a size says are models ("13.7 for DALL-E 3" names whose score).
    const purpose = /^for\b/iu.test(preposition[0]);
    for (const target of targets) {
      const written = text.slice(0, target.end);
      // "for sub-10B models": a word that bounds a size names no model ("falcon-40B" does).
      const sized = PARAMETER_COUNT.test(written) && !SIZE_BOUND.test(target.name);
      const model =
        named ||
        (purpose
          ? sized
          : target.entity
            ? target.entity.model
            : sized || RELEASE.test(target.name) || (beside && target.strong === true));
      if (model && !target.asFamily && !MEASURE_AFTER.test(text.slice(target.end))) models.push(target);
      else if (kindAfter && namedAsModel(text, target, targets.length)) models.push(target);
    }
  }
  // "our target MLLM (e.g., LLaVA-1.5-7B) generates …": the models the work's part is an example of.
  for (const kind of ownWork ? text.matchAll(KIND_THEN_EXAMPLES) : []) {
    // "matches state-of-the-art multimodal reasoning models (X, Y)": the kind noun counts no word of the reach.
    if (BASELINE_CUE.test(text.slice(Math.max(0, kind.index - 60), kind.index))) continue;
    for (const target of targetsAfter(text, kind.index + kind[0].length, matcher))
      if ((target.entity ? target.entity.model : target.strong) && !target.asFamily) models.push(target);
  }
  return models;
}

/** "a pre-trained segmentation model (SAM)", "an off-the-shelf …": an existing, trained thing. */
const PRETRAINED_BEFORE = /\b(?:pre-?trained|off-the-shelf)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/**
 * Acronyms this abstract defines as its own ("we design an Interactive Similarity Aggregation
 * module (ISA)") and their long forms, in lower case: the paper's parts, not methods it relates to.
 * One it defines in passing ("using the block coordinate descent (BCD) algorithm") is another's.
 */
export function ownDefinedTerms(
  abstract: string,
  definitions: readonly AcronymDefinition[],
  /** The paper's own names in lower case: "SCDL integrates Class Distribution Alignment (CDBA)". */
  ownNames: ReadonlySet<string> = new Set(),
): Set<string> {
  const own = definitions.filter((definition) => {
    const at = abstract.indexOf(definition.longForm);
    const before = abstract.slice(Math.max(0, at - 80), at);
    const clause = before.slice(before.search(/[^.;]*$/u)).toLowerCase();
    // "we propose X, comprising two parts: … (FG-Des) and … (HQ-Loc)": the verb of making governs
    // the sentence up to a cue of building on or comparing ("…, which outperforms Y (Z)").
    const made = abstract.slice(Math.max(0, at - 240), at).match(OWN_DEFINITION)?.[0] ?? '';
    const ownSentence = made !== '' && !cuesIn(made).some((cue) => cue.type !== 'uses');
    // "SCDL integrates Class Distribution Alignment (CDBA)" is its part; "HML-ELM, based on an
    // ELM-based autoencoder (ELM-AE)" or "X outperforms Y (Z)" name another's.
    const ownSubject = [...ownNames].some((name) => {
      const from = name.length >= 2 ? clause.lastIndexOf(name) : -1;
      const between = clause.slice(from + name.length);
      return from >= 0 && !cuesIn(between).some((cue) => cue.type !== 'uses');
    });
    // "we propose EEG-VJEPA, a novel adaptation of the … (V-JEPA)": a cue of building on or comparing
    // that governs the long form itself names another's.
    const governed = cuesIn(before).some(
      (cue) => cue.type !== 'uses' && /^(?:(?:the|a|an)\s+)?$/iu.test(before.slice(cue.end)),
    );
    // "Cheng et al. proposed a framework called … (NHSDP)": made by others, not by the paper.
    const others = at >= 0 && othersNamed(abstract, at, '');
    // "integrated using our Adaptive Multimodal Fusion Block (AMFB)": the possessive says whose.
    const ours = /\bour\s+(?:(?:new|novel|proposed)\s+)?$/iu.test(before);
    // "combines a pre-trained segmentation model (SAM)": a thing already trained is taken, not made.
    const trained = PRETRAINED_BEFORE.test(before);
    return (
      at < 0 ||
      ours ||
      (!trained && ((!others && ((OWN_DEFINITION.test(before) && !governed) || ownSentence)) || ownSubject))
    );
  });
  return new Set(own.flatMap((definition) => [definition.acronym, definition.longForm]).map((n) => n.toLowerCase()));
}

/**
 * Whether two spellings name the same term: case, spacing, hyphens, word endings and a slip of a
 * letter or two aside ("Vision Transformers", "supervised fine-tuned", "supervised fune-tuning" are
 * all "supervised fine-tuning" or "Vision Transformer"). Not for short words, where two letters
 * make another word.
 */
export function sameTerm(a: string, b: string): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .map((word) => word.replace(/(?:ing|ed|es|s|e)$/u, ''))
      .join('');
  const [x, y] = [key(a), key(b)];
  return x === y || (Math.min(x.length, y.length) >= 12 && editDistance(x, y) <= 2);
}

const senseWords = (longForm: string) =>
  new Set(
    longForm
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word) => word.replace(/s$/u, '')),
  );

/**
 * Whether two long forms of one acronym mean the same: most words of the shorter are the longer's
 * ("Memory-efficient Zeroth-order" and "memory-efficient zerothorder optimizer" spell out MeZO
 * alike; "state of the art" and "Segmenting Objectiveness and Task-awareness Unknown Region" do not).
 */
export function sameSense(a: string, b: string): boolean {
  if (sameTerm(a, b)) return true;
  // "zerothorder" for "zeroth-order": the letters of one start the other's.
  const [p, q] = [a, b].map((form) => form.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  if (p!.length >= 6 && q!.length >= 6 && (p!.startsWith(q!) || q!.startsWith(p!))) return true;
  const [x, y] = [senseWords(a), senseWords(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared * 2 >= Math.min(x.size, y.size) + 1;
}

/**
 * Whether an acronym the abstract defines names something other than the known method it spells:
 * the method is written out in the vocabulary ("soft actor-critic") and the abstract spells out
 * other words ("Semantic Anchor Constraints (SAC)"). A method known only by short names cannot be
 * told apart, and is taken to be the one meant.
 */
export function definedOtherwise(aliases: Iterable<string>, longForm: string): boolean {
  const spelled = [...aliases].filter((alias) => /\s/u.test(alias.trim()));
  return spelled.length > 0 && !spelled.some((alias) => sameSense(alias, longForm));
}

/**
 * The acronym an abstract defines for each long form it spells out, keyed by the long form in lower
 * case: a relation names "Segment Anything Model (SAM)" as SAM wherever the long form is written.
 */
export function acronymsByLongForm(definitions: readonly AcronymDefinition[]): Map<string, string> {
  return new Map(definitions.map((definition) => [definition.longForm.toLowerCase(), definition.acronym]));
}

/** "FID 15.26", "BLEU-4 30.1": a measure written with its value; the name without the value. */
export function withoutValue(name: string): string {
  return name.replace(/[\s-]*\d+(?:\.\d+)*%?$/u, '');
}

/**
 * A web address: "https://github.com/…", with a space lost or gained after the scheme ("https:
 * //github.com/…"), or without its scheme ("github.com/…", "www.…").
 */
export const WEB_ADDRESS = /\b(?:https?:\s?\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|io|ai|net)\/\S*/iu;
const WEB_ADDRESSES = new RegExp(WEB_ADDRESS.source, 'giu');

/**
 * LaTeX commands that wrap a name ("\\textbf{APSeg}", "\\textsc{Pandas}") blanked to spaces, the
 * name kept, and web addresses blanked whole ("github.com/LeonGuertler/TextArena" names an account,
 * not a method), and so are alphabetic citation keys, so positions in the sentence stay those of the
 * abstract.
 */
export function blankMarkup(text: string): string {
  // Most sentences hold no markup, and none of the patterns below is tried on them.
  const tex = /[\\$]/u.test(text)
    ? text
        // "\\cite{Toker2024-ve}": a reference's key is no name.
        .replace(/\\(?:cite[pt]?|ref|eqref|label|url)\{[^{}]*\}/gu, (whole) => ' '.repeat(whole.length))
        .replace(
          /\\[a-zA-Z]+\{([^{}]*)\}/gu,
          (whole, inner: string) => `${' '.repeat(whole.length - inner.length - 1)}${inner} `,
        )
        .replace(/\$([^$]{1,60})\$/gu, inlineMaths)
        // "\\SysName", "\\circledR": a command standing alone is markup, no name.
        // Maths left as written (see `inlineMaths`) keeps its commands.
        .replace(/\$[^$]*\$|\\[a-zA-Z]+(?![a-zA-Z{])/gu, (found) =>
          found.startsWith('$') ? found : ' '.repeat(found.length),
        )
    : text;
  return (
    (
      tex.includes(' et al')
        ? // "Toker et al.": whose work it is, not a name of it.
          tex.replace(/\b\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?\s+et\s+al\.?/gu, (whole) =>
            ' '.repeat(whole.length),
          )
        : tex
    )
      // "https: //github.com/IAAR-Shanghai/…": an address with a space lost or gained, or one without
      // its scheme, names an owner and a repository, not a method.
      .replace(WEB_ADDRESSES, (address) => ' '.repeat(address.length))
      .replace(CITATION_KEY, (key) => ' '.repeat(key.length))
      // "Mamba~2", "UDOP~\cite{udop}": LaTeX's tie between two words is a space that does not break.
      .replace(/(?<=[\p{L}\p{N}])~(?=[\p{L}\p{N}\s])/gu, ' ')
  );
}

/**
 * Inline maths as a name reads it, as long as it was: "PixArt-$\\alpha$" is "PixArt-α", "$Llama$"
 * (its text command blanked already) is "Llama"; other maths is blanked. Maths
 * glued to words on both sides ("DALL$\\cdot$E", "L$^2$FMamba") is left as written, and so is maths
 * with a script or a command glued to a word on one ("TV-$L^1$"): no reading of it keeps its places.
 */
function inlineMaths(whole: string, inner: string, at: number, text: string): string {
  const gluedBefore = /[\p{L}\p{N}-]/u.test(text.charAt(at - 1));
  const gluedAfter = /[\p{L}\p{N}-]/u.test(text.charAt(at + whole.length));
  if (gluedBefore && gluedAfter) return whole;
  // Spaces go where no word is glued, so the word and what the maths reads as stay joined.
  const padded = (read: string) => (gluedAfter ? read.padStart(whole.length, ' ') : read.padEnd(whole.length, ' '));
  const letter = /^\s*\\([a-zA-Z]+)\s*$/u.exec(inner)?.[1];
  if (letter && GREEK[letter]) return padded(GREEK[letter]);
  const trimmed = inner.trim();
  if (trimmed === '') return whole;
  // A command ("$\\cdot$"), or a script ("$t_0$", "$IoU_R$", "$D^2$"), which makes a variable or a
  // measure: no name.
  if (/[\\^_{}]/u.test(trimmed)) return gluedBefore || gluedAfter ? whole : ' '.repeat(whole.length);
  // A name set in maths stays where it is written, its dollars blanked (shifted a place off a glued word).
  if (gluedAfter) return `  ${inner}`;
  return gluedBefore ? `${inner}  ` : ` ${inner} `;
}

/** Greek letters by their LaTeX names, as names are written with them: "PixArt-α", "π0". */
const GREEK: Readonly<Record<string, string>> = Object.fromEntries(
  'alpha α beta β gamma γ delta δ epsilon ε zeta ζ eta η theta θ kappa κ lambda λ mu μ nu ν xi ξ pi π rho ρ sigma σ tau τ phi φ chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Phi Φ Psi Ψ Omega Ω'
    .split(' ')
    .flatMap((word, index, words) => (index % 2 === 0 ? [[word, words[index + 1] as string]] : [])),
);

/** An alphabetic citation key, "[KH+09]", "[AT17]", "[Vas17a]": the authors' initials and a year, not a name. */
const CITATION_KEY = /\[\p{Lu}[\p{L}+]{0,6}\d{2}[a-z]?(?:,\s*\p{Lu}[\p{L}+]{0,6}\d{2}[a-z]?)*\]/gu;

/**
 * The verb by which a sentence says the work makes something: "we present", "this study introduces",
 * or trains it ("we train a ResNet classifier").
 * What it makes is the paper's own; a name written inside that noun phrase is what it is made from.
 */
const WORK_MAKES =
  /\b(?:we|this (?:paper|work|study|article|letter)|our (?:work|paper|study))\s+(?:(?:first|further|also|then|here|thus)\s+)?(?:propose|present|introduce|develop|design|build|construct|devise|(?:re)?train)(?:s|d|ed)?\s+/giu;
/** A verb of training: the model the work trains ("we train a YOLOv11 detection network") is one it takes. */
const TRAINS = /(?:re)?train(?:s|ed)?\s+$/iu;
/** A word that ends the noun phrase before a name in it: "a method for LoRA" names LoRA after the phrase. */
const PHRASE_ENDS =
  /^(?:for|of|to|with|and|or|that|which|by|in|on|from|as|via|using|based|called|named|dubbed|termed)$/iu;
/**
 * The head of the thing made, after the name and up to two words that qualify it: "U-Net
 * architecture", "YOLOv8 detection model", "LoRA fine-tuned diffusion model". Only nouns of a whole
 * model or system: "a CLIP loss" or "a SAM prompt" name a part of the work that the name is not a kind of.
 */
const MADE_HEAD =
  /^((?:\s+(?:\p{Ll}[\p{Ll}\p{N}-]*|\p{Lu}{2,})){0,2}?)\s+((?:architecture|framework|network|model|variant|version|backbone|pipeline|detector|classifier|segmenter|system)s?)\b/u;
/** Heads that make the thing made a form of the name itself, model or not: "a U-Net architecture". */
const VARIANT_HEAD = /^(?:architecture|variant|version)s?$/u;
/** A participle between the name and the head says what was done with the name: "LoRA fine-tuned", "GPT-4 powered". */
const DONE_WITH =
  /\b(?:[\p{Ll}-]*(?:tuned|trained|adapted|powered|guided|driven|assisted|augmented|distilled|initiali[sz]ed|enhanced|aligned))\b/u;

/** How the thing made stands to the name: built on it, a form of it, or made with it. */
export type MadeFrom = 'builds-on' | 'variant' | 'uses';

/**
 * A name written as a bare acronym ("a novel SSL framework", "an AD pipeline", "a DRL framework"):
 * before the head of what the work makes it is as often the field the work is in as a method.
 */
const BARE_ACRONYM = /^\p{Lu}{2,5}$/u;
/** "Vision Transformer (ViT)": a long form and the acronym it defines, as a mention is written. */
const DEFINED_HERE = /^(.*?)\s*\([^()]+\)$/su;

/**
 * Whether a mention is written as a long form that defines its acronym there, in words that are not
 * a known name: "Agentic-Physical Experimentation (APEX)" names the work's own thing, whatever else
 * APEX names; "Direct Preference Optimization (DPO)" is the known method spelled out.
 */
export function definedAnew(text: string, at: number, mention: Mention, matcher: PhraseMatcher<MethodEntity>): boolean {
  const longForm = text.slice(at, mention.end).match(DEFINED_HERE)?.[1];
  return (
    longForm !== undefined &&
    !matcher.match(longForm).some((match) => match.start === 0 && match.end === longForm.length)
  );
}

/**
 * "we present a novel dual-decoder U-Net architecture", "we propose a LoRA fine-tuned diffusion
 * model": the thing the work makes, named by the kind of method or model it is. A name that
 * modifies the head of that noun phrase is what the work is built on, or, with a participle between
 * them, what it was made with; after "the" ("we introduce the GRPO framework to …") the work brings
 * in a method that exists, and uses it. Only names written as names (a capital or a digit first):
 * "a transformer architecture" names a kind. Only names the vocabulary lists: a new name right
 * after a verb of making is the paper's own, and a corpus paper's acronym may spell it too.
 */
export function madeKinds(
  text: string,
  matcher: PhraseMatcher<MethodEntity>,
): Array<{ mention: Mention; made: MadeFrom }> {
  const found: Array<{ mention: Mention; made: MadeFrom }> = [];
  for (const verb of text.matchAll(WORK_MAKES)) {
    let at = verb.index + verb[0].length;
    const definite = /^the\s/iu.test(text.slice(at));
    const trains = TRAINS.test(verb[0]);
    for (let words = 0; words < 6; words += 1) {
      const word = text.slice(at).match(/^[^\s,;:.()]+/u)?.[0];
      if (!word || PHRASE_ENDS.test(word)) break;
      if (/^[\p{Lu}\p{N}]/u.test(word)) {
        const mention = mentionAt(text, at, matcher, false);
        // A versioned name the work trains is an existing model ("we train a YOLOv11 … network"),
        // known to the atlas or not; one it makes is its own unless the vocabulary lists it.
        const taken = trains && mention !== null && !mention.entity && isSpecificModel(mention);
        const head = mention?.entity?.listed || taken ? text.slice(mention!.end).match(MADE_HEAD) : null;
        const named =
          mention &&
          !BARE_ACRONYM.test(mention.name) &&
          !BARE_ACRONYM.test(writtenWord(text.slice(0, mention.end))) &&
          !mention.asFamily &&
          !definedAnew(text, at, mention, matcher) &&
          !/^[-\p{L}\p{N}]/u.test(text.slice(mention.end));
        if (mention && head && named)
          found.push({
            mention,
            made:
              definite || trains || DONE_WITH.test(head[1] ?? '')
                ? 'uses'
                : VARIANT_HEAD.test(head[2] ?? '')
                  ? 'variant'
                  : 'builds-on',
          });
        // A capitalised word ends the phrase's modifiers: the name, or the paper's own.
        break;
      }
      at += word.length + (text.slice(at + word.length).match(/^\s+/u)?.[0].length ?? 0);
    }
  }
  return found;
}

/**
 * "We repurpose LangGraph's tool functionality", "using Python's Pandas API": a possessive before
 * the noun of a piece of software names the tool the work takes it from. When a name follows the
 * possessive, the owner is its maker and the name is the tool ("NVIDIA's TensorRT library").
 */
const OWNED_TOOL =
  /['’]s\s+(?:(\p{Lu}[\p{L}\p{N}.+-]*[\p{L}\p{N}+])\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:API|APIs|library|libraries|toolkit|toolkits|tool|tools|functionality|functionalities|interface|SDK|package|implementation|engine|solver)\b/gu;

/** `mentions`: the sentence's mentions, as `mentionsIn` reads them. */
export function toolsOwned(
  text: string,
  mentions: readonly PlacedMention[],
  matcher: PhraseMatcher<MethodEntity>,
): Mention[] {
  const tools: Mention[] = [];
  for (const owned of text.matchAll(OWNED_TOOL)) {
    const named = owned[1];
    if (named) {
      const at = owned.index + owned[0].indexOf(named, 2);
      const known = mentionAt(text, at, matcher, false);
      tools.push(known?.entity ? known : { entity: null, name: named, end: at + named.length, strong: true });
      continue;
    }
    // The owner is the tool: a method or model the atlas knows, or a name written as one (not a
    // plain capitalised word, which is as often a company's or a person's: "Google's API").
    const owner = mentions.find((mention) => mention.end === owned.index);
    if (owner && (owner.entity || owner.strong) && !owner.asFamily) tools.push(owner);
  }
  return tools;
}

/** The noun of a piece of software a work runs: "the Godot engine", "the SMT solver Z3". */
const TOOL_NOUN = String.raw`(?:game |physics |rendering |SMT |MILP |ILP |LP |SAT |QP )?(?:engine|simulator|solver|library|toolkit|toolbox|compiler|proof assistant)`;
/** "the Godot engine", "the CARLA simulator", "the Gurobi optimization solver": a name, then the tool's noun. */
const NAME_THEN_TOOL = new RegExp(
  String.raw`\bthe\s+((?:\p{Lu}[\p{L}\p{N}.+-]*)(?:\s+\p{Lu}[\p{L}\p{N}.+-]*){0,2})\s+(?:[\p{Ll}-]+\s+)?${TOOL_NOUN}\b`,
  'gu',
);
/** "the SMT solver Z3", "the simulator CARLA": the tool's noun, then its name. */
const TOOL_THEN_NAME = new RegExp(String.raw`\bthe\s+${TOOL_NOUN}\s+(\p{Lu}[\p{L}\p{N}.+-]*[\p{L}\p{N}])`, 'gu');

/**
 * Software a sentence about the work names by its kind: "developed within the Godot engine",
 * "verified using the SMT solver Z3". Named tools the work runs are tools it uses.
 */
export function toolsNamed(text: string, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const tools: Mention[] = [];
  for (const pattern of [NAME_THEN_TOOL, TOOL_THEN_NAME])
    for (const found of text.matchAll(pattern)) {
      const name = found[1]!;
      const at = found.index + found[0].indexOf(name);
      const known = mentionAt(text, at, matcher, false);
      // "the ODE solver", "the SMT solver": a short acronym the atlas does not know names the kind.
      if (known?.entity) tools.push(known);
      else if (!/^\p{Lu}{2,3}$/u.test(name)) tools.push({ entity: null, name, end: at + name.length, strong: true });
    }
  return tools;
}
