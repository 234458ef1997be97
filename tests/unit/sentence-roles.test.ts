import { describe, expect, it } from 'vitest';
import { sentenceRoles, splitSentences } from '../../src/pipeline/sentence-roles';
import { splitSentences as splitAbstract } from '../../src/pipeline/text';

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end).trim());
const roles = (text: string) => sentenceRoles(text).map((sentence) => sentence.role);

describe('splitSentences', () => {
  it('ends a sentence at a full stop before a capital, not after an abbreviation or before a lower-case word', () => {
    expect(sentences('Methods, e.g. LoRA, help. Results of Smith et al. show gains. Fig. 2 shows 3.5 points.')).toEqual(
      ['Methods, e.g. LoRA, help.', 'Results of Smith et al. show gains.', 'Fig. 2 shows 3.5 points.'],
    );
  });

  it('ends one where the space after its full stop was lost, between a word and a capitalised one', () => {
    const text = 'Current models rely on prompts, which slows them down.To address this, we build Foo on Node.js.';
    expect(sentences(text)).toEqual([
      'Current models rely on prompts, which slows them down.',
      'To address this, we build Foo on Node.js.',
    ]);
    expect(splitAbstract(text).map((sentence) => sentence.text)).toEqual(sentences(text));
    // A name with a dot in it is no such join: the word before the dot is not in lower case.
    const names = 'Depth improves Abs.Rel on MVSEC, beside RT-NeRF.Edge and Leonardo.Ai images.';
    expect(sentences(names)).toEqual([names]);
    expect(splitAbstract(names).map((sentence) => sentence.text)).toEqual([names]);
  });

  it('reads such a join after "!" and "?" too, and not after one letter or a word run on from a digit', () => {
    const marks = 'Is it fast?We test it.It is!We are glad.';
    expect(sentences(marks)).toEqual(['Is it fast?', 'We test it.', 'It is!', 'We are glad.']);
    expect(splitAbstract(marks).map((sentence) => sentence.text)).toEqual(sentences(marks));
    // "a.To" has one lower-case letter before its mark; "x2down.To" a digit before the word.
    const runOn = 'Set a.To one and x2down.To two.';
    expect(sentences(runOn)).toEqual([runOn]);
    expect(splitAbstract(runOn).map((sentence) => sentence.text)).toEqual([runOn]);
  });
});

describe('sentenceRoles', () => {
  it.each([
    [
      'background, limitation, contribution, method, result',
      'Language models are widely used. However, they suffer from high memory costs. We propose Foo, a sparse optimizer. Foo updates only a subset of weights. Experiments on GLUE show that Foo outperforms Adam.',
      ['background', 'limitation', 'contribution', 'method', 'result'],
    ],
    [
      'a contribution stated as "this paper introduces"',
      'Retrieval is hard. This paper introduces a new index. It is fast.',
      ['background', 'contribution', 'method'],
    ],
    [
      'a later "we further propose" as a second contribution',
      'We propose A. We further propose a module B. We evaluate A on ImageNet.',
      ['contribution', 'contribution', 'result'],
    ],
    [
      'no background when the paper never states its contribution',
      'Deep networks overfit small data. Our method regularises them.',
      ['method', 'method'],
    ],
  ])('reads %s', (_, text, expected) => expect(roles(text)).toEqual(expected));
});
