import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAbstract, renderAbstractAndText } from '../../src/lib/render-abstract';
import { mdxText, toMdxParagraph } from '../../src/pipeline/serialise-mdx';
import { hostileText } from '../helpers/arbitraries';

describe('renderAbstractAndText', () => {
  it('gives, from one parse, the HTML of renderAbstract and the text MDX shows', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const body = toMdxParagraph(text);
        const rendered = renderAbstractAndText(body, 'paper.mdx');
        expect(rendered.html).toBe(renderAbstract(body, 'paper.mdx'));
        expect(rendered.text).toBe(mdxText(body));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a body that holds more than generated text, naming the file', () => {
    expect(() => renderAbstractAndText('# A heading\n', 'content/papers/x.mdx')).toThrow(
      /content\/papers\/x\.mdx: the body holds heading/u,
    );
  });
});
