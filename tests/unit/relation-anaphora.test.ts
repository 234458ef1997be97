import { describe, expect, it } from 'vitest';
import { knownMethod, relationReader } from '../helpers/relations';

/**
 * A cue whose object is a demonstrative ("based on these findings", "building on this") has its
 * object already: it governs no name the sentence writes after it.
 */

const read = relationReader([knownMethod('LoRA', ['low-rank adaptation'], { listed: true })]);
const relations = (abstract: string) => read(abstract).sort();

describe('a cue whose object is a demonstrative', () => {
  it.each([
    'Based on these findings, we propose a dual strategy: DiaNet improves reasoning and TuneX adapts it.',
    'Based on this, we propose MCAF-Net, a novel framework tailored for real-world RSID.',
    'Building on these insights, we introduce HydraNet, which routes tokens by entropy.',
  ])('relates to no later name: %s', (abstract) => {
    expect(relations(abstract)).toEqual([]);
  });

  it.each([
    ['Based on LoRA, we propose HydraNet for routing.', ['builds-on LoRA']],
    ['Our method outperforms these baselines, including LoRA, on every task.', ['compares-with LoRA']],
  ])('still relates to a name it governs: %s', (abstract, expected) => {
    expect(relations(abstract)).toEqual(expected);
  });
});
