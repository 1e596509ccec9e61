import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/main/electron/**', 'src/preload/**'],
          // One line naming missing system tools (espeak-ng, sox, poppler, Chromium); under CI=true it fails the run.
          globalSetup: ['src/main/test-support/global-tools-check.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'electron-shell',
          environment: 'node',
          include: ['src/main/electron/**/*.test.ts', 'src/preload/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/src/test-utils/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
