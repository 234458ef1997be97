import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCheckout } from '../../scripts/lib/bench-checkout';
import { repeatedTo } from '../../scripts/lib/bench-corpus';
import { parseCorpus } from '../../src/pipeline/parse-corpus';
import { resultsMarkdown, type SizeResult } from '../../scripts/lib/bench-report';
import { measure, type RunResult } from '../../scripts/lib/measure-run';
import {
  commandOptions,
  formatBytes,
  formatSeconds,
  hugoSite,
  joinPapers,
  parseStageTimings,
  splitPapers,
} from '../../scripts/lib/bench';

describe('commandOptions', () => {
  it('reads --key=value options and a --flag alone as "true"', () => {
    expect([...commandOptions(['--sizes=105,1000', '--cold-only'])]).toEqual([
      ['sizes', '105,1000'],
      ['cold-only', 'true'],
    ]);
  });
});

describe('parseStageTimings', () => {
  it('reads each stage line of a build, with and without a count, and ignores everything else', () => {
    const output = [
      '[atlas] content: 10000 in 24.30 s, 411/s',
      'src/x.mdx:3: warning: something',
      '[atlas] corpus: 1 file(s), 10000 entries, 10000 papers',
      '[atlas] astro: 96.20 s',
      '[atlas] pagefind: 16155 in 27.22 s, 593/s',
      '[atlas] built 10000 papers into dist in 151.0 s',
    ].join('\n');
    expect(parseStageTimings(output)).toEqual([
      { stage: 'content', count: 10000, seconds: 24.3 },
      { stage: 'astro', count: null, seconds: 96.2 },
      { stage: 'pagefind', count: 16155, seconds: 27.22 },
    ]);
  });
});

describe('splitPapers and joinPapers', () => {
  const text = 'First title\n\nFirst abstract.\n\nSecond title\n\nSecond abstract.\n\nThird title\n\nThird abstract.\n';

  it('takes the first papers of a corpus, title then abstract', () => {
    expect(splitPapers(text, 2)).toEqual([
      { title: 'First title', abstract: 'First abstract.' },
      { title: 'Second title', abstract: 'Second abstract.' },
    ]);
  });

  it('reads Windows line ends and extra blank lines alike', () => {
    expect(splitPapers('A\r\n\r\n\r\nB\r\n\r\nC\n\nD\n')).toEqual([
      { title: 'A', abstract: 'B' },
      { title: 'C', abstract: 'D' },
    ]);
  });

  it('writes papers back in the corpus format so they read back the same', () => {
    const papers = splitPapers(text);
    expect(splitPapers(joinPapers(papers))).toEqual(papers);
    expect(joinPapers(papers.slice(0, 1))).toBe('First title\n\nFirst abstract.\n\n');
  });
});

describe('hugoSite', () => {
  it('writes one content page per paper with its tags as taxonomies, plus config and layouts', () => {
    const files = hugoSite([
      {
        slug: 'sparse-mezo',
        title: 'Sparse MeZO: "less" is more',
        topics: ['fine-tuning'],
        methods: ['MeZO'],
        body: 'We propose \\{x\\}.\n',
      },
    ]);
    const page = files.get('content/papers/sparse-mezo.md') as string;
    expect(page).toContain('title: \'Sparse MeZO: "less" is more\'');
    expect(page).toContain('topics:\n  - fine-tuning');
    expect(page).toContain('methods:\n  - MeZO');
    expect(page.endsWith('We propose \\{x\\}.\n')).toBe(true);
    expect(files.get('config.toml')).toMatch(/topic = "topics"[\s\S]*method = "methods"/u);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['layouts/_default/single.html', 'layouts/_default/list.html']),
    );
    expect(files.get('layouts/_default/single.html')).not.toContain('.Related');
    expect(files.get('config.toml')).not.toContain('[related]');
  });

  it('lists related papers on each page only when asked', () => {
    const files = hugoSite([], { related: true });
    expect(files.get('layouts/_default/single.html')).toContain('.Site.RegularPages.Related');
    expect(files.get('config.toml')).toMatch(/\[related\][\s\S]*name = "topics"/u);
  });
});

