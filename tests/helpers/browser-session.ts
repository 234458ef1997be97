import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite, type StaticServer } from './browser';

// Apart from ./browser so that scripts outside Vitest (npm run bench:search) can use that one.
/** A built site served on loopback and a browser to look at it, for one test file. */
export interface SiteInBrowser {
  browser: Browser;
  server: StaticServer;
}

/**
 * Serves `dist` and starts Chromium before the file's tests, and stops both after them. The
 * fields are filled in `beforeAll`: read them inside tests, not at the top of the file.
 * `prepare` runs first (e.g. building a fixture site) and may return the folder to serve.
 */
export function useSiteInBrowser(dist: string | (() => string | Promise<string>)): SiteInBrowser {
  const session = {} as SiteInBrowser;
  beforeAll(async () => {
    session.server = await serveSite(typeof dist === 'function' ? await dist() : dist);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
