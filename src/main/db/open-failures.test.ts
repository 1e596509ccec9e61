/**
 * What opening says when something goes wrong after the probe passed (a migration step that fails, or finds the
 * file damaged), and the rules the probe's refusals are built from. Each refusal leaves the data version as it was.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/result';
import { tempDir } from '../test-support/temp-backend';
import { assertMigrationsOrdered, migrate } from './migrate';
import type { Migration } from './migrations/types';
import { openDatabase } from './open';
import { corruptDatabaseError, isCorruptionError, notAFileError } from './probe';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

function files() {
  const t = tempDir('studio-open-failures-');
  cleanup = t.cleanup;
  return { path: join(t.dir, 'studio.sqlite'), backupDir: join(t.dir, 'backups') };
}

const first: Migration = { version: 1, name: 'first', up: (db) => db.exec('CREATE TABLE setting (key TEXT)') };
const failingWith = (error: unknown): Migration => ({
  version: 2,
  name: 'second',
  up: () => {
    throw error;
  },
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

function versionOf(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('openDatabase after the probe', () => {
  it('waits up to 5 seconds for a busy file', async () => {
    const { path, backupDir } = files();
    const { db } = await openDatabase({ path, backupDir, migrations: [first] });
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('a migration step that fails unexpectedly: a sentence with the path, and the version is unchanged', async () => {
    const { path, backupDir } = files();
    (await openDatabase({ path, backupDir, migrations: [first] })).db.close();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await refusal(openDatabase({ path, backupDir, migrations: [first, failingWith(new Error('boom'))] }));
    expect(error.code).toBe('DB_UNAVAILABLE');
    expect(error.message).toBe(
      `Ambassador Studio could not open the data file; it has not been changed. Make a recovery copy, then Try again: ${path}`,
    );
    expect(versionOf(path)).toBe(1);
  });

  it('a step that finds the file damaged: refused as damaged', async () => {
    const { path, backupDir } = files();
    (await openDatabase({ path, backupDir, migrations: [first] })).db.close();
    const corrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    const error = await refusal(openDatabase({ path, backupDir, migrations: [first, failingWith(corrupt)] }));
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.message).toContain('(SQLite cannot read it)');
    expect(versionOf(path)).toBe(1);
  });

  it('a step that refuses in its own words: those words', async () => {
    const { path, backupDir } = files();
    (await openDatabase({ path, backupDir, migrations: [first] })).db.close();
    const own = new AppError('CONFLICT', 'Two cohorts share one name; rename one, then Try again.');
    const error = await refusal(openDatabase({ path, backupDir, migrations: [first, failingWith(own)] }));
    expect(error).toBe(own);
    expect(versionOf(path)).toBe(1);
  });
});

describe('migration lists', () => {
  it('versions are whole numbers above zero, each above the one before', () => {
    const step = (version: number): Migration => ({ version, name: `v${version}`, up: () => undefined });
    expect(() => assertMigrationsOrdered([step(1), step(2)])).not.toThrow();
    expect(() => assertMigrationsOrdered([step(0)])).toThrow('Migration v0 has version 0, which does not follow 0');
    expect(() => assertMigrationsOrdered([step(1), step(1.5)])).toThrow('does not follow 1');
  });
});

describe('probe refusals', () => {
  it('SQLite’s corruption codes, and only those, count as damage', () => {
    const withCode = (code: unknown) => Object.assign(new Error('x'), { code });
    expect(isCorruptionError(withCode('SQLITE_CORRUPT'))).toBe(true);
    expect(isCorruptionError(withCode('SQLITE_CORRUPT_INDEX'))).toBe(true);
    expect(isCorruptionError(withCode('SQLITE_NOTADB'))).toBe(true);
    expect(isCorruptionError(withCode('SQLITE_BUSY'))).toBe(false);
    expect(isCorruptionError(withCode(11))).toBe(false);
    expect(isCorruptionError(null)).toBe(false);
    expect(isCorruptionError(new Error('no code'))).toBe(false);
  });

  it('say what happened, that the file is unchanged, and where it is', () => {
    expect(corruptDatabaseError('/d/studio.sqlite', 'not an SQLite database')).toMatchObject({
      code: 'DB_CORRUPT',
      message:
        'The data file is damaged and cannot be opened safely (not an SQLite database). It has not been changed or overwritten. ' +
        'Restore the newest backup, or move the file aside to start with an empty studio: /d/studio.sqlite',
    });
    expect(notAFileError('/d/studio.sqlite')).toMatchObject({
      code: 'DB_UNAVAILABLE',
      message:
        'The data file is not a file: there is a folder (or something else) in its place. Move it aside, then Try again: /d/studio.sqlite',
    });
  });
});

describe('openDatabase: what it takes as the newest version, and its clock', () => {
  it('the newest version is the last migration given: a file one step newer is refused untouched', async () => {
    const { path, backupDir } = files();
    const newer = new Database(path);
    newer.exec('CREATE TABLE setting (key TEXT)');
    newer.pragma('user_version = 2');
    newer.close();
    const before = readFileSync(path);
    const error = await refusal(openDatabase({ path, backupDir, migrations: [first] }));
    expect(error.code).toBe('DB_NEWER');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('without a clock given, the backup before a migration is named by the time now', async () => {
    const { path, backupDir } = files();
    (await openDatabase({ path, backupDir, migrations: [first] })).db.close();
    const second: Migration = { version: 2, name: 'second', up: (db) => db.exec('CREATE TABLE t (x)') };
    const year = new Date().getUTCFullYear();
    (await openDatabase({ path, backupDir, migrations: [first, second] })).db.close();
    expect(readdirSync(backupDir).filter((f) => f.endsWith('.sqlite'))).toEqual([
      expect.stringMatching(new RegExp(`-v1-${year}-`)),
    ]);
  });
});

describe('migrate at its edges', () => {
  it('an empty list migrates nothing; an up-to-date file is not backed up', async () => {
    const db = new Database(':memory:');
    expect(await migrate(db, [], ':memory:')).toEqual({ from: 0, to: 0, applied: [] });
    await migrate(db, [first], ':memory:');
    const backup = vi.fn(async () => undefined);
    expect(await migrate(db, [first], ':memory:', { backup })).toEqual({ from: 1, to: 1, applied: [] });
    expect(backup).not.toHaveBeenCalled();
    db.close();
  });
});
