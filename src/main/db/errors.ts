/**
 * One place that turns what SQLite and the file system say (SQLITE_BUSY, EISDIR, ENOSPC…) into one plain sentence
 * with what to do. Used at startup (the recovery screen) and by dispatch (a save that fails later), so a person
 * never sees a raw code, an errno or a stack trace.
 */
import { AppError } from '../../shared/result';

/** Another copy of the app (or another program) is writing to the file. */
export const BUSY_MESSAGE = 'Another copy of Ambassador Studio has this file open; close it, then Try again.';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function pathOf(error: unknown, fallback: string | undefined): string | undefined {
  const path = (error as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : fallback;
}

/** " (path)" when a path is known, so the person knows which file or folder is meant. */
function at(path: string | undefined): string {
  return path ? `: ${path}` : '.';
}

/** SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED…) share their primary code's meaning. */
function primary(code: string): string {
  const match = /^SQLITE_[A-Z]+/u.exec(code);
  return match ? match[0] : code;
}

const SENTENCES: Record<string, (path: string | undefined) => string> = {
  SQLITE_BUSY: () => BUSY_MESSAGE,
  SQLITE_LOCKED: () => BUSY_MESSAGE,
  SQLITE_READONLY: (p) =>
    `The data file is read-only, so nothing can be saved. Allow changes to it (or move it to a folder you may write to), then Try again${at(p)}`,
  EROFS: (p) =>
    `The data file is on a read-only disk, so nothing can be saved. Move the data folder to a disk you may write to, then Try again${at(p)}`,
  SQLITE_FULL: () => 'The disk is full, so nothing was saved. Free some space, then Try again.',
  ENOSPC: () => 'The disk is full, so nothing was saved. Free some space, then Try again.',
  EDQUOT: () => 'Your disk quota is used up, so nothing was saved. Free some space, then Try again.',
  EISDIR: (p) =>
    `The data file is not a file: there is a folder in its place. Move that folder aside, then Try again${at(p)}`,
  ENOTDIR: (p) =>
    `Part of the path to the data file is not a folder. Move the file that is in its way aside, then Try again${at(p)}`,
  EEXIST: (p) =>
    `Something is already in the place where Ambassador Studio keeps its data. Move it aside, then Try again${at(p)}`,
  EACCES: (p) =>
    `Ambassador Studio is not allowed to open this file or folder. Give your user access to it, then Try again${at(p)}`,
  EPERM: (p) =>
    `Ambassador Studio is not allowed to change this file or folder. Give your user access to it, then Try again${at(p)}`,
  ENOENT: (p) => `A file or folder Ambassador Studio needs is missing. Check that the data folder exists${at(p)}`,
  EMFILE: () => 'Too many files are open. Close other programs, then Try again.',
  SQLITE_CANTOPEN: (p) =>
    `The data file could not be opened. Check that its folder exists and that you may write to it, then Try again${at(p)}`,
  SQLITE_IOERR: (p) =>
    `The disk could not read or write the data file, so nothing was saved. Check the disk (is it still connected?), then Try again${at(p)}`,
  EIO: (p) =>
    `The disk could not read or write the data file, so nothing was saved. Check the disk (is it still connected?), then Try again${at(p)}`,
  SQLITE_PERM: (p) =>
    `Ambassador Studio is not allowed to write the data file. Give your user access to it, then Try again${at(p)}`,
  SQLITE_NOLFS: () => 'The data file is too large for this disk. Move the data folder to another disk, then Try again.',
  SQLITE_PROTOCOL: () => BUSY_MESSAGE,
};

/**
 * The plain sentence for an SQLite or file-system failure, as an AppError (DB_UNAVAILABLE), or null when the error
 * is not one of them. `path` is used when the error does not name its own.
 */
export function storageError(error: unknown, path?: string): AppError | null {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  if (primary(code) === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError(
      'DB_CORRUPT',
      'The data file is damaged, so nothing was saved. Close the app and restore the newest backup.',
    );
  }
  const sentence = SENTENCES[code] ?? SENTENCES[primary(code)];
  return sentence ? new AppError('DB_UNAVAILABLE', sentence(pathOf(error, path))) : null;
}

/** Always a sentence: startup must explain itself even for a failure nobody foresaw (the detail goes to the log). */
export function startupError(error: unknown, path: string): AppError {
  const known = storageError(error, path);
  if (known) return known;
  console.error('[ambassador-studio] the data file could not be opened', error);
  return new AppError(
    'DB_UNAVAILABLE',
    `Ambassador Studio could not open the data file; it has not been changed. Make a recovery copy, then Try again: ${path}`,
  );
}
