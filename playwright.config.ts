import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium-path.mjs';
import { findElectronBinary } from './scripts/lib/electron-binary.mjs';

const chromium = findChromium();
if (!chromium) {
  throw new Error(
    'No Chromium found for the e2e tests. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

// One clear line when the Electron project cannot run here (workers load this file too: print once).
const electronBinary = findElectronBinary({ root: __dirname });
if (!electronBinary.available && !process.env.TEST_WORKER_INDEX) {
  console.log(`Electron e2e will be skipped: ${electronBinary.reason}. The same journeys run in browser mode.`);
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testIgnore: /electron\/.*/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
        // With reduced motion the app skips its transitions, so accessibility scans never catch a half-faded
        // drawer or notification (which axe rightly reports as low contrast).
        contextOptions: { reducedMotion: 'reduce' },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\/.*\.spec\.ts/,
    },
  ],
});
