#!/usr/bin/env node
// `npm start`: runs the Electron app when its binary is installed, otherwise browser mode (DESIGN.md
// section 2: on machines that only reach the npm registry, Electron's binary cannot be downloaded).
// Never require('electron') here: without the binary its index.js tries to download it.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './electron-native.mjs';
import { buildIfStale } from './lib/build-freshness.mjs';
import { BROWSER_FALLBACK_MESSAGE, findElectronBinary } from './lib/electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Runs a child with our stdio, passes Ctrl+C / termination on, and exits the way it exited. */
function runForwarding(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    console.error(`ambassador-studio: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    // Re-raise the child's signal on ourselves so the caller sees the same kind of exit.
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

function startBrowserMode(line) {
  console.log(line);
  runForwarding(process.execPath, [join(root, 'scripts', 'web.mjs'), ...args]);
}

const electron = findElectronBinary({ root });
if (!electron.available) {
  startBrowserMode(BROWSER_FALLBACK_MESSAGE);
} else {
  let binding;
  try {
    binding = ensureElectronSqlite({ root });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    startBrowserMode(
      'SQLite could not be built for Electron (see above), so Ambassador Studio is starting in browser mode.',
    );
  }
  if (binding) {
    buildIfStale(root);
    const env = { ...process.env, AMBASSADOR_STUDIO_SQLITE_BINDING: binding };
    // Inherited from some shells/IDEs, this would make the binary behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    runForwarding(electron.path, [root, ...args], env);
  }
}
