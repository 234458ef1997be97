import { FUNCTION_WORDS, rememberedPerWord } from './text';

/**
 * A sentence read as pieces for finding names: runs of name-like words ("ICDAR 2015", "Open LLM
 * Leaderboard"), other words and marks, and the coordinated lists of names they form ("X, Y (note),
 * and Z"). The grammar of frames that uses them is in find-dataset-names.ts.
 */
/** Nouns that name data: what a dataset name stands before or after. */
export const DATA_NOUN_WORDS = String.raw`datasets?|data-?sets?|benchmarks?|corpus|corpora|suites?|leaderboards?|challenges?|testbeds?|test-?sets?|databases?|cohorts?`;
export const DATA_NOUN = new RegExp(`^(?:${DATA_NOUN_WORDS})$`, 'iu');
/** Nouns of settings data comes from, which name data only beside a coined name ("the CARLA simulator"). */
export const SETTING_NOUN = /^(?:environments?|simulators?|collections?|arenas?)$/iu;
/** Words of results and evaluation: "on X" in their sentence is where the work was tested. */
export const EVALUATION_WORD =
  /^(?:experiment|evaluat|result|test|train|fine-?tun|pre-?train|benchmark|validat|perform|accura|achiev|outperform|surpass|state-of-the-art|sota|improv|gain|report|demonstrat|competitive|comparabl|superior|assess|measur|verif|score|rank|generali[sz])/iu;
/** A coined name that says it is a benchmark: "VBench-2.0", "DefenderBench", "CATArena", "LLaVA-Bench". */
export const BENCHMARK_NAME = /[\p{L}\p{N}]-?(?:Bench|Arena)(?:[-\s]?[vV]?\d+(?:\.\d+)*)?$/u;
/**
 * Verbs by which a work takes a method someone else made ("we apply", "using", "integrating"): a
 * long form after them names a means, not the work's own name.
 */
export const TAKING_VERBS = String.raw`appl(?:y|ies|ied|ying)|us(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|employ(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|exploit(?:s|ed|ing)?|harness(?:es|ed|ing)?|integrat(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|combin(?:e|es|ed|ing)`;
/** The nouns of a kind of thing a work makes, which a name before them qualifies: "a MFIF method", "our SLT system". */
export const KIND_NOUNS = String.raw`method|approach|framework|model|network|algorithm|technique|scheme|pipeline|module|mechanism|system|architecture|dataset|benchmark|corpus`;
/** The small words a name may hold between its capitalised ones: "Mixture of Experts", "Learning from Feedback". */
export const NAME_SMALL_WORDS = String.raw`for|of|and|in|on|with|to|via|from|by|the|a|an`;
/** Determiners and quantifiers: never names, even in capitals ("across ALL benchmarks"). */
export const QUANTIFIER =
  /^(?:this|these|that|those|each|both|all|such|every|either|some|any|many|most|few|several|other)$/iu;
/** A year or a version joins the name before it ("ICDAR 2015", "SQuAD 2.0", "Pick-a-Pic v2"). */
const VERSION = /^(?:(?:19|20)\d\d|\d+\.\d+|[vV]\d+(?:\.\d+)*|\d{2,4}(?:\/\d{2,4})+)$/u;
/**
 * One word of a sentence, a mark or an abbreviation: letters and digits, joined by the marks names
 * use inside ("GSM-8K", "RGB+D", "Dr.LLM", "ASAP++"). "datasets-HateXplain", "dataset-ImputeRefer":
 * a data noun in lower case before a hyphen and a capital is a dash written as a hyphen, so the noun
 * is a word of its own and the name after it another.
 */
const TOKEN = new RegExp(
  String.raw`e\.g\.|i\.e\.|viz\.|(?:${DATA_NOUN_WORDS})(?=-\p{Lu})|[\p{L}\p{N}]+(?:[-+./_][\p{L}\p{N}]+)*\+{0,2}|[^\s\p{L}\p{N}]`,
  'gu',
);

