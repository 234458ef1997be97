import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import type { Slug } from '../../src/pipeline/types';

// A vocabulary where "SFT" is supervised fine-tuning, and MMLU is known by its letters only.
const vocabulary = loadVocabulary(
  `
methods:
  - { id: supervised-fine-tuning, label: SFT, aliases: [supervised fine-tuning] }
  - { id: sparse-fine-tuning, label: Sparse fine-tuning, aliases: [] }
datasets:
  - { id: mmlu, label: MMLU, aliases: [] }
`,
  'vocabulary.yaml',
).vocabulary;
const topics = loadTaxonomy(
  `
topics:
  - { id: instruction-tuning, label: Instruction tuning, aliases: [supervised fine-tuning, SFT] }
`,
  'taxonomy.yaml',
).topics;

const abstracts = [
  'We study sparse fine-tuning (SFT), which updates few weights. SFT matches dense updates and SFT is cheap.',
  'Supervised finetuning (SFT) on curated data helps. We find that SFT on few examples suffices.',
  'We evaluate on Massive Multitask Language Understanding (MMLU) and improve MMLU accuracy.',
  'We compare SFT with preference optimisation and find SFT forgets less.',
];
const papers = abstracts.map((abstract, index) => ({
  key: `k${index}`,
  slug: `p${index}` as Slug,
  name: null,
  title: `Paper ${index}`,
  abstract,
  source: { file: 'corpus.txt', line: index * 3 + 1 },
}));
const [sparse, supervised, defined, undefinedHere] = extractCorpus(papers, { topics, vocabulary });
const values = (tags: Array<{ value: string }> | undefined) => tags?.map((tag) => tag.value);

describe('an acronym the abstract defines', () => {
  it('means the long form the abstract gives, not what the vocabulary means by the same letters', () => {
    expect(values(sparse?.tags.methods)).toEqual(['Sparse fine-tuning']);
    expect(values(sparse?.tags.topics)).toEqual([]);
  });

  it('keeps the vocabulary reading when the abstract spells out the same long form', () => {
    expect(values(supervised?.tags.methods)).toEqual(['SFT']);
    expect(values(supervised?.tags.topics)).toEqual(['instruction-tuning']);
  });

  it('keeps an entry the vocabulary knows only by its letters', () => {
    expect(values(defined?.tags.datasets)).toEqual(['MMLU']);
  });

  it('leaves other abstracts, which do not define it, to the vocabulary', () => {
    expect(values(undefinedHere?.tags.methods)).toEqual(['SFT']);
    expect(values(undefinedHere?.tags.topics)).toEqual(['instruction-tuning']);
  });
});
