import {
  DATA_NOUN,
  isWord,
  nounAt,
  piecesOf,
  isPlural,
  QUANTIFIER,
  readList,
  SEPARATOR,
  SETTING_NOUN,
  type Item,
  type Piece,
} from './name-pieces';
import { FUNCTION_WORDS, splitSentences, unmark } from './text';

/**
 * Finds the names an abstract gives datasets and benchmarks by the frames English uses for them,
 * not by a list: "the KITTI dataset", "ImageNet and CelebA datasets", "benchmarks (e.g., X, Y)",
 * "datasets such as X, Y and Z", "experiments on X and Y", "we introduce X, a benchmark for …".
 * Only the grammar lives here; whether a name is a metric, a model or a term of the field is for
 * the caller to judge (see extract-datasets.ts).
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
/** Words of results and evaluation: "on X" in their sentence is where the work was tested. */
const EVALUATION_WORD =
  /^(?:experiment|evaluat|result|test|train|fine-?tun|pre-?train|benchmark|validat|perform|accura|achiev|outperform|surpass|state-of-the-art|sota|improv|gain|report|demonstrat|competitive|comparabl|superior|assess|measur|verif|score|rank|generali[sz])/iu;
/** Words that open a sentence before its clause: "Notably, …", "In particular, …". */
const DISCOURSE_WORD =
  /^(?:\p{L}+ly|moreover|furthermore|further|also|finally|in|particular|addition|contrast|then|here)$/iu;
/** Words after which "on" does not introduce data: "based on X", "focus on X", "runs on X". */
const NOT_DATA_GOVERNOR =
  /^(?:based|built|buil(?:d|ds|ding)|rel(?:y|ies|ying|ied)|focus(?:es|ed|ing)?|depend(?:s|ed|ing)?|condition(?:ed|ing)?|cent(?:er|re)d|dr(?:aw|aws|awing|ew)|run(?:s|ning)?|deploy(?:ed|ing)?|implemented|hosted|available|released|published|impact|effects?|influence|emphasis|light|insights?|perspectives?|comments?|attacks?|operat(?:e|es|ed|ing)|executed|inference|top|work|works|research|agents?|robots?)$/iu;
/** Nouns of things that are not data: models, software and hardware ("the X model", "tools such as Y"). */
const THING_NOUN =
  /^(?:models?|backbones?|architectures?|encoders?|decoders?|networks?|llms?|vlms?|mllms?|famil(?:y|ies)|series|variants?|checkpoints?|tokenizers?|optimizers?|librar(?:y|ies)|toolkits?|tools?|systems?|engines?|apis?|gpus?|cpus?|npus?|tpus?|devices?|hardware|chips?|robots?)$/iu;
/** Nouns that, right after a name, make it a thing, a method, a part or a measure rather than data. */
const NOT_DATA_NOUN =
  /^(?:methods?|approach(?:es)?|techniques?|pipelines?|frameworks?|algorithms?|platforms?|arms?|agents?|weights|loss|layers?|heads?|modules?|metrics?|scores?|measures?)$/iu;
const notData = (word: string | undefined) => word !== undefined && (NOT_DATA_NOUN.test(word) || THING_NOUN.test(word));

/** The names of a list that the noun after or in them ("GPUs", "models") does not make something else. */
function dataItems(pieces: Piece[], list: { items: Item[]; next: number }): Item[] {
  const next = pieces[list.next];
  const items = next?.kind === 'word' && notData(next.text) ? list.items.slice(0, -1) : list.items;
  return items.filter((item) => !notData(item.name.split(' ').at(-1)));
}

/** A data noun of settings ("simulator") names only coined names; a data noun names any. */
const fits = (noun: Piece) => (item: Item) => DATA_NOUN.test(noun.text) || !item.weak;

/** A modifier between a name and its data noun ("abdominal organ segmentation"), not a verb or adverb. */
const isModifier = (piece: Piece | undefined) =>
  piece?.kind === 'word' &&
  !FUNCTION_WORDS.has(piece.text.toLowerCase()) &&
  !/(?:ly|[^s]s)$/u.test(piece.text) &&
  !EVALUATION_WORD.test(piece.text);

