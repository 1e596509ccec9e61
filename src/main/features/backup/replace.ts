/**
 * How a restore replaces the live data file without ever leaving a half-written one.
 *
 * 1. While the app still runs on the current file, the backup is copied into the data folder under a temporary
 *    name (through SQLite's backup API from a read-only connection, so even an old backup with its own WAL comes
 *    whole) and fsynced. Nothing live has changed yet; a failure here (disk full) only removes the copy.
 * 2. The live connection is closed. Being the last one, SQLite checkpoints and deletes the -wal and -shm files.
 *    If they are still there, another program (a second app window on the same folder, a command) holds the file:
 *    the restore stops and the current file is reopened as it was. A WAL left beside the new file would be
 *    replayed into it and corrupt it, which is why this check comes before the swap.
 * 3. The copy is renamed over the live file: a rename within one folder is atomic, so after a crash or power cut
 *    the data file is either the old one or the restored one, never a mix. The folder is fsynced so the rename
 *    itself survives.
 * 4. The backend reopens the file through openDatabase, which checks it and migrates an older backup forward.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/result';
import { makePrivateFile } from '../../private-files';
import { fsyncPath, removeWithSidecars } from './files';

export function stagingPath(dbPath: string): string {
  return `${dbPath}.restoring`;
}

/** Step 1: a private, synced copy of the backup beside the live file. Returns its path. */
export async function stageReplacement(source: string, dbPath: string, nativeBinding?: string): Promise<string> {
  const staged = stagingPath(dbPath);
  removeWithSidecars(staged);
  try {
    const from = new Database(source, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      await from.backup(staged);
    } finally {
      from.close();
    }
    makePrivateFile(staged);
    fsyncPath(staged);
    return staged;
  } catch (error) {
    removeWithSidecars(staged);
    throw new AppError(
      'NOT_SAVED',
      `The backup could not be copied into the data folder (${(error as Error).message}); nothing was changed.`,
    );
  }
}

export interface SwapFs {
  rename: (from: string, to: string) => void;
}

/** Steps 2 and 3, called once the live connection is closed. On any failure the live file is untouched. */
export function swapInReplacement(staged: string, dbPath: string, fs: SwapFs = { rename: renameSync }): void {
  try {
    if (existsSync(`${dbPath}-wal`) || existsSync(`${dbPath}-shm`)) {
      throw new AppError(
        'CONFLICT',
        'Another program has the data file open (Ambassador Studio in another window, or a command), so nothing ' +
          'was restored. Close it and try again.',
      );
    }
    // A rollback journal cannot be hot here (the file was closed cleanly in WAL mode); one left over is stale.
    rmSync(`${dbPath}-journal`, { force: true });
    fs.rename(staged, dbPath);
    fsyncPath(dirname(dbPath));
  } catch (error) {
    removeWithSidecars(staged);
    if (error instanceof AppError) throw error;
    throw new AppError(
      'NOT_SAVED',
      `The data file could not be replaced (${(error as Error).message}); your current work is unchanged.`,
    );
  }
}
