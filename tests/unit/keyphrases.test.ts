import { describe, expect, it } from 'vitest';
import {
  nounPhrases,
  PHRASE_WEIGHT,
  scoreKeyphrases,
  weighByRole,
  type Candidate,
} from '../../src/pipeline/keyphrases';

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

  describe('a phrase is the whole run or nothing at its head', () => {
    const withGeneric = (text: string) =>
      nounPhrases(text, new Set(['models', 'study', 'framework', 'efficient', 'mllm'])).map((phrase) => phrase.surface);

    it.each([
      ['Zero-shot search works for lightweight language models.', 'lightweight language'],
      ['We ran a comparative user study.', 'comparative user'],
      ['We build an Efficient Motion-Aware Video MLLM.', 'Motion-Aware Video'],
    ])('leaves no qualifier without the generic head it qualified: %s', (text, fragment) => {
      expect(withGeneric(text)).not.toContain(fragment);
    });

    it('reads a capitalised word of a title as a qualifier, unless it is a coined name', () => {
      const title = 'Towards a Multispectral Foundation Model and a CLIP Retrieval Model';
      const found = nounPhrases(title, new Set(['model']));
      expect(found.map((phrase) => phrase.surface)).toEqual(['CLIP Retrieval']);
    });

    it('cuts a capitalised name only at a capitalised head: "Random Forest model" stands', () => {
      const found = nounPhrases('We compare Denoising Diffusion Probabilistic Models.', new Set(['models']));
      expect(found.map((phrase) => phrase.surface).join(' | ')).not.toMatch(/Probabilistic/u);
    });

    it("reads capitals before a lower-case head as a name's", () => {
      const found = nounPhrases('Title. We train a Random Forest model on logs.', new Set(['model']));
      expect(found.map((phrase) => phrase.surface)).toContain('Random Forest');
    });

    it('does not take a size after a name for a head the name qualified', () => {
      expect(surfaces('We evaluate Stable Diffusion 2B on faces.')).toContain('Stable Diffusion');
    });

    it('keeps nouns that stand on their own before a generic head', () => {
      expect(withGeneric('We propose a quantum circuit framework.')).toContain('quantum circuit');
    });

    it('takes a run longer than a phrase whole or not at all, never its last words', () => {
      const found = surfaces('It reads ocean color instruments onboard satellites daily.');
      expect(found.filter((phrase) => phrase.includes('satellites'))).toEqual([]);
    });

    it('reads a gerund after a noun as the head of the phrase, before a full stop or a conjunction', () => {
      expect(surfaces('We achieve accurate probability modeling.')).toContain('accurate probability modeling');
      expect(surfaces('It joins image processing and language modeling.')).toEqual(
        expect.arrayContaining(['image processing', 'language modeling']),
      );
    });

    it("reads a capitalised gerund after a capitalised noun as part of a title's name", () => {
      const title = 'Vision Centric Remote Sensing for Cities';
      const found = nounPhrases(title, new Set()).map((phrase) => phrase.surface);
      expect(found).toContain('Vision Centric Remote Sensing');
    });

    it('takes a generic noun the tagger left out of the run, and that ends a phrase, as its head all the same', () => {
      // wink tags "set" a verb here.
      const found = nounPhrases('We report results on the official validation set, which is hard.', new Set(['set']));
      expect(found.map((phrase) => phrase.surface).join(' | ')).not.toMatch(/validation/u);
    });

    it('does not take a generic verb before more words for a head', () => {
      const found = nounPhrases('Visual place recognition needs robust features.', new Set(['needs']));
      expect(found.map((phrase) => phrase.surface)).toContain('Visual place recognition');
    });

    it('does not read a participle that opens a clause as a head', () => {
      expect(surfaces('We study subtle misalignments arising from noise.').join(' | ')).not.toMatch(/arising/u);
      expect(surfaces('We train models using LoRA.').join(' | ')).not.toMatch(/using/u);
    });
  });

  it('gives where each phrase starts in the text, past words it joined or left out', () => {
    const text =
      'Sparse MeZO. We study zeroth-order optimization on Qwen2.5-7B and 3D scenes, with significant performance drops.';
    const found = nounPhrases(text, new Set(['significant']));
    expect(found.map((phrase) => phrase.surface)).toEqual(
      expect.arrayContaining(['zeroth-order optimization', 'Qwen2.5-7B', '3D scenes', 'performance drops']),
    );
    for (const { surface, at } of found) expect(text.slice(at, at + surface.length)).toBe(surface);
  });

  it('weighs each use by the part of the text it is in', () => {
    const title = 'Sparse MeZO';
    const text = `${title}. Earlier work needs dense gradient estimates. We propose sparse perturbation masks.`;
    const weights = Object.fromEntries(
      weighByRole(nounPhrases(text, new Set()), text, title.length).map((phrase) => [phrase.surface, phrase.weight]),
    );
    expect(weights).toEqual({
      'Sparse MeZO': PHRASE_WEIGHT.title,
      'dense gradient estimates': PHRASE_WEIGHT.background,
      'sparse perturbation masks': PHRASE_WEIGHT.contribution,
    });
  });
});

describe('scoreKeyphrases', () => {
  const use = (key: string, weight?: number): Candidate => ({ key, surface: key, at: 0, weight });
  // Each phrase in one document of three, so that all have the same rarity.
  const others = [[use('alpha beta')], [use('gamma delta')]];

  it('counts each use once when uses are not weighed', () => {
    const [first] = scoreKeyphrases(
      [[use('sparse masks'), use('zeroth order'), use('zeroth order')], ...others],
      1,
    ).perDocument;
    expect(first).toEqual(['zeroth order']);
  });

  it('counts each use by its weight: a phrase of the title outranks two of the background', () => {
    const [first] = scoreKeyphrases(
      [[use('sparse masks', 2), use('zeroth order', 0.5), use('zeroth order', 0.5)], ...others],
      1,
    ).perDocument;
    expect(first).toEqual(['sparse masks']);
  });
});
