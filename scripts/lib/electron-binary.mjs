// Finds the Electron executable WITHOUT require('electron'): electron's index.js tries to download the
// binary when it is missing, which hangs or fails on machines that only reach the npm registry.
// Mirrors that file's lookup: node_modules/electron/path.txt names the executable inside dist/ (or inside
// ELECTRON_OVERRIDE_DIST_PATH when that is set).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {{ root: string, env?: NodeJS.ProcessEnv, exists?: (p: string) => boolean, read?: (p: string) => string }} options
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function findElectronBinary({
  root,
  env = process.env,
  exists = existsSync,
  read = (p) => readFileSync(p, 'utf8'),
}) {
  const packageDir = join(root, 'node_modules', 'electron');
  if (!exists(join(packageDir, 'package.json'))) {
    return { available: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = exists(pathFile) ? read(pathFile).trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;

  if (override) {
    const path = join(override, executable || 'electron');
    return exists(path)
      ? { available: true, path }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable (${path})` };
  }
  if (!executable) return { available: false, reason: 'node_modules/electron/path.txt is missing (download failed)' };
  const path = join(packageDir, 'dist', executable);
  return exists(path)
    ? { available: true, path }
    : { available: false, reason: `the Electron executable is missing (${path})` };
}

/** The installed electron version, read from its package.json (never by loading the package). */
export function readElectronVersion(root, read = (p) => readFileSync(p, 'utf8')) {
  return JSON.parse(read(join(root, 'node_modules', 'electron', 'package.json'))).version;
}

export const BROWSER_FALLBACK_MESSAGE =
  'Electron\'s binary is not installed here (it could not be downloaded), so Ambassador Studio is starting in browser mode. See README "Troubleshooting".';
