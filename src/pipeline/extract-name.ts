import { findAcronymDefinitions, findLongForm, looksLikeAcronym } from './acronyms';
import { FUNCTION_WORDS, foldText, unmarkMaths } from './text';
import { bracketedTitleName, isCoinedWord, nameFromTitle } from './name-from-title';

/** "we propose", "we first introduce", "by proposing", "this paper presents", "results in". */
const INTRODUCING_VERB = [
  String.raw`we\s+(?:also\s+|further\s+|then\s+|first\s+|additionally\s+)?(?:\w+\s+and\s+)?(?:propose|introduce|present|develop|design|construct|build|release|call|name|dub|term)`,
  String.raw`by\s+(?:proposing|introducing)`,
  String.raw`(?:this|our)\s+(?:paper|work|study)\s+(?:proposes|introduces|presents)`,
  String.raw`results\s+in`,
  // "In this paper, a Hybrid Multilayer Extreme Learning Machine (HML-ELM) … is suggested".
  String.raw`in\s+this\s+(?:paper|work|study|article),?(?=\s+an?\s)`,
];
/** "is called", "dubbed", "termed as", "namely": labels that give a name. */
const NAMING_LABEL = [
  String.raw`(?:is|are)\s+(?:called|named|dubbed|coined|termed)`,
  String.raw`dubbed|coined|named|called|termed(?:\s+as)?|namely`,
  String.raw`our\s+(?:new\s+|novel\s+)?(?:method|approach|framework|model|algorithm)(?:,\s*|\s+)`,
];
/** What may stand between the cue and the name: "a novel, simple framework, called …". */
const BEFORE_NAME = String.raw`(?:(?:a|an|the|our|two|three)\s+)?(?:(?:novel|new|simple|efficient|effective|general|unified|family\s+of|framework|method|approach|model|algorithm|technique|strategy|benchmark|dataset|system|called|named|our)\s*,?\s+)*`;

/** Verbs and labels that introduce the paper's own method in an abstract, up to where its name starts. */
const INTRODUCING_CUE = new RegExp(
  String.raw`\b(?:${[...INTRODUCING_VERB, ...NAMING_LABEL].join('|')})\s+${BEFORE_NAME}`,
  'giu',
);

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}^{}*-]*`;
/**
 * "Long Form (ACR)", optionally "(ACR)-Suffix" as in "On-Policy Alignment (OPA)-DPO"; a lower-case
 * suffix makes an adjective, not a name: "large language model (LLM)-based".
 */
const DEFINED = new RegExp(
  String.raw`^((?:${WORD}\s+){0,7}?${WORD})\s*\(([^()\s,;]{2,15})\)(-[\p{Lu}\p{N}][\p{L}\p{N}]*)?`,
  'u',
);
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
/**
 * Whether an acronym's long form starts near the cue: "we propose a memory-efficient zerothorder
 * optimizer (MeZO)", not "we propose a framework that integrates Residual Networks (SEResNet)",
 * where the acronym names a part the method uses.
 */
function followsCue(acronym: string, words: string): boolean {
  const longForm = findLongForm(acronym, words);
  if (!longForm) return false;
  const lead = words.slice(0, words.length - longForm.length).trim();
  if (lead === '') return true;
  const leadWords = lead.split(/\s+/u);
  return (
    leadWords.length <= MAX_LEAD_WORDS &&
    leadWords.every((word) => !FUNCTION_WORDS.has(word.toLowerCase()) || LEAD_WORD.test(word))
  );
}
/** "this approach", "a method called", "formulations of", "named as the": words before a long form. */
const MAX_LEAD_WORDS = 4;
/** The function words a lead may hold; others ("that integrates", "based on") start a clause. */
const LEAD_WORD = /^(?:the|an?|this|these|our|of|as)$/iu;

/** "Mixture of Sparse Adapters, or MoSA", "LoRA Silver Bullet or LoRA-SB". */
const OR_ACRONYM = new RegExp(String.raw`^((?:${WORD}\s+){0,7}?${WORD}),?\s+or\s+(${WORD})`, 'u');

/** "an LLM-driven framework", "a ViT-based model": a compound adjective, never a name. */
const COMPOUND_ADJECTIVE =
  /-(?:driven|based|guided|aware|powered|enhanced|free|agnostic|specific|centric|oriented|like|assisted|augmented|conditioned|inspired|level|wise|style|friendly|ready)$/iu;
/** The noun of a kind after a word: "a MFIF method", "an RL approach". */
const KIND_AFTER =
  /^\s+(?:method|approach|framework|model|network|algorithm|technique|scheme|pipeline|module|mechanism|system)\b/iu;

/** "an efficient semantic segmentation network, OffSeg.": a kind, then the name set off by a comma. */
const APPOSITIVE_NAME = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,5}?(?:method|approach|framework|model|network|algorithm|system|architecture|benchmark|dataset),?\s+(${WORD})[,.;]`,
  'u',
);

