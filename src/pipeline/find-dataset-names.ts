import {
  afterNoun,
  beforeNoun,
  dataItems,
  mention,
  THING_NOUN,
  type DatasetFrame,
  type DatasetMention,
  type Found,
} from './data-noun-frames';
import { fromSource } from './data-sources';
import {
  BENCHMARK_NAME,
  EVALUATION_WORD,
  isPlural,
  isWord,
  nounAt,
  piecesOf,
  QUANTIFIER,
  readList,
  type Piece,
} from './name-pieces';
import { FUNCTION_WORDS, splitSentences, unmarkNames } from './text';

/**
 * Finds the names an abstract gives datasets and benchmarks by the frames English uses for them,
 * not by a list: "the KITTI dataset", "ImageNet and CelebA datasets", "benchmarks (e.g., X, Y)",
 * "datasets such as X, Y and Z", "experiments on X and Y", "we introduce X, a benchmark for …".
 * Only the grammar lives here; whether a name is a metric, a model or a term of the field is for
 * the caller to judge (see extract-datasets.ts).
 */

export type { DatasetFrame, DatasetMention } from './data-noun-frames';

/** Words that open a sentence before its clause: "Notably, …", "In particular, …". */
const DISCOURSE_WORD =
  /^(?:\p{L}+ly|moreover|furthermore|further|also|finally|in|particular|addition|contrast|then|here)$/iu;
/** Words of speed: what is run faster is a model or a system, not data. */
const SPEED_WORD = /^(?:speed-?ups?|accelerat(?:e|es|ed|ing|ion)|faster|slower|latency|latencies|throughput)$/iu;
/** Words after which "on" does not introduce data: "based on X", "focus on X", "runs on X". */
const NOT_DATA_GOVERNOR =
  /^(?:based|built|buil(?:d|ds|ding)|rel(?:y|ies|ying|ied)|focus(?:es|ed|ing)?|depend(?:s|ed|ing)?|condition(?:ed|ing)?|cent(?:er|re)d|dr(?:aw|aws|awing|ew)|run(?:s|ning)?|deploy(?:ed|ing)?|implemented|hosted|available|released|published|impact|effects?|influence|emphasis|light|insights?|perspectives?|comments?|attacks?|operat(?:e|es|ed|ing)|executed|inference|top|work|works|research|agents?|robots?)$/iu;
/** Words a phrase naming data by its noun may have before the noun: "our two new". */
const MAX_DATA_PHRASE_WORDS = 3;

/**
 * The piece after "our new benchmarks and" from piece `at`: a few plain words ending in a plural
 * data noun, then a conjunction; `at` itself when the text there is not such a phrase.
 */
function pastDataPhrase(pieces: Piece[], at: number): number {
  for (let k = at; k <= at + MAX_DATA_PHRASE_WORDS; k += 1) {
    const piece = pieces[k];
    // "On these benchmarks, ZetaNet outperforms …": a phrase that points back names no data after it.
    if ((piece?.kind !== 'word' && piece?.kind !== 'number') || QUANTIFIER.test(piece.text)) return at;
    if (nounAt(piece)) return isPlural(piece.text) && /^(?:and|,)$/u.test(pieces[k + 1]?.text ?? '') ? k + 2 : at;
  }
  return at;
}

