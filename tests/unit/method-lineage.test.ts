import { describe, expect, it } from 'vitest';
import { basesNamedAlone } from '../../src/pipeline/method-lineage';
import { knownMethod, relationReader } from '../helpers/relations';

/** Relations read with no method known to the corpus: a base is read from the name and the abstract. */
const relations = relationReader([]);

/** The bases `ownName` is named after, read from `abstract` split at full stops. */
const bases = (ownName: string, abstract: string, longForms: Record<string, string> = {}) =>
  basesNamedAlone(
    ownName,
    abstract.split(/(?<=\.)\s+/u),
    new Map(),
    new Map(Object.entries(longForms)),
    (name) => name === 'ImageNet',
  ).map((base) => base.name);

describe('a method named after a base the abstract writes on its own', () => {
  it.each([
    // A name with digits, with inner capitals, an acronym: on its own anywhere in the abstract.
    ['Fast-Glow2', 'Glow2 is a flow model. Our Fast-Glow2 samples it in fewer steps.', ['Glow2']],
    ['LiteZipNet', 'ZipNet compresses weights; LiteZipNet prunes ZipNet further.', ['ZipNet']],
    // A bare acronym the abstract does not spell out may be a task, a format or a field.
    ['PQR-TTA', 'We extend the TTA method of earlier work. PQR-TTA adapts at test time.', []],
    // A plain capitalised word glued to an affix, written alone mid-sentence in two sentences.
    [
      'XKestrel',
      'We start from the Kestrel solver of prior work. XKestrel runs the Kestrel updates on sparse blocks.',
      ['Kestrel'],
    ],
    // Written alone in one sentence only, it may be a proper noun of any kind.
    ['XKestrel', 'Inspired by the Kestrel bird, XKestrel hunts for sparse blocks.', []],
    // Set off by a hyphen, a plain word is as often a word of the name's own.
    ['QT-Hydra', 'We revisit the Hydra decoder. The Hydra heads draft tokens, and QT-Hydra quantises them.', []],
    // Only at the start of sentences, where any word is capitalised; or glued to another name.
    ['KNNQuant', 'Quant is slow. Quant is old. We speed up the ZipQuant tokenizer with KNNQuant.', []],
    // Written in lower case too: an ordinary word.
    ['ZOSparse', 'ZOSparse makes ZO sparse. It keeps the Sparse updates of Sparse training.', []],
    // After an indefinite article and before no kind noun, a kind the work is one of.
    ['ABC-MLP', 'An MLP is trained. ABC-MLP adds gates to it.', []],
  ])('%s in "%s" → %j', (ownName, abstract, expected) => {
    expect(bases(ownName, abstract)).toEqual(expected);
  });

  it('takes a bare acronym the abstract spells out as a name for a base', () => {
    expect(
      bases('PQR-TTA', 'We extend Test-Time Anchoring (TTA) of earlier work. PQR-TTA adapts at test time.', {
        TTA: 'Test-Time Anchoring',
      }),
    ).toEqual(['TTA']);
  });

  it('takes a base written only inside the full name for nothing', () => {
    expect(bases('Glow2-XL', 'We train Glow2-XL on more data and release Glow2-XL checkpoints.')).toEqual([]);
  });

  it('takes a task, a family, a modality or the work’s own part for no base', () => {
    // A task defined by its long form, and one a task noun follows.
    expect(
      bases('FedVSR', 'Video Super-Resolution (VSR) restores detail. FedVSR trains VSR models.', {
        VSR: 'Video Super-Resolution',
      }),
    ).toEqual([]);
    expect(bases('PQ-HOI', 'We study HOI understanding. PQ-HOI is fast.')).toEqual([]);
    // A lower-case long form names a term.
    expect(
      bases('Robust-CIL', 'Adopting CIL is needed. Robust-CIL helps.', { CIL: 'class-incremental learning' }),
    ).toEqual([]);
    // A family, a modality.
    expect(bases('DnLUT', 'DnLUT beats all LUT-based methods. LUT methods are fast.')).toEqual([]);
    expect(bases('TIR-Net2', 'TIR images are noisy. TIR-Net2 denoises them.')).toEqual([]);
    // The work's own part, a kind the work is one of, a name it gives itself.
    expect(bases('CB-RBX', 'The proposed RBX uses blocks. CB-RBX wins.')).toEqual([]);
    expect(bases('MaskSDM', 'We introduce MaskSDM, a novel deep learning-based SDM that selects inputs.')).toEqual([]);
    expect(bases('IntriUAP', 'We propose a method called Intrinsic UAP (IntriUAP).')).toEqual([]);
    // A task the abstract defines and says is one; a part of the work's own model.
    expect(bases('FastLSR', 'Lane Surface Reading (LSR) is crucial for driving. FastLSR speeds LSR up.')).toEqual([]);
    expect(bases('ViG5-UNet', 'The ViG5 module links vessels. ViG5-UNet segments them.')).toEqual([]);
    // The first release of the paper's own method is no base of it; a later one builds on the first.
    expect(bases('KiteNet 1.0', 'We release KiteNet 1.0. KiteNet reads thyroid scans.')).toEqual([]);
    expect(bases('KiteNet 2.0', 'KiteNet 2.0 improves on its predecessor KiteNet in recall.')).toEqual(['KiteNet']);
    // A benchmark's name and a field term.
    expect(bases('ImageNet-X2', 'ImageNet is large. ImageNet-X2 relabels it.')).toEqual([]);
  });

  it('reads no base for a paper that makes data', () => {
    expect(
      relations('We translate QuizSet into nine languages. QuizSet is a fact checking set.', {
        title: 'Poly-QuizSet: A Multilingual Fact Checking Benchmark',
        ownName: 'Poly-QuizSet',
      }),
    ).toEqual([]);
  });

  it('reads no base from a name of several words', () => {
    expect(bases('Inclusive STEAM Education', 'STEAM education matters. We teach STEAM to children.')).toEqual([]);
  });

  it('is a builds-on relation with the sentence that writes the base', () => {
    expect(
      relations('Pix4Pix is widely used for translation. We propose an enhanced Pix4Pix framework with attention.', {
        title: 'SRX-Pix4Pix: Medical Image Translation',
        ownName: 'SRX-Pix4Pix',
      }),
    ).toEqual(['builds-on Pix4Pix']);
  });

  it('leaves a known base to the lineage of known names', () => {
    const reader = relationReader([knownMethod('LoRA')]);
    expect(
      reader('LoRA adapts weights. LoRA-QX quantises LoRA.', { title: 'LoRA-QX: Quantised LoRA', ownName: 'LoRA-QX' }),
    ).toEqual(['builds-on LoRA']);
  });
});
