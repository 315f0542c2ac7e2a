// npm run mutate: Stryker changes the domain, the store and the iCalendar
// writer one small way at a time (a < made <=, a string emptied, a branch
// dropped) and runs the tests that cover each change; a change no test
// notices is a surviving mutant. Slow, so not part of CI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  mutate: ['src/schedule/**/*.ts', 'src/store/**/*.ts', 'src/render/ics.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  vitest: { configFile: 'vitest.mutate.config.ts' },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
