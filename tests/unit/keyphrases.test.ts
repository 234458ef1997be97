import { describe, expect, it } from 'vitest';
import { nounPhrases } from '../../src/pipeline/keyphrases';

const surfaces = (text: string) => nounPhrases(text, new Set()).map((phrase) => phrase.surface);

describe('nounPhrases', () => {
  it.each([
    ['We propose 3D Gaussian Splatting for real-time rendering.', '3D Gaussian Splatting'],
    ['Scenes are built from the 2D images of a camera.', '2D images'],
    ['It runs on 4K video streams.', '4K video streams'],
    ['Experiments with Llama-3.1-8B show gains.', 'Llama-3.1-8B'],
    ['Experiments with Qwen2.5-72B show gains.', 'Qwen2.5-72B'],
  ])('keeps a number and the word written against it whole: %s', (text, phrase) => {
    expect(surfaces(text)).toContain(phrase);
  });

  it('keeps a number apart from a word after a space', () => {
    expect(surfaces('We count 3 Gaussian kernels.')).toContain('Gaussian kernels');
  });
});
