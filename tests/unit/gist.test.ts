import { describe, expect, it } from 'vitest';
import { firstSentence, paperGist } from '../../src/lib/gist';

describe('paperGist gives a paper one line for lists', () => {
  it('prefers the sentence that says what the paper contributes over background', () => {
    const abstract =
      'Large models are costly to tune. Memory is the bottleneck. We propose Sparse MeZO, a zeroth-order method. It works.';
    expect(paperGist(abstract)).toBe('We propose Sparse MeZO, a zeroth-order method.');
  });

  it.each([
    ['We introduce X.', 'Background first. In this paper, we introduce X. More.'],
    ['This work presents a benchmark.', 'Background first. This work presents a benchmark.'],
  ])('recognises “%s”', (expected, abstract) => {
    expect(paperGist(abstract)).toBe(expected);
  });

  it('falls back to the first sentence when no sentence states a contribution', () => {
    expect(paperGist('Models are large. They are slow.')).toBe('Models are large.');
  });

  it('cuts a long sentence at a word boundary and marks the cut', () => {
    const gist = paperGist(`We propose ${'very '.repeat(60)}fast tuning.`, 50);
    expect(gist.length).toBeLessThanOrEqual(51);
    expect(gist).toMatch(/^We propose (very )+very…$/u);
  });
});

describe('paperGist reads on its own', () => {
  it.each([
    ['Based on this observation, we propose APO.', 'We propose APO.'],
    ['In this paper, we introduce X.', 'We introduce X.'],
  ])('drops the lead-in of “%s”', (sentence, expected) => {
    expect(paperGist(`Background first. ${sentence} More.`)).toBe(expected);
  });
});

describe('gists of abstracts with formulas', () => {
  it('never cut a formula in half', () => {
    const formula = '$\\frac{\\sigma_{\\max}(E)}{\\sigma_{\\max}(W)} \\leq \\sqrt{r}$';
    const abstract = `We propose FooNet, which bounds the ratio ${'of the spectral norms '.repeat(7)}by ${formula} for all adapters.`;
    const gist = paperGist(abstract);
    expect(gist.endsWith('…')).toBe(true);
    expect(gist).not.toContain('$');
    expect(firstSentence(abstract, 200)).not.toContain('$');
  });
});
