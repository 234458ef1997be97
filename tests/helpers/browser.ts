import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { projectRoot } from './build-site';

/** Debian's Chromium; browser tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The site `npm run build` made, which the browser tests look at. */
export const defaultDist = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : join(projectRoot, 'dist');

export function requireBuiltSite(dist = defaultDist): string {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no built site: run \`npm run build\` before the browser tests`);
  }
  return dist;
}

export interface StaticServer {
  /** The site's root URL, ending in a slash, e.g. http://127.0.0.1:41234/ or …/atlas/. */
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on a free loopback port, optionally under a sub-path like a real host would. */
export async function serveSite(dist: string, base = '/'): Promise<StaticServer> {
  const files = sirv(dist, { dev: true, etag: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and uncaught exceptions of a page, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Collects the messages of alert, confirm and prompt dialogs a page opens (dismissing each), so a test can assert there were none. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}
