import {
  DATA_NOUN,
  EVALUATION_WORD,
  isPlural,
  isWord,
  MAX_NOTE_PIECES,
  nounAt,
  QUANTIFIER,
  readList,
  SEPARATOR,
  type Item,
  type Piece,
} from './name-pieces';
import { FUNCTION_WORDS } from './text';

/**
 * The frames a data noun makes around names: before it ("the KITTI dataset", "X and Y
 * benchmarks") and after it ("datasets such as X, Y and Z", "benchmarks (e.g., X)"). With a noun of
 * things ("models", "GPUs") the same frames name what is not data. The other frames, and how they
 * are put together over a paper, are in find-dataset-names.ts.
 */

/** How a name was framed as data. */
export type DatasetFrame =
  /** Named with a data noun: "the X dataset", "benchmarks such as X". */
  | 'named'
  /** The object of an evaluation: "experiments on X", "accuracy on X and Y". */
  | 'evaluated-on'
  /** Introduced as data: "we present X, a benchmark …", "X: A Dataset for …". */
  | 'introduced';

export interface DatasetMention {
  /** The name as written ("ICDAR 2015"), or as an ellipsis spells it out ("KITTI 2012" for "and 2012"). */
  name: string;
  frame: DatasetFrame;
  /** The words of the text that framed it: the name with its cue. */
  evidence: string;
  /** Only capitalised ordinary words ("Cityscapes", "Natural Questions"), no coined word. */
  weak: boolean;
  /** The data noun that framed it ("dataset", "benchmarks"), if one did. */
  noun?: string;
  /** Names read from one list share a number: a capitalised word counts beside a coined name. */
  list: number;
  /** The acronym of the long form before it, in brackets before the noun: "… sequences (GVCCS) dataset". */
  defined?: boolean;
}

/** Frame words before a list that say what follows are examples of the data noun. */
const EXAMPLE_CUE = /^(?:like|including|includes|include|namely|i\.e\.|e\.g\.|viz\.|called|named|dubbed|termed)$/iu;
/** Of those, the words a paper names something with: "a dataset (named X)", "a benchmark, termed X". */
const NAMING_CUE = /^(?:called|named|dubbed|termed)$/iu;
/** Nouns of things that are not data: models, software and hardware ("the X model", "tools such as Y"). */
export const THING_NOUN =
  /^(?:models?|backbones?|architectures?|encoders?|decoders?|networks?|llms?|vlms?|mllms?|famil(?:y|ies)|series|variants?|checkpoints?|tokenizers?|optimizers?|librar(?:y|ies)|toolkits?|tools?|systems?|engines?|apis?|gpus?|cpus?|npus?|tpus?|devices?|hardware|chips?|robots?)$/iu;
/** Nouns that, right after a name, make it a thing, a method, a part or a measure rather than data. */
const NOT_DATA_NOUN =
  /^(?:methods?|approach(?:es)?|techniques?|pipelines?|frameworks?|algorithms?|platforms?|arms?|agents?|weights|loss|layers?|heads?|modules?|metrics?|scores?|measures?|formats?)$/iu;
const notData = (word: string | undefined) => word !== undefined && (NOT_DATA_NOUN.test(word) || THING_NOUN.test(word));

/** The names of a list that the noun after or in them ("GPUs", "models") does not make something else. */
export function dataItems(pieces: Piece[], list: { items: Item[]; next: number }): Item[] {
  const next = pieces[list.next];
  const items = next?.kind === 'word' && notData(next.text) ? list.items.slice(0, -1) : list.items;
  return items.filter((item) => !notData(item.name.split(' ').at(-1)));
}

/** A data noun of settings ("simulator") names only coined names; a data noun names any. */
const fits = (noun: Piece) => (item: Item) => DATA_NOUN.test(noun.text) || !item.weak;

