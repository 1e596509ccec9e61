// Chromium for the test and benchmark tooling (Playwright config, e2e specs, bench): the product's own finder
// (src/main/pdf/chromium-path.ts) plus a fake microphone and camera, which only tests want. Loaded through
// Playwright's and tsx's TypeScript loaders, never by plain node.
import { CHROMIUM_ARGS as PRINT_ARGS } from '../../src/main/pdf/chromium-path.ts';

export { findChromium } from '../../src/main/pdf/chromium-path.ts';

// Test browsers run as root on CI machines, where Chromium's sandbox cannot start; the product's printer decides
// for itself (printLaunch in chromium-path.ts).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  ...PRINT_ARGS,
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