const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/u;

type Shape = 'strong' | 'weak' | 'number' | 'word' | 'mark';

/** The last part of a compound adjective: "LLM-generated", "COCO-style", "GPT-based", "task-specific". */
const ADJECTIVE_PART =
  /^\p{Ll}*(?:ed|ing|based|like|style|specific|free|aware|level|scale|wise|only|related|oriented|driven|centric|dependent|agnostic|type|sized|friendly|language|lingual|modal|visual|textual|domain|task)$/u;

/**
 * How name-like a word is. Strong: a capital inside a word or part ("ImageNet", "autoScan"),
 * capitals in one part ("KITTI", "RGB+D"), or letters run into digits ("Davis2017", "gsm8k").
 * Weak: only capitalised ("Cityscapes", "Total-Text"). A size, count or resolution ("7B", "3D",
 * "15k", "256x256") and a compound adjective ("LLM-generated", "COCO-style") are not names.
 */
const shapeOf = rememberedPerWord(readShape, 100_000);

function readShape(word: string): Shape {
  if (!/[\p{L}\p{N}]/u.test(word)) return 'mark';
  // Editions count as numbers too: "AIME 24/25".
  if (/^(?:\d+(?:[.,]\d+)*|[vV]\d+(?:\.\d+)*|\d{2,4}(?:\/\d{2,4})+)$/u.test(word)) return 'number';
  if (FUNCTION_WORDS.has(word.toLowerCase()) || QUANTIFIER.test(word)) return 'word';
  // A Roman numeral numbers what it follows ("cohort II", "Phase III"), it names nothing.
  if (ROMAN_NUMERAL.test(word)) return 'number';
  if ((word.match(/\p{L}/gu)?.length ?? 0) < 2 || /^\d+(?:\.\d+)?\p{L}{1,2}$/u.test(word)) return 'word';
  // A resolution: "256x256", "512times512".
  if (/^\d+(?:x|times)\d+$/iu.test(word)) return 'word';
  const parts = word.split(/[-+./_]/u);
  // "pseudo-RAW", "high-IPC", "video-QA", "text-to-RGBX", "sub-10px": words in lower case joined to
  // letters in capitals or to a measure in its unit qualify them as an adjective would
  // ("mini-ImageNet" joins a coined name, "e-SNLI" a letter, "imagenet-1k" and "pallet-block-2696" a
  // size or a number).
  if (
    parts.length > 1 &&
    /^\p{Ll}{3,}$/u.test(parts[0] as string) &&
    parts.slice(0, -1).every((part) => /^\p{Ll}+$/u.test(part)) &&
    /^(?:\p{Lu}{2,}|\d+(?:px|mm|cm|nm|ms|hz|khz|mhz|ghz|db|fps))$/u.test(parts.at(-1) as string)
  )
    return 'word';
  // A compound ending in a lower-case word is an adjective ("LLM-generated", "1-hop", "Persian-language")
  // unless another part is a coined name ("Mind2web-live", "LMSYS-toxic").
  const last = parts.at(-1) as string;
  if (parts.length > 1 && /^\p{Ll}+$/u.test(last)) {
    const coined = parts.slice(0, -1).some((part) => readShape(part) === 'strong');
    if (!coined || ADJECTIVE_PART.test(last)) return 'word';
  }
  if (parts.some((part) => /^.\P{Lu}*\p{Lu}/u.test(part) && /\p{Ll}/u.test(word))) return 'strong';
  if (parts.some((part) => (part.match(/\p{Lu}/gu)?.length ?? 0) >= 2)) return 'strong';
  if (/\p{N}/u.test(word) && /\p{L}{3}/u.test(word)) return 'strong';
  return /^\p{Lu}/u.test(word) ? 'weak' : 'word';
}

