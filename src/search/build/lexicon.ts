import { encodeLexicon } from '../shared/codec';
import { reversed, type LexiconPayload } from '../shared/index-format';
import { separators } from './separators';

/** A word list cut into files: the first entry of each, and the files. */
export interface LexiconFiles {
  starts: string[];
  files: LexiconPayload[];
}

/** Words a misspelling is corrected to: of three letters or more, a–z only (no numbers, no other scripts). */
const CORRECTABLE = /^[a-z]{3,}$/u;

const sharedLength = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
};

/**
 * Cuts a sorted list into files of about `chars` characters. A file ends, once it is most of the
 * way full, where the next entry shares the fewest letters with the one before it: a correction
 * reads the one file its word falls in, and words that begin alike then share a file.
 */
function cut(entries: ReadonlyArray<readonly [string, number]>, chars: number): LexiconFiles {
  const files: LexiconFiles = { starts: [], files: [] };
  const bounds: Array<{ first: string; last: string }> = [];
  let start = 0;
  let size = 0;
  const close = (end: number) => {
    bounds.push({ first: entries[start]?.[0] as string, last: entries[end - 1]?.[0] as string });
    files.files.push(encodeLexicon(entries.slice(start, end)));
    start = end;
    size = 0;
  };
  entries.forEach(([word], index) => {
    if (index > start) {
      const shared = sharedLength(entries[index - 1]?.[0] as string, word);
      if ((size > 0.75 * chars && shared <= 1) || (size > 0.9 * chars && shared <= 2) || size > 1.25 * chars)
        close(index);
    }
    size += word.length + 2;
  });
  if (start < entries.length) close(entries.length);
  files.starts = separators(bounds);
  return files;
}

/**
 * The word lists corrections read, from each indexed word and the number of documents it is in:
 * the words in alphabetical order, and spelled backwards in alphabetical order, so that a word
 * misspelled near its end is found among words that begin alike, and one misspelled near its
 * beginning among words that end alike.
 */
export function buildLexicon(
  documentsOf: ReadonlyMap<string, number>,
  chars: number,
): { forward: LexiconFiles; backward: LexiconFiles } {
  const words = [...documentsOf].filter(([word]) => CORRECTABLE.test(word));
  const byCodeUnit = (a: readonly [string, number], b: readonly [string, number]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  return {
    forward: cut(words.sort(byCodeUnit), chars),
    backward: cut(words.map(([word, count]) => [reversed(word), count] as const).sort(byCodeUnit), chars),
  };
}