/** "experiments on X and Y", "accuracy across X, Y and Z", "On X (logic) and Y (math), …". */
function evaluatedOn(sentence: string, pieces: Piece[], at: number): Found[] {
  const previous = pieces[at - 1];
  if (previous && previous.kind !== 'mark' && NOT_DATA_GOVERNOR.test(previous.text)) return [];
  // "On X, our method outperforms …", "Notably, on X, …": a fronted phrase of setting is read with
  // the clause it opens.
  const fronted = pieces.slice(0, at).every((piece) => piece.kind === 'mark' || DISCOURSE_WORD.test(piece.text));
  const context = fronted ? pieces : pieces.slice(0, at);
  // Without a word of evaluation, only names that say they are benchmarks ("drops on VBench-2.0").
  // Nor where the measure nearest before the cue is one of speed: "1.9x speedups … on Wan2.2 and
  // HunyuanVideo", "demonstrated faster decoding on xDiT" measure a model or a system run faster,
  // not data.
  const measure = context.findLast(
    (piece) => piece.kind === 'word' && (EVALUATION_WORD.test(piece.text) || SPEED_WORD.test(piece.text)),
  );
  const evaluation = measure !== undefined && !SPEED_WORD.test(measure.text);
  let i = at + 1;
  // "on both X and Y", "on either X or Y": the first of a pair of names, not a quantifier of a noun.
  if (/^(?:both|either)$/iu.test(pieces[i]?.text ?? '') && pieces[i + 1]?.kind === 'name') i += 1;
  if (pieces[i]?.text.toLowerCase() === 'the') i += 1;
  // "on our new benchmarks and GoPro": data the phrase names by their noun, then the names.
  i = pastDataPhrase(pieces, i);
  const cue = pieces[at] as Piece;
  const list = readList(pieces, i);
  // "on Real-World datasets": capitalised words before a data noun qualify it.
  const qualifies = nounAt(pieces[list.next]);
  const items = dataItems(pieces, list).filter(
    (item) => (evaluation || BENCHMARK_NAME.test(item.name)) && !(item.weak && qualifies),
  );
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
  // "DefenderBench, a toolkit for evaluating agents": a name that says it is a benchmark is one.
  if (BENCHMARK_NAME.test(name.text))
    return [mention(sentence, { ...name, name: name.text }, 'introduced', { start: name.start, end: name.end })];
  for (let k = i + 1; k <= i + MAX_APPOSITIVE_WORDS + 1 && k < pieces.length; k += 1) {
    const piece = pieces[k] as Piece;
    // "a new Chart Question Answering (QA) benchmark": an acronym in brackets is part of the phrase.
    if (piece.text === '(' && pieces[k + 2]?.text === ')') {
      k += 2;
      continue;
    }
    // "(VRDU), a critical challenge involving …": a challenge there is a problem, not a contest.
    if (piece.kind === 'word' && /^challenges?$/iu.test(piece.text)) return [];
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
    else if (piece.kind === 'word' && /^(?:from|of)$/iu.test(piece.text))
      found.push(fromSource(sentence, pieces, index));
    else if (piece.kind === 'word' && /^tasks$/iu.test(piece.text)) {
      // "tasks such as X, Y" names benchmarks when X and Y are coined words ("ALFWorld", "GSM8K"),
      // and kinds of task when they are acronyms ("NER", "KGQA") or ordinary words.
      const coined = (found: Found) => !found.weak && (/\p{N}/u.test(found.name) || /\p{Ll}/u.test(found.name));
      // A list names things of one kind: a capitalised word beside a coined name is one too ("Jericho").
      const listed = afterNoun(sentence, pieces, index);
      const kind = listed.some(coined) ? (f: Found) => coined(f) || f.weak : coined;
      found.push(listed.filter(kind));
    } else if (piece.kind === 'name') {
      found.push(introduced(sentence, pieces, index));
      // "the Waymo Open Dataset" names itself, when more than one ordinary word comes before the noun.
      const words = piece.text.split(' ').length;
      // After "a" or a title's colon, ordinary capitalised words describe data ("X: A Large-Scale
      // Video Dataset", "X: High-Quality UHD Video Dataset"), unlike a coined one ("X: CPsDD Dataset").
      const described =
        /^(?:a|an|:)$/iu.test(pieces[index - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*\s/u.test(piece.text);
      if (piece.noun && !described && (words > 2 || (words === 2 && !piece.weak))) {
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
  const sentences = [unmarkNames(title), ...splitSentences(unmarkNames(abstract)).map((sentence) => sentence.text)];
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
