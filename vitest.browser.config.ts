import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: tests in Debian's Chromium (playwright-core) against the site that
 * `npm run build` wrote to dist/. One file at a time: each starts its own browser.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
