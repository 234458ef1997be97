import { findAcronymDefinitions, findLongForm, looksLikeAcronym } from './acronyms';
import { FUNCTION_WORDS } from './text';

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
  if (core.length < 2 || FUNCTION_WORDS.has(core.toLowerCase())) return false;
  // A capital inside a part of the word, not just at the start of each hyphenated part:
  // "MeZO", "LoRA-GA", "D-FINE" are coined; "Self-Improving" is ordinary.
  if (core.split('-').some((part) => /^.[^-]*\p{Lu}/u.test(part) && /\p{L}/u.test(part.slice(1)))) return true;
  if (/\p{L}/u.test(core) && /\p{N}/u.test(core) && /\p{Lu}/u.test(core)) return true;
  return /[\^{}]/u.test(core) && /\p{Lu}/u.test(core);
}

/** Title openings that start a claim or a question, not a name ("Beyond …", "No More …", "Is …"). */
const CLAIM_OPENERS = /^(?:the|a|an|it|its|this|that|these|those|we|our|you|your|my|one|beyond|no|not|towards?|on|in|of|for|why|how|when|where|who|what|which|is|are|was|do|does|don['’]t|can|should|will|let['’]s|rethinking|revisiting|learning|understanding|improving|scaling)$/iu;

/** Lower-case words allowed inside a multi-word name ("Mixture of Experts", "Split & Merge"). */
const NAME_CONNECTORS = /^(?:of|for|and|&|\+|-|x|via)$/u;

