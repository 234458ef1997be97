import { describe, expect, it } from 'vitest';
import { compilePhrase, PhraseMatcher, singular } from '../../src/pipeline/match-terms';

function matcher(phrases: Array<[string, string, boolean?]>) {
  return new PhraseMatcher(phrases.flatMap(([term, phrase, prefix]) => compilePhrase(term, phrase, prefix) ?? []));
}
const terms = (m: PhraseMatcher<string>, text: string) => m.match(text).map((match) => match.term);

describe('PhraseMatcher', () => {
  it('finds at the start of a text what a match over the whole text finds there, longest phrase and suffix included', () => {
    const m = matcher([
      ['lora', 'LoRA'],
      ['lora+', 'LoRA+'],
      ['lra', 'low-rank adaptation'],
      ['llama', 'LLaMA', true],
    ]);
    for (const text of [
      'LoRA+ helps',
      'Low rank adaptation of LLaMA',
      'LLaMA-2-7B and LoRA',
      'we use LoRA',
      '(LoRA) here',
    ])
      expect(m.matchAtStart(text)).toEqual(
        m
          .match(text)
          .filter((match) => match.start === m.match(text)[0]?.start && match.start === text.search(/[\p{L}\p{N}]/u)),
      );
    expect(m.matchAtStart('we use LoRA')).toEqual([]);
    expect(m.matchAtStart('Low rank adaptation of LLaMA').map((match) => match.term)).toEqual(['lra']);
  });

  it('reads no phrase across a comma, a clause or a sentence, but across brackets and signs inside a name', () => {
    const m = matcher([
      ['task-arithmetic', 'task arithmetic'],
      ['vit', 'ViT-B/16'],
      ['vit-b', 'ViT-B'],
      ['llm-agents', 'LLM agents'],
      ['judge', 'LLM-as-a-judge'],
    ]);
    expect(terms(m, 'instruction tasks, arithmetic reasoning tasks')).toEqual([]);
    expect(terms(m, 'over reasoning tasks; arithmetic')).toEqual([]);
    expect(terms(m, 'it beats the task. Arithmetic is hard')).toEqual([]);
    expect(terms(m, 'it beats the task." Arithmetic is hard')).toEqual([]);
    expect(terms(m, 'the "task" arithmetic here')).toEqual([]);
    expect(terms(m, 'compared to a) supervised ViT, b) ViT pre-trained')).toEqual([]);
    expect(terms(m, 'we fine-tune ViT-B/16 and ViT-B')).toEqual(['vit', 'vit-b']);
    expect(terms(m, 'large language model (LLM) agents')).toEqual(['llm-agents']);
    expect(terms(m, 'a large language model (LLM)-as-a-judge')).toEqual(['judge']);
  });

  it('gives each caller its own matches of a text it read before', () => {
    const m = matcher([['lora', 'LoRA']]);
    const first = m.match('LoRA and LoRA');
    first.pop();
    expect(m.match('LoRA and LoRA')).toHaveLength(2);
  });

  it('ignores case, hyphens versus spaces, and plurals', () => {
    const m = matcher([
      ['ft', 'fine-tuning'],
      ['lm', 'language model'],
    ]);
    expect(terms(m, 'Fine tuning of Language Models')).toEqual(['ft', 'lm']);
    expect(terms(m, 'FINE-TUNING')).toEqual(['ft']);
  });

  it('matches acronyms case-sensitively and as whole words only', () => {
    const m = matcher([
      ['rl', 'RL'],
      ['moe', 'MoE'],
    ]);
    expect(terms(m, 'CURL and rl and curly MOE')).toEqual([]);
    expect(terms(m, 'RL-based MoE layers')).toEqual(['rl', 'moe']);
  });

  it('matches the plural of an acronym', () => {
    expect(terms(matcher([['llm', 'LLM']]), 'Large LLMs are costly')).toEqual(['llm']);
  });

  it('matches a versioned name when the term is marked as a prefix', () => {
    const m = matcher([
      ['llama', 'LLaMA', true],
      ['gpt', 'GPT', false],
    ]);
    expect(terms(m, 'LLaMA-30b and LLaMA2 beat GPT4')).toEqual(['llama', 'llama']);
  });

  it('matches a family marked as a prefix followed by any version or size, however the name is capitalised', () => {
    const m = matcher([
      ['qwen', 'Qwen', true],
      ['gemma', 'Gemma', true],
      ['llama', 'Llama', true],
      ['mistral', 'Mistral', true],
    ]);
    const text = 'Qwen2.5-72B, Qwen3, qwen2-7b, Gemma-2, Gemma2-9B, Llama-3.1-8B, Llama3.1 and Mistral-7B-v0.3';
    expect(terms(m, text)).toEqual(['qwen', 'qwen', 'qwen', 'gemma', 'gemma', 'llama', 'llama', 'mistral']);
    // A word that merely starts like the name is another word.
    expect(terms(m, 'Qwenlike models and Gemmacore')).toEqual([]);
  });

  it('reads neither a longer number nor a dimension as a version', () => {
    const m = matcher([
      ['gpt-4', 'GPT-4', true],
      ['mamba', 'Mamba', true],
      ['vit', 'ViT', true],
    ]);
    expect(terms(m, 'GPT-40 beats Mamba3D and ViT3D')).toEqual([]);
    expect(terms(m, 'GPT-4 beats Mamba2 and ViT22B')).toEqual(['gpt-4', 'mamba', 'vit']);
  });

  it('matches a family not marked as a prefix only as written', () => {
    expect(terms(matcher([['gemma', 'Gemma']]), 'Gemma2 and Gemma-2')).toEqual(['gemma']);
  });

  it('matches a name ending in a symbol only where the text has the symbol', () => {
    const m = matcher([
      ['lora', 'LoRA'],
      ['lora-plus', 'LoRA+'],
      ['scannet-pp', 'ScanNet++'],
    ]);
    expect(terms(m, 'We fine-tune with LoRA on ScanNet.')).toEqual(['lora']);
    expect(terms(m, 'LoRA+ beats LoRA on ScanNet++.')).toEqual(['lora-plus', 'lora', 'scannet-pp']);
    // "+" joining two names is not part of the first one.
    expect(terms(m, 'LoRA+DPO')).toEqual(['lora']);
    expect(m.match('LoRA+ (Hayou et al.)')[0]?.text).toBe('LoRA+');
  });

  it('prefers the longest phrase at a position', () => {
    const m = matcher([
      ['adapt', 'adaptation'],
      ['lora', 'low-rank adaptation'],
    ]);
    const found = m.match('low-rank adaptation helps');
    expect(found.map((f) => [f.term, f.text])).toEqual([['lora', 'low-rank adaptation']]);
  });

  it('reports the words as written as evidence', () => {
    const [match] = matcher([['zo', 'zeroth-order optimization']]).match('a Zeroth Order Optimizations study');
    expect(match?.text).toBe('Zeroth Order Optimizations');
  });
});