/**
 * Whether the word a cue introduces says what kind of thing the method is rather than naming it:
 * a compound adjective, or a word between "a" and a noun of a kind ("we propose a novel MFIF method":
 * one method of multi-focus image fusion). "We propose the X framework" names it.
 */
function isKindOrAdjective(cue: string, word: string, after: string): boolean {
  return COMPOUND_ADJECTIVE.test(word) || (/\ban?\s/iu.test(cue) && KIND_AFTER.test(after.slice(word.length)));
}

/**
 * The name an abstract gives its own method: "we propose CorDA", "dubbed UCoFiA",
 * "we propose Step-aware Preference Optimization (SPO)" (the acronym is the name),
 * "Mixture of Sparse Adapters, or MoSA", "deita (short for …)".
 */
export function nameFromAbstract(abstract: string): string | null {
  for (const cue of abstract.matchAll(INTRODUCING_CUE)) {
    const after = abstract.slice(cue.index + cue[0].length, cue.index + cue[0].length + 160);
    const defined = after.match(DEFINED);
    if (defined?.[1] && defined[2] && looksLikeAcronym(defined[2]) && followsCue(defined[2], defined[1])) {
      return defined[2] + (defined[3] ?? '');
    }
    const bare = bareAcronym(after);
    if (bare) return bare;
    const alternative = after.match(OR_ACRONYM);
    if (alternative?.[2] && looksLikeAcronym(alternative[2]) && /\p{Lu}/u.test(alternative[1] ?? ''))
      return alternative[2];
    const word = after.match(/^[\p{L}\p{N}][\p{L}\p{N}^{}*-]*[\p{L}\p{N}}*]/u)?.[0];
    if (word && (isCoinedWord(word) || looksLikeAcronym(word)) && !isKindOrAdjective(cue[0], word, after)) return word;
    // "we construct an efficient semantic segmentation network, OffSeg": the name after its kind.
    const named = after.match(APPOSITIVE_NAME)?.[1];
    if (named && isCoinedWord(named)) return named;
    // A lower-case coined name the paper spells out: "deita (short for Data-Efficient …)".
    if (word && /^\s*\(short for\b/iu.test(after.slice(word.length))) return word;
    // A proper name of capitalised words set off by a comma: "We introduce Baichuan Alignment, a …".
    const proper = after.match(/^((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*),\s+(?:a|an|the|which)\s/u)?.[1];
    if (proper && proper.includes(' ')) return proper;
  }
  // The subject a paper defines itself by: "SGD-SaI is a simple yet effective enhancement to …".
  const subject = abstract.match(
    /(?:^|[.!?]\s+)([\p{L}\p{N}][\p{L}\p{N}^{}*-]*)\s+is\s+an?\s+(?:\w+\s+){0,4}?(?:method|approach|framework|enhancement|algorithm|technique|optimizer|model|system|benchmark|strategy)\b/u,
  )?.[1];
  if (subject && isCoinedWord(subject)) return subject;
  return null;
}

/**
 * Every name an abstract introduces as the paper's own, after any introducing cue ("we propose X",
 * "dubbed Y", "named Z"): the method, and the benchmark or module it presents beside it.
 */
export function introducedNames(written: string): string[] {
  const names: string[] = [];
  const abstract = unmarkMaths(written);
  for (const cue of abstract.matchAll(INTRODUCING_CUE)) {
    const after = abstract.slice(cue.index + cue[0].length, cue.index + cue[0].length + 160);
    const defined = after.match(DEFINED);
    if (defined?.[2] && looksLikeAcronym(defined[2])) names.push(defined[2]);
    const word = after.match(/^[\p{L}\p{N}][\p{L}\p{N}^{}*-]*[\p{L}\p{N}}*]/u)?.[0];
    if (word && (isCoinedWord(word) || looksLikeAcronym(word))) names.push(word);
  }
  return names;
}

