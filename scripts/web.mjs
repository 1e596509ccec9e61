#!/usr/bin/env node
// `npm run web -- [--port N] [--data-dir DIR] [--no-open]`: builds the app if the build is missing or older
// than the sources, then starts browser mode. Arguments are passed through to the server.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from './lib/build-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'out', 'main', 'web.js');

if (buildIsStale(root)) {
  console.log('Building Ambassador Studio (first run or sources changed)…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    console.error('ambassador-studio: the build failed; see the errors above.');
    process.exit(build.status ?? 1);
  }
}

const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
