import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds dist/ before any test runs, so tests that spawn bin/pycon.js never run a stale or missing build.
    globalSetup: ['./test/globalSetup.ts'],
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
  },
});
