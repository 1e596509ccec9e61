/**
 * "Make a recovery copy": the data file and the files SQLite keeps beside it, copied byte for byte into a new
 * folder in the data folder before the person tries anything else (moving the file aside, restoring a backup).
 * Only Node reads the originals (copyFile opens them read-only), so making the copy cannot change them.
 */
import { chmodSync, constants, copyFileSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecoveryCopy } from '../../../shared/features/app/channels';
import { AppError } from '../../../shared/result';
import { storageError } from '../../db/errors';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../private-files';

const COMPANIONS = ['', '-wal', '-shm', '-journal'];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A name that sorts by time and is safe on every file system (no colons). */
function folderName(now: Date): string {
  return `recovery-copy-${now.toISOString().replace(/[:.]/gu, '-')}`;
}

export function makeRecoveryCopy(dbPath: string, dataDir: string, now: Date): RecoveryCopy {
  const sources = COMPANIONS.map((suffix) => `${dbPath}${suffix}`).filter(isFile);
  if (!isFile(dbPath)) {
    throw new AppError(
      'NOT_FOUND',
      `There is no data file to copy (nothing, or a folder, is in its place), so no copy was made: ${dbPath}`,
    );
  }
  try {
    let folder = join(dataDir, folderName(now));
    // Never into an existing folder: two clicks in the same millisecond get two folders.
    for (let n = 2; exists(folder); n += 1) folder = join(dataDir, `${folderName(now)}-${n}`);
    mkdirSync(folder, { mode: PRIVATE_DIR_MODE });
    chmodSync(folder, PRIVATE_DIR_MODE);
    const files = sources.map((source) => {
      const target = join(folder, basename(source));
      copyFileSync(source, target, constants.COPYFILE_EXCL);
      chmodSync(target, PRIVATE_FILE_MODE);
      return basename(source);
    });
    return { folder, files };
  } catch (error) {
    throw storageError(error, dataDir) ?? error;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
