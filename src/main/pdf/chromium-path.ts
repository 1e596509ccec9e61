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

/** Flags for a headless Chromium on a machine without network: no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Set to 1 where Chromium's sandbox cannot run (some containers); printing then runs without it. */
export const NO_SANDBOX_ENV = 'AMBASSADOR_STUDIO_NO_SANDBOX';

export interface PrintLaunch {
  /** Playwright's option: when false it adds --no-sandbox itself. */
  chromiumSandbox: boolean;
  args: string[];
}

/**
 * How the print Chromium starts. Its sandbox is what keeps a hostile sheet (text from anyone, a logo from
 * anywhere) away from the user's files, so it stays on wherever it can run: Chromium refuses it only as root,
 * and NO_SANDBOX_ENV says so for places that cannot give it the kernel features it needs.
 */
export function printLaunch(uid: number | undefined, env: NodeJS.ProcessEnv): PrintLaunch {
  return launchFlags(uid !== 0 && env[NO_SANDBOX_ENV] !== '1');
}

function launchFlags(sandbox: boolean): PrintLaunch {
  return { chromiumSandbox: sandbox, args: sandbox ? [...CHROMIUM_ARGS] : ['--no-sandbox', ...CHROMIUM_ARGS] };
}

/** The second try when the sandbox turned out not to be available. */
export const UNSANDBOXED_LAUNCH: Readonly<PrintLaunch> = launchFlags(false);

/**
 * Chromium's own words when its sandbox cannot start here: no user namespaces and no setuid helper, a helper
 * that is installed wrongly, or running as root after all.
 */
export function isSandboxUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /No usable sandbox|SUID sandbox helper|without --no-sandbox is not supported|namespaces? .*(denied|not permitted)/iu.test(
    message,
  );
}
