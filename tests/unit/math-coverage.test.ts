import { describe, expect, it } from 'vitest';
import { isTexHeavy, mathOutcome, seededSample } from '../../scripts/lib/math-coverage';

describe('the math coverage measure', () => {
  it.each([
    ['We bound $\\frac{a}{b}$ tightly.', true],
    ['We use $x^2$ only.', false],
    ['Costs \\$5 and \\$10 with \\alpha.', false],
  ])('counts %s as TeX-heavy: %s', (abstract, expected) => {
    expect(isTexHeavy(abstract)).toBe(expected);
  });

  it.each([
    ['A bound $\\frac{a}{b} \\leq \\sqrt{n}$ holds for 9\\% of cases.', 'rendered'],
    ['A bound $\\frac{a}{$ breaks here.', 'source-as-code'],
    ['A bound \\unknownmacro holds.', 'source-as-code'],
  ] as const)('sorts %s as %s', (abstract, outcome) => {
    expect(mathOutcome(abstract).outcome).toBe(outcome);
  });

  it('sees raw TeX a page would show', () => {
    // A `\href` whose braces never close is left as prose: its backslash command shows.
    const { outcome, visible } = mathOutcome('Code at \\href{https://x.org/a and more text.');
    expect(outcome).toBe('raw-tex-visible');
    expect(visible[0]).toContain('\\href');
  });

  it('samples the same items for the same seed, and different ones for another', () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    expect(seededSample(items, 10, 18)).toEqual(seededSample(items, 10, 18));
    expect(seededSample(items, 10, 18)).not.toEqual(seededSample(items, 10, 19));
    expect(new Set(seededSample(items, 100, 18)).size).toBe(100);
  });
});
