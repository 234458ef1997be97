import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayMath, displayText, visibleText } from '../../src/lib/math/display-math';
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

  it('never produces an element or attribute of its own making, whatever the text', () => {
    const allowed = /^(?:sup|sub|span|strong|em|code|u|a|math|m[a-z]+|semantics|none)$/u;
    const check = (nodes: ElementContent[]): void => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        expect(node.tagName).toMatch(allowed);
        for (const name of Object.keys(node.properties)) expect(name).not.toMatch(/^on/iu);
        if (node.tagName === 'a') expect(String(node.properties.href)).toMatch(/^(?:https?:\/\/|mailto:)/iu);
        check(node.children);
      }
    };
    fc.assert(
      fc.property(hostileText, (source) => {
        check(displayMath(source));
        // Serialised, the corpus text is escaped: no tag outside the allowed ones survives.
        expect(toHtml({ type: 'root', children: displayMath(source) })).not.toMatch(
          /<(?!\/?(?:sup|sub|span|strong|em|code|u|a|math|m[a-z]+|semantics|none)[\s>])/u,
        );
      }),
    );
  });

  it('loses no letter: what is copied is what was written, up to the symbols it shows', () => {
    fc.assert(
      fc.property(hostileText, (source) => {
        const copied = displayText(source);
        const symbolsAsWritten = /[α-ωΑ-Ω×⊤−∗†′∞≤≥≠≈∼±ℓ∈→·√∑∏∇∂∣°…§]|\[[a-z, ]*\]|e\.g\.|i\.e\./u;
        if (!symbolsAsWritten.test(copied) && !/\\[A-Za-z]|times/u.test(source)) expect(copied).toBe(source);
      }),
    );
  });
});

/** The MathML of each formula in the rendered text, as compact HTML. */
const formulas = (source: string) =>
  displayMath(source)
    .flatMap((node) => (node.type === 'element' && node.tagName === 'span' ? node.children : []))
    .filter((node) => node.type === 'element' && node.tagName === 'math')
    .map((node) => toHtml(node));

describe('displayMath typesets TeX with Temml', () => {
  it.each([
    ['a fraction', 'ratio $\\frac{a}{b}$ here', '<mfrac><mi>a</mi><mi>b</mi></mfrac>'],
    ['a blackboard letter', 'on $\\mathbb{S}$', '<mi>𝕊</mi>'],
    ['a root', 'rate $O(\\sqrt{T})$', '<msqrt><mi>T</mi></msqrt>'],
    ['a relation between a closing dollar and digits', 'with ($\\geq$75\\%) agreement', '≥'],
    ['LaTeX inline delimiters', 'attention (S\\(^2\\)-Attn), effectively', '<mn>2</mn>'],
    ['a command written in prose', 'only 8.5\\mathrm{B} parameters', 'mathvariant="normal">B</mi>'],
    ['a percent sign inside maths', 'up $88.94%$ and more', '%'],
    ['a character named by \\unicode', 'range $\\unicode{x2013}$ ok', '–'],
  ])('%s', (_name, source, expected) => {
    expect(formulas(source).join('')).toContain(expected);
  });

  it('shows a formula it cannot read as its source, in code, and nothing half-drawn', () => {
    const nodes = displayMath('bad $\\frac{a}{$ here and \\ourmethod too');
    expect(toHtml({ type: 'root', children: nodes })).toBe(
      'bad <code class="tex-source">$\\frac{a}{$</code> here and <code class="tex-source">\\ourmethod</code> too',
    );
  });

  it('keeps the source of each formula beside it, hidden from sight and screen readers, and out of search only as MathML', () => {
    const [span] = displayMath('$x^2$');
    expect(toHtml(span!)).toMatch(
      /^<span class="math"><span class="tex" aria-hidden="true">\$x\^2\$<\/span><math data-pagefind-ignore="all">/u,
    );
    expect(displayText('a $x^2$ b')).toBe('a $x^2$ b');
  });

  it.each([
    [
      'escaped characters as themselves',
      'a 9\\% gain for \\$2.5 trillion \\& more',
      'a 9% gain for $2.5 trillion & more',
    ],
    ['prices', 'costs $5 and $10 per run', 'costs $5 and $10 per run'],
    ['a bare dollar', 'a ratio ($0.12/F1 point)', 'a ratio ($0.12/F1 point)'],
    ['text-mode styles', 'we propose \\textbf{Fast} and {\\em light} models', 'we propose Fast and light models'],
    ['a fraction in a title', 'The $\\frac{a+b}{2}$ rule', 'The (a+b)/2 rule'],
    ['scripts in a title', 'Scaling $O(n^2)$ and $x_1$', 'Scaling O(n²) and x₁'],
    ['relations with spaces', 'when $a\\leq b$', 'when a ≤ b'],
    ['a link in maths', 'Code: $\\href{https://x.org/a}{\\text{this https URL}}$.', 'Code: this https URL.'],
  ])('reads %s as plain text for titles and feeds', (_name, source, expected) => {
    expect(visibleText(source)).toBe(expected);
  });

  it('turns a link written in TeX into a link that opens no handle on the page', () => {
    const html = toHtml({ type: 'root', children: displayMath('at $\\href{https://github.com/a/b}{here}$') });
    expect(html).toContain('<a href="https://github.com/a/b" rel="noopener noreferrer">');
    expect(toHtml({ type: 'root', children: displayMath('\\href{javascript:alert(1)}{x}') })).not.toContain('<a');
  });
});