/**
 * The acronym an abstract defines for a long form, e.g. SPO for "Step-aware Preference Optimization",
 * either way round: "Step-aware Preference Optimization (SPO)" or "GAT (Gather and Trace)".
 */
function acronymFor(longForm: string, abstract: string): string | null {
  const definitions = findAcronymDefinitions(abstract);
  const wanted = longForm.toLowerCase();
  const defined = definitions.find((definition) => definition.longForm.toLowerCase() === wanted)?.acronym;
  if (defined) return defined;
  const bracket = abstract.toLowerCase().indexOf(`(${wanted})`);
  if (bracket < 0) return null;
  const before = abstract.slice(Math.max(0, bracket - 20), bracket).match(/(\S+)\s*$/u)?.[1];
  return before && looksLikeAcronym(before) && findLongForm(before, longForm) ? before : null;
}

/** A paper's method name and where it was read: announced by the title, or only in the abstract. */
export interface NamedMethod {
  name: string;
  from: 'title' | 'abstract';
  /** The title's name, when the abstract's was preferred to it. */
  titleName?: string;
}

/**
 * The method a paper introduces. The title's name wins, but a spelled-out title name gives way to
 * the acronym the abstract defines for it (what readers will call it), and a title slogan the
 * abstract never repeats gives way to the coined name the abstract introduces.
 */
export function extractNamedMethod(title: string, written: string): NamedMethod | null {
  // "we propose \\textit{Dispersive Loss}": a name in LaTeX markup is read as its words.
  const abstract = unmarkMaths(written);
  // A title that is one coined word is the name: "TextArena".
  const fromTitle = nameFromTitle(title) ?? (/^\S+$/u.test(title.trim()) && isCoinedWord(title) ? title.trim() : null);
  const fromAbstract = nameFromAbstract(abstract);
  if (!fromTitle) {
    if (fromAbstract) return { name: fromAbstract, from: 'abstract' };
    // A title whose subject is the long form of an acronym the abstract defines: "Self-Improving
    // Robust Preference Optimization" with "(SRPO)". Only the subject: in "Leveraging Multi-Hop
    // Question Answering to …" or "… for Human Mesh Recovery" the long form is a tool or a task.
    const subjects = [title, ...title.split(/:\s/u).slice(1)].map((part) =>
      part
        .trim()
        .toLowerCase()
        .replace(/^the\s+/u, ''),
    );
    const definition = findAcronymDefinitions(abstract).find(
      (d) =>
        subjects.some((subject) => subject.startsWith(d.longForm.toLowerCase())) &&
        d.longForm.split(/\s+/u).length >= 2 &&
        /\bwe\b|\bour\b|\bthis\b/iu.test(
          abstract.slice(Math.max(0, abstract.indexOf(d.longForm) - 80), abstract.indexOf(d.longForm)),
        ),
    );
    // Read from the abstract's definition, so a long form that is a term of the field is dropped
    // (see settleMethodNames) as any name an abstract gives; so is an acronym the title brackets.
    if (definition) return { name: definition.acronym, from: 'abstract' };
    const bracketed = bracketedTitleName(title);
    return bracketed ? { name: bracketed, from: 'abstract' } : null;
  }
  if (!fromTitle.split(/\s+/u).some(isCoinedWord)) {
    const acronym = acronymFor(fromTitle, abstract);
    if (acronym) return { name: acronym, from: 'title' };
  }
  const lowerAbstract = abstract.toLowerCase();
  const mentioned = [fromTitle, fromTitle.replace(/\s+/gu, '-')].some((form) =>
    lowerAbstract.includes(form.toLowerCase()),
  );
  // "Diffuse and Disperse: …" with "we propose Dispersive Loss": a title slogan the abstract never
  // repeats gives way to the proper name the abstract introduces.
  const properName = (name: string) => isCoinedWord(name) || /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name);
  if (!mentioned && fromAbstract && properName(fromAbstract))
    return { name: fromAbstract, from: 'abstract', titleName: fromTitle };
  return { name: fromTitle, from: 'title' };
}

