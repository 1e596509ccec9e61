import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import { tempDir } from '../test-support/temp-backend';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const t = tempDir();
  cleanup = t.cleanup;
  return { path: join(t.dir, 'studio.sqlite'), backupDir: join(t.dir, 'backups') };
}

async function expectRefusal(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('openDatabase', () => {
  it('creates a new database with the required pragmas and the latest schema', async () => {
    const { path, backupDir } = setup();
    const { db, migration } = await openDatabase({ path, backupDir });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(migration).toMatchObject({ from: 0, to: LATEST_SCHEMA_VERSION });
    db.close();
    // A fresh database has nothing to lose, so no backup is made.
    expect(existsSync(backupDir)).toBe(false);
  });

  it('reopens an up-to-date database without migrating', async () => {
    const { path, backupDir } = setup();
    (await openDatabase({ path, backupDir })).db.close();
    const again = await openDatabase({ path, backupDir });
    expect(again.migration.applied).toEqual([]);
    again.db.close();
  });

  it('refuses a database from a newer schema and leaves it byte-identical', async () => {
    const { path, backupDir } = setup();
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x TEXT)');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 990}`);
    newer.close();
    const before = readFileSync(path);
    const error = await expectRefusal(openDatabase({ path, backupDir }), 'DB_NEWER');
    expect(error.message).toMatch(/newer version of Ambassador Studio/);
    expect(error.message).toContain(path);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not SQLite and does not overwrite it', async () => {
    const { path, backupDir } = setup();
    const junk = Buffer.from('this is a shopping list, not a database\n'.repeat(10));
    writeFileSync(path, junk);
    const error = await expectRefusal(openDatabase({ path, backupDir }), 'DB_CORRUPT');
    expect(error.message).toMatch(/damaged/);
    expect(readFileSync(path).equals(junk)).toBe(true);
  });

  it('refuses a database with flipped bytes inside its pages and does not overwrite it', async () => {
    const { path, backupDir } = setup();
    const { db } = await openDatabase({ path, backupDir });
    const insert = db.prepare("INSERT INTO setting (key, value, updated_at) VALUES (?, '\"x\"', 'now')");
    for (let i = 0; i < 500; i += 1) insert.run(`key-${i}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the b-tree header of the second page onwards.
    for (let i = pageSize; i < pageSize + 64; i += 1) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(path, bytes);
    const error = await expectRefusal(openDatabase({ path, backupDir }), 'DB_CORRUPT');
    expect(error.message).toContain(path);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('backs up an existing database before migrating it', async () => {
    const { path, backupDir } = setup();
    (await openDatabase({ path, backupDir })).db.close();
    const next = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'test-step',
      up: (d: Database.Database) => d.exec('CREATE TABLE extra (id TEXT)'),
    };
    const { MIGRATIONS } = await import('./migrations');
    const { db, migration } = await openDatabase({
      path,
      backupDir,
      migrations: [...MIGRATIONS, next],
      now: () => new Date('2026-11-27T10:00:00Z'),
    });
    expect(migration.applied).toEqual([next.version]);
    db.close();
    const backups = readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`-v${LATEST_SCHEMA_VERSION}-2026-11-27T10-00-00-000Z\\.sqlite$`));
    const copy = new Database(join(backupDir, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    copy.close();
  });
});
