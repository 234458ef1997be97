import type { AcronymDefinition } from './acronyms';
import type { MethodEntity } from './extract-relations';
import type { PhraseMatcher } from './match-terms';
import { editDistance } from './curation/nearest';
import { BASELINE_CUE, cuesIn, OWN_DEFINITION } from './relation-cues';
import { targetsAfter, type Mention } from './relation-mentions';

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
const WORKED_ON = /\b(?:on|upon|with|across)\s+/giu;
/** "the CLIP-IQA-Real metric", "BERTScore": a model's name inside the name of a measure. */
const MEASURE_AFTER = /^[\p{L}\p{N}.-]*\s+(?:metric|score|measure)s?\b/iu;
const PARAMETER_COUNT = /[-\s]?\d+(?:\.\d+)?[BbMm]$/u;
const KIND_THEN_EXAMPLES =
  /\b((?:models?|LLMs?|MLLMs?|VLMs?|LVLMs?|backbones?|encoders?|architectures?)\s*)\((?:e\.g\.,?|i\.e\.,?|such as|like)?\s*/gu;
const MODELS_THEN_NAMES =
  /^(?:[\p{L}\p{N}-]+\s+){0,4}?(?:models|LLMs|VLMs|MLLMs|LVLMs|backbones|architectures)\s*(?:,|:|\(|\(e\.g\.,?)\s*/u;

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
    for (const target of named ? listed : targetsAfter(text, start, matcher)) {
      const written = text.slice(0, target.end);
      const model = named || (target.entity ? target.entity.model : PARAMETER_COUNT.test(written));
      if (model && !target.asFamily && !MEASURE_AFTER.test(text.slice(target.end))) models.push(target);
    }
  }
  // "our target MLLM (e.g., LLaVA-1.5-7B) generates …": the models the work's part is an example of.
  for (const kind of ownWork ? text.matchAll(KIND_THEN_EXAMPLES) : []) {
    if (BASELINE_CUE.test(text.slice(Math.max(0, kind.index - 60), kind.index + kind[1]!.length))) continue;
    for (const target of targetsAfter(text, kind.index + kind[0].length, matcher))
      if ((target.entity ? target.entity.model : target.strong) && !target.asFamily) models.push(target);
  }
  return models;
}

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
    return at < 0 || OWN_DEFINITION.test(before) || ownSentence || ownSubject;
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

/**
 * Whether an acronym the abstract defines names something other than the known method it spells:
 * the method is written out in the vocabulary ("soft actor-critic") and the abstract spells out
 * other words ("Semantic Anchor Constraints (SAC)"). A method known only by short names cannot be
 * told apart, and is taken to be the one meant.
 */
export function definedOtherwise(aliases: Iterable<string>, longForm: string): boolean {
  const spelled = [...aliases].filter((alias) => /\s/u.test(alias.trim()));
  return spelled.length > 0 && !spelled.some((alias) => sameTerm(alias, longForm));
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
 * LaTeX commands that wrap a name ("\\textbf{APSeg}", "\\textsc{Pandas}") blanked to spaces, the
 * name kept, and web addresses blanked whole ("github.com/LeonGuertler/TextArena" names an account,
 * not a method), and so are alphabetic citation keys, so positions in the sentence stay those of the
 * abstract.
 */
export function blankMarkup(text: string): string {
  return (
    text
      .replace(
        /\\[a-zA-Z]+\{([^{}]*)\}/gu,
        (whole, inner: string) => `${' '.repeat(whole.length - inner.length - 1)}${inner} `,
      )
      // "https: //github.com/IAAR-Shanghai/…": an address with a space lost or gained, or one without
      // its scheme, names an owner and a repository, not a method.
      .replace(/\b(?:https?:\s?\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|io|ai|net)\/\S*/giu, (address) =>
        ' '.repeat(address.length),
      )
      .replace(CITATION_KEY, (key) => ' '.repeat(key.length))
  );
}

/** An alphabetic citation key, "[KH+09]", "[AT17]", "[Vas17a]": the authors' initials and a year, not a name. */
const CITATION_KEY = /\[\p{Lu}[\p{L}+]{0,6}\d{2}[a-z]?(?:,\s*\p{Lu}[\p{L}+]{0,6}\d{2}[a-z]?)*\]/gu;
