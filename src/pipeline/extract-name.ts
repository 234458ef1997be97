import { findAcronymDefinitions, findLongForm, looksLikeAcronym, type AcronymDefinition } from './acronyms';
import { abstractNames } from './name-from-abstract';
import { escapeRegExp, foldText, unmarkMaths } from './text';
import { bracketedTitleName, isCoinedWord, nameFromTitle, PLAIN_NAME_WORDS } from './name-from-title';
import { HYPHENATED_PHRASE, KIND_NOUNS, TAKING_VERBS } from './name-pieces';
import { singular } from './match-terms';

export { introducedNames, nameFromAbstract } from './name-from-abstract';

/** Text in lower case without the commas and the like an abstract may set in a name ("Colors See, Colors Ignore"). */
const unpunctuated = (text: string) => text.toLowerCase().replace(/[,;:]/gu, '');

/**
 * The acronym an abstract defines for a long form, e.g. SPO for "Step-aware Preference Optimization",
 * either way round: "Step-aware Preference Optimization (SPO)" or "GAT (Gather and Trace)".
 */
function acronymFor(longForm: string, abstract: string, definitions: readonly AcronymDefinition[]): string | null {
  const wanted = longForm.toLowerCase();
  const defined = definitions.find((definition) => unpunctuated(definition.longForm) === unpunctuated(wanted))?.acronym;
  if (defined) return defined;
  const bracket = abstract.toLowerCase().indexOf(`(${wanted})`);
  if (bracket < 0) return null;
  const before = abstract.slice(Math.max(0, bracket - 20), bracket).match(/(\S+)\s*$/u)?.[1];
  return before && looksLikeAcronym(before) && findLongForm(before, longForm) ? before : null;
}

/** A verb of taking right before a method: "we apply", "using the". */
const TAKEN_BEFORE = new RegExp(String.raw`\b(?:${TAKING_VERBS})\s+(?:(?:the|a|an)\s+)?$`, 'iu');

/** A LaTeX macro where a contribution's name would be: "we propose \\totalframework, a …". */
const MACRO_NAMED = /\b(?:propose|present|introduce|develop|design)\s+\\[A-Za-z]+(?![A-Za-z{])/u;

/**
 * The acronym ending a title name, when the abstract writes the name's other words right before the
 * long form it gives the acronym: they qualify the method, whose name is the acronym.
 */
function qualifiedAcronym(
  titleWords: readonly string[],
  abstract: string,
  definitions: () => readonly AcronymDefinition[],
): string | null {
  const acronym = titleWords.at(-1);
  if (titleWords.length < 2 || !acronym) return null;
  const words = titleWords.slice(0, -1).join(' ').toLowerCase();
  const lower = abstract.toLowerCase();
  const defined = definitions().some(
    (definition) => definition.acronym === acronym && lower.includes(`${words} ${definition.longForm.toLowerCase()}`),
  );
  return defined ? acronym : null;
}

/**
 * Whether a title's subject opens with a long form, word by word up to inflection: "Visual Consensus
 * Prompting for …" opens with "Visual Consensus Prompts", as the method and the prompts it makes are
 * written alike. Only endings of number and verb form count: "Generative" is not "generalized".
 */
function opensWithForm(subject: string, longForm: string): boolean {
  if (subject.startsWith(longForm.toLowerCase())) return true;
  const bases = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '')
      .map(withoutInflection);
  const form = bases(longForm);
  const opening = bases(subject).slice(0, form.length);
  return opening.length === form.length && form.every((base, index) => base === opening[index]);
}
/** A word in lower case without a plural, "-ing" or "-ed" ending: "prompts" and "prompting" are "prompt". */
const withoutInflection = (word: string) => singular(word).replace(/(?<=\p{L}{3})(?:ing|ed)$/u, '');

/**
 * "Our VCP aims to …", "our proposed VCPs": the abstract calls the acronym its own. Not where a kind
 * follows ("Our SLT system", "our VQA model"): the letters then say what the system does.
 */
function calledOurs(abstract: string, acronym: string): boolean {
  return new RegExp(
    `\\b[Oo]ur\\s+(?:(?:proposed|new|novel)\\s+)?${escapeRegExp(acronym)}s?(?![\\p{L}\\p{N}-])(?!\\s+(?:${KIND_NOUNS})s?\\b)`,
    'u',
  ).test(abstract);
}

