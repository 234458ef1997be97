import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNumberMentions, normaliseValue } from '../../src/pipeline/claim-numbers';
import { compileClaimVocabulary, extractClaims, type ClaimInput } from '../../src/pipeline/extract-claims';
import { readMetrics, type MetricTerm } from '../../src/pipeline/load-metrics';
import { loadVocabulary } from '../../src/pipeline/load-vocabulary';

const METRICS: MetricTerm[] = [
  { label: 'accuracy', aliases: ['acc'], direction: 'higher', efficiency: false },
  { label: 'FID', aliases: ['fid'], direction: 'lower', efficiency: false },
  { label: 'mIoU', aliases: [], direction: 'higher', efficiency: false },
  { label: 'speedup', aliases: ['faster'], direction: 'higher', efficiency: true },
  { label: 'memory', aliases: [], direction: 'lower', efficiency: true },
];
const vocabulary = compileClaimVocabulary(METRICS);
const tag = (value: string) => ({ value, evidence: value });
const paper = (abstract: string, more: Partial<ClaimInput> = {}): ClaimInput => ({
  abstract,
  ownNames: ['Sparse MeZO'],
  datasets: [],
  models: [],
  ...more,
});

describe('numbers that can state a result', () => {
  it.each([
    ['a 9\\% gain', ['9%']],
    ['3.5x and 3times and 3$\\times$ and $3\\times$ and 2 times', ['3.5x', '3x', '3x', '3x', '2x']],
    ['1.5-2.7times and 17% to 28% and 65.2\\%--89.7\\%', ['1.5-2.7x', '17% to 28%', '65.2%-89.7%']],
    ['+1.27 points and 12.3-point and approx13%', ['+1.27 points', '12.3-point', '~13%']],
    ['at 124 / 78 FPS', ['124 FPS', '78 FPS']],
  ])('reads %s', (text, values) => {
    expect(findNumberMentions(text).map((mention) => mention.value)).toEqual(values);
  });

  it.each([
    'fine-tune LLaMA-30b and Llama 2 7B on 8 A100 GPUs',
    'in 2023, with 6K samples and 5.5 million images',
    'a 2.5-bit model on ImageNet 256times256 at 512 times 512',
    'within O(epsilon^{-3.5}) steps, GPT-2, CIFAR-10/100, H.266',
    'Claude 3.7 Sonnet and Wan 2.1 14B and Gemini 2.5 Pro',
    'using only 10% instruction tuning data, 9 times the size of X',
    'AUC (95% CI: 0.90-0.92), recall (95% CI 0.71, 0.76) and a 95% confidence interval of 0.83-0.87',
    'models such as Claude 3.5, Llama 3.1 and Alpaca-Eval 2.0; we present SV4D 2.0 (SV4D 2.0)',
  ])('finds no result in "%s"', (text) => {
    expect(findNumberMentions(text)).toEqual([]);
  });

  it('reads a share of performance as a result and the share of labels it needs as a setting', () => {
    expect(findNumberMentions('over 85% of its performance with just 10% of the labels').map((m) => m.value)).toEqual([
      '85%',
    ]);
  });

  it('writes LaTeX leftovers the way a reader does', () => {
    expect(normaliseValue('9\\%')).toBe('9%');
    expect(normaliseValue('3$\\times$')).toBe('3x');
    expect(normaliseValue('3times')).toBe('3x');
  });
});