/** Prepositions the function words leave out: "X across three backbones" is not "X backbones". */
const PREPOSITION =
  /^(?:across|over|into|through|via|under|between|among|within|without|after|before|during|about|against|beyond|towards?|upon|per|using)$/iu;

/** A modifier between a name and its data noun ("abdominal organ segmentation"), not a verb or adverb. */
const isModifier = (piece: Piece | undefined) =>
  piece?.kind === 'word' &&
  !FUNCTION_WORDS.has(piece.text.toLowerCase()) &&
  !PREPOSITION.test(piece.text) &&
  !/(?:ly|[^s]s)$/u.test(piece.text) &&
  !EVALUATION_WORD.test(piece.text);

export type Found = Omit<DatasetMention, 'list'>;

export function mention(
  sentence: string,
  item: Item,
  frame: DatasetFrame,
  cue: { start: number; end: number; noun?: string },
) {
  const evidence = sentence.slice(Math.min(cue.start, item.start), Math.max(cue.end, item.end));
  const found: Found = { name: item.name, frame, evidence, weak: item.weak };
  return cue.noun ? { ...found, noun: cue.noun } : found;
}

const MAX_MODIFIERS = 3;

/**
 * One short acronym or capitalised word before a plural noun names a kind of data, not a dataset:
 * "EEG datasets", "FSOD benchmarks", "IoT datasets", "English corpora" (but "Davis2017 benchmarks").
 */
function isCategory(items: Item[], noun: Piece): boolean {
  return isPlural(noun.text) && namesKind(items);
}

/** One short acronym or one capitalised word: what may name a kind of data rather than a dataset. */
function namesKind(items: Item[]): boolean {
  const only = items.length === 1 ? (items[0] as Item) : null;
  // An acronym: a few letters, mostly capitals ("EEG", "IoT", "U-FSL"), unlike a coined "MedQA".
  const letters = only?.name.replace(/-/gu, '') ?? '';
  const acronym = /^\p{L}{2,5}$/u.test(letters) && /^(?!.*\p{Ll}\p{Ll})(?=.*\p{Lu}.*\p{Lu})/u.test(letters);
  return only !== null && (acronym || only.weak);
}

/** Words that count what follows: "two", "several", "12". */
const COUNT =
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|numerous|diverse|few)$/iu;
/** Words that may stand between a count and what it counts ("two publicly available benchmark"). */
const MAX_LEAD_WORDS = 4;

/** The few words before piece `at`, back to the nearest mark or name. */
function wordsBefore(pieces: Piece[], at: number): string[] {
  const words: string[] = [];
  for (let k = at - 1; k >= 0 && at - k <= MAX_LEAD_WORDS; k -= 1) {
    const piece = pieces[k] as Piece;
    if (piece.kind !== 'word' && piece.kind !== 'number') break;
    words.push(piece.text);
  }
  return words;
}

/**
 * The name before a short note in brackets that ends at piece `at` ("REDS-RE (random-exposure)"),
 * or `at` itself when none does. A name inside the brackets is an acronym, read elsewhere.
 */
function beforeNote(pieces: Piece[], at: number): number {
  if (pieces[at]?.text !== ')') return at;
  for (let open = at - 1; open >= Math.max(1, at - MAX_NOTE_PIECES); open -= 1) {
    const piece = pieces[open] as Piece;
    if (piece.kind === 'name' || piece.text === ')') return at;
    if (piece.text === '(') return pieces[open - 1]?.kind === 'name' ? open - 1 : at;
  }
  return at;
}

/**
 * "X, Y and Z datasets", "the AMOS abdominal organ segmentation dataset", "(GVCCS) dataset"; with
 * a noun of things, "the X and Y models".
 */