describe('singular', () => {
  it.each([
    ['models', 'model'],
    ['strategies', 'strategy'],
    ['analysis', 'analysis'],
    ['robotics', 'robotics'],
    ['gas', 'gas'],
    ['approaches', 'approach'],
  ])('%s → %s', (word, expected) => expect(singular(word)).toBe(expected));
});

describe('a name a corpus paper coined', () => {
  const found = (pattern: ReturnType<typeof compilePhrase<string>>, text: string) =>
    new PhraseMatcher([pattern!]).match(text).map((match) => match.text);

  it('matches only as written, so an ordinary word is never the name', () => {
    expect(found(compilePhrase('Ares', 'Ares', false, true), 'These are fast. Ares is faster.')).toEqual(['Ares']);
    expect(found(compilePhrase('Bone', 'Bone', false, true), 'bone fractures, fine-tuned with Bone')).toEqual(['Bone']);
  });

  it('keeps the capitals of a hyphenated name, which in lower case is an adjective', () => {
    const coined = compilePhrase('Coarse-Grained', 'Coarse-Grained', false, true);
    expect(found(coined, 'a coarse-grained split; Coarse-Grained wins')).toEqual(['Coarse-Grained']);
  });

  it('keeps the capitals of a name of several words, which in lower case is an ordinary phrase', () => {
    const coined = compilePhrase('Strong Baseline', 'Strong Baseline', false, true);
    expect(found(coined, 'establishing a strong baseline; Strong Baseline tracks')).toEqual(['Strong Baseline']);
    // A word in lower case inside the name is still any case.
    const spelled = compilePhrase('CoTeL', 'Consistency-aware Teacher Learning', false, true);
    expect(found(spelled, 'via consistency learning and Consistency-Aware Teacher Learning')).toEqual([
      'Consistency-Aware Teacher Learning',
    ]);
  });

  it('leaves the vocabulary’s one-capital names matching in any case', () => {
    expect(found(compilePhrase('Qwen', 'Qwen'), 'we fine-tune qwen and Qwen')).toEqual(['qwen', 'Qwen']);
  });
});
