import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { LAUNCH_CODE_FRAGMENT_KEY, SESSION_PATH } from '../../src/shared/csp';
import type { Result } from '../../src/shared/result';

const ROOT = join(__dirname, '..', '..');

export interface StudioServer {
  /** The address the server printed, with its one-time launch code: it opens the app in one page, once. */
  launchUrl: string;
  /** The app's address without a code, for pages that already hold the session token (see fixtures.ts). */
  url: string;
  origin: string;
  dataDir: string;
  /** The session token, traded for the launch code the first time it is asked for (that spends the code). */
  token(): Promise<string>;
  stop(): Promise<void>;
}

/** Trades a printed address's launch code for the session token, as the page does when it first loads. */
export async function exchangeLaunchCode(launchUrl: string): Promise<string> {
  const url = new URL(launchUrl);
  const code = new URLSearchParams(url.hash.slice(1)).get(LAUNCH_CODE_FRAGMENT_KEY);
  const response = await fetch(`${url.origin}${SESSION_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-devalue+json', origin: url.origin },
    body: devalue.stringify({ code }),
  });
  const result = devalue.parse(await response.text()) as Result<{ token: string }>;
  if (!result.ok) throw new Error(`launch code refused: ${result.error.message}`);
  return result.value.token;
}

/** Session tokens of the servers running now, by origin, for helpers that only get `{ url, origin }`. */
const running = new Map<string, () => Promise<string>>();

export function sessionTokenFor(origin: string): Promise<string> {
  const token = running.get(origin);
  if (!token) throw new Error(`no studio server is running at ${origin}`);
  return token();
}

/**
 * Starts browser mode exactly as `npm run web` does (the built out/main/web.js), on a random port and a
 * fresh data folder, and waits for the line that announces the address.
 */
export async function startStudio(dataDir = mkdtempSync(join(tmpdir(), 'studio-e2e-'))): Promise<StudioServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'out', 'main', 'web.js'), '--port', '0', '--data-dir', dataDir, '--no-open'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in time:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Ambassador Studio is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  const origin = new URL(launchUrl).origin;
  let token: Promise<string> | null = null;
  const tokenOnce = () => (token ??= exchangeLaunchCode(launchUrl));
  running.set(origin, tokenOnce);
  return {
    launchUrl,
    url: `${origin}/`,
    origin,
    dataDir,
    token: tokenOnce,
    stop: () =>
      new Promise<void>((resolve) => {
        running.delete(origin);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}
