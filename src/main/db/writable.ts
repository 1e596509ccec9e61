/**
 * Says at start, not at the first save, when the data file cannot be written: a read-only file, folder or disk, or
 * another copy of the app holding the write lock. Without this SQLite quietly opens a read-only file read-only and
 * the app looks ready until every save fails.
 */
import type { Database } from 'better-sqlite3';
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/result';
import { storageError } from './errors';

/** How long start-up waits for another program's write to finish before saying the file is busy. */
export const STARTUP_BUSY_TIMEOUT_MS = 1000;

function readOnlyError(path: string, what: 'file' | 'folder'): AppError {
  const where = what === 'file' ? path : dirname(path);
  return new AppError(
    'DB_UNAVAILABLE',
    what === 'file'
      ? `The data file is read-only, so nothing can be saved. Allow changes to it (or move it to a folder you may write to), then Try again: ${where}`
      : `The data folder is read-only, so nothing can be saved. Allow changes to it (or choose another data folder), then Try again: ${where}`,
  );
}

function checkAccess(target: string, path: string, what: 'file' | 'folder'): void {
  try {
    accessSync(target, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw readOnlyError(path, what);
    throw storageError(error, target) ?? error;
  }
}

/** The folder (SQLite creates -wal and -shm in it) and the file, when it exists, may be written. */
export function assertWritableOnDisk(path: string, fileExists: boolean): void {
  checkAccess(dirname(path), path, 'folder');
  if (fileExists) checkAccess(path, path, 'file');
}

/**
 * Takes and releases the write lock without writing anything: SQLITE_READONLY for a file SQLite could only open
 * read-only, SQLITE_BUSY when another connection holds the lock for longer than a moment.
 */
export function assertCanWrite(db: Database, path: string): void {
  db.pragma(`busy_timeout = ${STARTUP_BUSY_TIMEOUT_MS}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw storageError(error, path) ?? error;
  }
}
