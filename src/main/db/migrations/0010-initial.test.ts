import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';

describe('migration 0010 initial', () => {
  it('creates the foundation tables with ids, timestamps and tombstones', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.transaction(() => initial.up(db))();
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    expect(tables).toEqual(['ambassador', 'cohort', 'media', 'revision', 'setting']);
    for (const table of ['ambassador', 'cohort', 'media']) {
      const columns = db
        .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
        .all()
        .map((c) => c.name);
      expect(columns).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
  });

  it('enforces the name mode and the cohort foreign key', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    initial.up(db);
    const insert = db.prepare(
      "INSERT INTO ambassador (id, cohort_id, name_mode, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
    );
    expect(() => insert.run('a1', null, 'nickname')).toThrow(/CHECK/);
    expect(() => insert.run('a2', 'no-such-cohort', 'first')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('a3', null, 'pseudonym')).not.toThrow();
  });
});
