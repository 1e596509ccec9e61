/**
 * A data file from a newer version of the app is refused before anything may write to it, by two checks that
 * each matter on their own: the header (before SQLite opens anything, so a file this SQLite cannot even read is
 * still called "newer", not "damaged"), and the version SQLite sees with the WAL applied (after a crash of the
 * newer app, the newer version may exist only in the WAL).
 */
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import { tempDir } from '../test-support/temp-backend';
import { probeDatabase } from './probe';

const LATEST = 40;

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups) fn();
  cleanups = [];
});

function folder(): string {
  const t = tempDir('studio-probe-newer-');
  cleanups.push(t.cleanup);
  return t.dir;
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const files = (path: string) => ['', '-wal', '-shm'].map((s) => readFileSync(`${path}${s}`));

/** A database at `headerVersion` whose WAL (not yet checkpointed) raises user_version to `walVersion`. */
function crashedWithNewerWal(headerVersion: number, walVersion: number): string {
  const live = join(folder(), 'live.sqlite');
  const db = new Database(live);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE note (body TEXT)');
  db.pragma(`user_version = ${headerVersion}`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  db.transaction(() => {
    db.exec(`INSERT INTO note VALUES ('written by the newer app')`);
    db.pragma(`user_version = ${walVersion}`);
  })();
  // Copied while the connection is open: the state a crash leaves (the close would checkpoint the WAL).
  const path = join(folder(), 'studio.sqlite');
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${live}${suffix}`, `${path}${suffix}`);
  db.close();
  return path;
}

describe('probeDatabase: a newer database', () => {
  it('newer database header check: refused from its header even when this SQLite cannot read the file', () => {
    const path = join(folder(), 'studio.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE future (x TEXT)');
    db.pragma(`user_version = ${LATEST + 1}`);
    db.close();
    // A newer SQLite file format (read/write versions 3): opening it fails with "file is not a database".
    const bytes = readFileSync(path);
    bytes[18] = 3;
    bytes[19] = 3;
    writeFileSync(path, bytes);

    const error = refusal(() => probeDatabase(path, LATEST));
    expect(error.code).toBe('DB_NEWER');
    expect(error.message).toContain(`data version ${LATEST + 1}; this app reads up to ${LATEST}`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('newer database only in the WAL: refused as newer, and the file, WAL and -shm stay byte-identical', () => {
    const path = crashedWithNewerWal(LATEST, LATEST + 3);
    const header = new DataView(readFileSync(path).buffer);
    expect(header.getInt32(60)).toBe(LATEST);
    expect(readFileSync(`${path}-wal`).length).toBeGreaterThan(0);
    const before = files(path);

    const error = refusal(() => probeDatabase(path, LATEST));
    expect(error.code).toBe('DB_NEWER');
    expect(error.message).toContain(`data version ${LATEST + 3}; this app reads up to ${LATEST}`);
    expect(error.message).toContain(path);
    files(path).forEach((bytes, i) => expect(bytes.equals(before[i]!)).toBe(true));
  });

  it('the same WAL at the newest version this app reads: sound, with the version from the WAL', () => {
    const path = crashedWithNewerWal(LATEST - 2, LATEST);
    expect(probeDatabase(path, LATEST)).toEqual({ kind: 'sound', userVersion: LATEST });
  });

  it('a header exactly at the newest version is not newer', () => {
    const path = join(folder(), 'studio.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST}`);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(probeDatabase(path, LATEST)).toEqual({ kind: 'sound', userVersion: LATEST });
  });
});
