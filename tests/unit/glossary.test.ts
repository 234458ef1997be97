import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGlossary, type GlossaryPaper } from '../../src/lib/glossary';

const paper = (slug: string, abstract: string, title = `Paper ${slug}`): GlossaryPaper => ({ slug, title, abstract });

describe('buildGlossary lists every acronym the papers define', () => {
  it('gives each acronym its expansion, the papers defining it and every paper using it', () => {
    const glossary = buildGlossary([
      paper('a', 'We use Direct Preference Optimization (DPO) to align models.'),
      paper('b', 'Unlike DPO, our method needs no reference model.'),
      paper('c', 'Nothing about preferences here, only DPOs-free text and ADPO.'),
    ]);
    expect(glossary).toEqual([
      {
        acronym: 'DPO',
        anchor: 'dpo',
        expansions: [{ longForm: 'Direct Preference Optimization', definedIn: ['a'] }],
        usedBy: ['a', 'b', 'c'],
      },
    ]);
  });

  it('counts plural definitions for the singular and finds plural mentions', () => {
    const glossary = buildGlossary([
      paper('a', 'Large language models (LLMs) are large.'),
      paper('b', 'A large language model (LLM) is one of them.'),
      paper('c', 'We fine-tune LLMs.'),
    ]);
    expect(glossary.map((entry) => entry.acronym)).toEqual(['LLM']);
    expect(glossary[0]!.expansions).toHaveLength(1);
    expect(glossary[0]!.expansions[0]!.definedIn).toEqual(['a', 'b']);
    expect(glossary[0]!.usedBy).toEqual(['a', 'b', 'c']);
  });

  it('keeps different expansions apart, the most common first, and merges case and hyphen variants', () => {
    const glossary = buildGlossary([
      paper('a', 'We apply supervised fine-tuning (SFT) first.'),
      paper('b', 'Then Supervised Fine Tuning (SFT) again.'),
      paper('c', 'Or sparse fine-tuning (SFT) instead.'),
    ]);
    expect(glossary[0]!.expansions.map((expansion) => [expansion.longForm, expansion.definedIn])).toEqual([
      ['supervised fine-tuning', ['a', 'b']],
      ['sparse fine-tuning', ['c']],
    ]);
  });

  it('sorts acronyms alphabetically and gives case variants distinct anchors', () => {
    const glossary = buildGlossary([
      paper('a', 'Results are state-of-the-art (SOTA). Zeroth-order (ZO) methods help.'),
      paper('b', 'Results are State-of-the-Art (SoTA).'),
      paper('c', 'Structured Sparse Fine-Tuning (S^{2}FT) is fast.'),
    ]);
    expect(glossary.map((entry) => [entry.acronym, entry.anchor])).toEqual([
      ['S^{2}FT', 's2ft'],
      ['SOTA', 'sota'],
      ['SoTA', 'sota-2'],
      ['ZO', 'zo'],
    ]);
  });

  it('leaves out a long form read across a sentence boundary', () => {
    const glossary = buildGlossary([
      paper('a', 'We use greedy decoding. Experiments on several benchmarks (GSM8K) agree.'),
    ]);
    expect(glossary).toEqual([]);
  });
});

describe('buildGlossary finds the papers using an acronym through a word index', () => {
  /** The definition the index must agree with: the acronym (or its plural) as a whole word, anywhere. */
  const usesAcronym = (text: string, acronym: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}s?(?![\\p{L}\\p{N}])`, 'u').test(
      text,
    );

  it('agrees with testing every paper, for acronyms with digits, hyphens and plurals', () => {
    const words = [
      'DPO',
      'DPOs',
      'LLaMA-2',
      'LLaMA',
      'S2FT',
      'GPT-4o',
      'x',
      'model',
      'ADPO',
      'LLaMA-2s',
      '(DPO)',
      'GPT-4',
      'GPT',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        (texts) => {
          const papers = [
            paper(
              'defs',
              'Direct Preference Optimization (DPO), Large Language Model Meta AI (LLaMA-2) and Generative Pretrained Transformer (GPT-4o).',
            ),
            ...texts.map((words, index) => paper(`p${index}`, words.join(' '), `T${index}`)),
          ];
          for (const entry of buildGlossary(papers)) {
            const expected = papers
              .filter((item) => usesAcronym(`${item.title} ${item.abstract}`, entry.acronym))
              .map((item) => item.slug);
            expect(entry.usedBy).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
