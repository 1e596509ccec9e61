#!/usr/bin/env node
// `npm run bench`: builds the app when needed (the cold-start and bundle numbers use the real build),
// then runs bench/run.ts.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildIfStale(root, 'Building Ambassador Studio for the benchmark…');
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/run.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
