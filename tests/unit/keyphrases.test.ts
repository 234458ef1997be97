import { describe, expect, it } from 'vitest';
import { nounPhrases } from '../../src/pipeline/keyphrases';

const surfaces = (text: string) => nounPhrases(text, new Set()).map((phrase) => phrase.surface);

describe('nounPhrases', () => {
  it.each([
    ['We propose 3D Gaussian Splatting for real-time rendering.', '3D Gaussian Splatting'],
    ['Scenes are built from the 2D images of a camera.', '2D images'],
    ['We use the 4D radar data of cars.', '4D radar data'],
    ['Experiments with Llama-3.1-8B show gains.', 'Llama-3.1-8B'],
    ['Experiments with Qwen2.5-72B show gains.', 'Qwen2.5-72B'],
  ])('keeps a number and the word written against it whole: %s', (text, phrase) => {
    expect(surfaces(text)).toContain(phrase);
  });

  it('leaves out quantities at the edges of a phrase: sizes, counts and speed-ups say nothing of a topic', () => {
    const found = surfaces('It gives a 3.5x speedup over 175B GPT-3 on 10K DPO samples with 80B parameters.');
    expect(found.filter((phrase) => /\d/u.test(phrase) && phrase !== 'GPT-3')).toEqual([]);
    expect(found).toContain('GPT-3');
    expect(surfaces('We compare with Flan-UL2 20B. Both are open.')).toContain('Flan-UL2');
  });

  it('keeps a number apart from a word after a space', () => {
    expect(surfaces('We count 3 Gaussian kernels.')).toContain('Gaussian kernels');
  });
});
