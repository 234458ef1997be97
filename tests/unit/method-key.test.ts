import { describe, expect, it } from 'vitest';
import { buildCatalog, methodNamed } from '../../src/lib/catalog';
import { methodKey, methodSlug } from '../../src/lib/method-key';
import { paperRecord } from '../helpers/records';

describe('methodKey', () => {
  it.each([
    ['Llama 3', 'Llama-3', 'LLaMA3', 'LLaMA 3'],
    ['Qwen2.5', 'Qwen-2.5', 'Qwen 2.5'],
    ['U-Net', 'UNet', 'U Net'],
    ['ResNet-50', 'ResNet50'],
    ['GPT-4o-mini', 'GPT4o-mini'],
  ])('is one for the spellings of one name: %s', (...spellings) => {
    expect(new Set(spellings.map(methodKey)).size).toBe(1);
  });

  it.each([
    ['Qwen2.5', 'Qwen25'],
    ['Qwen2-57B', 'Qwen2.5-7B'],
    ['LoRA+', 'LoRA'],
    ['GradCAM++', 'GradCAM'],
    ['Llama 3', 'Llama 3.1'],
  ])('tells %s from %s', (a, b) => {
    expect(methodKey(a)).not.toBe(methodKey(b));
  });

  it("is the key of the method's own slug, so an old URL finds its method", () => {
    for (const name of ['Llama 3', 'LoRA+', 'Qwen2.5-7B', 'PAGE'])
      expect(methodKey(methodSlug(name))).toBe(methodKey(name));
  });
});

describe('methodSlug', () => {
  it('spells a plus out, so a variant does not take its base’s page', () => {
    expect(methodSlug('LoRA+')).toBe('lora-plus');
    expect(methodSlug('LoRA')).toBe('lora');
  });
});

describe('the catalog’s methods under several spellings', () => {
  const uses = (slug: string, target: string) =>
    paperRecord({
      slug,
      relations: [{ type: 'uses', target, targetSlug: null, evidence: `We fine-tune ${target}.` }],
    });
  const catalog = buildCatalog(
    [
      uses('a', 'Llama-3'),
      uses('b', 'Llama3'),
      uses('c', 'Llama3'),
      uses('d', 'LoRA'),
      uses('e', 'LoRA+'),
      paperRecord({ slug: 'f', methods: ['LoRA', 'LoRA+'] }),
    ],
    [],
  );

  it('are one method, called as papers write it most often, with the other spellings as aliases', () => {
    const llama = catalog.methods.find((method) => method.name === 'Llama3');
    expect(llama).toMatchObject({ slug: 'llama3', aliases: ['Llama-3'] });
    expect(llama?.usedBy.map((entry) => entry.paper)).toEqual(['a', 'b', 'c']);
    expect(catalog.methods.filter((method) => methodKey(method.name) === 'llama3')).toHaveLength(1);
  });

  it('are found under any spelling, and a variant with a plus is its own method', () => {
    expect(methodNamed(catalog, 'Llama 3')?.slug).toBe('llama3');
    expect(methodNamed(catalog, 'LLaMA-3')?.slug).toBe('llama3');
    expect(methodNamed(catalog, 'LoRA')?.usedBy.map((entry) => entry.paper)).toEqual(['d']);
    expect(methodNamed(catalog, 'LoRA+')).toMatchObject({ slug: 'lora-plus', usedBy: [{ paper: 'e' }] });
  });

  it('take the spelling of the paper that introduces the method', () => {
    const introduced = buildCatalog(
      [paperRecord({ slug: 'x', name: 'Qwen-2.5' }), uses('y', 'Qwen2.5'), uses('z', 'Qwen2.5')],
      [],
    );
    expect(introduced.methods.map((method) => [method.name, method.slug])).toEqual([['Qwen-2.5', 'qwen-2-5']]);
  });
});
