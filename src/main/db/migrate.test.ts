import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/result';
import { assertMigrationsOrdered, migrate } from './migrate';
import type { Migration } from './migrations/types';

const step = (version: number, sql: string): Migration => ({
  version,
  name: `step-${version}`,
  up: (db) => db.exec(sql),
});

describe('migrate', () => {
  it('runs pending steps in order and sets user_version to the last one', async () => {
    const db = new Database(':memory:');
    const report = await migrate(db, [step(10, 'CREATE TABLE a (x)'), step(20, 'CREATE TABLE b (y)')], ':memory:');
    expect(report).toEqual({ from: 0, to: 20, applied: [10, 20] });
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 2 });
  });

  it('rolls back every step when one fails, leaving the version unchanged', async () => {
    const db = new Database(':memory:');
    await migrate(db, [step(10, 'CREATE TABLE a (x)')], ':memory:');
    const broken = [step(10, 'CREATE TABLE a (x)'), step(20, 'CREATE TABLE b (y)'), step(30, 'THIS IS NOT SQL')];
    await expect(migrate(db, broken, ':memory:')).rejects.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  it('calls backup only when a database with data is migrated', async () => {
    const db = new Database(':memory:');
    const backup = vi.fn(async () => undefined);
    await migrate(db, [step(10, 'CREATE TABLE a (x)')], ':memory:', { backup });
    expect(backup).not.toHaveBeenCalled();
    await migrate(db, [step(10, 'CREATE TABLE a (x)'), step(20, 'CREATE TABLE b (y)')], ':memory:', { backup });
    expect(backup).toHaveBeenCalledWith(10);
  });

  it('refuses a database newer than the newest migration', async () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 50');
    const error = await migrate(db, [step(10, 'CREATE TABLE a (x)')], '/data/studio.sqlite').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_NEWER');
    expect((error as AppError).message).toContain('/data/studio.sqlite');
  });

  it('rejects migration lists that are out of order or duplicated', () => {
    expect(() => assertMigrationsOrdered([step(20, ''), step(10, '')])).toThrow(/does not follow/);
    expect(() => assertMigrationsOrdered([step(10, ''), step(10, '')])).toThrow(/does not follow/);
  });
});
