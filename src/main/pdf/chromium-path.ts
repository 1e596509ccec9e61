/**
 * Finding the system Chromium that prints message sheets in browser mode and from the CLI, and the flags it
 * runs with. Kept in the product (not in scripts/) because printing is a product feature; test tooling adds
 * its own flags (fake microphone and camera) on top in scripts/lib/chromium-path.mjs.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATE_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * CHROMIUM_PATH first, then a browser on PATH. Returns null when there is none, so callers can explain what to
 * install instead of crashing.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of CANDIDATE_NAMES) {
      const full = join(dir, name);
      if (existsSync(full)) return full;
    }
  }
  return null;
}

/** Flags for a headless Chromium on a machine without network: no background traffic, root-safe. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
