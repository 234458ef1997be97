import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayMath, displayText, visibleText } from '../../src/lib/display-math';
import { hostileText } from '../helpers/arbitraries';

/** The rendered form with the hidden LaTeX marks left out, as compact HTML: `S<sup>2</sup>FT`. */
function shown(source: string): string {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node) => {
      if (node.type !== 'element') return [node];
      const classes = (node.properties.className as string[] | undefined) ?? [];
      if (classes.includes('tex')) return [];
      if (classes.includes('math')) return strip(node.children);
      return [{ ...node, properties: {}, children: strip(node.children) }];
    });
  return toHtml({ type: 'root', children: strip(displayMath(source)) });
}

describe('displayMath renders the LaTeX-ish fragments of scraped titles and abstracts', () => {
  it.each([
    ['a braced superscript', 'S^{2}FT: Efficient', 'S<sup>2</sup>FT: Efficient'],
    ['a Greek base and a negative exponent', 'O(epsilon^{-3.5})', 'O(ε<sup>−3.5</sup>)'],
    ['a word as superscript', 'a residual matrix W^{res}, which', 'a residual matrix W<sup>res</sup>, which'],
    ['a nested subscript inside a superscript', 'Q^{pi_{sft}}', 'Q<sup>π<sub>sft</sub></sup>'],
    ['a braced subscript on a Greek base', 'model rho_{BL} aligned', 'model ρ<sub>BL</sub> aligned'],
    [
      'bare one-letter scripts and a transpose',
      'W_p = U_p Sigma_p V^top_p,',
      'W<sub>p</sub> = U<sub>p</sub> Σ<sub>p</sub> V<sup>⊤</sup><sub>p</sub>,',
    ],
    ['a star', 'optimal Q-function (Q^*), which', 'optimal Q-function (Q<sup>*</sup>), which'],
    ['digits in big-O costs', 'O(dm + m^2) and O(dm + m^3)', 'O(dm + m<sup>2</sup>) and O(dm + m<sup>3</sup>)'],
    ['a chemical-style subscript', 'algorithm H_2O to accelerate', 'algorithm H<sub>2</sub>O to accelerate'],
    [
      'LaTeX inline delimiters',
      'attention (S\\(^2\\)-Attn), effectively',
      'attention (S<sup>2</sup>-Attn), effectively',
    ],
    [
      'dollar maths with a command',
      'the $\\alpha$-divergence and $x_i^2$',
      'the α-divergence and x<sub>i</sub><sup>2</sup>',
    ],
    [
      'times glued to a number',
      'up to 3times and by 1.5-2.7times, at 256times256.',
      'up to 3× and by 1.5-2.7×, at 256×256.',
    ],
  ])('%s', (_name, source, expected) => {
    expect(shown(source)).toBe(expected);
  });

  it.each([
    ['prices in dollars', 'costs $5 and $10 per run'],
    ['identifiers with underscores', 'the max_length and snake_case options'],
    ['Greek names in prose', 'an epsilon-approximate point, alpha-divergences, PixArt-alpha'],
    ['the word times', 'sometimes 20x times faster, 2-4 times'],
    ['carets and underscores inside URLs', 'see https://github.com/a_b/c^d_e for code'],
    ['a caret with nothing to attach to', 'a ^ b and _private'],
    ['names that are object properties', 'constructor_toString and x^constructor'],
    ['HTML-looking text', 'a token <HYBNEXT> and <b>bold</b> & more'],
  ])('leaves %s as written', (_name, source) => {
    expect(visibleText(source)).toBe(source);
    expect(displayMath(source).every((node) => node.type === 'text')).toBe(true);
  });

  it('keeps the LaTeX marks in the text a reader copies, hidden from sight and from screen readers', () => {
    expect(displayText('S^{2}FT and O(epsilon^{-3.5})')).toBe('S^{2}FT and O(ε^{−3.5})');
    expect(visibleText('S^{2}FT and O(epsilon^{-3.5})')).toBe('S2FT and O(ε−3.5)');
    const html = toHtml({ type: 'root', children: displayMath('S^{2}FT') });
    expect(html).toBe(
      'S<sup><span class="tex" aria-hidden="true">^{</span>2<span class="tex" aria-hidden="true">}</span></sup>FT',
    );
  });

  it('never produces an element other than sup, sub and span, whatever the text', () => {
    const tags = (nodes: ElementContent[]): string[] =>
      nodes.flatMap((node) => (node.type === 'element' ? [node.tagName, ...tags(node.children)] : []));
    fc.assert(
      fc.property(hostileText, (source) => {
        expect(tags(displayMath(source)).filter((tag) => !['sup', 'sub', 'span'].includes(tag))).toEqual([]);
        // Serialised, the corpus text is escaped: no tag of its own survives.
        expect(toHtml({ type: 'root', children: displayMath(source) })).not.toMatch(/<(?!\/?(?:sup|sub|span)[\s>])/u);
      }),
    );
  });

  it('loses no letter: what is copied is what was written, up to the symbols it shows', () => {
    fc.assert(
      fc.property(hostileText, (source) => {
        const copied = displayText(source);
        const symbolsAsWritten = /[α-ωΑ-Ω×⊤−∗†′∞≤≥≠≈∼±ℓ∈→·√∑∏∇∂∣]/u;
        if (!symbolsAsWritten.test(copied) && !/\\[A-Za-z]|times/u.test(source)) expect(copied).toBe(source);
      }),
    );
  });
});
