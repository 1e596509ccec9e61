import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATE_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Finds a Chromium to drive with playwright-core: CHROMIUM_PATH first, then a browser on PATH.
 * Returns null when there is none, so callers can explain what to install instead of crashing.
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATE_NAMES) {
      const full = join(dir, name);
      if (dir && existsSync(full)) return full;
    }
  }
  return null;
}

/** Flags for a headless Chromium on a machine without network: no background traffic, root-safe. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
