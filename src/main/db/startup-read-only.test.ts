/**
 * The start-up test set, read-only case: refused at start with a plain sentence, the files byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../backend/backend';
import { openDatabase } from './open';
import { cleanups, folder, hashes, start, statusOf } from './startup.test-support';

/**
 * chmod 0444 does not stop root, so as root the read-only case runs on a read-only bind mount of the folder
 * (the same refusal a read-only disk gives); where mounting is not allowed either, it is skipped, saying why.
 */
function readOnlyBind(source: string, target: string): boolean {
  try {
    execFileSync('mount', ['--bind', source, target], { stdio: 'ignore' });
  } catch {
    return false;
  }
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', target], { stdio: 'ignore' });
    return true;
  } catch {
    execFileSync('umount', [target], { stdio: 'ignore' });
    return false;
  }
}

const isRoot = process.getuid?.() === 0;
const canBind = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const source = folder();
  const target = folder();
  const ok = readOnlyBind(source, target);
  if (ok) execFileSync('umount', [target], { stdio: 'ignore' });
  return ok;
})();
if (isRoot && !canBind) {
  console.warn(
    '[startup.test] read-only case skipped: running as root (chmod does not stop writes) and mount is refused',
  );
}

describe.skipIf(process.platform === 'win32' || (isRoot && !canBind))('start-up with a read-only data file', () => {
  it('is refused at start with a plain sentence (not "ready" then failing every save), byte-identical', async () => {
    const source = folder();
    const sourcePath = join(source, DB_FILE_NAME);
    (await openDatabase({ path: sourcePath, backupDir: join(source, 'backups') })).db.close();
    let dataDir = source;
    if (isRoot) {
      dataDir = folder();
      expect(readOnlyBind(source, dataDir)).toBe(true);
      cleanups.push(() => execFileSync('umount', [dataDir], { stdio: 'ignore' }));
    } else {
      chmodSync(sourcePath, 0o444);
      cleanups.push(() => chmodSync(sourcePath, 0o600));
    }
    const path = join(dataDir, DB_FILE_NAME);
    const before = hashes(path);

    const status = await statusOf(await start(dataDir));
    expect(status).toMatchObject({
      state: 'error',
      code: 'DB_UNAVAILABLE',
      message: isRoot
        ? `The data file is on a read-only disk, so nothing can be saved. Move the data folder to a disk you may write to, then Try again: ${dataDir}`
        : `The data file is read-only, so nothing can be saved. Allow changes to it (or move it to a folder you may write to), then Try again: ${path}`,
    });
    expect(hashes(path)).toEqual(before);
  });
});
