/**
 * Which better-sqlite3 binary Electron should load. In development `npm start` builds an Electron-ABI copy
 * outside node_modules (scripts/electron-native.mjs) and passes its path in AMBASSADOR_STUDIO_SQLITE_BINDING,
 * so node_modules stays on the Node ABI for tests and browser mode (DESIGN.md section 2).
 *
 * A packaged app ignores the variable: electron-builder rebuilt the module for Electron already, and
 * loading a native library named by the environment would be a way to run foreign code inside the app.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';

export const SQLITE_BINDING_ENV = 'AMBASSADOR_STUDIO_SQLITE_BINDING';

export function resolveSqliteBinding(options: {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
}): string | undefined {
  if (options.isPackaged) return undefined;
  const path = options.env[SQLITE_BINDING_ENV];
  if (!path) return undefined;
  const exists = options.exists ?? existsSync;
  if (!isAbsolute(path) || !path.endsWith('.node') || !exists(path)) {
    // Falling back to node_modules would load a Node-ABI build and fail with a confusing ABI error; say why.
    console.warn(`[ambassador-studio] ignoring ${SQLITE_BINDING_ENV}=${path}: not an existing absolute .node file`);
    return undefined;
  }
  return path;
}
