import type { MethodEntity } from './extract-relations';
import { BENCHMARK_NAME } from './name-pieces';
import { TASK_NOUN } from './open-names';
import { KIND_NOUN } from './relation-cues';
import { escapeRegExp } from './text';
import { FAMILY_USE } from './relation-lists';

/**
 * A method's lineage read from its name: a name that contains another method's name descends from
 * it (LoRA-GA from LoRA, MIA-DPO from DPO).
 */

/** True when `name` is written inside the paper's own method name as a component ("LoRA" in "LoRA-GA"). */
function isComponentOf(name: string, ownName: string): boolean {
  if (name === ownName || name.length < 3) return false;
  // Every method of the corpus is tried against every paper's name: a plain substring test first
  // keeps that from compiling a regular expression per pair (quadratic in the corpus size).
  if (!ownName.includes(name)) return false;
  const escaped = escapeRegExp(name);
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
export function namePieces(name: string): Set<string> {
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

/**
 * The methods whose names are written inside the paper's own method name as components. Only the
 * pieces of the name that could be another name are looked up, so this costs a few map look-ups
 * per paper rather than a pass over every method of the corpus.
 */
export function methodsInName(
  ownName: string | null,
  own: MethodEntity | undefined,
  methods: ReadonlyMap<string, MethodEntity>,
  /** The paper's title and abstract, where a name only a corpus paper gives must stand apart too. */
  text = '',
): MethodEntity[] {
  if (!ownName) return [];
  const found: MethodEntity[] = [];
  for (const piece of namePieces(ownName)) {
    const method = methods.get(piece);
    // Three capitals or fewer that only a corpus paper coined are as often other words' letters:
    // "VideoMAP", "mrCAD", "ICE-Bench" and "SN-LiDAR" do not descend from papers named MAP, CAD,
    // ICE and DAR. The vocabulary's ("MIA-DPO", "GAN") do.
    if (!method?.listed && /^\p{Lu}{2,3}$/u.test(piece)) continue;
    // Longer ones too are words that many papers coin apart ("MASH-VLM", "GUM-SAGE", "VideoPASTA"
    // are not papers named MASH, SAGE, PASTA built on): only a next version of the name
    // ("ResNetVLLM-2") or an abstract that also names it on its own says the work descends from it.
    if (method && !method.listed && !nextVersion(piece, ownName) && !namedApart(method, ownName, text)) continue;
    if (method && method !== own && isComponentOf(piece, ownName)) found.push(method);
  }
  return found;
}

/** "ResNetVLLM-2" of "ResNetVLLM", "Skywork R1V2" of "Skywork R1V": the name and a version after it. */
const nextVersion = (piece: string, ownName: string) =>
  ownName.startsWith(piece) && /^[\s-]?(?:v?\d+(?:\.\d+)*|\+\+|[IVX]+)$/u.test(ownName.slice(piece.length));

/** Whether the text writes the method, by any of its names, as words of their own outside the paper's own name. */
function namedApart(method: MethodEntity, ownName: string, text: string): boolean {
  const rest = text.split(ownName).join(' ');
  return [...method.aliases]
    .filter((alias) => alias.length >= 3)
    .some((alias) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}-])${escapeRegExp(alias)}(?![\\p{L}\\p{N}]|-\\p{L})`,
        /\p{Lu}/u.test(alias.slice(1)) ? 'u' : 'iu',
      ).test(rest),
    );
}

/** A piece of a name that is a name by its shape: capitals inside ("TTT", "LoRA") or letters with digits ("Pix2Pix"). */
const COINED_PIECE = /^\p{L}.*\p{Lu}|^(?=.*\p{L}{2}).*\p{N}/u;
/** A plain capitalised word ("Monarch"): a name only where sentences write it mid-clause, alone. */
const CAPITALISED_PIECE = /^\p{Lu}\p{Ll}{3,}$/u;
/** A plain word names the base only when more than one sentence writes it so: once may be any proper noun ("Kanji"). */
const CAPITALISED_USES = 2;

const TASK_NOUN_AFTER = new RegExp(String.raw`^\s+${TASK_NOUN.source.slice(0, -1)}`, 'iu');
/**
 * Nouns of data a name qualifies as a modality or a source ("TIR images", "Ganjoor's corpus",
 * "Sentinel-1 (SAR) imagery", "PubMed abstracts"), not as a method: possessed or spelled out in
 * brackets first, the name still says whose or what data it is.
 */
const DATA_NOUN = String.raw`(?:images?|imagery|videos?|footage|scans?|data|datasets?|benchmarks?|samples?|signals?|recordings?|modality|modalities|representations?|maps?|corpus|corpora|abstracts|articles|tweets|posts)\b`;
export const DATA_AFTER = new RegExp(String.raw`^(?:['’]s?)?(?:\s*\([^()]{1,60}\))?\s+` + DATA_NOUN, 'iu');
/**
 * The noun of data after a list of names or a second name, said of each: "Sentinel-2 and ALOS-2
 * imagery", "T1w and/or T2w scans", "the TAP-Vid DAVIS dataset".
 */
export const DATA_AFTER_NAMES = new RegExp(
  String.raw`^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+|\s*/\s*|\s+)[\p{Lu}\p{N}][\p{L}\p{N}-]*){1,4}\s+` +
    DATA_NOUN,
  'u',
);
/**
 * A name in brackets after the data it names: "satellite images (Sentinel-2 L1C)", "MRI scans (T1w,
 * …", "natural language inference tasks (SNLI and MNLI)"; or after a dash written as a hyphen:
 * "three widely-used benchmarks-Camelyon16, TCGA-NSCLC".
 */
export const DATA_BEFORE_BRACKET = new RegExp(
  String.raw`\b(?:` +
    DATA_NOUN +
    String.raw`|tasks?\b)(?:\s*\((?:[^()]*[,;]|[\p{Lu}\p{N}][^\s()]*\s+(?:and|or))?\s*|-)$`,
  'iu',
);
/**
 * Words before a name that make it the work's own: "the proposed RBCMT", "our TTT module", "the
 * proposed framework, DeepAudio", "a method called Intrinsic UAP".
 */
const OWN_BEFORE = /\b(?:our|proposed|called|named|dubbed|termed)\s+(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]+,\s+)?$/iu;
/** A part of a model after a name: "the ViG3D module captures …" is the paper's own part. */
const PART_AFTER = /^\s+(?:module|block|layer|unit|branch|head|component)s?\b/iu;
/**
 * What a sentence says of a task right after its name is defined: "Target-Oriented Dialogue (TOD)
 * remains a significant challenge", "Road Surface Reconstruction (RSR) is crucial", "… aims to".
 */
const TASK_SAID =
  /^\s*\([^()]*\)\s+(?:(?:is|are|remains?)\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+){0,2}?(?:crucial|essential|challeng\w*|task|problem|fundamental|important|critical|vital|pivotal|key)\b|aims?\s+to\b)/u;
/** A version 1 after a name is the first release of the paper's own method ("ThyroidEffi 1.0"). */
const FIRST_VERSION = /^[\s-]*[vV]?1(?:\.0)*$/u;

/**
 * An indefinite article before a name that ends its phrase makes the name a kind the work is one of
 * ("a novel deep learning-based SDM", but not "an extension of Pix2Pix"); before a name followed by the noun of its kind, the name is
 * still the base ("an enhanced Pix2Pix framework").
 */
const KIND_BEFORE = /\b(?:a|an)\s+(?:(?!(?:of|for|to|with|by|from|on|in)\s)[\p{L}-]+\s+){0,3}$/iu;

/** A piece of the paper's own name that the abstract also writes on its own, and the sentence that does. */
export interface NamedBase {
  name: string;
  evidence: string;
}

/**
 * Whether `piece` stands alone in `sentence` as a name: not glued to more letters, digits or name
 * parts ("Pix2Pix-Turbo", "MonarchNet"), not a family ("LUT-based methods", "APT methods") or a task
 * ("VAD paradigm").
 */
function writtenAloneIn(sentence: string, piece: string, ownName: string): boolean {
  // The paper's own name is blanked first: only what the sentence writes apart from it counts.
  // So is its spelled-out form in brackets after it ("LaGoVAD (Language-guided Open-world VAD)").
  const text = sentence
    .split(ownName)
    .map((part, index) => (index > 0 ? part.replace(/^\s*\([^()]*\)/u, ' ') : part))
    .join(' ');
  const capitalised = CAPITALISED_PIECE.test(piece);
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    const before = text.slice(0, at);
    // "(CAM) techniques": what follows a bracketed acronym is what follows its long form.
    const after = text.slice(at + piece.length).replace(/^\)/u, before.endsWith('(') ? '' : ')');
    // "$L^2$FMamba": marks of LaTeX glue a piece to the rest of a name as letters do.
    if (/[\p{L}\p{N}_$^{}-]$/u.test(before) || /^[\p{L}\p{N}_$^{}-]/u.test(after)) continue;
    if (FAMILY_USE.test(after) || TASK_NOUN_AFTER.test(after) || DATA_AFTER.test(after)) continue;
    if (!capitalised) return true;
    // A capitalised word is a name mid-sentence, and not one of a run of capitalised words ("Monarch
    // Matrix Multiplication" spells out something else); at a sentence's start any word is capitalised.
    const prior = before.trimEnd();
    if (prior === '' || /[.!?:;"“(]$/u.test(prior) || /\p{Lu}[\p{L}\p{N}-]*$/u.test(prior)) continue;
    if (/^\s+\p{Lu}/u.test(after)) continue;
    return true;
  }
  return false;
}

/** Whether a sentence writes `piece` after words that make it the work's own or a kind. */
function ownOrKind(written: string, piece: string, ownName: string): boolean {
  const sentence = written.split(ownName).join(' ');
  for (let at = sentence.indexOf(piece); at >= 0; at = sentence.indexOf(piece, at + 1)) {
    const before = sentence.slice(Math.max(0, at - 60), at);
    const after = sentence.slice(at + piece.length);
    if (OWN_BEFORE.test(before) || PART_AFTER.test(after)) return true;
    if (KIND_BEFORE.test(before) && !KIND_NOUN.test(after)) return true;
  }
  return false;
}

/** Whether a sentence defines `piece` as an acronym and says right after that it is a task. */
function taskDefined(sentence: string, piece: string): boolean {
  const at = sentence.indexOf(`(${piece})`);
  return at >= 0 && TASK_SAID.test(sentence.slice(at));
}

/** A long form that names a term rather than a method: in lower case ("class-incremental learning") or a task. */
const termLongForm = (longForm: string) =>
  TASK_NOUN.test(longForm) ||
  longForm
    .split(/\s+/u)
    .slice(1)
    .every((word) => !/\p{Lu}/u.test(word));

/**
 * The pieces of the paper's own method name that the abstract also writes on their own as names:
 * the method it is named after and builds on ("Monarch" for VMonarch, "Pix2Pix" for SRU-Pix2Pix,
 * "TTT" for WISE-TTT). A piece counts only with the shape of a name; a plain capitalised word only
 * where no sentence also writes it in lower case as a common word ("Sparse" and "sparse updates"). Known
 * methods are left to `methodsInName`; `longFormOf` gives the long forms the abstract defines
 * acronyms by; `isNotMethod` says which names are field terms, data or measures.
 */
export function basesNamedAlone(
  ownName: string | null,
  sentences: readonly string[],
  methods: ReadonlyMap<string, MethodEntity>,
  longFormOf: ReadonlyMap<string, string>,
  isNotMethod: (name: string) => boolean,
): NamedBase[] {
  // A name of several words ("Inclusive STEAM Education", "Visual Jenga") is a phrase of the title
  // more often than a coined name; a version after a space ("SV4D 2.0") is still one word.
  if (!ownName || /\s/u.test(ownName.replace(/\s+v?\d+(?:\.\d+)*$/iu, ''))) return [];
  const found: NamedBase[] = [];
  const text = sentences.join(' ');
  for (const piece of namePieces(ownName)) {
    // "GS_DravidianLangTech@2025": a venue and its year name where the work was shown, not a method.
    if (/@/u.test(piece)) continue;
    if (methods.has(piece) || !isComponentOf(piece, ownName) || isNotMethod(piece) || BENCHMARK_NAME.test(piece))
      continue;
    const coined = COINED_PIECE.test(piece);
    // A plain word is the base only glued to an affix, as a coined name is made ("VMonarch"); set off
    // by a hyphen it is as often a word of the name's own ("X²-Gaussian").
    if (!coined && !(CAPITALISED_PIECE.test(piece) && new RegExp(`\\p{L}${piece}`, 'u').test(ownName))) continue;
    // A word the abstract also writes in lower case is an ordinary word.
    if (!coined && new RegExp(`\\b${piece.toLowerCase()}\\b`, 'u').test(text)) continue;
    // "Video Anomaly Detection~(VAD)": a mark between the long form and its bracket is not a word of it.
    const longForm = longFormOf.get(piece)?.replace(/[^\p{L}\p{N}]+$/u, '');
    if (longForm && (termLongForm(longForm) || isNotMethod(longForm))) continue;
    // A bare acronym ("HDR", "TTA", "TIFF") is as often a task, a format or a field as a method: it
    // is a base only where the abstract spells it out as a name ("Representation Alignment (REPA)").
    if (!longForm && /^[\p{Lu}-]+$/u.test(piece)) continue;
    if (FIRST_VERSION.test(ownName.slice(ownName.indexOf(piece) + piece.length))) continue;
    if (sentences.some((sentence) => taskDefined(sentence, piece))) continue;
    // Called the work's own or a kind anywhere ("the proposed RBCMT"), it is no base in any sentence.
    if (sentences.some((sentence) => ownOrKind(sentence, piece, ownName))) continue;
    const alone = sentences.filter((sentence) => writtenAloneIn(sentence, piece, ownName));
    if (alone.length >= (coined ? 1 : CAPITALISED_USES)) found.push({ name: piece, evidence: alone[0] as string });
  }
  return found;
}