export function beforeNoun(sentence: string, pieces: Piece[], at: number): Found[] {
  const noun = pieces[at] as Piece;
  const cue = { end: noun.end, noun: noun.text };
  let i = at - 1;
  while (i >= at - MAX_MODIFIERS && isModifier(pieces[i])) i -= 1;
  if (pieces[i]?.text === ')' && pieces[i - 1]?.kind === 'name' && pieces[i - 2]?.text === '(') {
    const item = { ...(pieces[i - 1] as Piece), name: pieces[i - 1]!.text };
    if (isCategory([item], noun)) return [];
    return [{ ...mention(sentence, item, 'named', { ...cue, start: item.start }), defined: true }];
  }
  // "REDS-ME (multi-exposure) and REDS-RE (random-exposure) benchmarks": a short note in brackets
  // after a name of the list is the name's, as `readList` reads it.
  i = beforeNote(pieces, i);
  // Walk back to the start of the list that ends here, then read it forwards.
  let first = i;
  while (pieces[first]?.kind === 'name' || pieces[first]?.kind === 'number') {
    let k = first - 1;
    while (isWord(pieces[k], SEPARATOR)) k -= 1;
    if (k === first - 1 || first - k > 3) break;
    k = beforeNote(pieces, k);
    if (!(pieces[k]?.kind === 'name' || pieces[k]?.kind === 'number')) break;
    first = k;
  }
  if (pieces[first]?.kind !== 'name') return [];
  const list = readList(pieces, first);
  if (list.next !== i + 1) return [];
  if (isCategory(list.items, noun)) return [];
  // "no publicly available X benchmarks" says there are none; "two public X datasets" counts
  // datasets of a kind X, not one dataset named X.
  const lead = wordsBefore(pieces, first);
  if (lead.some((word) => /^no$/iu.test(word))) return [];
  if (list.items.length === 1 && isPlural(noun.text) && lead.some((word) => COUNT.test(word))) return [];
  // "a large-scale text-rich TIMT dataset" is one dataset of a kind (text image machine translation):
  // a name takes "the", not "a".
  // Only the article of this noun phrase: not the one of "a subset of the Taskonomy dataset".
  const article = lead.find((word) => FUNCTION_WORDS.has(word.toLowerCase()));
  if (!isPlural(noun.text) && namesKind(list.items) && /^an?$/iu.test(article ?? '')) return [];
  const start = list.items[0]!.start;
  return list.items.filter(fits(noun)).map((item) => mention(sentence, item, 'named', { ...cue, start }));
}

/** Prepositions of what data are about or made of: "benchmarks on …", "datasets for …", "corpora of …". */
const ABOUT = /^(?:on|for|of|in|from|with|covering|spanning)$/iu;
/** Words that bring in the means or measure of a phrase, after which a colon lists those. */
const MEANS_WORD = /^(?:using|via|measured|evaluated|scored)$/iu;
/** Words of such a phrase before the comma that ends it, at most. */
const MAX_ABOUT_WORDS = 5;
/**
 * Words of such a phrase before a colon, at most: a colon after a data noun and what the data are
 * for lists them however long the phrase ("benchmarks for a more accurate and challenging
 * assessment of image generation capabilities: X, …").
 */
const MAX_ABOUT_WORDS_BEFORE_COLON = 12;

/**
 * Where the colon or comma that ends a short phrase of words from `at` is, or -1 if none ends it:
 * "benchmarks on long-form synthesis: X, Y", "datasets with trait scores, X and Y, …".
 */
function phraseEnd(pieces: Piece[], at: number): number {
  let means = false;
  for (let k = at + 1; k <= at + MAX_ABOUT_WORDS_BEFORE_COLON + 1 && k < pieces.length; k += 1) {
    const piece = pieces[k] as Piece;
    // "datasets for video animation using the following metrics: …": the colon lists what the phrase
    // goes on to, not the data.
    if (piece.text === ':') return means ? -1 : k;
    means ||= isWord(piece, MEANS_WORD);
    if (piece.text === ',' && k > at + 1) return k <= at + MAX_ABOUT_WORDS + 1 ? k : -1;
    if (piece.kind !== 'word' && piece.text !== '-') return -1;
  }
  return -1;
}

