import { describe, expect, it } from 'vitest';
import { namedByKind, titleCaseName } from '../../src/pipeline/open-names';
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

describe('a name with its kind, a single word after "the" or a kind written in capitals', () => {
  it.each([
    ['Kalman filter to smooth the tracks', 'we rely on the ', 'Kalman'],
    ['Godot Game Engine, and the server', 'is written in the ', 'Godot Game Engine'],
    // A proper adjective names a kind, not one method.
    ['Bayesian model of the scene', 'we fit the ', null],
    // Without "the", one capitalised word is any word that starts a phrase.
    ['Kalman filter to smooth the tracks', 'we rely on ', null],
    // A window that starts inside a longer name.
    ['Tomography Reconstruction Engine, which', 'dubbed Fused Iterative ', null],
    // Names joined by hyphens, then the noun of one method: the noun is the name's, "the" or not.
    ['Blahut-Arimoto algorithm on two sources', 'computed via the ', 'Blahut-Arimoto algorithm'],
    ['Savitzky-Golay filter.', 'smoothed with a ', null],
    ['Walsh-Hadamard transform is applied', 'we rotate by ', 'Walsh-Hadamard transform'],
    ['Teacher-Student framework for labels', 'we build on the ', null],
    ['Math-Physics model guidance', 'refined through ', null],
    ['Bradley-Terry model to infer scores', '', null],
  ])('%s after "%s" → %s', (window, before, expected) => {
    expect(namedByKind(window, before)).toBe(expected);
  });
});

describe('words in capitals mid-sentence as a proper name', () => {
  it.each([
    ['Iterative Closest Point.', 'a registration based on ', 'Iterative Closest Point'],
    ['Lloyd Relaxation to spread the points', 'we build on ', 'Lloyd Relaxation'],
    // A plural names a kind; a field or task is no method.
    ['Graph Neural Networks to', 'based on ', null],
    ['Deep Reinforcement Learning for control', 'based on ', null],
    // Part of a longer name, a modifier of a noun, a name the paper gives its own part.
    ['Tversky Optimization to align', 'we adopt the Kahneman and ', null],
    ['Simple Framework for Contrastive Learning', 'we use the ', null],
    ['Edge Fusion module to merge', 'equipped with the ', null],
    ['Latent Code Replacement, which we dub LCR', 'a model based on ', null],
  ])('%s after "%s" → %s', (window, before, expected) => {
    expect(titleCaseName(window, before)).toBe(expected);
  });
});

describe('a name-shaped subject of a passive use', () => {
  it.each([
    ['KeyMatch is adopted as a baseline matcher to score the pairs.', ['uses KeyMatch']],
    ['In our pipeline, the Gemma2 9B model was fine-tuned on the new corpus.', ['uses Gemma2']],
    ['We segment cells. CellPose3 is employed for nucleus masks, which are unseen previously.', ['uses CellPose3']],
    // Said of earlier work up to the verb: background, not the work's own use.
    ['KeyMatch is widely used in retrieval.', []],
    // A passive that is not a use.
    ['KeyMatch was proposed for retrieval and is known to fail on blur.', []],
  ])('%s → %j', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });

  it('reads a tool the work is developed in, and a method it relies on by its kind', () => {
    expect(relations('The simulator is developed in the Godot Game Engine.')).toEqual(['uses Godot Game Engine']);
    expect(relations('Our detector relies on the Canny algorithm for edges.')).toEqual(['uses Canny']);
    // "developed in" is a weak cue: a plain year or word after it is nothing.
    expect(relations('Our detector was developed in 2021 and in Spain.')).toEqual([]);
  });
});