/** A sentence as pieces: runs of name-like words, other words and marks. */
export interface Piece {
  kind: 'name' | 'number' | 'word' | 'mark';
  text: string;
  start: number;
  end: number;
  weak: boolean;
  /** A capitalised data noun ending the name: "Waymo Open Dataset", "Open LLM Leaderboard". */
  noun?: string;
}

export function piecesOf(sentence: string): Piece[] {
  const pieces: Piece[] = [];
  const tokens = [...sentence.matchAll(TOKEN)];
  tokens.forEach((match, index) => {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    const shape = shapeOf(text);
    const last = pieces.at(-1);
    const joins = last?.kind === 'name' && !last.noun && sentence.slice(last.end, start) === ' ';
    const isNoun = DATA_NOUN.test(text) || SETTING_NOUN.test(text);
    const nameLike = (shape === 'strong' || shape === 'weak') && !isNoun;
    // A number between a name and its noun is part of the name too: "the CustomConcept 101 dataset";
    // so is one that ends a name in a list: "NTU-RGB+D 60, NTU-RGB+D 120 and NW-UCLA", "Kinetics 400".
    const next = tokens[index + 1]?.[0] ?? '';
    const beforeNoun = DATA_NOUN.test(next);
    const endsListed = /^\d{2,4}$/u.test(text) && /^(?:,|;|\)|and|or)$/u.test(next);
    const version = shape === 'number' && (VERSION.test(text) || beforeNoun || endsListed);
    if (joins && last && (nameLike || version || (isNoun && /^\p{Lu}/u.test(text)))) {
      last.text = sentence.slice(last.start, end);
      last.end = end;
      last.weak &&= shape !== 'strong';
      if (isNoun) last.noun = text;
      return;
    }
    // "Tanks & Temples", "Dungeons & Dragons": an ampersand between two words that are only
    // capitalised joins them into one name; between coined names it lists them ("VAE & BSConv").
    if (text === '&' && joins && last?.weak && shapeOf(tokens[index + 1]?.[0] ?? '') === 'weak') {
      const next = tokens[index + 1] as RegExpExecArray;
      if (sentence.slice(end, next.index) === ' ') {
        last.text = sentence.slice(last.start, end);
        last.end = end;
        return;
      }
    }
    const kind = nameLike ? 'name' : shape === 'number' ? 'number' : shape === 'mark' ? 'mark' : 'word';
    // The first word of a sentence is capitalised whatever it is: not evidence of a name.
    const sentenceStart = pieces.length === 0 && shape === 'weak';
    pieces.push({ kind: sentenceStart ? 'word' : kind, text, start, end, weak: shape !== 'strong' });
  });
  return pieces;
}

export const isWord = (piece: Piece | undefined, pattern: RegExp) =>
  piece !== undefined && piece.kind !== 'name' && pattern.test(piece.text);
export const SEPARATOR = /^(?:,|and|or|&|\/)$/u;
const CONJUNCTION = /^(?:and|or)$/u;
/** A plural data noun ("datasets", "corpora"), not a singular that ends in s ("corpus"). */
export const isPlural = (noun: string) => /(?:[^u]s|corpora)$/iu.test(noun);

export const nounAt = (piece: Piece | undefined) =>
  piece?.kind === 'word' && (DATA_NOUN.test(piece.text) || SETTING_NOUN.test(piece.text));

/** How many pieces a note in brackets after a list's item ("ARC (logic)") may span, brackets included. */
export const MAX_NOTE_PIECES = 6;

export interface Item {
  name: string;
  start: number;
  end: number;
  weak: boolean;
}

/** An ellipsis spelled out: "KITTI 2015 and 2012" names "KITTI 2012". */
function ellipsis(previous: Item | undefined, number: Piece): Item | null {
  const stem = previous?.name.match(/^(.*?[\s-])\d[\d.]*$/u)?.[1];
  return stem ? { name: stem + number.text, start: number.start, end: number.end, weak: previous!.weak } : null;
}

