import type { Page } from 'playwright-core';

/** A CPU profile as Chromium's `Profiler.stop` returns it. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of time in the trace's clock (microseconds), which CPU profiles share. */
export interface TraceWindow {
  from: number;
  to: number;
}

/** The search client's modules, each a `// src/…` comment before its code in an unminified bundle. */
export function moduleStarts(bundle: string): Array<{ line: number; module: string }> {
  const starts: Array<{ line: number; module: string }> = [];
  bundle.split('\n').forEach((text, line) => {
    const marker = /^\s*\/\/ (\S+\.[cm]?[jt]s)$/u.exec(text);
    if (marker) starts.push({ line, module: marker[1] as string });
  });
  return starts;
}

/** What each module of the client does, for the breakdown (the first pattern that matches names it). */
const STAGES: Array<[RegExp, string]> = [
  [/shared\/codec|index-reader/u, 'decoding shards'],
  [/corrections|typo-cost/u, 'correcting'],
  [/stemmer/u, 'stemming'],
  [/match-word|word-matches|query-units|rank|loaded-index|atlas-search/u, 'matching and ranking'],
  [/excerpt/u, 'excerpts'],
  [/\/ui\/|engines/u, 'drawing results (script)'],
  [/script-loader/u, 'loading files (script)'],
];

/**
 * Where the samples of a CPU profile went, in milliseconds: each sample is charged to the nearest
 * frame with an address (a built-in such as `sort` to the code that called it), then to a stage of
 * the search by the client's module, or to running index files; `(idle)` is waiting for files,
 * `(program)` the browser's own work (parsing, style, layout, paint).
 */
export function profileBreakdown(
  profile: CpuProfile,
  bundleUrl: string,
  bundle: string,
  window: TraceWindow,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const starts = moduleStarts(bundle);
  const moduleAt = (line: number) => starts.filter((start) => start.line <= line).at(-1)?.module ?? 'client';
  const stageOf = (id: number): string => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (url === '' && /^\((idle|program|garbage collector)\)$/u.test(functionName)) return functionName;
    let current: number | undefined = id;
    while (current !== undefined) {
      const frame = byId.get(current)!.callFrame;
      if (frame.url.includes('/search/index/')) return 'running index files';
      if (frame.url === bundleUrl) {
        const module = moduleAt(frame.lineNumber);
        return STAGES.find(([pattern]) => pattern.test(module))?.[1] ?? `client: ${module}`;
      }
      if (frame.url !== '') return `other script: ${frame.url.replace(/^.*\//u, '')}`;
      current = parent.get(current);
    }
    return lineNumber >= 0 && functionName ? `browser: ${functionName}` : 'browser';
  };
  const totals = new Map<string, number>();
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (time < window.from || time > window.to) return;
    const stage = stageOf(id);
    totals.set(stage, (totals.get(stage) ?? 0) + delta / 1000);
  });
  return totals;
}

/** One trace event of Chromium's `devtools.timeline` category. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Main-thread time of the browser's own rendering work in a trace, in milliseconds, by kind. */
export function renderingTime(events: readonly TraceEvent[], window: TraceWindow): Map<string, number> {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')?.tid;
  const kinds: Record<string, string> = {
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
    'v8.compile': 'compiling scripts',
    'v8.parseOnBackground': 'compiling scripts',
    ParseHTML: 'parsing HTML',
  };
  const totals = new Map<string, number>();
  for (const event of events) {
    const kind = kinds[event.name];
    if (!kind || event.ph !== 'X' || event.tid !== main || event.ts < window.from || event.ts > window.to) continue;
    totals.set(kind, (totals.get(kind) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return totals;
}

/** The index files a page fetched since `since` (its clock): each with when it was asked for and came. */
export async function indexFetches(
  page: Page,
  since: number,
): Promise<Array<{ file: string; start: number; sent: number; firstByte: number; end: number; bytes: number }>> {
  return page.evaluate(
    (from) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= from && entry.name.includes('/search/index/'))
        .map((entry) => ({
          file: entry.name.replace(/^.*\/search\/index\/[^/]+\//u, ''),
          start: entry.startTime - from,
          sent: entry.requestStart - from,
          firstByte: entry.responseStart - from,
          end: entry.responseEnd - from,
          bytes: entry.encodedBodySize,
        })),
    since,
  );
}
