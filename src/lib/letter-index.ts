/**
 * Alphabetical lists split into pages (src/lib/list-pages.ts) keep a way to jump by letter: each
 * page shows its items under letter headings, and an index of letters leads to the page and
 * heading where each letter starts, wherever the page breaks fall.
 */

/** The heading letter of a text: its first letter, unaccented and upper-case, or `#` for a digit, symbol or formula. */
export function letterOf(text: string): string {
  const first = text.normalize('NFD').charAt(0);
  return /^[a-z]$/iu.test(first) ? first.toUpperCase() : '#';
}

/** The fragment id of a letter's heading: `letter-a`, and `letter-other` for `#`. */
export function letterAnchor(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;
}

/** A run of items under one letter heading on a page; the heading where the letter starts in the whole list carries its anchor. */
export interface LetterGroup<T> {
  letter: string;
  /** `letterAnchor(letter)` on the letter's first heading in the list, null on the headings that continue it. */
  anchor: string | null;
  items: T[];
}

/** Where a letter starts in a list split into pages. */
export interface LetterTarget {
  letter: string;
  /** The page (from 1) holding the letter's first item. */
  page: number;
  anchor: string;
}

/**
 * The items of each page grouped under letter headings, and where each letter starts. Items keep
 * their order: a letter met again after another (a sort that is not by first letter) gets a second
 * heading, without the anchor.
 */
export function groupByLetter<T>(
  pages: ReadonlyArray<readonly T[]>,
  textOf: (item: T) => string,
): { pages: Array<Array<LetterGroup<T>>>; letters: LetterTarget[] } {
  const letters: LetterTarget[] = [];
  const seen = new Set<string>();
  const grouped = pages.map((items, index) => {
    const groups: Array<LetterGroup<T>> = [];
    for (const item of items) {
      const letter = letterOf(textOf(item));
      const last = groups.at(-1);
      if (last?.letter === letter) {
        last.items.push(item);
        continue;
      }
      const anchor = seen.has(letter) ? null : letterAnchor(letter);
      if (anchor) letters.push({ letter, page: index + 1, anchor });
      seen.add(letter);
      groups.push({ letter, anchor, items: [item] });
    }
    return groups;
  });
  return { pages: grouped, letters };
}
