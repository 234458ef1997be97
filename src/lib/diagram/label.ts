/**
 * Label text: one normal form shared by the Mermaid source, the SVG and the text equivalent,
 * and a width estimate for laying nodes out without a browser.
 */

/**
 * The form in which a label is shown: line breaks kept (CR LF and CR become LF), other control
 * characters and runs of spaces collapsed to one space, each line trimmed, blank lines dropped,
 * and unpaired surrogates and the noncharacters U+FFFE and U+FFFF replaced with U+FFFD.
 * Everything else, including markup-like text such as `<b>` or `#35;`, is kept as written.
 */
export function normalizeLabel(raw: string): string {
  return (
    raw
      .replace(/\r\n?|[\u2028\u2029]/gu, '\n')
      // Control characters have no glyph, and most are not allowed in XML at all.
      .replace(/[^\P{Cc}\n]/gu, ' ')
      // With the u flag only unpaired surrogates match; they cannot be encoded in UTF-8. U+FFFE
      // and U+FFFF are not characters and not allowed in XML.
      .replace(/[\uD800-\uDFFF\uFFFE\uFFFF]/gu, '\uFFFD')
      // Browsers collapse runs of spaces in SVG and HTML text anyway, and Mermaid trims labels:
      // normalising here makes every output agree on the same text.
      .replace(/ {2,}/gu, ' ')
      .split('\n')
      .map((line) => line.replace(/^ +| +$/gu, ''))
      .filter((line) => line.length > 0)
      .join('\n')
  );
}

/** Font size of node labels in the SVG, in px. */
export const LABEL_FONT_SIZE = 14;

/** Height of one label line in the SVG, in px. */
export const LABEL_LINE_HEIGHT = 18;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Splits text into user-perceived characters, so an emoji sequence or a letter with accents is never cut. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

const NARROW = new Set([..." il.,:;'|!ìíîïI1"]);
const SEMI_NARROW = new Set([...'fjtr()[]{}/\\-"`*']);
const WIDE = new Set([...'mwMW@%']);

/**
 * Width of one grapheme in em. The figures follow DejaVu Sans, the widest of the common `system-ui`
 * fonts, so boxes are never too small for their text; narrower fonts just get more padding.
 */
function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0) ?? 0;
  if (/^\p{M}/u.test(grapheme)) return 0;
  if (isWideCodePoint(code) || /\p{Extended_Pictographic}/u.test(grapheme)) return 1;
  if (NARROW.has(grapheme)) return 0.32;
  if (SEMI_NARROW.has(grapheme)) return 0.45;
  if (WIDE.has(grapheme)) return 0.98;
  if (code >= 0x41 && code <= 0x5a) return 0.74;
  return 0.64;
}

/** East Asian wide and fullwidth ranges: ideographs, kana, hangul, fullwidth forms. */
function isWideCodePoint(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Estimated rendered width of a single line of text, in px. */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE, bold = false): number {
  let em = 0;
  for (const grapheme of graphemes(text)) em += graphemeWidth(grapheme);
  // Bold glyphs of sans-serif fonts run about 8 % wider.
  return em * fontSize * (bold ? 1.08 : 1);
}

/**
 * Breaks a normalised label into lines no wider than `maxWidth` px: at its own line breaks, then
 * between words, and inside a word only when the word alone is wider than `maxWidth`.
 * Only the drawing is wrapped; the label's text is unchanged.
 */
export function wrapLabel(label: string, maxWidth: number, fontSize = LABEL_FONT_SIZE, bold = false): string[] {
  const lines: string[] = [];
  const width = (text: string): number => estimateTextWidth(text, fontSize, bold);
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      if (width(word) > maxWidth) {
        // A word wider than a whole line (a long hyphenated name, a URL) is cut between graphemes.
        let piece = '';
        for (const grapheme of graphemes(word)) {
          if (piece !== '' && width(piece + grapheme) > maxWidth) {
            lines.push(piece);
            piece = '';
          }
          piece += grapheme;
        }
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}