type Found = Omit<DatasetMention, 'list'>;

function mention(
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
  const only = items.length === 1 ? (items[0] as Item) : null;
  // An acronym: a few letters, mostly capitals ("EEG", "IoT", "U-FSL"), unlike a coined "MedQA".
  const letters = only?.name.replace(/-/gu, '') ?? '';
  const acronym = /^\p{L}{2,5}$/u.test(letters) && /^(?!.*\p{Ll}\p{Ll})(?=.*\p{Lu}.*\p{Lu})/u.test(letters);
  return only !== null && isPlural(noun.text) && (acronym || only.weak);
}

/**
 * "X, Y and Z datasets", "the AMOS abdominal organ segmentation dataset", "(GVCCS) dataset"; with
 * a noun of things, "the X and Y models".
 */
function beforeNoun(sentence: string, pieces: Piece[], at: number): Found[] {
  const noun = pieces[at] as Piece;
  const cue = { end: noun.end, noun: noun.text };
  let i = at - 1;
  while (i >= at - MAX_MODIFIERS && isModifier(pieces[i])) i -= 1;
  if (pieces[i]?.text === ')' && pieces[i - 1]?.kind === 'name' && pieces[i - 2]?.text === '(') {
    const item = { ...(pieces[i - 1] as Piece), name: pieces[i - 1]!.text };
    if (isCategory([item], noun)) return [];
    return [{ ...mention(sentence, item, 'named', { ...cue, start: item.start }), defined: true }];
  }
  // Walk back to the start of the list that ends here, then read it forwards.
  let first = i;
  while (pieces[first]?.kind === 'name' || pieces[first]?.kind === 'number') {
    let k = first - 1;
    while (isWord(pieces[k], SEPARATOR)) k -= 1;
    if (k === first - 1 || first - k > 3 || !(pieces[k]?.kind === 'name' || pieces[k]?.kind === 'number')) break;
    first = k;
  }
  if (pieces[first]?.kind !== 'name') return [];
  const list = readList(pieces, first);
  if (list.next !== i + 1) return [];
  if (isCategory(list.items, noun)) return [];
  const start = list.items[0]!.start;
  return list.items.filter(fits(noun)).map((item) => mention(sentence, item, 'named', { ...cue, start }));
}

/** Prepositions of what data are about or made of: "benchmarks on …", "datasets for …", "corpora of …". */
const ABOUT = /^(?:on|for|of|in|from|covering|spanning)$/iu;
/** Words of such a phrase before its colon, at most. */
const MAX_ABOUT_WORDS = 5;

/** Where the colon that ends a short phrase of words from `at` is, or -1 if none ends it. */
function phraseToColon(pieces: Piece[], at: number): number {
  for (let k = at + 1; k <= at + MAX_ABOUT_WORDS + 1 && k < pieces.length; k += 1) {
    const piece = pieces[k] as Piece;
    if (piece.text === ':') return k;
    if (piece.kind === 'mark' && piece.text !== '-') return -1;
  }
  return -1;
}

/** "datasets: X, Y", "benchmarks (e.g., X, Y)", "datasets such as X", "the dataset X"; "models such as X". */
function afterNoun(sentence: string, pieces: Piece[], at: number): Found[] {
  const noun = pieces[at] as Piece;
  let i = at + 1;
  let bareComma = false;
  while (/^[-–—]$/u.test(pieces[i]?.text ?? '')) i += 1;
  // "benchmarks on long-form synthesis: X and Y": what the data are about, then the colon that lists them.
  const colon = isWord(pieces[i], ABOUT) ? phraseToColon(pieces, i) : -1;
  if (colon > 0) i = colon;
  if (pieces[i]?.text === ':' || pieces[i]?.text === '(') i += 1;
  else if (pieces[i]?.text === ',') {
    i += 1;
    bareComma = !isWord(pieces[i], EXAMPLE_CUE) && !(pieces[i]?.text === 'such' && pieces[i + 1]?.text === 'as');
  }
  if (pieces[i]?.text === 'such' && pieces[i + 1]?.text === 'as') i += 2;
  else if (isWord(pieces[i], EXAMPLE_CUE)) i += 1;
  if (pieces[i]?.text === ',') i += 1;
  const list = readList(pieces, i);
  let items = dataItems(pieces, list).filter(fits(noun));
  // Names after a noun that points back start a new clause ("On these benchmarks, X outperforms …"),
  // and so may names after a bare comma, unless they are a list of the noun's examples or one name
  // set off by commas ("the benchmark, X, …").
  const pointsBack = pieces.slice(Math.max(0, at - 3), at).some((p) => isWord(p, QUANTIFIER));
  const appositive = items.length === 1 && !isPlural(noun.text) && /^[,.;]?$/u.test(pieces[list.next]?.text ?? '');
  if ((bareComma && ((items.length < 2 && !appositive) || pointsBack)) || (pointsBack && i === at + 1)) items = [];
  return items.map((item) => mention(sentence, item, 'named', { start: noun.start, end: item.end, noun: noun.text }));
}

