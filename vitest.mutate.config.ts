/**
 * The tests npm run mutate runs against each mutant: those that run pycon
 * in-process. Tests that spawn bin/pycon.js or a shell run the built bundle,
 * which no mutant reaches, so they are left out, and the fuzz runs fewer cases.
 * The few spawned checks left among in-process tests (a read-only file
 * system) need the bundle, so it is built first, as for npm test.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/globalSetup.ts'],
    exclude: [
      ...configDefaults.exclude,
      '.stryker-tmp/**',
      'test/bin.test.ts',
      'test/store/concurrency.test.ts',
      'test/commands/completion.test.ts',
      'test/bench/**',
    ],
    env: { FUZZ_RUNS: '40' },
  },
});
