import { findLongForm, looksLikeAcronym } from './acronyms';

/**
 * Title prefixes that name the kind of paper rather than a method ("Survey: …", "Position: …").
 * A general rule of how titles are written, not a list of papers.
 */
const GENERIC_PREFIXES =
  /^(?:a |an |the )?(?:survey|review|position|tutorial|overview|perspective|editorial|report|technical report|introduction|primer|preprint|commentary|case study|short paper|extended abstract)s?$/iu;

const MAX_NAME_WORDS = 5;

/**
 * A word that is evidently a coined name: a capital after the first letter ("MeZO", "GaLore",
 * "VideoSAVi"), digits mixed with letters ("Carve3D"), or LaTeX-ish marks ("S^{2}FT").
 */
export function isCoinedWord(word: string): boolean {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}}*]+$/gu, '');
  if (core.length < 2) return false;
  if (/^\p{L}.*\p{Lu}/u.test(core)) return true;
  if (/\p{L}/u.test(core) && /\p{N}/u.test(core) && /\p{Lu}/u.test(core)) return true;
  return /[\^{}]/u.test(core) && /\p{Lu}/u.test(core);
}

/** Title openings that start a claim or a question, not a name ("Beyond …", "No More …", "Is …"). */
const CLAIM_OPENERS = /^(?:beyond|no|not|towards?|on|why|how|when|what|which|is|are|do|does|can|should|rethinking|revisiting|learning|understanding|improving|scaling)$/iu;

/** Lower-case words allowed inside a multi-word name ("Mixture of Experts", "Split & Merge"). */
const NAME_CONNECTORS = /^(?:of|for|and|&|\+|-|x|via)$/u;

/** A name is a noun phrase: no verb forms, claims or clauses between its capitalised words. */
function readsLikeName(words: string[]): boolean {
  if (words.length === 1) return true;
  if (CLAIM_OPENERS.test(words[0] as string)) return false;
  return words.every((word) => !/^\p{Ll}/u.test(word) || NAME_CONNECTORS.test(word)) && !words.some((word) => /^\p{Lu}\p{Ll}+ing$/u.test(word));
}

/**
 * The method name a title announces before its colon or dash: "Sparse MeZO: Less Parameters…",
 * "Split & Merge: Unlocking…". A prefix counts as a name when it is short and either holds a coined
 * word or is at most three words long; "Aligning Large Language Models: …" is a phrase, not a name.
 */
export function nameFromTitle(title: string): string | null {
  const match = title.match(/^(.+?)\s*(?::|：|\s[-–—]\s)\s*\S/u);
  const prefix = match?.[1]?.trim();
  if (!prefix || GENERIC_PREFIXES.test(prefix)) return null;
  const words = prefix.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || !readsLikeName(words)) return null;
  if (words.some(isCoinedWord)) return prefix;
  const capitalised = words.every((word) => /^[\p{Lu}\p{N}&+]/u.test(word) || /^(?:of|for|and|the|a|in|on|to|with)$/u.test(word));
  return words.length <= 3 && capitalised ? prefix : null;
}

/** Verbs and labels that introduce the paper's own method in an abstract. */
const INTRODUCING_CUE =
  /\b(?:we\s+(?:propose|introduce|present|develop|design|call|name|dub|term)|(?:is|are)\s+(?:called|named|dubbed|coined|termed)|dubbed|coined|named|called|termed(?:\s+as)?|namely)\s+(?:(?:a|an|the|our|two|three)\s+)?(?:(?:novel|new|simple|efficient|effective|general|unified|family\s+of|framework|method|approach|model|algorithm|technique|strategy|benchmark|dataset|system|called|named|,)\s+)*/giu;

/**
 * The name an abstract gives its own method: "we propose CorDA", "dubbed UCoFiA",
 * "we propose Step-aware Preference Optimization (SPO)" (the acronym is the name).
 */
export function nameFromAbstract(abstract: string): string | null {
  for (const cue of abstract.matchAll(INTRODUCING_CUE)) {
    const after = abstract.slice(cue.index + cue[0].length, cue.index + cue[0].length + 160);
    // "Long Form (ACRONYM)" right after the cue: the acronym is what the paper and others will call it.
    const defined = after.match(/^((?:[\p{L}\p{N}][\p{L}\p{N}^{}*-]*\s+){0,7}?[\p{L}\p{N}][\p{L}\p{N}^{}*-]*)\s*\(([^()\s,;]{2,15})\)/u);
    if (defined?.[1] && defined[2] && looksLikeAcronym(defined[2]) && findLongForm(defined[2], defined[1])) return defined[2];
    const word = after.match(/^[\p{L}\p{N}][\p{L}\p{N}^{}*-]*[\p{L}\p{N}}*]/u)?.[0];
    if (word && (isCoinedWord(word) || looksLikeAcronym(word))) return word;
  }
  return null;
}

/** The method a paper introduces: from its title first, else from how its abstract names it. */
export function extractName(title: string, abstract: string): string | null {
  return nameFromTitle(title) ?? nameFromAbstract(abstract);
}