/** The method a paper introduces, read from its title and abstract alone (see `extractNamedMethod`). */
export const extractName = (title: string, abstract: string): string | null =>
  extractNamedMethod(title, abstract)?.name ?? null;

/** How many papers of a corpus naming the same method in their abstracts only make it the field's term. */
const SHARED_NAME_PAPERS = 3;

/**
 * A name's key for comparing across papers and with the vocabulary: case and a plural "s" ignored
 * ("LLMs", "LLM"); a capital S is part of an acronym ("CCAS" is not "CCA").
 */
export const nameKey = (name: string) => name.replace(/(?<=\p{L}{2,})s$/u, '').toLowerCase();

/**
 * The methods the papers of a corpus introduce. A name read only from an abstract ("we present a
 * large language model (LLM)-based …") is dropped when it is a term of the field (a topic's label
 * or alias, a task, a modality: `isFieldTerm`), or when several papers of the corpus name it so
 * and nothing says they mean different things: a method is introduced once, a term is used by
 * many. Papers that spell the name out differently ("SAGE" for three different long forms) each
 * keep theirs. Names a title announces ("LoRA: …") stand.
 */
export function settleMethodNames(
  papers: ReadonlyArray<{ title: string; abstract: string }>,
  isFieldTerm: (name: string) => boolean,
): Array<string | null> {
  const named = papers.map((paper) => extractNamedMethod(paper.title, paper.abstract));
  // The long form each abstract gives its name, if any: "Dynamic Attention Analysis (DAA)".
  const longForms = named.map((entry, index) =>
    entry?.from === 'abstract'
      ? findAcronymDefinitions((papers[index] as { abstract: string }).abstract).find(
          (definition) => nameKey(definition.acronym) === nameKey(entry.name),
        )?.longForm
      : undefined,
  );
  const uses = new Map<string, { papers: number; longForms: Set<string> }>();
  named.forEach((entry, index) => {
    if (entry?.from !== 'abstract') return;
    const key = nameKey(entry.name);
    let use = uses.get(key);
    if (!use) uses.set(key, (use = { papers: 0, longForms: new Set() }));
    use.papers += 1;
    const longForm = longForms[index];
    if (longForm) use.longForms.add(foldText(longForm));
  });
  const isTerm = (name: string, longForm: string | undefined) => {
    // An acronym of the field spelled out as something of the paper's own is the paper's: "DAA" is
    // a field's term for direct alignment algorithms, "Dynamic Attention Analysis (DAA)" a method.
    if (isFieldTerm(name) && (longForm === undefined || isFieldTerm(longForm))) return true;
    // "Image Super Resolution (ISR)": an acronym of a term of the field is the field's, too.
    if (longForm !== undefined && isFieldTerm(longForm)) return true;
    const use = uses.get(nameKey(name));
    return use !== undefined && use.papers >= SHARED_NAME_PAPERS && use.longForms.size <= 1;
  };
  return named.map((entry, index) => {
    if (!entry) return null;
    if (entry.from === 'abstract' && isTerm(entry.name, longForms[index])) return entry.titleName ?? null;
    return entry.name;
  });
}
