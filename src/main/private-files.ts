/**
 * The data folder and every file the app writes belong to the signed-in user alone (DESIGN.md section 4): folders
 * 0700, files 0600. New files get that from the process umask (SQLite creates -wal, -shm and backups itself, so
 * nothing else could reach them in time); files and folders an older version left at 755/644 are tightened
 * when the app opens them. Windows guards the profile folder with ACLs instead, so modes are left alone there.
 */
import { chmodSync, mkdirSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const STICKY = 0o1000;

/** Call first thing in every entry point (browser mode, Electron main, CLIs). */
export function restrictNewFiles(platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'win32') process.umask(0o077);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes group and other permissions (never adds any). Leaves alone what another user owns and shared sticky
 * folders such as /tmp, in case one is given as --data-dir.
 */
function tighten(path: string, stat: Stats, allowed: number): void {
  if (process.platform === 'win32') return;
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return;
  if (stat.isDirectory() && (stat.mode & STICKY) !== 0) return;
  const current = stat.mode & 0o777;
  const wanted = current & allowed;
  if (wanted === current) return;
  try {
    chmodSync(path, wanted);
  } catch (error) {
    // Some drives (FAT, exFAT, network shares) keep no modes: the data still opens; say why it is not private.
    console.warn(`[ambassador-studio] could not make ${path} private: ${(error as Error).message}`);
  }
}

/** Creates the folder when missing; either way it ends up 0700. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = statOrNull(dir);
  if (stat) tighten(dir, stat, PRIVATE_DIR_MODE);
}

/** Makes a file 0600 if it exists (a missing -wal or -shm is normal). */
export function makePrivateFile(path: string): void {
  const stat = statOrNull(path);
  if (stat?.isFile()) tighten(path, stat, PRIVATE_FILE_MODE);
}

/** A folder 0700 and the files directly in it 0600, when it exists (backups from older versions). */
export function makePrivateTree(dir: string): void {
  const stat = statOrNull(dir);
  if (!stat?.isDirectory()) return;
  tighten(dir, stat, PRIVATE_DIR_MODE);
  for (const name of readdirSync(dir)) makePrivateFile(join(dir, name));
}
