import { describe, expect, it } from 'vitest';
import { errorToResult } from '../backend/dispatch';
import { AppError } from '../../shared/result';
import { BUSY_MESSAGE, startupError, storageError } from './errors';

/** What SQLite (better-sqlite3's SqliteError) and Node's fs throw: an Error with a string code, maybe a path. */
function failure(code: string, message: string, path?: string): Error {
  return Object.assign(new Error(message), path ? { code, path } : { code });
}

describe('storage errors as one plain sentence', () => {
  it.each([
    ['SQLITE_BUSY', 'database is locked', BUSY_MESSAGE],
    ['SQLITE_BUSY_SNAPSHOT', 'database is locked', BUSY_MESSAGE],
    ['SQLITE_LOCKED', 'database table is locked', BUSY_MESSAGE],
    ['SQLITE_READONLY', 'attempt to write a readonly database', 'The data file is read-only, so nothing can be saved.'],
    [
      'SQLITE_FULL',
      'database or disk is full',
      'The disk is full, so nothing was saved. Free some space, then Try again.',
    ],
    ['ENOSPC', 'ENOSPC: no space left on device, write', 'The disk is full, so nothing was saved.'],
    [
      'EISDIR',
      'EISDIR: illegal operation on a directory, read',
      'The data file is not a file: there is a folder in its place.',
    ],
    ['ENOTDIR', 'ENOTDIR: not a directory', 'Part of the path to the data file is not a folder.'],
    ['EEXIST', "EEXIST: file already exists, mkdir '/x'", 'Something is already in the place where'],
    ['EACCES', 'EACCES: permission denied', 'is not allowed to open this file or folder'],
    ['EPERM', 'EPERM: operation not permitted', 'is not allowed to change this file or folder'],
    ['SQLITE_CANTOPEN', 'unable to open database file', 'The data file could not be opened.'],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 'The disk could not read or write the data file'],
  ])('%s', (code, raw, sentence) => {
    const mapped = storageError(failure(code, raw), '/data/studio.sqlite');
    expect(mapped?.code).toBe('DB_UNAVAILABLE');
    expect(mapped?.message).toContain(sentence);
    expect(mapped?.message).not.toContain(code);
    expect(mapped?.message).not.toContain(raw);
    // Through dispatch, as a save that fails later would reach the screen.
    expect(errorToResult(failure(code, raw))).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });
  });

  it('names the path the file system reports', () => {
    const mapped = storageError(failure('EISDIR', 'EISDIR', '/data/ambassador-studio.sqlite'));
    expect(mapped?.message).toMatch(/then Try again: \/data\/ambassador-studio\.sqlite$/);
  });

  it('damage found during a save is DB_CORRUPT, in words', () => {
    const result = errorToResult(failure('SQLITE_CORRUPT', 'database disk image is malformed'));
    expect(result).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/malformed|SQLITE/);
  });

  it('leaves AppErrors alone and knows nothing of other errors', () => {
    const own = new AppError('NOT_FOUND', 'No such quote.');
    expect(storageError(own)).toBe(own);
    expect(storageError(new TypeError('x is undefined'))).toBeNull();
  });

  it('at start, even an unforeseen failure is a sentence with what to do (the detail goes to the log)', () => {
    const error = startupError(new TypeError('Cannot read properties of undefined'), '/data/studio.sqlite');
    expect(error.message).toBe(
      'Ambassador Studio could not open the data file; it has not been changed. Make a recovery copy, then Try again: /data/studio.sqlite',
    );
  });
});
