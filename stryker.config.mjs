// @ts-check
/**
 * Stryker's settings shared by every module of `npm run mutate` (scripts/mutate.mjs adds each module's `mutate`
 * and `testFiles`, and its own report paths). Run through the script: plain `npx stryker run` would mutate
 * every module at once against every listed test file, which is slower and gives no per-module score.
 */
import { MODULES } from './stryker/modules.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker/vitest.config.mts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Static mutants (constants evaluated once at import) need every test re-run per mutant; they are skipped.
  ignoreStatic: true,
  // The laptop this was written for has 2 cores shared with other work: one test runner at a time by default.
  concurrency: 1,
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // Nothing in these folders is imported by the unit tests; copying them into each sandbox only costs time.
  // Each run makes its own sandbox-* folder in .stryker-tmp and removes only that one, so modules may run at once.
  ignorePatterns: [
    'out',
    'dist',
    'reports',
    'test-results',
    'playwright-report',
    'e2e',
    'bench',
    '.cache',
    '.data',
    '.stryker-tmp',
  ],
  // No type checker runs on mutants (Vitest strips types), so nothing needs its type checks disabled.
  disableTypeChecks: false,
  reporters: ['json', 'html', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  mutate: MODULES.flatMap((module) => module.mutate),
  testFiles: MODULES.flatMap((module) => module.tests),
};

export default config;
