import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** A file a page fetched, with its size as transferred. */
export interface Fetched {
  url: string;
  bytes: number;
  /** Bytes if the server compressed text files (Pagefind's own index files are compressed already). */
  gzipBytes: number;
}

/** Everything a page fetches from now on, with sizes as transferred. */
export function recordFetches(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', async (request) => {
    // A request may finish as its page closes; what it fetched then is not measured.
    const response = await request.response().catch(() => null);
    if (!response) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
    const compressible = /\.(js|json|css|html)(\?|$)/u.test(request.url()) || request.url().endsWith('/');
    fetched.push({
      url: request.url(),
      bytes: sizes.responseBodySize || body.length,
      gzipBytes: compressible ? gzipSync(body).length : body.length,
    });
  });
  return fetched;
}

/** The bytes of the fetched files whose address `pattern` matches (all of them by default). */
export const bytesOf = (fetched: readonly Fetched[], pattern = /./u, key: 'bytes' | 'gzipBytes' = 'bytes') =>
  fetched.filter((item) => pattern.test(item.url)).reduce((total, item) => total + item[key], 0);

/**
 * In the page: types `query` into the search box one character every `delay` ms (or pastes it, at
 * 0), then returns the time from the last keystroke until the results of the whole query are in
 * the page (painting them takes at most one more frame).
 */
export async function timeQuery(page: Page, container: string, query: string, delay: number): Promise<number> {
  // Sent as text: the functions tsx compiles carry helpers the page does not have.
  const inPage = `(async ({ selector, text, pause }) => {
    const node = document.querySelector(selector);
    const input = node.querySelector('input.search-input');
    const steps = pause > 0 ? Array.from(text, (_, i) => text.slice(0, i + 1)) : [text];
    let last = 0;
    for (const [i, value] of steps.entries()) {
      if (i > 0) await new Promise((done) => setTimeout(done, pause));
      input.value = value;
      last = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const drawn = () => node.dataset.state === 'ready' && node.dataset.query === text;
    if (!drawn()) {
      await new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (drawn()) {
            observer.disconnect();
            done(null);
          }
        });
        observer.observe(node, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
      });
    }
    return performance.now() - last;
  })(${JSON.stringify({ selector: container, text: query, pause: delay })})`;
  return (await page.evaluate(inPage)) as number;
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;
