import { dataItems, mention, type Found } from './data-noun-frames';
import { DATA_NOUN, readList, type Piece } from './name-pieces';
import { FUNCTION_WORDS } from './text';

/**
 * Data named as the source of other data: "the autoScan dataset from the Dark Energy Survey (DES)",
 * "the TED test sets from IWSLT2017", "a subset of MIMIC-IV". The noun before "from" or "of" says
 * the words after it are where data comes from, which a name there makes a dataset.
 */

/** Parts of data, which come from a dataset ("test sets from X") or are cut from one ("a subset of X"). */
const PART_NOUN = /^(?:(?:sub)?sets|subsets?|splits?|portions?|partitions?|subsamples?)$/iu;

/**
 * Coined names after "from" or "of" at `at`, after a data noun ("dataset from X") or a noun of parts
 * ("sets from X", "a subset of X"). Capitalised ordinary words there are mostly places, platforms
 * and organisations ("from the Mediterranean Sea", "from Kaggle"): they count only when the text
 * gives them an acronym, which it then goes on to use ("the Dark Energy Survey (DES)").
 */
export function fromSource(sentence: string, pieces: Piece[], at: number): Found[] {
  const preposition = pieces[at] as Piece;
  const before = pieces[at - 1];
  if (before?.kind !== 'word') return [];
  const from = preposition.text.toLowerCase() === 'from';
  const part = PART_NOUN.test(before.text) && (from || !/^sets$/iu.test(before.text));
  if (!part && !(from && DATA_NOUN.test(before.text))) return [];
  let i = at + 1;
  if (pieces[i]?.text.toLowerCase() === 'the') i += 1;
  const list = readList(pieces, i);
  const after = pieces[list.next];
  // "a subset of NSW classes": a name before a noun qualifies it.
  if (!from && after?.kind === 'word' && !FUNCTION_WORDS.has(after.text.toLowerCase())) return [];
  const short = pieces[list.next + 1];
  if (list.items.length === 1 && after?.text === '(' && short?.kind === 'name' && pieces[list.next + 2]?.text === ')')
    return [mention(sentence, { ...short, name: short.text }, 'named', { start: before.start, end: short.end })];
  const items = dataItems(pieces, list).filter((item) => !item.weak);
  return items.map((item) => mention(sentence, item, 'named', { start: before.start, end: item.end }));
}