/** "experiments on X and Y", "accuracy across X, Y and Z", "On X (logic) and Y (math), …". */
function evaluatedOn(sentence: string, pieces: Piece[], at: number): Found[] {
  const previous = pieces[at - 1];
  if (previous && previous.kind !== 'mark' && NOT_DATA_GOVERNOR.test(previous.text)) return [];
  // "On X, our method outperforms …", "Notably, on X, …": a fronted phrase of setting is read with
  // the clause it opens.
  const fronted = pieces.slice(0, at).every((piece) => piece.kind === 'mark' || DISCOURSE_WORD.test(piece.text));
  const context = fronted ? pieces : pieces.slice(0, at);
  if (!context.some((piece) => piece.kind === 'word' && EVALUATION_WORD.test(piece.text))) return [];
  let i = at + 1;
  if (pieces[i]?.text.toLowerCase() === 'the') i += 1;
  const cue = pieces[at] as Piece;
  const items = dataItems(pieces, readList(pieces, i));
  return items.map((item) => mention(sentence, item, 'evaluated-on', { start: cue.start, end: item.end }));
}

/** Verbs a paper introduces its own data with. */
const MAKING_VERB =
  /^(?:introduce[sd]?|present(?:s|ed)?|propose[sd]?|release[sd]?|construct(?:s|ed)?|build|built|curate[sd]?|collect(?:s|ed)?|create[sd]?)$/iu;

/** Words an appositive may put between its article and its data noun ("a large-scale, multilingual"). */
const MAX_APPOSITIVE_WORDS = 6;

/** "X, a benchmark for …", "X: A Dataset of …", "X is an open collection of …". */
function introduced(sentence: string, pieces: Piece[], at: number): Found[] {
  let name = pieces[at] as Piece;
  let i = at + 1;
  // "DoWhatISay (DOWIS), a dataset …": the acronym it defines is what the paper calls it.
  if (pieces[i]?.text === '(' && pieces[i + 1]?.kind === 'name' && pieces[i + 2]?.text === ')') {
    name = pieces[i + 1] as Piece;
    i += 3;
  }
  // "X: A Benchmark …" only opens a title or sentence ("… in Low-Resource Settings: A …" does not),
  // or follows a verb of making ("we introduce X: a new benchmark …").
  const opens = at === 0 || isWord(pieces[at - 1], MAKING_VERB);
  if (pieces[i]?.text === ',' || (pieces[i]?.text === ':' && opens) || /^(?:is|are)$/u.test(pieces[i]?.text ?? ''))
    i += 1;
  else return [];
  if (!/^(?:a|an|the|two|three|four|five|\d+)$/iu.test(pieces[i]?.text ?? '')) return [];
  for (let k = i + 1; k <= i + MAX_APPOSITIVE_WORDS + 1 && k < pieces.length; k += 1) {
    const piece = pieces[k] as Piece;
    if (nounAt(piece) || (piece.kind === 'name' && piece.noun)) {
      // The data noun heads the phrase only when no other noun follows it ("a dataset generation pipeline").
      const next = pieces[k + 1];
      if (nounAt(next)) continue;
      const heads =
        !next ||
        next.kind === 'mark' ||
        FUNCTION_WORDS.has(next.text.toLowerCase()) ||
        /(?:ed|ing|ly)$/u.test(next.text);
      const item = { ...name, name: name.text };
      return heads
        ? [mention(sentence, item, 'introduced', { start: name.start, end: piece.end, noun: piece.text })]
        : [];
    }
    if (piece.kind === 'mark' && piece.text !== ',' && piece.text !== '-') return [];
    if (piece.kind === 'word' && FUNCTION_WORDS.has(piece.text.toLowerCase()) && !/^(?:and|of)$/u.test(piece.text))
      return [];
  }
  return [];
}

