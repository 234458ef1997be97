import { describe, expect, it } from 'vitest';
import { readMacro, titleName } from '../../src/lib/math/author-macros';

describe('titleName', () => {
  it.each([
    ['Sparse MeZO: Less Parameters for Better Performance', 'Sparse MeZO'],
    ['Pixel Reasoner: Incentivizing Pixel-Space Reasoning', 'Pixel Reasoner'],
    ['QUARTZ : QA-based Unsupervised Abstractive Refinement', 'QUARTZ'],
    ['When Gradient Optimization Is Not Enough: A Regularizer', undefined],
    ['a survey of things: what we know', undefined],
    ['Learning Deblurring Texture Prior from Unpaired Data', undefined],
    ['$\\mathcal{A}$LLM: a name in TeX', undefined],
  ])('%s → %s', (title, expected) => {
    expect(titleName(title)).toBe(expected);
  });
});

describe('readMacro', () => {
  it.each([
    ['\\ourmodel', [], 'FooNet', { kind: 'name', text: 'FooNet' }],
    ['\\method{}', [''], 'FooNet', { kind: 'name', text: 'FooNet' }],
    ['\\alinet', [], 'AliNet', { kind: 'name', text: 'AliNet' }],
    ['\\benchName', [], 'POSH-Bench', { kind: 'name', text: 'POSH-Bench' }],
    ['\\dataset', [], 'FooNet', undefined],
    ['\\ourmodel', [], undefined, undefined],
    ['\\tit{asymmetry}', ['asymmetry'], undefined, { kind: 'argument', open: '\\tit{', text: 'asymmetry', close: '}' }],
    ['\\deleted{ly}', ['ly'], undefined, { kind: 'nothing' }],
    ['\\bW_k', [], 'FooNet', undefined],
  ] as const)('%s', (source, args, selfName, expected) => {
    const name = source.slice(1).match(/^[A-Za-z]+/u)![0];
    expect(readMacro(source, { name, args: [...args] }, { selfName })).toEqual(expected);
  });
});