/** "datasets: X, Y", "benchmarks (e.g., X, Y)", "datasets such as X", "the dataset X"; "models such as X". */
export function afterNoun(sentence: string, pieces: Piece[], at: number): Found[] {
  const noun = pieces[at] as Piece;
  let i = at + 1;
  let bareComma = false;
  while (/^[-–—]$/u.test(pieces[i]?.text ?? '')) i += 1;
  // "benchmarks on long-form synthesis: X and Y": what the data are about, then the colon that lists them.
  const end = isWord(pieces[i], ABOUT) ? phraseEnd(pieces, i) : -1;
  if (end > 0) i = end;
  // After a phrase and a comma, names are the noun's only as a list set off by commas.
  const setOff = end > 0 && pieces[end]?.text === ',';
  // "a GI dataset: Gut-VLM.": a colon right after a singular noun may set off the one name it has.
  const colon = end < 0 && pieces[i]?.text === ':';
  if (pieces[i]?.text === ':' || pieces[i]?.text === '(') i += 1;
  else if (pieces[i]?.text === ',') {
    i += 1;
    bareComma = !isWord(pieces[i], EXAMPLE_CUE) && !(pieces[i]?.text === 'such' && pieces[i + 1]?.text === 'as');
    // "a humor dataset, the Zeta Fun Set (ZFS)": a name set off by commas may keep its article.
    if (bareComma && pieces[i]?.text.toLowerCase() === 'the' && pieces[i + 1]?.kind === 'name') i += 1;
  }
  // One dataset the paper names ("a dataset (named X)") is one it introduces, whatever it calls itself.
  const naming = isWord(pieces[i], NAMING_CUE) && !isPlural(noun.text);
  if (pieces[i]?.text === 'such' && pieces[i + 1]?.text === 'as') i += 2;
  else if (isWord(pieces[i], EXAMPLE_CUE)) i += 1;
  if (pieces[i]?.text === ',') i += 1;
  const list = readList(pieces, i);
  // "benchmark X datasets": the first noun modifies the phrase the second one heads.
  if (i === at + 1 && nounAt(pieces[list.next])) return [];
  // A list names things of one kind: beside a coined name, a capitalised word is one too.
  const listed = dataItems(pieces, list);
  const coined = listed.some((item) => !item.weak);
  let items = listed.filter((item) => coined || fits(noun)(item));
  // Names after a noun that points back start a new clause ("On these benchmarks, X outperforms …"),
  // and so may names after a bare comma, unless they are a list of the noun's examples or one name
  // set off by commas ("the benchmark, X, …"), or by its long form ("a dataset, X (Long Form), …").
  const pointsBack = pieces.slice(Math.max(0, at - 3), at).some((p) => isWord(p, QUANTIFIER));
  const after = pieces[list.next]?.text ?? '';
  const appositive = items.length === 1 && !isPlural(noun.text) && /^[,.;(]?$/u.test(after);
  if ((bareComma && ((items.length < 2 && !appositive) || pointsBack)) || (pointsBack && i === at + 1)) items = [];
  if (setOff && !/^[,.;]$/u.test(after)) items = [];
  // "the Zeta Fun Set (ZFS)": what the paper goes on to call it is the acronym in brackets.
  const short = pieces[list.next + 1];
  if (appositive && after === '(' && short?.kind === 'name' && pieces[list.next + 2]?.text === ')')
    items = [{ ...short, name: short.text, end: (pieces[list.next + 2] as Piece).end }];
  // A singular data noun and one name set off by commas (or a colon) name one dataset: "the first benchmark
  // dataset, GazeTrack, covers …" introduces it, even when it is also the paper's own name.
  const frame = naming || ((bareComma || colon) && appositive) ? 'introduced' : 'named';
  return items.map((item) => mention(sentence, item, frame, { start: noun.start, end: item.end, noun: noun.text }));
}
