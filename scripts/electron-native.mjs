#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .cache/electron-sqlite/<electron version>/better-sqlite3, so
// node_modules keeps its Node-ABI build for tests and browser mode (DESIGN.md section 2). Electron loads the
// copy through better-sqlite3's `nativeBinding` option (AMBASSADOR_STUDIO_SQLITE_BINDING, set by start.mjs).
// Packaged apps do not use this: electron-builder rebuilds the module itself (npmRebuild).
//
//   node scripts/electron-native.mjs      prints the binding path, building it first if needed
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readElectronVersion } from './lib/electron-binary.mjs';

const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function electronSqlitePaths(root, electronVersion) {
  const dir = join(root, '.cache', 'electron-sqlite', electronVersion);
  const moduleDir = join(dir, 'better-sqlite3');
  return {
    sourceDir: join(root, 'node_modules', 'better-sqlite3'),
    dir,
    moduleDir,
    bindingPath: join(moduleDir, 'build', 'Release', 'better_sqlite3.node'),
    // Electron headers go beside the build, not into node-gyp's shared cache next to Node's headers.
    devDir: join(root, '.cache', 'electron-gyp'),
  };
}

const readVersion = (packageDir) => {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/** The copy is reusable only if its binary exists and it came from the better-sqlite3 now installed. */
export function isBuilt(paths, exists = existsSync, versionOf = readVersion) {
  return exists(paths.bindingPath) && versionOf(paths.moduleDir) === versionOf(paths.sourceDir);
}

/** Copy filter: everything except the Node-ABI build output (and any nested node_modules). */
export function shouldCopy(sourceDir, path) {
  const rel = relative(sourceDir, path);
  const top = rel.split(sep)[0];
  return top !== 'build' && top !== 'node_modules';
}

/** First try a prebuilt binary for this Electron version (fast, needs GitHub). */
export function prebuildInstallCommand({
  root,
  moduleDir,
  electronVersion,
  arch,
  platform,
  execPath = process.execPath,
}) {
  const candidates = [
    join(root, 'node_modules', 'prebuild-install', 'bin.js'),
    join(root, 'node_modules', 'better-sqlite3', 'node_modules', 'prebuild-install', 'bin.js'),
  ];
  const bin = candidates.find((p) => existsSync(p)) ?? candidates[0];
  return {
    command: execPath,
    args: [bin, '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`],
    cwd: moduleDir,
  };
}

/** Then compile from source against Electron's headers (needs a C++ toolchain; about two minutes). */
export function nodeGypCommand({
  root,
  moduleDir,
  devDir,
  electronVersion,
  arch,
  env = process.env,
  execPath = process.execPath,
  exists = existsSync,
}) {
  const gypArgs = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--devdir=${devDir}`,
  ];
  const local = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const bundledWithNpm = env.npm_execpath
    ? join(dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
    : undefined;
  const script = [local, bundledWithNpm].find((p) => p && exists(p));
  if (script) return { command: execPath, args: [script, ...gypArgs], cwd: moduleDir };
  return {
    command: process.platform === 'win32' ? 'npm.cmd' : 'npm',
    args: ['exec', '--yes=false', 'node-gyp', '--', ...gypArgs],
    cwd: moduleDir,
    shell: process.platform === 'win32',
  };
}

const runQuietly = (cmd) =>
  spawnSync(cmd.command, cmd.args, { cwd: cmd.cwd, shell: cmd.shell ?? false, encoding: 'utf8', stdio: 'pipe' });

/**
 * Returns the path of the Electron-ABI better_sqlite3.node, building it first when it is missing or stale.
 * Throws with the build's own error output when neither a prebuilt binary nor a compile works.
 */
export function ensureElectronSqlite({
  root,
  arch = process.arch,
  platform = process.platform,
  log = console.log,
  run = runQuietly,
} = {}) {
  const electronVersion = readElectronVersion(root);
  const paths = electronSqlitePaths(root, electronVersion);
  if (isBuilt(paths)) return paths.bindingPath;

  log(
    `Preparing SQLite for Electron ${electronVersion} (${arch}) in ${relative(root, paths.moduleDir)}; the first time can take a few minutes…`,
  );
  rmSync(paths.moduleDir, { recursive: true, force: true });
  mkdirSync(paths.dir, { recursive: true });
  cpSync(paths.sourceDir, paths.moduleDir, { recursive: true, filter: (p) => shouldCopy(paths.sourceDir, p) });

  const options = { root, moduleDir: paths.moduleDir, devDir: paths.devDir, electronVersion, arch, platform };
  const failures = [];
  for (const [name, cmd] of [
    ['prebuild-install', prebuildInstallCommand(options)],
    ['node-gyp', nodeGypCommand(options)],
  ]) {
    const result = run(cmd);
    if (result.status === 0 && existsSync(paths.bindingPath)) return paths.bindingPath;
    const output = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`
      .trim()
      .split('\n')
      .slice(-8)
      .join('\n');
    failures.push(`${name} failed:\n${output}`);
  }
  throw new Error(`Could not build better-sqlite3 for Electron ${electronVersion}.\n${failures.join('\n')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    console.log(ensureElectronSqlite({ root }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
