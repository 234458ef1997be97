import { describe, expect, it } from 'vitest';
import { namedByKind } from '../../src/pipeline/open-names';
import { relationReader } from '../helpers/relations';

/** Relations read with no method known to the corpus: every target is read from the wording. */
const relations = relationReader([]);

describe('a name written in capitals before its kind', () => {
  it.each([
    ['Integrated Gradients algorithm to explain', 'the ', 'Integrated Gradients'],
    ['Delayed Streams Modeling framework, introducing', 'the ', 'Delayed Streams Modeling'],
    ['Cyclopean Eye model and propose', 'the ', 'Cyclopean Eye'],
    // A new thing the paper makes, not one named before.
    ['Dual Attention model that', 'a ', null],
    // An acronym first qualifies the name ("state-of-the-art UnSAM").
    ['SOTA UnSAM model, achieving', 'the ', null],
    // The paper's own parts are networks and modules.
    ['Masked Recurrent Network, which', 'the ', null],
    ['Integrated Gradients to explain', 'the ', null],
  ])('%s → %s', (window, before, expected) => {
    expect(namedByKind(window, before)).toBe(expected);
  });

  it('is a target a cue governs', () => {
    expect(relations('To explain its predictions, we apply the Integrated Gradients algorithm to our model.')).toEqual([
      'uses Integrated Gradients',
    ]);
  });
});

describe('a word glued to the next sentence by its period', () => {
  it('is not a name', () => {
    expect(relations('Our decoder uses fused representations.Additionally, it is fast.')).toEqual([]);
  });

  it('leaves a name with a period inside it', () => {
    expect(relations('Our graph extends FKG.in to food claims.')).toEqual(['builds-on FKG.in']);
  });
});
