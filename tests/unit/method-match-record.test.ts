import { describe, expect, it } from 'vitest';
import { changedFirstWords, firstWordFinder, phraseDigests } from '../../src/pipeline/method-match-record';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';

const matcher = (phrases: Array<[string, string]>) =>
  new PhraseMatcher(phrases.flatMap(([term, phrase]) => compilePhrase(term, phrase, true) ?? []));

describe('the method-match record', () => {
  it('digests phrases by first word, so a new or changed phrase changes its word only', () => {
    const before = phraseDigests(
      [
        matcher([
          ['LoRA', 'LoRA'],
          ['DoRA', 'weight-decomposed adaptation'],
        ]),
      ],
      (t) => t,
    );
    const after = phraseDigests(
      [
        matcher([
          ['LoRA', 'LoRA'],
          ['DoRA', 'weight-decomposed adaptation'],
          ['Quokka', 'Quokka-Tune'],
        ]),
      ],
      (t) => t,
    );
    expect(changedFirstWords(before, after)).toEqual(['quokka']);
    // The same phrases named in another order digest the same.
    const reordered = phraseDigests(
      [
        matcher([
          ['DoRA', 'weight-decomposed adaptation'],
          ['LoRA', 'LoRA'],
        ]),
      ],
      (t) => t,
    );
    expect(changedFirstWords(before, reordered)).toEqual([]);
    // What a term is known as is part of its phrases' digest.
    const renamed = phraseDigests(
      [
        matcher([
          ['LoRA-2', 'LoRA'],
          ['DoRA', 'weight-decomposed adaptation'],
        ]),
      ],
      (t) => t,
    );
    expect(changedFirstWords(before, renamed)).toEqual(['lora']);
  });

  it.each([
    ['lora', 'We extend LoRA’s update.', true],
    ['llm', 'Three LLMs were tested.', true],
    ['qwen', 'We fine-tune Qwen2.5-7B.', true],
    // A phrase indexed under the singular of a plural in "-ies".
    ['proxy', 'Learned proxies replace the reward.', true],
    ['ai', 'Generative AI tools.', true],
    ['quokka', 'A survey of graph neural networks.', false],
    ['lora', 'Flora and fauna of the region.', false],
    // A short word is found as a word, not inside others: "a" is no key of "and" or "an".
    ['a', 'Another analysis and an answer.', false],
    ['a', 'We train a model.', true],
    ['so', 'Also some solutions.', false],
  ])('finds where a text may hold a word phrases are looked up under: %s in "%s"', (word, text, expected) => {
    expect(firstWordFinder([word])(text)).toBe(expected);
  });

  it('finds nothing when no phrase changed', () => {
    expect(firstWordFinder([])('LoRA and DoRA')).toBe(false);
  });
});
