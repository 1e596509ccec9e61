import { defineConfig } from 'vitest/config';

/**
 * The Vitest setup for mutation runs (`npm run mutate`): the backend and shared unit tests only, in Node, with
 * no jsdom project and no setup file that could start Chromium. Stryker runs each module's own test files
 * (its `testFiles`), so the include list here is only the outer bound.
 */
export default defineConfig({
  test: {
    name: 'mutation',
    environment: 'node',
    include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts'],
    exclude: ['src/main/electron/**', 'src/preload/**', 'node_modules/**', '.stryker-tmp/**'],
    testTimeout: 20_000,
  },
});