describe('extractClaims', () => {
  it('reads a gain and a ratio with their measure, dataset and comparator', () => {
    const abstract =
      'Sparse MeZO is new. For example, it achieves a 9\\% absolute accuracy improvement and 3.5x speedup over MeZO on the RTE task.';
    const claims = extractClaims(paper(abstract, { datasets: [tag('RTE')] }), vocabulary);
    expect(claims).toEqual([
      expect.objectContaining({ value: '9%', kind: 'gain', metric: 'accuracy', dataset: 'RTE', comparator: 'MeZO' }),
      expect.objectContaining({ value: '3.5x', kind: 'ratio', metric: 'speedup', dataset: 'RTE', comparator: 'MeZO' }),
    ]);
    expect(claims[0]!.model).toBe('Sparse MeZO');
  });

  it('reads absolute results as scores, with the direction of their measure', () => {
    const claims = extractClaims(
      paper('We reach an FID of 1.30 on CIFAR-10.', { datasets: [tag('CIFAR-10')] }),
      vocabulary,
    );
    expect(claims).toEqual([
      expect.objectContaining({ value: '1.30', kind: 'score', metric: 'FID', direction: 'lower', dataset: 'CIFAR-10' }),
    ]);
  });

  it('gives each number its dataset in order when the sentence says "respectively"', () => {
    const abstract = 'It gains 2.4%, 1.4% and 1.3% in mIoU on ADE20K, Cityscapes, and VOC, respectively.';
    const claims = extractClaims(paper(abstract, { datasets: ['ADE20K', 'Cityscapes', 'VOC'].map(tag) }), vocabulary);
    expect(claims.map((claim) => [claim.value, claim.dataset])).toEqual([
      ['2.4%', 'ADE20K'],
      ['1.4%', 'Cityscapes'],
      ['1.3%', 'VOC'],
    ]);
  });

  it('reads "respectively" with every number in brackets and no dataset named, without a dataset', () => {
    const abstract = 'Both variants raise accuracy (2.1%) and (3.4%), respectively.';
    const claims = extractClaims(paper(abstract), vocabulary);
    expect(claims.map((claim) => [claim.value, claim.dataset])).toEqual([
      ['2.1%', null],
      ['3.4%', null],
    ]);
  });

  it('leaves out the values of comparators and the data a model was pretrained on', () => {
    const abstract =
      'SORSA achieved 10.36% accuracy, outperforming LoRA (5.50%), and accuracy from 61.79 to 66.94. When pretrained on Objects365, it attains 57.1% mIoU.';
    const claims = extractClaims(paper(abstract, { datasets: [tag('Objects365')] }), vocabulary);
    expect(claims.map((claim) => claim.value)).toEqual(['10.36%', '66.94', '57.1%']);
    expect(claims[2]!.dataset).toBeNull();
  });

  it('gives a claim the one dataset the paper is evaluated on when its sentence names only training data', () => {
    const abstract =
      'X-L achieves 54.0% AP on the COCO dataset. When pretrained on Objects365, X-L attains 57.1% AP, surpassing all existing detectors.';
    const claims = extractClaims(paper(abstract, { datasets: [tag('COCO'), tag('Objects365')] }), vocabulary);
    expect(claims.map((claim) => [claim.value, claim.dataset])).toEqual([
      ['54.0%', 'COCO'],
      ['57.1%', 'COCO'],
    ]);
  });

  it('keeps no dataset when the paper is evaluated on several and the sentence names none', () => {
    const abstract = 'Experiments on COCO and LVIS show gains. Our model reaches 57.1% AP.';
    const claims = extractClaims(paper(abstract, { datasets: [tag('COCO'), tag('LVIS')] }), vocabulary);
    expect(claims.map((claim) => claim.dataset)).toEqual([null]);
  });

  it('names a comparator without the full stop that ends its sentence', () => {
    const claims = extractClaims(
      paper('It attains 59.3% AP, surpassing all existing real-time detectors.'),
      vocabulary,
    );
    expect(claims.map((claim) => claim.comparator)).toEqual(['all existing real-time detectors']);
  });

  it('keeps a measure the vocabulary does not know as the abstract writes it', () => {
    const abstract =
      'Our tracker reaches 63.1 HOTA on MOT17 and an NDS of 65.2 while it needs 30% less GPU memory; it gains 2.1% accuracy, 1.2 AP and 0.8 IDF1.';
    const claims = extractClaims(paper(abstract), vocabulary);
    expect(claims.map((claim) => [claim.value, claim.metric, claim.direction])).toEqual([
      ['63.1', 'HOTA', null],
      ['65.2', 'NDS', null],
      ['30%', 'memory', 'lower'],
      ['2.1%', 'accuracy', 'higher'],
      ['1.2', 'AP', null],
      ['0.8', 'IDF1', null],
    ]);
    const named = extractClaims(
      paper('It outperforms LoRA by 5.69% on average and fits a single A100 80GB GPU, reaching 52.1 FPS.'),
      vocabulary,
    );
    expect(named.map((claim) => claim.metric)).toEqual([null, null, null]);
  });

  it('reads versions apart from scores written after a measure', () => {
    const claims = extractClaims(
      paper('It reaches FID 2.1 and 0.9 accuracy where SV4D 2.0 and Claude 3.5 fail.'),
      vocabulary,
    );
    expect(claims.map((claim) => claim.value)).toEqual(['2.1', '0.9']);
  });

  it('reads a share in brackets and a saving as ratios', () => {
    const claims = extractClaims(
      paper('It runs with 97 ms latency (6% of ViT) and saves 78.8% tokens while it improves accuracy by 2.4%.'),
      vocabulary,
    );
    expect(claims.map((claim) => [claim.value, claim.kind])).toEqual([
      ['97 ms', 'score'],
      ['6%', 'ratio'],
      ['78.8%', 'ratio'],
      ['2.4%', 'gain'],
    ]);
  });

  it('names a whole comparator even when it stands far from the number', () => {
    const abstract =
      'It leads to an average of 20% improvement in multi-hop reasoning accuracy on the MQuAKE dataset compared to existing KE methods.';
    expect(extractClaims(paper(abstract), vocabulary).map((claim) => claim.comparator)).toEqual([
      'existing KE methods',
    ]);
  });

  it('keeps an unknown measure defined in brackets before "of"', () => {
    const claims = extractClaims(paper('An Equal Error Rate (EER) of 1.5 is obtained for face.'), vocabulary);
    expect(claims.map((claim) => [claim.value, claim.metric])).toEqual([['1.5', 'EER']]);
  });

  it('reads percent written as a word, and a range that runs to "over" its upper bound', () => {
    expect(findNumberMentions('precision (94 percent), from 80% to over 99%').map((m) => m.value)).toEqual([
      '94 percent',
      '80% to over 99%',
    ]);
  });

  it('reads "gains of up to" as a gain, and a measure glued to a size as no measure', () => {
    const abstract =
      'We pre-train 3B-parameter models, and X yields consistent gains of up to 3.7% on common benchmarks.';
    const claims = extractClaims(
      paper(abstract),
      compileClaimVocabulary([...METRICS, { label: 'parameters', aliases: [], direction: 'lower', efficiency: true }]),
    );
    expect(claims.map((claim) => [claim.value, claim.kind, claim.metric])).toEqual([['3.7%', 'gain', null]]);
  });

  it('takes neither a gain nor a comparator from a measure named "X over Y"', () => {
    const claims = extractClaims(
      paper('AUC scores exceeded 0.93, and Intersection over Union (IoU) values were above 0.91.'),
      vocabulary,
    );
    expect(claims.map((claim) => [claim.value, claim.kind, claim.comparator])).toEqual([
      ['0.93', 'score', null],
      ['0.91', 'score', null],
    ]);
  });

  it('reads both ends of a range a sentence says results range over', () => {
    const claims = extractClaims(paper('It gains from +8.7 to +15.1 F1, ranging from +8.7 to +15.1 F1.'), vocabulary);
    expect(claims.map((claim) => claim.value)).toEqual(['+15.1', '+8.7', '+15.1']);
  });

  it('gives each number of a list the kind the words after the list say', () => {
    const abstract =
      'It achieves 2.4%, 1.4% and 1.3% improvements in mIoU; we achieve approx13% and approx25% reduction in memory.';
    const claims = extractClaims(paper(abstract), vocabulary);
    expect(claims.map((claim) => [claim.value, claim.kind])).toEqual([
      ['2.4%', 'gain'],
      ['1.4%', 'gain'],
      ['1.3%', 'gain'],
      ['~13%', 'ratio'],
      ['~25%', 'ratio'],
    ]);
  });

  it('reads a relative cost as a ratio', () => {
    const claims = extractClaims(paper('It matches LoRA while using 30% less memory.'), vocabulary);
    expect(claims).toEqual([expect.objectContaining({ value: '30%', kind: 'ratio', metric: 'memory' })]);
  });

  it('quotes only text the abstract contains', () => {
    const abstract =
      'Our method improves accuracy by 4.6% and 1.3% compared to LoRA; it is 2x faster. Results: FID 2.10 on X.';
    for (const claim of extractClaims(paper(abstract), vocabulary)) expect(abstract).toContain(claim.evidence);
  });

  it('reads hostile abstracts as text and never fails', () => {
    const digits = '9'.repeat(10_000);
    const abstract = `{props.x} <script>alert(1)</script> gains 5% $\\frac{1}{2}$ and ${digits}% and $3\\times$ </p>{`;
    const claims = extractClaims(paper(abstract), vocabulary);
    for (const claim of claims) {
      expect(abstract).toContain(claim.evidence);
      expect(claim.value).not.toMatch(/[<>{}]/u);
      expect(claim.value.length).toBeLessThan(40);
    }
    expect(claims.map((claim) => claim.value)).toContain('5%');
  });
});

