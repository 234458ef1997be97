import fc from 'fast-check';
import { cleanWhitespace } from '../../src/pipeline/parse-corpus';

/** Strings built from the pieces MDX, Markdown, GFM and HTML give meaning to, mixed with arbitrary text. */
const hostilePiece = fc.constantFrom(
  '{', '}', '{pi_{sft}}', '<', '>', '</', '<script>', '<img onerror=alert(1)>', 'import ', 'export ', '#', '*', '_',
  '~~', '`', '[', '](', 'javascript:', ')', '!', '&', '&amp;', '&#177;', ';', '$', '\\', '-', '+', '=', '|',
  ':', 'https://github.com/a/b', 'www.x.org', '1.', '---', '<!--', '-->', 'S^{2}FT', 'e', ' ', '\t', '\u200b',
  '\u0301', '😀', '日本', 'مرحبا', '> ', '    ',
);
export const hostileText = fc
  .array(fc.oneof(hostilePiece, fc.string({ unit: 'grapheme' })), { maxLength: 24 })
  .map((pieces) => cleanWhitespace(pieces.join('')))
  .filter((text) => text !== '');

