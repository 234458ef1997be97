import { describe, expect, it } from 'vitest';
import { knownMethod, relationReader } from '../helpers/relations';

/** Relations read an acronym as the abstract defines it, whatever else the atlas means by its letters. */
describe('relations to an acronym the abstract defines', () => {
  const read = relationReader([
    knownMethod('Full fine-tuning', ['full fine-tuning', 'FFT']),
    knownMethod('Classifier-free guidance', ['classifier-free guidance', 'CFG']),
  ]);

  it('are none to the method the letters mean elsewhere when the abstract spells them out as something else', () => {
    expect(
      read(
        'Initially, a Fast Fourier Transform (FFT) was applied to both images. We propose X, which uses FFT features.',
        { ownName: 'X' },
      ),
    ).toEqual([]);
    expect(
      read('We propose X, a prompting approach that combines context-free grammar (CFG) with LLMs.', { ownName: 'X' }),
    ).toEqual([]);
  });

  it('keep the method the letters mean when the abstract spells it out so', () => {
    expect(read('We propose X, which outperforms full fine-tuning (FFT) on GLUE.', { ownName: 'X' })).toEqual([
      'compares-with FFT',
    ]);
  });
});

describe('a long form and its acronym after a name of the work', () => {
  const read = relationReader([knownMethod('Stable Diffusion', ['SDXL'], { model: true, listed: true })]);

  it('are the known model the long form spells, not a longer name begun at the coined word', () => {
    // "StableMotion … takes … Stable Diffusion (SD)": the coined name opens a clause of its own.
    expect(
      read('StableMotion framework takes text-to-image Stable Diffusion (SD) models as backbone for estimation.', {
        ownName: 'StableMotion',
      }),
    ).toEqual(['uses SD']);
  });
});

describe("a part the work defines as its own, spelled out as a known method's name with qualifiers", () => {
  const read = relationReader([
    knownMethod('VQ-VAE'),
    knownMethod('DPO', ['direct preference optimization'], {
      listed: true,
      listedAs: new Set(['dpo', 'direct preference optimization']),
    }),
  ]);

  it('is a form of that method, which the work builds on', () => {
    expect(
      read(
        'We propose FooNet. FooNet comprises two components: a Multi-Expert VQ-VAE (MEVQ-VAE) that adapts to each dataset.',
        {
          ownName: 'FooNet',
        },
      ),
    ).toEqual(['builds-on VQ-VAE']);
  });

  it('is read of the paper’s own method too, spelled out as a known method with qualifiers', () => {
    const splat = relationReader([
      knownMethod('3DGS', ['Gaussian Splatting', '3D Gaussian Splatting'], {
        listed: true,
        listedAs: new Set(['3dgs', 'gaussian splatting', '3d gaussian splatting']),
      }),
    ]);
    expect(
      splat(
        'We propose Event-driven Bundle Adjusted Deblur Gaussian Splatting (EBAD-Gaussian), which reconstructs sharp scenes.',
        {
          ownName: 'EBAD-Gaussian',
        },
      ),
    ).toEqual(['builds-on 3DGS']);
    // The known method spelled out whole is that method, however the paper frames it.
    expect(
      splat('We present FooLoc, an approach that supports queries within 3D Gaussian Splatting (3DGS).', {
        ownName: 'FooLoc',
      }),
    ).not.toContain('builds-on 3DGS');
    // The known name after a preposition is the object of the phrase, not its head.
    expect(splat('We propose Splatting within Gaussian Splatting (SGS), a learned prior.', { ownName: 'SGS' })).toEqual(
      [],
    );
    expect(
      splat('We propose Condition-Aware Reparameterization for Gaussian Splatting (CAR-GS), a learned shift.', {
        ownName: 'CAR-GS',
      }),
    ).toEqual([]);
  });

  it('is not read of a name a corpus paper’s definition gave a known method, which the vocabulary does not list', () => {
    const dpo = knownMethod('DPO', ['direct preference optimization', 'Preference Learning'], {
      listed: true,
      listedAs: new Set(['dpo', 'direct preference optimization']),
    });
    expect(
      relationReader([dpo])('We propose an Iterative Preference Learning (IPL) that builds a tree.', {
        ownName: 'IPL',
      }),
    ).toEqual([]);
  });

  it('is not read from a long form that runs across a bracket or a conjunction', () => {
    // The letters of "TDPO" reach back past "(SRFT) and": no words qualify the known name.
    expect(
      read(
        'We propose a video-thinking model to mitigate errors via supervised reasoning fine-tuning (SRFT) and direct preference optimization (TDPO)-- where SRFT enhances reasoning while TDPO reduces errors.',
      ),
    ).not.toContain('builds-on DPO');
  });
});

describe('an acronym this abstract alone defines, before the noun of models', () => {
  it('names a kind of model, not one to compare with', () => {
    expect(relationReader([])('Our method outperforms existing Text-to-3D Generation (T3DG) models.')).toEqual([]);
  });
});
