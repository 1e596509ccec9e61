import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { LAUNCH_CODE_FRAGMENT_KEY, SESSION_PATH } from '../../src/shared/csp';
import type { Result } from '../../src/shared/result';

export const ROOT = join(__dirname, '..', '..');

export interface RunningStudio {
  /** The printed address with its one-time launch code: a page that opens it trades the code itself. */
  url: string;
  origin: string;
  /** The session token for API calls from Node, traded for the launch code on first use (that spends it). */
  token(): Promise<string>;
  stop(): Promise<void>;
}

/** Trades the launch code in a printed address for the session token, as the page does when it first loads. */
async function exchangeLaunchCode(launchUrl: URL): Promise<string> {
  const code = new URLSearchParams(launchUrl.hash.slice(1)).get(LAUNCH_CODE_FRAGMENT_KEY);
  const response = await fetch(`${launchUrl.origin}${SESSION_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-devalue+json', origin: launchUrl.origin },
    body: devalue.stringify({ code }),
  });
  const result = devalue.parse(await response.text()) as Result<{ token: string }>;
  if (!result.ok) throw new Error(`launch code refused: ${result.error.message}`);
  return result.value.token;
}

/** Starts the built browser-mode server (out/main/web.js) as its own process, as a user would. */
export function startStudioProcess(dataDir: string): Promise<RunningStudio> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir, '--no-open'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (\S+)/.exec(output);
      if (!match?.[1]) return;
      const url = new URL(match[1]);
      let token: Promise<string> | null = null;
      resolve({
        url: match[1],
        origin: url.origin,
        token: () => (token ??= exchangeLaunchCode(url)),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