/** Plain words joined by hyphens, each capitalised at most at its start: "Quantize-then-Rectify". */
const PLAIN_HYPHENATED = /^\p{L}\p{Ll}*(?:-\p{L}\p{Ll}*)+$/u;

/** The coined short name an abstract brackets right after a title name of plain hyphenated words. */
function shortNameAfter(titleName: string, abstract: string): string | null {
  if (!PLAIN_HYPHENATED.test(titleName)) return null;
  const short = abstract.match(new RegExp(`${escapeRegExp(titleName)}\\s*\\(([^()\\s,;]{2,15})\\)`, 'iu'))?.[1];
  return short && (isCoinedWord(short) || looksLikeAcronym(short)) ? short : null;
}

/**
 * How an abstract spells a title's name where the title cannot tell its case (see `titleCase`):
 * the first spelling, as a whole word, outside a web address and not opening a sentence, that
 * does. Null when the abstract also writes the name as the title does, or never tells more.
 * Read with `indexOf`, not a pattern per paper: every paper's name is read on every build.
 */
function respelledIn(abstract: string, titled: string): string | null {
  const shape = titleCase(titled);
  if (!shape || abstract.includes(titled)) return null;
  const lowered = abstract.toLowerCase();
  const name = titled.toLowerCase();
  if (lowered.length !== abstract.length) return null;
  for (let at = lowered.indexOf(name); at >= 0; at = lowered.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}/.-]/u.test(abstract.charAt(at - 1)) || /[\p{L}\p{N}/-]/u.test(abstract.charAt(end))) continue;
    const word = abstract.slice(abstract.lastIndexOf(' ', at) + 1, at);
    if (WEB_ADDRESS.test(word)) continue;
    if (/(?:^|[.!?:]\s+)$/u.test(abstract.slice(Math.max(0, at - 3), at))) continue;
    const written = abstract.slice(at, end);
    if (tellsCase(written, shape)) return written;
  }
  return null;
}

/** The start of a web address, written before a name inside it ("github.com/x/", "https://"). */
const WEB_ADDRESS = /^(?:https?:|www\.|[\w-]+\.(?:com|org|io|ai|net)\/)/iu;

/**
 * How a title writes a name whose case it cannot tell: set in capitals ("TULUN", "WORLDMEM"), or
 * capitalised as a title word ("Storybooth"); null for a name with capitals of its own inside.
 */
function titleCase(titled: string): 'capitals' | 'capitalised' | null {
  if (!/\p{Ll}/u.test(titled)) return 'capitals';
  return /^\p{Lu}[^\p{Lu}]*$/u.test(titled) ? 'capitalised' : null;
}

/**
 * Whether the abstract's spelling tells the case the title's could not: running text against
 * capitals ("Tulun", "WorldMem"), or capitals inside against a title word ("StoryBooth").
 */
function tellsCase(written: string, shape: 'capitals' | 'capitalised'): boolean {
  if (shape === 'capitals') return /\p{Ll}/u.test(written) && /\p{Lu}/u.test(written);
  return /\p{Ll}\p{Lu}/u.test(written);
}

/** A paper's method name and where it was read: announced by the title, or only in the abstract. */
export interface NamedMethod {
  name: string;
  from: 'title' | 'abstract';
  /** The title's name, when the abstract's was preferred to it. */
  titleName?: string;
  /** Later names the abstract gives its own method, tried in turn when this one is a term of the field. */
  alternatives?: string[];
}

/**
 * The abstract's names, the one the title echoes first: "Speculative Reward Model Boosts …" picks
 * "the Speculative Reward Model (SRM)" over "the 3E Criteria" the abstract introduced before it.
 */
