import { describe, expect, it } from 'vitest';
import { changedPhrases, phraseFinder, recordPhrases } from '../../src/pipeline/method-match-record';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';

const matcher = (phrases: Array<[string, string]>, properName = false) =>
  new PhraseMatcher(phrases.flatMap(([term, phrase]) => compilePhrase(term, phrase, true, properName) ?? []));
const record = (phrases: Array<[string, string]>, properName = false) =>
  recordPhrases([matcher(phrases, properName)], (term: string) => term);
/** The phrases of `phrases` that differ from `base`'s, as the words they match. */
const changed = (base: Array<[string, string]>, phrases: Array<[string, string]>) =>
  changedPhrases(record(base), record(phrases)).map((phrase) => phrase.words.join(' '));

describe('the method-match record', () => {
  const base: Array<[string, string]> = [
    ['LoRA', 'LoRA'],
    ['DoRA', 'weight-decomposed adaptation'],
  ];

  it('keeps each phrase with its term, so a phrase added, dropped or naming another term differs', () => {
    expect(changed(base, [...base, ['Quokka', 'Quokka-Tune']])).toEqual(['quokka tune']);
    expect(changed(base, base.slice(1))).toEqual(['LoRA']);
    // The same phrases named in another order are the same record.
    expect(changed(base, [...base].reverse())).toEqual([]);
    // What a phrase names is part of it: the texts that name it are tagged with what it names.
    expect(changed(base, [['LoRA-2', 'LoRA'], base[1]!])).toEqual(['LoRA', 'LoRA']);
  });

  it.each([
    ['Quokka-Tune', 'We extend Quokka-Tune to images.', true],
    ['LoRA', 'Three LoRAs were merged.', true],
    ['Qwen', 'We fine-tune Qwen2.5-7B.', true],
    // The singular of a plural in "-ies".
    ['learned proxy', 'Learned proxies replace the reward.', true],
    ['Quokka-Tune', 'Quokka and its tune.', false],
    ['LoRA', 'Flora and fauna of the region.', false],
    // A long form starting with "A" matches where all of it is written, not at every article.
    ['A Dialectic Debate', 'A debate is a dialectic exchange.', false],
    ['A Dialectic Debate', 'We extend A Dialectic Debate to teams.', true],
  ])('finds where a changed phrase may match: %s in "%s"', (phrase, text, expected) => {
    const phrases = changedPhrases({}, record([['term', phrase]], true));
    expect(phraseFinder(phrases)(text)).toBe(expected);
  });

  it('finds nothing when no phrase changed', () => {
    expect(phraseFinder([])('LoRA and DoRA')).toBe(false);
  });
});
