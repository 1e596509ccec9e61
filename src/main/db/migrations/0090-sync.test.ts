import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { sync } from './0090-sync';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

describe('migration 0090 sync', () => {
  it('adds the agreed hashes, tombstones and conflicts, keyed so a row has one of each', () => {
    const db = upTo(90);
    sync.up(db);
    const base = db.prepare('INSERT INTO sync_base (table_name, row_id, hash) VALUES (?, ?, ?)');
    base.run('quote', 'q1', 'h1');
    expect(() => base.run('quote', 'q1', 'h2')).toThrow(/UNIQUE/);
    const tomb = db.prepare('INSERT INTO tombstone (table_name, id_hash, deleted_at, device_id) VALUES (?, ?, ?, ?)');
    tomb.run('quote', 'a'.repeat(64), 'now', 'dev');
    expect(() => tomb.run('quote', 'a'.repeat(64), 'later', 'dev')).toThrow(/UNIQUE/);
    // Only hashes: an id itself (36 characters) is refused.
    expect(() => tomb.run('quote', crypto.randomUUID(), 'now', 'dev')).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO bundle_conflict (id, table_name, row_id, ambassador_id, incoming, created_at)
       VALUES ('c1', 'quote', 'q1', NULL, '{}', 'now')`,
    ).run();
    expect(db.prepare('SELECT resolved_at FROM bundle_conflict').pluck().get()).toBeNull();
  });
});