function byTitleEcho(
  names: string[],
  title: string,
  abstract: string,
  definedIn: () => readonly AcronymDefinition[],
): string[] {
  if (names.length < 2) return names;
  const lowerTitle = title.toLowerCase();
  const definitions = definedIn();
  const echoed = names.find(
    (name) =>
      lowerTitle.includes(name.toLowerCase()) ||
      definitions.some(
        (definition) => definition.acronym === name && lowerTitle.includes(definition.longForm.toLowerCase()),
      ),
  );
  // The first name stays when the abstract goes on about it more: "We present PhiGenesis, a unified
  // framework …" over "we propose Stereo Forcing, a … strategy" of "… With Stereo Forcing".
  if (!echoed || mentions(abstract, echoed) < mentions(abstract, names[0] as string)) return names;
  return [echoed, ...names.filter((name) => name !== echoed)];
}

/** How many times a text writes a name, not counting it inside a longer name ("HuFor" in "HuForDet"). */
function mentions(text: string, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!NAME_GOES_ON.test(text.charAt(at + name.length))) count += 1;
  }
  return count;
}
const NAME_GOES_ON = /[\p{L}\p{N}]/u;

/**
 * Whether a later name may stand in for the first: an acronym the abstract spells out as a proper
 * name ("Legal Question Bank (LQB)", not "policy optimization (PO)", which is a term), or a coined
 * name of three letters or more it gives undefined ("we present CHARIS, a …").
 */