const MAX_PURPOSE_WORDS = 4;

/**
 * "TAU-Bench for tool use agents, WebArena for web agents": a short phrase of purpose after a list's
 * item, up to the comma that goes on with the list; where none follows, the list ends at the item.
 */
function afterPurpose(pieces: Piece[], index: number): number {
  if (pieces[index]?.text !== 'for') return index;
  for (let k = index + 1; k <= index + MAX_PURPOSE_WORDS + 1; k += 1) {
    const piece = pieces[k];
    if (piece?.text === ',' && k > index + 1) return k;
    if (piece?.kind !== 'word' || FUNCTION_WORDS.has(piece.text.toLowerCase())) return index;
  }
  return index;
}

/** Pieces of a relative clause after a list's item, at most. */
const MAX_CLAUSE_PIECES = 20;

/**
 * "GenEval++, which increases instruction complexity, and Imagine-Bench, which …": a relative clause
 * set off by commas after a list's item, up to its closing comma when a conjunction and the next
 * item follow that comma; otherwise the list ends at the item.
 */
function afterRelativeClause(pieces: Piece[], index: number): number {
  if (pieces[index]?.text !== ',' || !/^(?:which|that)$/iu.test(pieces[index + 1]?.text ?? '')) return index;
  for (let k = index + 2; k <= index + MAX_CLAUSE_PIECES && k < pieces.length; k += 1) {
    const piece = pieces[k] as Piece;
    if (/^[:;.()]$/u.test(piece.text)) return index;
    // The clause ends at its first comma: the list goes on only with a conjunction and a name there
    // ("On ZetaPro, which is hard, OurNet improves" names OurNet as the subject, not as data).
    if (piece.text === ',') return isWord(pieces[k + 1], CONJUNCTION) && pieces[k + 2]?.kind === 'name' ? k : index;
  }
  return index;
}

/**
 * A coordinated list of names from piece `index`: "X, Y (note), and Z". Returns the names and the
 * index after the list. A short parenthesis after a name ("ARC (logic)") is skipped.
 */
export function readList(pieces: Piece[], index: number): { items: Item[]; next: number } {
  const items: Item[] = [];
  let next = index;
  let i = index;
  let closed = false;
  while (i < pieces.length) {
    const piece = pieces[i] as Piece;
    // "KADID, KonIQ, LIVE Challenge, and SPAQ": a name ending in its data noun is an item like any other.
    const item = piece.kind === 'name' ? { ...piece, name: piece.text } : null;
    const elided = !item && piece.kind === 'number' ? ellipsis(items.at(-1), piece) : null;
    if (!item && !elided) break;
    items.push((item ?? elided) as Item);
    i += 1;
    next = i;
    if (pieces[i]?.text === '(') {
      const close = pieces.findIndex((p, k) => k > i && p.text === ')');
      if (close > i && close - i <= MAX_NOTE_PIECES) i = close + 1;
    }
    i = afterRelativeClause(pieces, afterPurpose(pieces, i));
    // The item after the conjunction is the last: in "On X and Y, Z improves" Z opens the clause.
    // An elided edition is not ("AIME 2024 and 2025, MATH, and AMC").
    if (closed && !elided) break;
    let j = i;
    while (isWord(pieces[j], SEPARATOR)) j += 1;
    if (j === i || j - i > 2) break;
    closed = pieces.slice(i, j).some((p) => isWord(p, CONJUNCTION));
    i = j;
  }
  return { items, next };
}

/**
 * Words of English joined by hyphens round a function word: "End-to-End", "Plug-and-Play",
 * "Chain-of-Thought". A phrase of the language, not a coinage, whatever its capitals.
 */
export const HYPHENATED_PHRASE = /^\p{L}+(?:-(?:to|of|and|the|in|on|for|by|a|an|or)-\p{L}+)+$/iu;
