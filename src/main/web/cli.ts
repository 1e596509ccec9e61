/**
 * Browser mode: `npm run web -- [--port N] [--data-dir DIR] [--no-open]`.
 * Runs the same backend as the Electron app behind a loopback server and opens the system browser.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend';
import { defaultDataDir } from '../backend/data-dir';
import { APP_VERSION } from '../version';
import { startWebServer } from './server';

interface CliOptions {
  port: number;
  dataDir: string;
  open: boolean;
}

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (got "${values.port}")`);
  }
  return { port, dataDir: values['data-dir'] ?? defaultDataDir(env), open: !values['no-open'] };
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('Could not open a browser automatically; open the address above yourself.'));
    child.unref();
  } catch {
    console.log('Could not open a browser automatically; open the address above yourself.');
  }
}

export async function runWebCli(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`ambassador-studio: ${(error as Error).message}`);
    console.error('Usage: npm run web -- [--port N] [--data-dir DIR] [--no-open]');
    process.exit(2);
  }
  const backend = await createBackend({ dataDir: options.dataDir, version: APP_VERSION, transport: 'http' });
  if (backend.status.state === 'error') {
    console.error(`ambassador-studio: ${backend.status.message}`);
    console.error('The app will open and show how to recover.');
  }
  let server;
  try {
    server = await startWebServer({
      handlers: backend.handlers,
      rendererDir: join(__dirname, '../renderer'),
      port: options.port,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'EADDRINUSE' ? `port ${options.port} is already in use; try another --port` : (error as Error).message;
    console.error(`ambassador-studio: could not start the server: ${reason}`);
    backend.close();
    process.exit(1);
  }
  console.log(`Ambassador Studio is running at ${server.url}`);
  console.log('That address works once, in one browser tab (which stays open across reloads); to open the app');
  console.log('somewhere else, stop it and start it again for a new address.');
  console.log(`Data folder: ${options.dataDir}. Press Ctrl+C to stop.`);
  // Only the one-time code is on the browser's command line (other local users can read it), never the token.
  if (options.open) openBrowser(server.url);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping Ambassador Studio (${signal})…`);
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
