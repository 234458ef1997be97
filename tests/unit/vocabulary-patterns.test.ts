import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/pipeline/match-terms';
import { loadVocabulary } from '../../src/pipeline/load-vocabulary';
import { fieldTerms, spellings, termPatterns } from '../../src/pipeline/vocabulary-patterns';

const term = (label: string, aliases: string[] = []) => ({
  id: label.toLowerCase().replace(/[^a-z0-9]+/gu, '-'),
  label,
  aliases,
  prefix: false,
  family: false,
});

describe('the spellings of a vocabulary phrase', () => {
  it.each([
    ['full fine-tuning', ['full fine-tuning', 'full finetuning']],
    ['pre-training objective', ['pre-training objective', 'pretraining objective']],
    // Names are spelled one way.
    ['GPT-4', ['GPT-4']],
    ['LoRA-GA', ['LoRA-GA']],
  ])('%s → %j', (phrase, expected) => expect(spellings(phrase)).toEqual(expected));

  it('finds a hyphenated term written closed up, as one word', () => {
    const matcher = new PhraseMatcher(termPatterns([term('Full fine-tuning')]));
    const found = (text: string) => matcher.match(text).map((match) => match.text);
    expect(found('a gap of 0.2% to full-finetuning')).toEqual(['full-finetuning']);
    expect(found('a gap of 0.2% to full fine-tuning')).toEqual(['full fine-tuning']);
  });
});

describe('terms of the field', () => {
  const { vocabulary } = loadVocabulary(
    'tasks:\n  - id: crop\n    label: crop\n    aliases: [LLM]\n',
    'vocabulary.yaml',
  );

  it('compares names without case by default', () => {
    const isFieldTerm = fieldTerms([], vocabulary);
    expect(['crop', 'CROP', 'LLM', 'llm'].map(isFieldTerm)).toEqual([true, true, true, true]);
  });

  it('reads a word in capitals as an acronym, a term only where the vocabulary writes it so', () => {
    const isFieldTerm = fieldTerms([], vocabulary, { acronymsAsWritten: true });
    expect(['crop', 'Crop', 'CROP', 'LLM', 'LLMs'].map(isFieldTerm)).toEqual([true, true, false, true, true]);
  });
});
