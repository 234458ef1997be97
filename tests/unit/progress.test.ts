import { describe, expect, it } from 'vitest';
import { countRenderedPages, isAstroChatter } from '../../scripts/lib/astro-progress';
import { formatProgress, startProgress } from '../../scripts/lib/report';

describe('formatProgress', () => {
  it('shows count, total, rate and elapsed time, with a bar when the total is known', () => {
    expect(formatProgress({ stage: 'astro', done: 2500, total: 10000, unit: 'pages', seconds: 10 }, 8)).toBe(
      '[atlas] astro [██░░░░░░] 2,500/10,000 pages · 250/s · 10.0 s',
    );
  });

  it('leaves the bar out when the total is unknown or no width is given', () => {
    expect(formatProgress({ stage: 'astro', done: 42, total: null, unit: 'pages', seconds: 2 }, 8)).toBe(
      '[atlas] astro 42 pages · 21/s · 2.0 s',
    );
    expect(formatProgress({ stage: 'astro', done: 42, total: 84, unit: 'pages', seconds: 2 })).toBe(
      '[atlas] astro 42/84 pages · 21/s · 2.0 s',
    );
  });
});

/** A stream that records what is written, as a terminal or as a log file. */
function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

describe('startProgress', () => {
  it('prints a line every interval when the output is not a terminal', () => {
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const progress = startProgress('astro', 'pages', 100, { stream, every: 10, now: () => now });
    now = 5_000;
    progress.update(10);
    now = 10_000;
    progress.update(20);
    now = 15_000;
    progress.update(30);
    now = 20_000;
    progress.update(40);
    progress.finish();
    expect(writes).toEqual([
      '[atlas] astro 20/100 pages · 2/s · 10.0 s\n',
      '[atlas] astro 40/100 pages · 2/s · 20.0 s\n',
    ]);
  });

  it('draws a bar in place on a terminal, only once the stage has run two seconds, and clears it', () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const progress = startProgress('astro', 'pages', 10, { stream, now: () => now });
    now = 1_000;
    progress.update(1);
    expect(writes).toEqual([]);
    now = 2_500;
    progress.update(5);
    progress.finish();
    expect(writes[0]).toMatch(/^\r\[atlas\] astro \[█+░+\] 5\/10 pages/u);
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });
});

describe('Astro output', () => {
  it('counts rendered pages in sequential and concurrent log lines, colours or not', () => {
    expect(countRenderedPages('  \u001b[34m├─\u001b[39m \u001b[2m/papers/a/index.html\u001b[22m')).toBe(0);
    expect(countRenderedPages(' \u001b[2m(+3ms)\u001b[22m \n')).toBe(1);
    expect(countRenderedPages('  ├─ /papers/a/index.html (+1.20s) \n  └─ /papers/b/index.html (+12ms) \n')).toBe(2);
  });

  it('hides Astro chatter and shows warnings, errors and other output', () => {
    expect(isAstroChatter('08:01:02 \u001b[32m▶\u001b[39m src/pages/papers/[slug].astro\n')).toBe(true);
    expect(isAstroChatter('  ├─ /papers/a/index.html')).toBe(true);
    expect(isAstroChatter(' (+3ms) \n')).toBe(true);
    expect(isAstroChatter('\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m\n')).toBe(true);
    expect(isAstroChatter('\n generating static routes \n')).toBe(true);
    expect(isAstroChatter('08:01:02 [WARN] [glob-loader] No files found\n')).toBe(false);
    expect(isAstroChatter('a page said something\n')).toBe(false);
  });
});