/** A name is a noun phrase: no verb forms, claims or clauses between its capitalised words. */
function readsLikeName(words: string[]): boolean {
  if (words.some((word) => /['’]/u.test(word))) return false;
  if (words.length === 1) return !CLAIM_OPENERS.test(words[0] as string) && !FUNCTION_WORDS.has((words[0] as string).toLowerCase());
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
  /\b(?:we\s+(?:\w+\s+and\s+)?(?:propose|introduce|present|develop|design|call|name|dub|term)|by\s+(?:proposing|introducing)|(?:this|our)\s+(?:paper|work|study)\s+(?:proposes|introduces|presents)|results\s+in|(?:is|are)\s+(?:called|named|dubbed|coined|termed)|dubbed|coined|named|called|termed(?:\s+as)?|namely|our\s+(?:new\s+|novel\s+)?(?:method|approach|framework|model|algorithm)(?:,\s*|\s+))\s+(?:(?:a|an|the|our|two|three)\s+)?(?:(?:novel|new|simple|efficient|effective|general|unified|family\s+of|framework|method|approach|model|algorithm|technique|strategy|benchmark|dataset|system|called|named|our)\s*,?\s+)*/giu;

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}^{}*-]*`;
/** "Long Form (ACR)", optionally "(ACR)-Suffix" as in "On-Policy Alignment (OPA)-DPO". */
const DEFINED = new RegExp(String.raw`^((?:${WORD}\s+){0,7}?${WORD})\s*\(([^()\s,;]{2,15})\)(-[\p{L}\p{N}]+)?`, 'u');
/** "Self-Improving Robust Preference Optimization SRPO": a long form with its acronym but no brackets. */
function bareAcronym(text: string): string | null {
  const words = text.split(/\s+/u).slice(0, 9);
  for (let count = 1; count < words.length; count += 1) {
    const candidate = (words[count] as string).replace(/[,.;:]+$/u, '');
    const longForm = words.slice(0, count).join(' ');
    if (/^\p{Lu}/u.test(longForm) && looksLikeAcronym(candidate) && findLongForm(candidate, longForm)) return candidate;
    if (/[,.;:]$/u.test(words[count - 1] as string)) break;
  }
  return null;
}
/** "Mixture of Sparse Adapters, or MoSA", "LoRA Silver Bullet or LoRA-SB". */
const OR_ACRONYM = new RegExp(String.raw`^((?:${WORD}\s+){0,7}?${WORD}),?\s+or\s+(${WORD})`, 'u');

/**
 * The name an abstract gives its own method: "we propose CorDA", "dubbed UCoFiA",
 * "we propose Step-aware Preference Optimization (SPO)" (the acronym is the name),
 * "Mixture of Sparse Adapters, or MoSA", "deita (short for …)".
 */
export function nameFromAbstract(abstract: string): string | null {
  for (const cue of abstract.matchAll(INTRODUCING_CUE)) {
    const after = abstract.slice(cue.index + cue[0].length, cue.index + cue[0].length + 160);
    const defined = after.match(DEFINED);
    if (defined?.[1] && defined[2] && looksLikeAcronym(defined[2]) && findLongForm(defined[2], defined[1])) {
      return defined[2] + (defined[3] ?? '');
    }
    const bare = bareAcronym(after);
    if (bare) return bare;
    const alternative = after.match(OR_ACRONYM);
    if (alternative?.[2] && looksLikeAcronym(alternative[2]) && /\p{Lu}/u.test(alternative[1] ?? '')) return alternative[2];
    const word = after.match(/^[\p{L}\p{N}][\p{L}\p{N}^{}*-]*[\p{L}\p{N}}*]/u)?.[0];
    if (word && (isCoinedWord(word) || looksLikeAcronym(word))) return word;
    // A lower-case coined name the paper spells out: "deita (short for Data-Efficient …)".
    if (word && /^\s*\(short for\b/iu.test(after.slice(word.length))) return word;
    // A proper name of capitalised words set off by a comma: "We introduce Baichuan Alignment, a …".
    const proper = after.match(/^((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*),\s+(?:a|an|the|which)\s/u)?.[1];
    if (proper && proper.includes(' ')) return proper;
  }
  // The subject a paper defines itself by: "SGD-SaI is a simple yet effective enhancement to …".
  const subject = abstract.match(/(?:^|[.!?]\s+)([\p{L}\p{N}][\p{L}\p{N}^{}*-]*)\s+is\s+an?\s+(?:\w+\s+){0,4}?(?:method|approach|framework|enhancement|algorithm|technique|optimizer|model|system|benchmark|strategy)\b/u)?.[1];
  if (subject && isCoinedWord(subject)) return subject;
  return null;
}

/** The acronym an abstract defines for a long form, e.g. SPO for "Step-aware Preference Optimization". */
function acronymFor(longForm: string, abstract: string): string | null {
  const definitions = findAcronymDefinitions(abstract);
  const wanted = longForm.toLowerCase();
  return definitions.find((definition) => definition.longForm.toLowerCase() === wanted)?.acronym ?? null;
}

/**
 * The method a paper introduces. The title's name wins, but a spelled-out title name gives way to
 * the acronym the abstract defines for it (what readers will call it), and a title slogan the
 * abstract never repeats gives way to the coined name the abstract introduces.
 */
export function extractName(title: string, abstract: string): string | null {
  const fromTitle = nameFromTitle(title);
  const fromAbstract = nameFromAbstract(abstract);
  if (!fromTitle) {
    if (fromAbstract) return fromAbstract;
    // A title that is itself the long form of an acronym the abstract defines: "Self-Improving
    // Robust Preference Optimization" with "(SRPO)".
    const subject = title.split(/:\s/u).at(-1) ?? title;
    const definition = findAcronymDefinitions(abstract).find(
      (d) => subject.toLowerCase().includes(d.longForm.toLowerCase()) && d.longForm.split(/\s+/u).length >= 2 && /\bwe\b|\bour\b|\bthis\b/iu.test(abstract.slice(Math.max(0, abstract.indexOf(d.longForm) - 80), abstract.indexOf(d.longForm))),
    );
    return definition?.acronym ?? null;
  }
  if (!fromTitle.split(/\s+/u).some(isCoinedWord)) {
    const acronym = acronymFor(fromTitle, abstract);
    if (acronym) return acronym;
  }
  const lowerAbstract = abstract.toLowerCase();
  const mentioned = [fromTitle, fromTitle.replace(/\s+/gu, '-')].some((form) => lowerAbstract.includes(form.toLowerCase()));
  if (!mentioned && fromAbstract && isCoinedWord(fromAbstract)) return fromAbstract;
  return fromTitle;
}
