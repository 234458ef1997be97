import { startProgress } from './report';

const ANSI = /\u001b\[[0-9;]*m/gu;
/** Astro's line for a rendered page ends with its render time: `├─ /papers/x/index.html (+3ms)`. */
const RENDERED_PAGE = /\(\+\d+(?:\.\d+)?m?s\)/gu;

/** How many rendered pages an Astro log chunk reports. */
export function countRenderedPages(chunk: string): number {
  return chunk.replace(ANSI, '').match(RENDERED_PAGE)?.length ?? 0;
}

/**
 * True for Astro's own informational output (timestamped lines, the page tree, render times),
 * which a progress line replaces; warnings, errors and anything else are shown as they come.
 */
export function isAstroChatter(chunk: string): boolean {
  const text = chunk.replace(ANSI, '');
  if (/\[(?:WARN|ERROR)\]/u.test(text)) return false;
  // Banners such as " generating static routes " are drawn on a coloured background on a terminal.
  if (/\u001b\[4[0-7]m/u.test(chunk)) return true;
  return text
    .split('\n')
    .every(
      (line) =>
        line.trim() === '' ||
        /^\d\d:\d\d:\d\d /u.test(line) ||
        /^\s*(?:[├└]─|▶|λ|\(\+)/u.test(line) ||
        /^ [a-z][a-z ()]+ $/u.test(line),
    );
}

/**
 * Runs an Astro build that logs at the info level and turns its page-by-page output into a
 * progress line (and a bar on a terminal), counting the pages as Astro writes them. Astro's own
 * lines are hidden unless `showAstroLog` is set.
 * Returns the build's result and the number of pages rendered.
 */
export async function withAstroProgress<T>(
  expectedPages: number | null,
  run: () => Promise<T>,
  options: { showAstroLog?: boolean } = {},
): Promise<{ result: T; pages: number }> {
  const progress = startProgress('astro', 'pages', expectedPages);
  const write = process.stdout.write.bind(process.stdout);
  let pages = 0;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const rendered = countRenderedPages(text);
    if (rendered > 0) {
      pages += rendered;
      progress.update(pages);
    }
    if (!options.showAstroLog && isAstroChatter(text)) return true;
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    return { result: await run(), pages };
  } finally {
    process.stdout.write = write;
    progress.finish();
  }
}