function mayStandIn(name: string, definitions: readonly AcronymDefinition[]): boolean {
  const definition = definitions.find((candidate) => candidate.acronym === name);
  if (definition) return /^\p{Lu}/u.test(definition.longForm);
  return isCoinedWord(name) && (name.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

/**
 * The method a paper introduces. The title's name wins, but a spelled-out title name gives way to
 * the acronym the abstract defines for it (what readers will call it), and a title slogan the
 * abstract never repeats gives way to the coined name the abstract introduces.
 */
export function extractNamedMethod(title: string, written: string): NamedMethod | null {
  // "we propose \\textit{Dispersive Loss}": a name in LaTeX markup is read as its words.
  const abstract = unmarkMaths(written);
  // The acronyms the abstract defines, read once, and only if a rule below asks for them.
  let defined: AcronymDefinition[] | undefined;
  const definitions = () => (defined ??= findAcronymDefinitions(abstract));
  // A title that is one coined word is the name: "TextArena".
  const fromTitle = nameFromTitle(title) ?? (/^\S+$/u.test(title.trim()) && isCoinedWord(title) ? title.trim() : null);
  const [fromAbstract, ...later] = byTitleEcho(abstractNames(abstract), title, abstract, definitions);
  if (!fromTitle) {
    if (fromAbstract) {
      const alternatives = later.filter((name) => mayStandIn(name, definitions()));
      return { name: fromAbstract, from: 'abstract', ...(alternatives.length > 0 ? { alternatives } : {}) };
    }
    // A title whose subject is the long form of an acronym the abstract defines: "Self-Improving
    // Robust Preference Optimization" with "(SRPO)". Only the subject: in "Leveraging Multi-Hop
    // Question Answering to …" or "… for Human Mesh Recovery" the long form is a tool or a task.
    const subjects = [title, ...title.split(/:\s/u).slice(1)].map((part) =>
      part
        .trim()
        .toLowerCase()
        .replace(/^the\s+/u, ''),
    );
    // "We apply elastic weight consolidation (EWC) to …" takes a method others made: not the work's name.
    // The work's own is said so near its definition ("we", "this"), or later by "our VCP".
    const definition = definitions().find((d) => {
      const before = abstract.slice(Math.max(0, abstract.indexOf(d.longForm) - 80), abstract.indexOf(d.longForm));
      return (
        subjects.some((subject) => opensWithForm(subject, d.longForm)) &&
        d.longForm.split(/\s+/u).length >= 2 &&
        (/\bwe\b|\bour\b|\bthis\b/iu.test(before) || calledOurs(abstract, d.acronym)) &&
        !TAKEN_BEFORE.test(before)
      );
    });
    // Read from the abstract's definition, so a long form that is a term of the field is dropped
    // (see settleMethodNames) as any name an abstract gives; so is an acronym the title brackets.
    if (definition) return { name: definition.acronym, from: 'abstract' };
    const bracketed = bracketedTitleName(title);
    return bracketed ? { name: bracketed, from: 'abstract' } : null;
  }
  // A title name of words the abstract gives an acronym is called by it: "BD Open LULC Map" with
  // "(BOLM)". Not one coined word with others ("ZetaNet Plus" may have its own letters).
  const titleWords = fromTitle.split(/\s+/u);
  if (!titleWords.some(isCoinedWord) || titleWords.length >= 3) {
    const acronym = acronymFor(fromTitle, abstract, definitions());
    if (acronym) return { name: acronym, from: 'title' };
  }
  // "Hierarchical MLANet" with "the Hierarchical Multi-Level Attention Network (MLANet)": a title name
  // whose words before its acronym open the long form the abstract gives the acronym is called by it.
  const qualified = qualifiedAcronym(titleWords, abstract, definitions);
  if (qualified) return { name: qualified, from: 'title' };
  // "Quantize-then-Rectify (ReVQ)": a title name of plain words joined by hyphens describes the
  // method; the short name the abstract brackets right after it is what readers call it.
  const shortName = shortNameAfter(fromTitle, abstract);
  if (shortName) return { name: shortName, from: 'title' };
  // How the abstract writes the title's name, when never as the title does: "TULUN: …" with "we
  // propose Tulun" is spelled as the abstract spells it. (Written only in lower case, "we propose
  // uncertainty distillation", it is still the name the paper gives.)
  const respelled = respelledIn(abstract, fromTitle);
  if (respelled) return { name: respelled, from: 'title' };
  // "Colors See, Colors Ignore (CSCI)" repeats "Colors See Colors Ignore".
  const lowerAbstract = unpunctuated(abstract);
  const mentioned = [fromTitle, fromTitle.replace(/\s+/gu, '-')].some((form) =>
    lowerAbstract.includes(unpunctuated(form)),
  );
  // "Diffuse and Disperse: …" with "we propose Dispersive Loss": a title slogan the abstract never
  // repeats gives way to the proper name the abstract introduces.
  const properName = (name: string) => isCoinedWord(name) || /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name);
  // "ConLID: …" with "a novel supervised contrastive learning (SCL) approach": an acronym of words
  // in lower case abbreviates a technique the abstract describes, not a name it gives; a title name
  // that is one coined word keeps its place before it.
  const describedOnly = () =>
    /^\S+$/u.test(fromTitle) &&
    isCoinedWord(fromTitle) &&
    definitions().some((d) => d.acronym === fromAbstract && !/\p{Lu}/u.test(d.longForm));
  // "we propose \\totalframework, … comprising CrownDeformR and …": the abstract calls the work by a
  // macro, which prints the title's name; the names after it are the work's parts.
  // "ShapeSpeak: Body Shape-Aware Textual Alignment for …" with "a Body Shape-aware Textual Alignment
  // (BSaTa) framework": the title gives its name to what the abstract spells out, so both name one
  // method, and the title's name is the one the paper announces.
  const asWords = (text: string) => unpunctuated(text).replace(/-/gu, ' ');
  const spelledInTitle = () => {
    if (!title.includes(':')) return false;
    const subtitle = asWords(title.slice(title.indexOf(':') + 1).trim());
    return definitions().some((d) => d.acronym === fromAbstract && subtitle.startsWith(asWords(d.longForm)));
  };
  if (
    !mentioned &&
    fromAbstract &&
    properName(fromAbstract) &&
    !describedOnly() &&
    !MACRO_NAMED.test(written) &&
    !spelledInTitle()
  )
    return { name: fromAbstract, from: 'abstract', titleName: fromTitle };
  return { name: fromTitle, from: 'title' };
}

/** The method a paper introduces, read from its title and abstract alone (see `extractNamedMethod`). */
export const extractName = (title: string, abstract: string): string | null =>
  extractNamedMethod(title, abstract)?.name ?? null;

/** How many papers of a corpus naming the same method in their abstracts only make it the field's term. */
const SHARED_NAME_PAPERS = 3;
/** A compound of words in lower case: "open-world", "long-short", "multi-turn". */
const LOWER_COMPOUND = /(?<![\p{L}\p{N}-])\p{Ll}+(?:-\p{Ll}+)+(?![\p{L}\p{N}-])/gu;
/** The same written in a title's capitals: "Open-World", "Multi-Turn". */
const TITLE_CASE_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

/**
 * A name's key for comparing across papers and with the vocabulary: case and a plural "s" ignored
 * ("LLMs", "LLM"); a capital S is part of an acronym ("CCAS" is not "CCA").
 */
export const nameKey = (name: string) => name.replace(/(?<=\p{L}{2,})s$/u, '').toLowerCase();

/**
 * An acronym with its long form, for counting the papers that define it so: case, hyphens, "and"
 * and word endings aside ("Neural Networks" and "neural network" spell out "NN" alike, "Plug & Play"
 * and "plug-and-play" "PnP").
 */
const definitionKey = (acronym: string, longForm: string) =>
  `${nameKey(acronym)}|${foldText(longForm)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== 'and')
    .map((word) => word.replace(/(?:es|s)$/u, ''))
    .join(' ')
    .trim()}`;

/** A name an abstract gives, with the long form it spells out for it, if any: "Dynamic Attention Analysis (DAA)". */
export interface GivenName {
  name: string;
  longForm?: string;
}

/**
 * What `settleMethodNames` reads of one paper's own text, before the rest of the corpus is known:
 * kept between builds by the digest of the text, so a build that adds a day's papers reads theirs only.
 */
export interface NameReading {
  named: NamedMethod | null;
  /** The acronyms the abstract defines, as `acronym|long form` keys (see `definitionKey`). */
  definitionKeys: string[];
  /** The names the abstract gives, first the chosen one and its alternatives, when the name is the abstract's. */
  given: GivenName[];
  /** The names a title's name gives way to when it is the field's term: every name the abstract gives. */
  standIns: GivenName[];
  /** The compounds the abstract writes in lower case ("open-world"). */
  compounds: string[];
}

/** A paper's `NameReading`, from its title and abstract alone. */
export function readNames(title: string, abstract: string): NameReading {
  const named = extractNamedMethod(title, abstract);
  const definitions = findAcronymDefinitions(abstract);
  const longFormOf = (name: string) =>
    definitions.find((definition) => nameKey(definition.acronym) === nameKey(name))?.longForm;
  const given =
    named?.from === 'abstract'
      ? [named.name, ...(named.alternatives ?? [])].map((name) => withLongForm(name, longFormOf(name)))
      : [];
  let standIns: GivenName[] = [];
  if (named?.from === 'title') {
    const unmarked = unmarkMaths(abstract);
    const unmarkedDefinitions = findAcronymDefinitions(unmarked);
    standIns = abstractNames(unmarked).map((name) =>
      withLongForm(name, unmarkedDefinitions.find((definition) => definition.acronym === name)?.longForm),
    );
  }
  return {
    named,
    definitionKeys: [...new Set(definitions.map((d) => definitionKey(d.acronym, d.longForm)))],
    given,
    standIns,
    compounds: [...new Set(abstract.match(LOWER_COMPOUND) ?? [])],
  };
}

const withLongForm = (name: string, longForm: string | undefined): GivenName =>
  longForm === undefined ? { name } : { name, longForm };

/** Readings of papers' texts kept between builds (see `NameReading`). */
export interface NameReadingMemo {
  get(paper: { title: string; abstract: string }): NameReading | undefined;
  set(paper: { title: string; abstract: string }, reading: NameReading): void;
}

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
  /**
   * Whether a name is a model the vocabulary knows, as written ("ResNet", "YOLOv8"): an abstract
   * that names one ("Residual Network (ResNet)") names what it uses, not what it made. A title
   * that announces one ("Llama 2: …") still names the paper's work.
   */
  isKnownModel: (name: string) => boolean = () => false,
  /** Readings of texts earlier builds kept; each text is read here once either way. */
  memo?: NameReadingMemo,
): Array<string | null> {
  const readings = papers.map((paper) => {
    const kept = memo?.get(paper);
    if (kept) return kept;
    const reading = readNames(paper.title, paper.abstract);
    memo?.set(paper, reading);
    return reading;
  });
  const named = readings.map((reading) => reading.named);
  // The names each abstract gives its method, and the long form it gives each, if any.
  const candidates = readings.map((reading) => reading.given);
  const uses = new Map<string, { papers: number; longForms: Set<string> }>();
  for (const { name, longForm } of candidates.flat()) {
    const key = nameKey(name);
    let use = uses.get(key);
    if (!use) uses.set(key, (use = { papers: 0, longForms: new Set() }));
    use.papers += 1;
    if (longForm) use.longForms.add(foldText(longForm));
  }
  // How many papers define each acronym with each long form ("neural network (NN)" in five): an
  // acronym other papers spell out as this one does is a term they share, not a coinage.
  const definedBy = new Map<string, number>();
  for (const { definitionKeys } of readings)
    for (const key of definitionKeys) definedBy.set(key, (definedBy.get(key) ?? 0) + 1);
  // How many abstracts write each hyphenated compound in lower case ("open-world", "multi-turn"):
  // a title's capitals make such a compound look coined, and other papers show it is a phrase.
  const compoundUses = new Map<string, number>();
  for (const { compounds } of readings)
    for (const compound of compounds) compoundUses.set(compound, (compoundUses.get(compound) ?? 0) + 1);
  const isPhrase = (name: string) =>
    TITLE_CASE_COMPOUND.test(name) && (compoundUses.get(name.toLowerCase()) ?? 0) >= SHARED_NAME_PAPERS;
  const isTerm = (name: string, longForm: string | undefined, title = '') => {
    // A release the title names ("Qwen3 Technical Report") is the paper's own.
    if (isKnownModel(name) && !title.startsWith(name)) return true;
    // "we propose Long-Short alignment": a compound other papers write as words is a phrase.
    if (isPhrase(name)) return true;
    if (longForm !== undefined && (definedBy.get(definitionKey(name, longForm)) ?? 0) >= SHARED_NAME_PAPERS)
      return true;
    // An acronym of the field spelled out as something of the paper's own is the paper's: "DAA" is
    // a field's term for direct alignment algorithms, "Dynamic Attention Analysis (DAA)" a method.
    if (isFieldTerm(name) && (longForm === undefined || isFieldTerm(longForm))) return true;
    // "Image Super Resolution (ISR)": an acronym of a term of the field is the field's, too.
    if (longForm !== undefined && isFieldTerm(longForm)) return true;
    // Two letters are too few to coin a name with: "RL", "PO" for "policy optimization" are the
    // field's, unless the abstract spells them out as a proper name ("C3" and "R^4" are coined).
    if (/^\p{L}{1,2}s?$/u.test(name) && !(longForm && /^\p{Lu}/u.test(longForm))) return true;
    const use = uses.get(nameKey(name));
    return use !== undefined && use.papers >= SHARED_NAME_PAPERS && use.longForms.size <= 1;
  };
  return named.map((entry, index) => {
    if (!entry) return null;
    // "An Improved ResNet50 Model for …": a known model inside a title is what the work improves; one
    // the title opens with ("Llama 2: …") is the work.
    const { title } = papers[index] as { title: string };
    const improvedModel = entry.from === 'title' && isKnownModel(entry.name) && !title.startsWith(entry.name);
    if (entry.from === 'title' && !improvedModel) {
      // "Image Quality Assessment: Exploring …": a title that names its task names no method. One
      // word may be the paper's coinage all the same ("Bone: Block Affine Transformation …").
      const words = entry.name.split(/\s+/u);
      // A field's acronym is no coinage of the paper's: "Explainable AI: …", "Graphs Meet AI Agents:
      // …" and "LLM Ensemble for RAG: …" hold no name but the field's.
      const coined = words.some((word) => isCoinedWord(word) && !isFieldTerm(word) && !HYPHENATED_PHRASE.test(word));
      // Without a coinage, a title's name is a few capitalised words ("Deep Compression", "Split &
      // Merge"), and not the field's term.
      const phrase = words.length === 1 && isPhrase(entry.name);
      if (!phrase && (words.length < 2 || coined || (words.length <= PLAIN_NAME_WORDS && !isFieldTerm(entry.name))))
        return entry.name;
      const stand = (readings[index]?.standIns ?? []).find(({ name, longForm }) => !isTerm(name, longForm, title));
      return stand?.name ?? null;
    }
    if (improvedModel) return null;
    const kept = (candidates[index] ?? []).find(({ name, longForm }) => !isTerm(name, longForm, title));
    return kept?.name ?? entry.titleName ?? null;
  });
}
