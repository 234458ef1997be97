/**
 * "PointNet++", "GAMA++": the field writes a method's successor as its name with "++", by the same
 * or other authors. The earlier method is the one the work extends, even when it is a bare acronym
 * that elsewhere could be anything.
 */
import { splitSentences } from './text';

const SUCCESSOR = /^(\p{L}[\p{L}\p{N}.-]*?[\p{L}\p{N}])\+\+$/u;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Where a name is not another's: a link's path ("github.com/x/GAMA"), or the object of a verb of
 * making ("we propose GAMA", in the longer version of the paper that first named it).
 */
const NOT_ANOTHERS_BEFORE = /(?:\/|\b(?:propose|present|introduce)[sd]?\s+)$/iu;
/** What continues a name after it: a letter, a digit, a "+" or a hyphenated word. */
const GOES_ON = /^(?:[\p{L}\p{N}+]|-\p{L})/u;

/** Whether the text at `at` (of `length`) is a word of its own: not "GAMA++", "GAMA-Net" or "xGAMA". */
function writtenAlone(text: string, at: number, length: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text.slice(at + length, at + length + 2);
  return (
    !WORD_CHAR.test(before) &&
    before !== '-' &&
    before !== '_' &&
    !GOES_ON.test(after) &&
    !NOT_ANOTHERS_BEFORE.test(text.slice(Math.max(0, at - 12), at))
  );
}

/**
 * The method a paper's own name says it succeeds, when the abstract also writes that name alone
 * (not followed by "+", nor glued to other letters): the sentence that does, as evidence.
 */
export function successorBase(ownName: string | null, abstract: string): { name: string; evidence: string } | null {
  const base = ownName?.trim().match(SUCCESSOR)?.[1];
  if (!base) return null;
  let at = abstract.indexOf(base);
  while (at >= 0 && !writtenAlone(abstract, at, base.length)) at = abstract.indexOf(base, at + 1);
  if (at < 0) return null;
  // The sentence as every other relation's evidence is cut (`splitSentences`), so pages can mark it.
  const sentence = splitSentences(abstract).findLast((candidate) => candidate.start <= at);
  return { name: base, evidence: sentence?.text ?? abstract };
}
