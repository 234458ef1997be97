import { describe, expect, it } from 'vitest';
import { extractRelations, indexMethodsForLineage, type MethodEntity } from '../../src/pipeline/extract-relations';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import { evaluatesModels } from '../../src/pipeline/relation-evaluation';
import { blankMarkup } from '../../src/pipeline/relation-frames';

const model = (name: string, aliases: string[] = []): MethodEntity => ({
  name,
  aliases: new Set([name, ...aliases]),
  introducedBy: null,
  model: true,
});
const llama = model('LLaMA', ['Llama']);
const claude = model('Claude');
const lora: MethodEntity = { name: 'LoRA', aliases: new Set(['LoRA']), introducedBy: null };
const matcher = new PhraseMatcher([
  ...[llama, claude].flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias, true) ?? [])),
  compilePhrase(lora, 'LoRA')!,
]);

function read(abstract: string, ownName: string | null = null) {
  return extractRelations({
    title: 'A Title',
    abstract,
    own: undefined,
    ownName,
    methods: indexMethodsForLineage([lora]),
    matcher,
    isNotMethod: (name) => ['GLUE'].includes(name),
  })
    .map((r) => `${r.type} ${r.target}`)
    .sort();
}

describe('a study that evaluates models', () => {
  it.each([
    ['We evaluate four LLMs on legal tasks.', true],
    ['Evaluating four frontier models on 40 episodes, we find over-triggering.', true],
    ['We present a preliminary evaluation of LLMs in legal scenarios.', true],
    ['Our analysis includes 9 LLMs and 17 tasks.', true],
    ['Finally, we use our tool to compare popular text-to-image models.', true],
    // The paper's own models, or models already spoken of, are not a set brought in to be measured.
    ['We evaluate our models on three benchmarks.', false],
    ["We evaluate the models' transfer to new domains.", false],
    ['We evaluate the method on GLUE.', false],
    ['Large models are evaluated by humans.', false],
    // "models" the verb.
    ['WSSB includes Freq-SSM, a module that models high-frequency degradation.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(evaluatesModels(sentence)).toBe(expected);
  });

  it('compares with every specific model it names, in its findings and in its background', () => {
    const abstract =
      'Reasoning models, such as Llama-4 and Jamba 1.6, excel at mathematics. ' +
      'We present an evaluation of LLMs on legal reasoning. ' +
      'We find that Claude Sonnet 4.5 and GPT-5.2 still fail on multi-defendant cases.';
    expect(read(abstract)).toEqual([
      'compares-with Claude Sonnet 4.5',
      'compares-with GPT-5.2',
      'compares-with Jamba 1.6',
      'compares-with Llama-4',
    ]);
  });

  it('keeps a model the study says it used as a tool, and reads nothing in a paper that evaluates no models', () => {
    const abstract = 'We evaluate six LLMs on safety, using Llama-3 as the judge. Claude 3 refuses most often.';
    expect(read(abstract)).toEqual(['compares-with Claude 3', 'uses Llama-3']);
    expect(read('We fine-tune a classifier on GLUE. Claude 3 refuses most often.')).toEqual([]);
  });
});

describe('names in an abstract', () => {
  it('reads a capitalised word a cue governs as a proper name, but not a run of capitalised words', () => {
    expect(read('Our forecaster outperforms Informer and Autoformer on long horizons.')).toEqual([
      'compares-with Autoformer',
      'compares-with Informer',
    ]);
    expect(read('Our forecaster outperforms Graph Neural Networks on long horizons.')).toEqual([]);
  });

  it('reads no method from a web address', () => {
    expect(blankMarkup('Code: https://github.com/SomeOne/SomeTool here')).toBe(`Code: ${' '.repeat(35)} here`);
    expect(read('We compare with LoRA; see https://github.com/LeonGuertler/TextArena and www.Example.org.')).toEqual([
      'compares-with LoRA',
    ]);
  });

  it('reads a variant after a version as part of the name, and no possessive', () => {
    expect(read('On LongVideoBench, our method outperforms Gemini 2.5 pro by 3.6%.')).toEqual([
      'compares-with Gemini 2.5 pro',
    ]);
    expect(read("Our method outperforms GPT-5.2's answers.")).toEqual(['compares-with GPT-5.2']);
  });

  it('reads examples as targets only when they are examples of methods', () => {
    expect(read('Our approach outperforms radiomics in multiple diseases, including Crohn disease (CD).')).toEqual([]);
    const diseases = 'in several diseases, including cardiovascular disease (CVD) and chronic kidney disease (CKD).';
    expect(read(`Our approach outperforms radiomics ${diseases}`)).toEqual([]);
    expect(read('Our approach outperforms strong baselines, including Informer.')).toEqual(['compares-with Informer']);
  });

  it('reads "augment X with Y" as building on X, and "(X for short)" as a definition', () => {
    expect(read('We augment Assumption Based Argumentation (ABA for short) with weights.')).toEqual(['builds-on ABA']);
  });

  it('reads the models a work ran on when it names their kind first', () => {
    expect(read('Experiments on two text-to-image models, Jamba-2 and PixArt-Sigma, show large gains.')).toEqual([
      'uses Jamba-2',
      'uses PixArt-Sigma',
    ]);
  });
});
