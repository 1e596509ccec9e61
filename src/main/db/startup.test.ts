/**
 * The start-up test set (issue 12): every way the data file can be unusable at start. Each case checks that the
 * data file, its -wal and its -shm are byte-identical afterwards (sha256, or still absent) and the exact sentence
 * app:status shows. A leftover WAL is made the way a crash leaves it: the three files copied while a connection
 * with un-checkpointed writes is still open.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../backend/backend';
import { call } from '../backend/dispatch';
import { BUSY_MESSAGE } from './errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open';
import { cleanups, folder, hashes, start, statusOf } from './startup.test-support';

/** A real app database at `target` as a crash leaves it: the main file, and a WAL and -shm holding `write`. */
async function crashedDatabase(target: string, prepare: (db: Database.Database) => void, write: string) {
  const live = join(folder(), 'live.sqlite');
  const { db } = await openDatabase({ path: live, backupDir: join(folder(), 'backups') });
  prepare(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  db.exec(write);
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${live}${suffix}`, `${target}${suffix}`);
  db.close();
  expect(readFileSync(`${target}-wal`).length).toBeGreaterThan(0);
}

function fillerRows(db: Database.Database): void {
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i += 1) insert.run(`row ${i} `.repeat(20));
  })();
}

describe('start-up with an unusable data file', () => {
  it('a damaged page plus an un-checkpointed WAL: refused, all three files byte-identical', async () => {
    const dataDir = folder();
    const path = join(dataDir, DB_FILE_NAME);
    await crashedDatabase(path, fillerRows, `INSERT INTO setting (key, value, updated_at) VALUES ('k', '"v"', 'now')`);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over page headers in the middle of the filler table, pages the WAL does not hold.
    const middle = Math.floor(bytes.length / pageSize / 2);
    for (let page = middle; page < middle + 4; page += 1) {
      for (let i = page * pageSize; i < page * pageSize + 16; i += 1) bytes[i] = bytes[i]! ^ 0xff;
    }
    writeFileSync(path, bytes);
    const before = hashes(path);

    const backend = await start(dataDir);
    const status = await statusOf(backend);
    // First, since this is what the old opening broke: its checkpoint-on-close rewrote the main file, deleted the WAL.
    expect(hashes(path)).toEqual(before);
    expect(status).toMatchObject({ state: 'error', code: 'DB_CORRUPT' });
    if (status.state === 'error') {
      expect(status.message).toBe(
        'The data file is damaged and cannot be opened safely (its check found damaged pages). It has not been ' +
          `changed or overwritten. Restore the newest backup, or move the file aside to start with an empty studio: ${path}`,
      );
    }
    expect(hashes(path)).toEqual(before);

    // The recovery copy holds the three files exactly as they are, and making it changes none of them.
    const copy = await call(backend.handlers, 'app:recoveryCopy', {});
    if (!copy.ok) throw new Error(copy.error.message);
    expect(copy.value.files.sort()).toEqual([DB_FILE_NAME, `${DB_FILE_NAME}-shm`, `${DB_FILE_NAME}-wal`]);
    expect(hashes(join(copy.value.folder, DB_FILE_NAME))).toEqual(before);
    expect(hashes(path)).toEqual(before);
  });

  it('a newer data version only in the WAL: refused as newer, all three files byte-identical', async () => {
    const dataDir = folder();
    const path = join(dataDir, DB_FILE_NAME);
    const newer = LATEST_SCHEMA_VERSION + 990;
    await crashedDatabase(path, () => undefined, `PRAGMA user_version = ${newer}`);
    // The main file's header still says the current version: only the WAL knows better.
    expect(readFileSync(path).readInt32BE(60)).toBe(LATEST_SCHEMA_VERSION);
    const before = hashes(path);

    const status = await statusOf(await start(dataDir));
    expect(status).toEqual({
      state: 'error',
      version: 'test',
      dataDir,
      dbPath: path,
      code: 'DB_NEWER',
      message:
        `This data file was saved by a newer version of Ambassador Studio (data version ${newer}; this app reads up to ` +
        `${LATEST_SCHEMA_VERSION}). Update the app to open it. The file has not been changed: ${path}`,
    });
    expect(hashes(path)).toEqual(before);
  });

  it('a truncated file: refused as damaged, byte-identical', async () => {
    const dataDir = folder();
    const path = join(dataDir, DB_FILE_NAME);
    const { db } = await openDatabase({ path, backupDir: join(dataDir, 'backups') });
    fillerRows(db);
    db.close();
    truncateSync(path, Math.floor(readFileSync(path).length / 2));
    const before = hashes(path);

    const status = await statusOf(await start(dataDir));
    expect(status).toMatchObject({ state: 'error', code: 'DB_CORRUPT' });
    if (status.state === 'error')
      expect(status.message).toMatch(
        /^The data file is damaged and cannot be opened safely \((its check found damaged pages|SQLite cannot read it)\)\./,
      );
    expect(hashes(path)).toEqual(before);
  });

  it('random bytes: refused as not an SQLite file, byte-identical', async () => {
    const dataDir = folder();
    const path = join(dataDir, DB_FILE_NAME);
    writeFileSync(path, createHash('sha512').update('seed').digest().toString('hex').repeat(500));
    const before = hashes(path);

    const status = await statusOf(await start(dataDir));
    expect(status).toMatchObject({
      state: 'error',
      code: 'DB_CORRUPT',
      message:
        'The data file is damaged and cannot be opened safely (not an SQLite database). It has not been changed or ' +
        `overwritten. Restore the newest backup, or move the file aside to start with an empty studio: ${path}`,
    });
    expect(hashes(path)).toEqual(before);
  });

  it('a folder in place of the file: "not a file", nothing created', async () => {
    const dataDir = folder();
    const path = join(dataDir, DB_FILE_NAME);
    mkdirSync(path);
    const before = hashes(`${path}/inner`);

    const status = await statusOf(await start(dataDir));
    expect(status).toMatchObject({
      state: 'error',
      code: 'DB_UNAVAILABLE',
      message: `The data file is not a file: there is a folder (or something else) in its place. Move it aside, then Try again: ${path}`,
    });
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(hashes(`${path}/inner`)).toEqual(before);
  });

  it('a file in place of the data folder: a sentence, not a raw EEXIST; the file is untouched', async () => {
    const dataDir = join(folder(), 'data');
    writeFileSync(dataDir, 'notes');
    const status = await statusOf(await start(dataDir));
    expect(status).toMatchObject({
      state: 'error',
      code: 'DB_UNAVAILABLE',
      message: `Something is already in the place where Ambassador Studio keeps its data. Move it aside, then Try again: ${dataDir}`,
    });
    expect(readFileSync(dataDir, 'utf8')).toBe('notes');
  });

  it('locked by another connection: says another copy has it open, byte-identical; Try again works once released', async () => {
    const dataDir = folder();
    const path = join(dataDir, DB_FILE_NAME);
    (await openDatabase({ path, backupDir: join(dataDir, 'backups') })).db.close();
    const other = new Database(path);
    cleanups.push(() => other.open && other.close());
    other.exec('BEGIN EXCLUSIVE');
    other.exec(`INSERT INTO setting (key, value, updated_at) VALUES ('other', '"copy"', 'now')`);
    const before = hashes(path);

    const backend = await start(dataDir);
    expect(await statusOf(backend)).toMatchObject({ state: 'error', code: 'DB_UNAVAILABLE', message: BUSY_MESSAGE });
    expect(BUSY_MESSAGE).toBe('Another copy of Ambassador Studio has this file open; close it, then Try again.');
    expect(hashes(path)).toEqual(before);
    // Still locked: Try again says the same, and nothing else is reachable.
    expect(await call(backend.handlers, 'app:retry', {})).toMatchObject({ ok: true, value: { state: 'error' } });
    expect(await call(backend.handlers, 'settings:get', {})).toMatchObject({
      ok: false,
      error: { message: BUSY_MESSAGE },
    });

    other.exec('ROLLBACK');
    other.close();
    expect(await call(backend.handlers, 'app:retry', {})).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(backend.status.state).toBe('ready');
    expect(await call(backend.handlers, 'settings:get', {})).toMatchObject({ ok: true });
  });
});
