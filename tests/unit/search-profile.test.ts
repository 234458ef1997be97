import { describe, expect, it } from 'vitest';
import {
  moduleStarts,
  profileBreakdown,
  renderingTime,
  type CpuProfile,
  type TraceEvent,
} from '../../scripts/lib/search-bench/profile';

const CLIENT = 'http://site/search/atlas-search.js';
// An unminified bundle as esbuild writes it: each module's code after a comment naming it.
const BUNDLE = [
  '(() => {',
  '  // src/search/shared/codec.ts',
  '  function readNumbers() {}',
  '  // src/search/browser/rank.ts',
  '  function rankUnits() {}',
  '  // src/search/browser/ui/search-view.ts',
  '  function renderHit() {}',
  '})();',
].join('\n');

const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber });

/** root → (idle), (program), rankUnits → sort (a built-in), readNumbers, renderHit, an index file. */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 6, 7, 8] },
    { id: 2, callFrame: frame('(idle)') },
    { id: 3, callFrame: frame('(program)') },
    { id: 4, callFrame: frame('rankUnits', CLIENT, 4), children: [5] },
    { id: 5, callFrame: frame('sort') },
    { id: 6, callFrame: frame('readNumbers', CLIENT, 2) },
    { id: 7, callFrame: frame('renderHit', CLIENT, 6) },
    { id: 8, callFrame: frame('', 'http://site/search/index/abc/x/12.js', 0) },
  ],
  startTime: 1000,
  samples: [2, 2, 3, 4, 5, 6, 7, 8, 2],
  timeDeltas: [100, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('where a profiled search spent its time', () => {
  it('finds the start of each module of an unminified bundle', () => {
    expect(moduleStarts(BUNDLE)).toEqual([
      { line: 1, module: 'src/search/shared/codec.ts' },
      { line: 3, module: 'src/search/browser/rank.ts' },
      { line: 5, module: 'src/search/browser/ui/search-view.ts' },
    ]);
  });

  it('charges samples to stages by module, built-ins to their caller, and only inside the window', () => {
    // Sample times: 1100, 2100, 3100, … 9100; the window leaves out the first and the last.
    const stages = profileBreakdown(PROFILE, CLIENT, BUNDLE, { from: 2000, to: 8500 });
    expect(Object.fromEntries(stages)).toEqual({
      '(idle)': 1,
      '(program)': 1,
      'matching and ranking': 2,
      'decoding shards': 1,
      'drawing results (script)': 1,
      'running index files': 1,
    });
  });

  it('sums the main thread’s rendering work inside the window', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, tid: 7, args: { name: 'CrRendererMain' } },
      { name: 'Layout', ph: 'X', ts: 100, dur: 2000, tid: 7 },
      { name: 'Paint', ph: 'X', ts: 200, dur: 1000, tid: 7 },
      { name: 'PrePaint', ph: 'X', ts: 300, dur: 500, tid: 7 },
      { name: 'Layout', ph: 'X', ts: 400, dur: 4000, tid: 9 },
      { name: 'Layout', ph: 'X', ts: 9000, dur: 4000, tid: 7 },
    ];
    expect(Object.fromEntries(renderingTime(events, { from: 0, to: 1000 }))).toEqual({ layout: 2, paint: 1.5 });
  });
});
