import { describe, expect, it } from 'vitest';
import { readMentions } from '../../src/pipeline/mention-context';

/** How the mention of `phrase` in a one-sentence abstract (after the title "X") is read. */
function readingOf(sentence: string, phrase = 'reward model') {
  const title = 'X';
  const text = `${title}. ${sentence}`;
  const start = text.indexOf(phrase);
  return readMentions(text, title.length, [{ start, end: start + phrase.length }], 'X')[0];
}

describe('readMentions', () => {
  it('reads a mention a negation governs as negated, whatever words the negation takes', () => {
    for (const sentence of [
      'We align LLMs without any need for a reward model.',
      'We align LLMs with no reward model.',
      'We align LLMs and do not train a reward model.',
      'We align LLMs from preferences rather than a reward model.',
      'We align LLMs from preferences instead of a reward model.',
      'We align LLMs while eliminating the need for a reward model.',
      'We align LLMs and obviate the need for a reward model.',
      'We align LLMs and dispense with a reward model.',
      'We align LLMs and remove the need for a reward model.',
      'We align LLMs and never train a reward model.',
      'We align LLMs with neither a critic nor a reward model.',
      'We align LLMs free of a reward model.',
    ])
      expect(readingOf(sentence)?.negated, sentence).toBe(true);
  });

  it('reads a mention no negation governs as affirmed', () => {
    for (const sentence of [
      'We align LLMs with a learned reward model.',
      'We align LLMs and, not only that, we train a reward model.',
      'We note that our method trains a reward model.',
      'No baseline is needed, but we train a reward model.',
    ])
      expect(readingOf(sentence)?.negated, sentence).toBe(false);
  });
  it('reads a model the work asks, counts or casts in a role as a tool it uses, not what it is about', () => {
    for (const [sentence, phrase] of <Array<[string, string]>>[
      ['We build the dataset using three large language models.', 'large language models'],
      ['We build the dataset with 4 language models.', 'language models'],
      ['We prompt a large language model with task-specific instructions.', 'large language model'],
      ['We then query the language model for each image.', 'language model'],
      ['Each answer is scored by an LLM judge.', 'LLM'],
      ['We train an LLM evaluator on the pairs.', 'LLM'],
      ['We use LLM-as-a-judge to score answers.', 'LLM'],
    ])
      expect(readingOf(sentence, phrase)?.aside, sentence).toBe(true);
  });

  it('does not read a model the work proposes or studies as a tool', () => {
    for (const [sentence, phrase] of <Array<[string, string]>>[
      ['We propose a large language model for law.', 'large language model'],
      ['We study how three large language models forget.', 'large language models'],
      ['We prompt-tune a language model.', 'language model'],
    ])
      expect(readingOf(sentence, phrase)?.aside, sentence).toBe(false);
  });
  it('reads a phrase a bound prefix joins by a hyphen as another word, not a mention', () => {
    for (const [sentence, phrase] of <Array<[string, string]>>[
      ['We add an SG-MLP pre-rendering stage.', 'rendering'],
      ['We train a non-autoregressive decoder.', 'autoregressive'],
      ['We study anti-customization of portraits.', 'customization'],
      ['We re-rank the retrieved passages.', 'rank'],
    ])
      expect(readingOf(sentence, phrase)?.prefixed, sentence).toBe(true);
    for (const [sentence, phrase] of <Array<[string, string]>>[
      ['We add a rendering stage.', 'rendering'],
      ['We train a multi-agent system.', 'agent'],
      ['We train a vision-language model.', 'language model'],
    ])
      expect(readingOf(sentence, phrase)?.prefixed, sentence).toBe(false);
  });
});