describe('formatting', () => {
  it.each([
    [0.414, '0.41 s'],
    [12.34, '12.3 s'],
    [142.4, '142 s'],
    [null, '–'],
  ])('formatSeconds(%s) = %s', (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });

  it.each([
    [512, '512 B'],
    [18_841, '18.8 KB'],
    [1.21e9, '1.21 GB'],
    [1_999_999_999, '2.00 GB'],
  ])('formatBytes(%s) = %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('freshCheckout', () => {
  it('copies packages that are a symlink (a worktree sharing another checkout’s) without touching their caches', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'bench-checkout-'));
    try {
      const shared = join(scratch, 'shared-node_modules');
      mkdirSync(join(shared, '.vite'), { recursive: true });
      mkdirSync(join(shared, 'some-package'), { recursive: true });
      writeFileSync(join(shared, '.vite', 'deps.json'), '{}');
      writeFileSync(join(shared, 'some-package', 'index.js'), 'export default 1;\n');
      const root = join(scratch, 'worktree');
      mkdirSync(root);
      writeFileSync(join(root, 'package.json'), '{}\n');
      execFileSync('git', ['init', '-q'], { cwd: root });
      execFileSync('git', ['add', 'package.json'], { cwd: root });
      symlinkSync(shared, join(root, 'node_modules'));

      const target = join(scratch, 'site');
      await freshCheckout(root, target);

      expect(existsSync(join(shared, '.vite', 'deps.json'))).toBe(true);
      expect(lstatSync(join(target, 'node_modules')).isSymbolicLink()).toBe(false);
      expect(existsSync(join(target, 'node_modules', 'some-package', 'index.js'))).toBe(true);
      expect(existsSync(join(target, 'node_modules', '.vite'))).toBe(false);
      expect(existsSync(join(target, 'package.json'))).toBe(true);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('repeatedTo', () => {
  const papers = [
    { title: 'A', abstract: 'First.' },
    { title: 'B', abstract: 'Second.' },
  ];

  it('takes the corpus over again past its end, each copy of a title suffixed so every paper stays its own', () => {
    expect(repeatedTo(papers, 5).map((paper) => paper.title)).toEqual([
      'A',
      'B',
      'A, repeat 2',
      'B, repeat 2',
      'A, repeat 3',
    ]);
    expect(repeatedTo(papers, 5)[2]!.abstract).toBe('First.');
  });

  it('repeats a corpus the parser reads as it reads the original, even after an abstract cut off mid-word', () => {
    const cutOff = [
      {
        title: 'Sparse Fine-Tuning',
        abstract: 'We fine-tune a sparse subset of the weights of a language model and match full fine-tuning.',
      },
      {
        title: 'Two Dimensional Materials Data',
        abstract:
          'Most of the valuable information for the materials is in the published research papers, but due to the dispersion of synthe',
      },
      {
        title:
          'One Patch is All You Need for Joint Surface Material Reconstruction and Classification from Minimal Visual Cues',
        abstract:
          'Understanding material surfaces from sparse visual cues is critical for applications in robotics and simulation.',
      },
    ];
    const parsed = parseCorpus(joinPapers(repeatedTo(cutOff, 6)), 'corpus.txt');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => entry.abstract)).toEqual(
      [...cutOff, ...cutOff].map((paper) => paper.abstract),
    );
  });

  it('leaves a corpus large enough as it is', () => {
    expect(repeatedTo(papers, 1)).toEqual(papers.slice(0, 1));
    expect(repeatedTo([], 3)).toEqual([]);
  });
});

describe('resultsMarkdown', () => {
  const run = (seconds: number, peakBytes: number): RunResult => ({
    seconds,
    cpuSeconds: seconds,
    peakBytes,
    stagePeaks: [
      { stage: 'content', peakBytes: peakBytes / 2 },
      { stage: 'astro', peakBytes },
    ],
    stages: [],
    output: '',
  });
  const page = { path: 'index.html', bytes: 1000 };

  it('reports a cold-only size with its stage peaks and without the rebuilds it did not run', () => {
    const cold: SizeResult = {
      papers: 100_000,
      pages: 160_000,
      cold: run(3000, 7.5e9),
      unchanged: null,
      addOne: null,
      addFifty: null,
      distBytes: 4e9,
      largestPage: page,
      largestTopicPage: page,
      weight: { htmlCssGzip: 8000, scriptFiles: 0, inlineScripts: 0, inlineScriptBytes: 0 },
      hugo: null,
      hugoPages: null,
      hugoRelated: null,
    };
    const report = resultsMarkdown([cold], { date: 'today', machine: 'here', vocabulary: 'ours' });
    expect(report).toContain('| content 3.75 GB, astro 7.50 GB |');
    expect(report).toMatch(/\| 100,000 builds, peak memory < 8 GB \| 7.50 GB \| \*\*met\*\* \|/u);
    expect(report).toMatch(/\| nothing changed < 2 s \| {2}\| not measured \|/u);
  });
});

describe('measure', () => {
  it('gives each stage the peak of its own samples, not the last of the stage before', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'bench-measure-'));
    try {
      const script =
        `node -e "const held = Buffer.alloc(3e8, 1); setTimeout(() => held.length, 1500)"; ` +
        `echo '[atlas] content: 1 in 1.50 s'; sleep 1.5; echo '[atlas] astro: 1.50 s'`;
      const run = await measure('sh', ['-c', script], { env: process.env, cwd: scratch, scratch });
      const [content, astro] = run.stagePeaks;
      expect(content?.stage).toBe('content');
      expect(content!.peakBytes).toBeGreaterThan(250e6);
      expect(astro?.stage).toBe('astro');
      expect(astro!.peakBytes).toBeLessThan(100e6);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 20_000);
});