describe('displayMath reads what TeX alone cannot', () => {
  it.each([
    [
      'a space inside dollars around plain TeX',
      'error rate ($4.7 \\times $) and $ \\mathbb F_2$',
      'error rate (4.7×) and 𝔽₂',
    ],
    ['a single letter with a space', 'context $C $ into answer $A$', 'context C into answer A'],
    ['verbatim text', 'how \\verb|Llama-3.2-1B| represents', 'how Llama-3.2-1B represents'],
    ['a colour switch', 'at \\color{red}here', 'at here'],
    ['a change-tracking macro', 'we \\replaced{study}{paper} this \\deleted{ly}', 'we study this '],
    ['a wrapper macro of the paper', 'a \\revise{semantic} gap', 'a semantic gap'],
    [
      'prose between two dollars as prose, and a formula after it as maths',
      "labels cost $0.04 each, experts' $1.10; mixing both at a 9:1 ratio keeps 96% of expert F$_1$ for 12%",
      "labels cost $0.04 each, experts' $1.10; mixing both at a 9:1 ratio keeps 96% of expert F₁ for 12%",
    ],
    [
      'prose between two stray dollars as prose',
      '(alpha = 0.87$) and significant inter-dimension correlations (p < 0.001$).',
      '(alpha = 0.87$) and significant inter-dimension correlations (p < 0.001$).',
    ],
  ])('%s', (_name, source, expected) => {
    expect(visibleText(source)).toBe(expected);
  });

  it.each([
    ['\\[…\\]', 'The bound \\[ \\|W\\|_F \\leq \\sqrt{r}\\, \\|W\\|_2 \\] holds.'],
    ['$$…$$', 'The bound $$\\|W\\|_F \\leq \\sqrt{r}\\, \\|W\\|_2$$ holds.'],
  ])('typesets a formula between %s on a line of its own', (_delimiters, source) => {
    const html = toHtml({ type: 'root', children: displayMath(source) });
    expect(html).toMatch(
      /^The bound <span class="math math-display"><span class="tex" aria-hidden="true">[^<]+<\/span><math display="block"/u,
    );
    expect(html).toMatch(/<msqrt>(?:<mrow>)?<mi>r<\/mi>/u);
    expect(displayText(source)).toBe(source);
  });

  it('reads maths nested in text in maths as one formula', () => {
    expect(visibleText('we build $\\texttt{M$^3$Net}$ now')).toMatch(/^we build 𝙼\S*𝙽𝚎𝚝 now$/u);
  });

  it('reads a macro of the paper as the name its title gives it, and says so', () => {
    const html = toHtml({ type: 'root', children: displayMath('We propose \\ourmodel.', [], { selfName: 'FooNet' }) });
    expect(html).toMatch(
      /^We propose <span class="tex" aria-hidden="true">\\ourmodel<\/span><abbr class="macro" title="\\ourmodel: a macro [^"]+">FooNet<\/abbr>\.$/u,
    );
    // Without a name in the title, or for a macro that is not the paper's own name, the source shows as code.
    expect(toHtml({ type: 'root', children: displayMath('We propose \\ourmodel.') })).toContain(
      '<code class="tex-source">\\ourmodel</code>',
    );
    expect(toHtml({ type: 'root', children: displayMath('on \\dataset.', [], { selfName: 'FooNet' }) })).toContain(
      '<code',
    );
  });
});