function mentionsIn(sentence: string, pieces = piecesOf(sentence)): Found[][] {
  const found: Found[][] = [];
  pieces.forEach((piece, index) => {
    if (nounAt(piece)) found.push(beforeNoun(sentence, pieces, index), afterNoun(sentence, pieces, index));
    else if (piece.kind === 'word' && /^(?:on|across)$/iu.test(piece.text))
      found.push(evaluatedOn(sentence, pieces, index));
    else if (piece.kind === 'word' && /^tasks$/iu.test(piece.text)) {
      // "tasks such as X, Y" names benchmarks when X and Y are coined words ("ALFWorld", "GSM8K"),
      // and kinds of task when they are acronyms ("NER", "KGQA") or ordinary words.
      const coined = (found: Found) => !found.weak && (/\p{N}/u.test(found.name) || /\p{Ll}/u.test(found.name));
      found.push(afterNoun(sentence, pieces, index).filter(coined));
    } else if (piece.kind === 'name') {
      found.push(introduced(sentence, pieces, index));
      // "the Waymo Open Dataset" names itself, when more than one ordinary word comes before the noun.
      const words = piece.text.split(' ').length;
      if (piece.noun && (words > 2 || (words === 2 && !piece.weak))) {
        const item = { ...piece, name: piece.text };
        found.push([mention(sentence, item, 'named', { start: piece.start, end: piece.end, noun: piece.noun })]);
      }
    }
  });
  return found;
}

/** The names a sentence frames as things other than data: "the X model", "tools such as Y and Z". */
function thingsIn(sentence: string, pieces: Piece[]): string[] {
  return pieces.flatMap((piece, index) =>
    piece.kind === 'word' && THING_NOUN.test(piece.text)
      ? [...beforeNoun(sentence, pieces, index), ...afterNoun(sentence, pieces, index)].map((found) => found.name)
      : [],
  );
}

/** What the wording of a title and abstract says names are: datasets, and things that are not. */
export interface FramedNames {
  /**
   * Every dataset or benchmark name framed as data, in order of appearance, each name once with
   * its strongest frame (introduced, then named, then evaluated on).
   */
  datasets: DatasetMention[];
  /** Names framed as models, software or hardware ("the HunyuanVideo model"), each once. */
  things: string[];
}

export function findFramedNames(title: string, abstract: string): FramedNames {
  const sentences = [unmark(title), ...splitSentences(unmark(abstract)).map((sentence) => sentence.text)];
  const pieces = sentences.map((sentence) => piecesOf(sentence));
  const things = new Set(sentences.flatMap((sentence, index) => thingsIn(sentence, pieces[index] as Piece[])));
  const lists = sentences.flatMap((sentence, index) => {
    const found = mentionsIn(sentence, pieces[index]);
    // Every word of a title may be capitalised: there only an introduction or a coined name counts.
    return index > 0 ? found : found.map((list) => list.filter((f) => f.frame === 'introduced' || !f.weak));
  });
  const rank: Record<DatasetFrame, number> = { introduced: 0, named: 1, 'evaluated-on': 2 };
  const best = new Map<string, DatasetMention>();
  lists.forEach((list, number) => {
    for (const found of list) {
      const seen = best.get(found.name);
      if (!seen || rank[found.frame] < rank[seen.frame]) best.set(found.name, { ...found, list: number });
    }
  });
  return { datasets: [...best.values()], things: [...things] };
}
