import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../helpers/arbitraries';
import { mdxText, parseMdx, toFrontmatter, toMdxDocument, toMdxParagraph } from '../../src/pipeline/serialise-mdx';

/** Only text (and the links GFM makes of bare URLs) in one paragraph: nothing that could run. */
function isPlainParagraph(body: string): boolean {
  const tree = parseMdx(body);
  const [paragraph] = tree.children;
  return (
    tree.children.length === 1 &&
    paragraph?.type === 'paragraph' &&
    paragraph.children.every(
      (child) =>
        child.type === 'text' ||
        (child.type === 'link' &&
          /^(?:https?:\/\/|mailto:)/u.test(child.url) &&
          child.children.every((c) => c.type === 'text')),
    )
  );
}

describe('toMdxParagraph', () => {
  it.each([
    ['S^{2}FT and O(epsilon^{-3.5})'],
    ['we set {pi_{sft}} and W^{res}'],
    ['Sigma(<R) and <HYBNEXT>'],
    ['import os from "os"'],
    ['export const pwned = 1'],
    ['# not a heading * not emphasis ~~not struck~~'],
    ['<script>alert(1)</script> <img src=x onerror=alert(1)>'],
    ['[a link](javascript:alert(1))'],
    ['&amp; stays &amp; and &#177; stays &#177;'],
    ['$x^2$ costs $5'],
  ])('shows %j as written and nothing else', (text) => {
    const body = toMdxParagraph(text);
    expect(mdxText(body).trim()).toBe(text);
    expect(isPlainParagraph(body)).toBe(true);
  });

  it('round-trips arbitrary hostile text exactly, as a plain paragraph (5,000 cases)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const body = toMdxParagraph(text);
        return isPlainParagraph(body) && mdxText(body) === text;
      }),
      { numRuns: 5000 },
    );
  });
});

describe('toFrontmatter', () => {
  it('round-trips arbitrary strings and YAML specials through the YAML parser (5,000 cases)', () => {
    const special = fc.constantFrom(
      '- ',
      '&a',
      '*a',
      '!!str',
      '---',
      ': ',
      '#',
      '? ',
      '|',
      '>',
      '%',
      '@',
      '`',
      "'",
      '"',
      'null',
      'true',
      '0x1',
      '1e3',
      '~',
    );
    const text = fc
      .array(fc.oneof(special, fc.string({ unit: 'grapheme' })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (title, list) => {
        const data = { title, list, nested: { [title || 'k']: title } };
        return JSON.stringify(parseYaml(toFrontmatter(data))) === JSON.stringify(data);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps long strings on one line so regenerated files diff line by line', () => {
    const long = 'word '.repeat(100).trim();
    expect(toFrontmatter({ long }).trim().split('\n')).toHaveLength(1);
  });
});

describe('toMdxDocument', () => {
  it('puts the frontmatter between fences before the body', () => {
    const doc = toMdxDocument({ title: 'A: B' }, 'Body\n');
    expect(doc).toBe('---\ntitle: "A: B"\n---\n\nBody\n');
  });
});