describe('the metrics vocabulary', () => {
  it('reads names, lists of names and entries with a direction', () => {
    const read = readMetrics(['BLEU', ['ssim', 'PSNR'], { label: 'FID', aliases: ['fid score'], direction: 'lower' }]);
    expect('metrics' in read && [...read.metrics.names]).toEqual(['bleu', 'ssim', 'psnr', 'fid', 'fid score']);
    expect('metrics' in read && read.metrics.terms).toEqual([
      { label: 'FID', aliases: ['fid score'], direction: 'lower', efficiency: false },
    ]);
  });

  it('names the item that is neither', () => {
    expect(readMetrics(['BLEU', { label: 'FID', direction: 'down' }])).toEqual({
      badItem: 1,
      message: expect.stringContaining('item 2'),
    });
  });

  it('reads the short names of measures in content/vocabulary.yaml as acronyms, not as English words', () => {
    const file = 'content/vocabulary.yaml';
    const atlas = compileClaimVocabulary(loadVocabulary(readFileSync(file, 'utf8'), file).vocabulary.metricTerms);
    const measures = (abstract: string) => extractClaims(paper(abstract), atlas).map((claim) => claim.metric);
    expect(measures('This performance is 1.83% better than the feature map of 2.5% em dashes.')).toEqual([null, null]);
    expect(measures('It reaches an IS of 9.8, 45.1 MAP and 81.2% EM.')).toEqual([
      'inception score',
      'mAP',
      'exact match',
    ]);
  });
});
