import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit tests of the pure modules and build-output tests over small fixture corpora.
 * Browser tests have their own config (vitest.browser.config.ts) since they need Chromium.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
