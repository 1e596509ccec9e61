import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { trash } from './0095-trash';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

describe('migration 0095 trash', () => {
  it('adds the trash table, which takes only the kinds the app deletes', () => {
    const db = upTo(95);
    trash.up(db);
    const insert = db.prepare(
      `INSERT INTO trash_item (id, kind, entity_id, ambassador_id, cohort_id, label, payload, deleted_at, deleted_by)
       VALUES (?, ?, 'e1', NULL, NULL, 'label', '{}', 'now', 'Sam')`,
    );
    insert.run('t1', 'quote');
    expect(db.prepare('SELECT media_ids FROM trash_item').pluck().get()).toBe('[]');
    expect(() => insert.run('t2', 'cohort')).toThrow(/CHECK/);
    expect(() => insert.run('t1', 'house')).toThrow(/UNIQUE|PRIMARY/);
  });

  it('adds a place for the original of each repaired value', () => {
    const db = upTo(95);
    trash.up(db);
    db.prepare(
      `INSERT INTO repaired_value (id, table_name, row_id, column_name, ambassador_id, original, repaired_at, repaired_by)
       VALUES ('r1', 'quote', 'q1', 'fields', 'a1', '{"socialPlatform":"myspace"}', 'now', 'Sam')`,
    ).run();
    expect(db.prepare('SELECT original FROM repaired_value').pluck().get()).toBe('{"socialPlatform":"myspace"}');
  });
});
