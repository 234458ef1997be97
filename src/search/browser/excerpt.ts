import { wordsOf } from '../shared/index-format';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A window of about `length` words of a text around its first match, HTML-escaped, with every
 * word that `isMatch` accepts in `<mark>`.
 */
export function excerptOf(text: string, isMatch: (word: string) => boolean, length = 30): string {
  const tokens = text.split(/(\s+)/u).filter((token) => token !== '');
  const isWord = (token: string) => !/^\s+$/u.test(token);
  const matches = (token: string) => wordsOf(token).some(isMatch);
  const wordIndexes = tokens.map((token, index) => (isWord(token) ? index : -1)).filter((index) => index >= 0);
  const firstMatch = wordIndexes.findIndex((index) => matches(tokens[index] as string));
  const startWord = Math.max(0, (firstMatch < 0 ? 0 : firstMatch) - Math.floor(length / 3));
  const chosen = wordIndexes.slice(startWord, startWord + length);
  if (chosen.length === 0) return '';
  const from = chosen[0] as number;
  const to = chosen[chosen.length - 1] as number;
  const body = tokens
    .slice(from, to + 1)
    .map((token) => (isWord(token) && matches(token) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token)))
    .join('');
  // Ellipses only where words were cut, not for spaces around the text.
  return `${from > (wordIndexes[0] as number) ? '… ' : ''}${body}${to < (wordIndexes[wordIndexes.length - 1] as number) ? ' …' : ''}`;
}
