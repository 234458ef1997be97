import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions, findLongForm, singularAcronym } from '../../src/pipeline/acronyms';
import { extractName, nameFromAbstract, nameFromTitle } from '../../src/pipeline/extract-name';

describe('findAcronymDefinitions', () => {
  it.each([
    ['we use Direct Preference Optimization (DPO) to align', 'DPO', 'Direct Preference Optimization'],
    ['sparsely-gated mixture-of-experts (MoE) has been', 'MoE', 'mixture-of-experts'],
    ['Memory-efficient Zeroth-order (MeZO) optimizers', 'MeZO', 'Memory-efficient Zeroth-order'],
    ['with Proximal Policy Optimization (PPO) and', 'PPO', 'Proximal Policy Optimization'],
    ['a family of Structured Sparse Fine-Tuning (S^{2}FT) methods', 'S^{2}FT', 'Structured Sparse Fine-Tuning'],
  ])('%s', (text, acronym, longForm) => {
    expect(findAcronymDefinitions(text)).toEqual([{ acronym, longForm }]);
  });

  it('ignores parentheses that do not define an acronym', () => {
    expect(findAcronymDefinitions('results (see Table 2) of models (e.g. GPT) and ours (ABC)')).toEqual([]);
  });

  it('finds no long form when the words do not spell the acronym', () => {
    expect(findLongForm('XYZ', 'completely unrelated words here')).toBeNull();
  });
});

describe('singularAcronym', () => {
  it.each([
    ['LLMs', 'LLM'],
    ['VLMs', 'VLM'],
    ['DPO', 'DPO'],
    ['MoEs', 'MoE'],
  ])('%s → %s', (plural, singular) => expect(singularAcronym(plural)).toBe(singular));
});

describe('method names', () => {
  it.each([
    ['Sparse MeZO: Less Parameters for Better Performance', 'Sparse MeZO'],
    ['S^{2}FT: Efficient, Scalable and Generalizable LLM Fine-tuning', 'S^{2}FT'],
    ['Split & Merge: Unlocking the Potential of Visual Adapters', 'Split & Merge'],
    ['Survey: A Review of Everything', null],
    ['Beyond Reverse KL: Generalizing Direct Preference Optimization', null],
    ['Aligning Large Language Models with Human Feedback: A Study', null],
    ['Fine-Tuning Language Models with Just Forward Passes', null],
  ])('title %j names %j', (title, name) => expect(nameFromTitle(title)).toBe(name));

  it.each([
    ['To address this, we propose CorDA, a method.', 'CorDA'],
    ['We call it a thing, dubbed UCoFiA, which works.', 'UCoFiA'],
    ['we propose a memory-efficient zerothorder optimizer (MeZO), adapting', 'MeZO'],
    ['we propose a simple yet effective parameter selection scheme.', null],
  ])('abstract %j names %j', (abstract, name) => expect(nameFromAbstract(abstract)).toBe(name));

  it('prefers the title over the abstract when the abstract uses the title name', () => {
    expect(extractName('VideoSAVi: Self-Aligned Video Language Models', 'we propose VideoSAVi, and we propose VSV (Video Something)')).toBe('VideoSAVi');
  });

  it('prefers the coined name of the abstract over a title slogan the abstract never repeats', () => {
    expect(extractName('Split & Merge: Unlocking Adapters', 'we propose Mixture of Sparse Adapters, or MoSA, as a method')).toBe('MoSA');
  });

  it('prefers the acronym the abstract defines for a spelled-out title name', () => {
    expect(extractName('Step-aware Preference Optimization: Aligning Things', 'we propose Step-aware Preference Optimization (SPO), a method')).toBe('SPO');
  });

  it.each([
    ['This paper presents f-DPO, a generalized approach', 'f-DPO'],
    ['we propose a method, LoRA Silver Bullet or LoRA-SB, that approximates', 'LoRA-SB'],
    ['we propose On-Policy Alignment (OPA)-DPO framework, which', 'OPA-DPO'],
    ['We motivate and present feature selective anchor-free (FSAF) module, a', 'FSAF'],
    ['by proposing Self-Improving Robust Preference Optimization SRPO, a practical', 'SRPO'],
    ['We present deita (short for Data-Efficient Instruction Tuning for Alignment)', 'deita'],
  ])('abstract %j names %j', (abstract, name) => expect(nameFromAbstract(abstract)).toBe(name));
});
