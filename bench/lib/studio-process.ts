import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface RunningStudio {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
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
      resolve({
        url: match[1],
        origin: url.origin,
        token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
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
