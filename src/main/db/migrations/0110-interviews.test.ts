import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { interviews } from './0110-interviews';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

const REQUEST = `INSERT INTO interview_request (id, ambassador_id, outlet, broadcast, format, name_mode, photo, legal_check,
  created_at, updated_at) VALUES ('i1', 'a1', 'Harbour FM', 'live', 'live-radio', 'full', 'no', 'done', 'now', 'now')`;
const DEBRIEF = `INSERT INTO interview_debrief (interview_id, ambassador_id, feeling, wants_follow_up, filed_at, updated_at)
  VALUES ('i1', 'a1', 'okay', 1, 'now', 'now')`;

describe('migration 0110 interviews', () => {
  it('keeps the Trash as it was and lets it hold interviews', () => {
    const db = upTo(110);
    db.exec(`INSERT INTO trash_item (id, kind, entity_id, label, payload, deleted_at, deleted_by)
      VALUES ('t1', 'quote', 'q1', 'A quote', '{"rows":[]}', 'now', 'Sam')`);
    expect(() =>
      db.exec(`INSERT INTO trash_item (id, kind, entity_id, label, payload, deleted_at, deleted_by)
        VALUES ('t2', 'interview', 'i1', 'x', '{}', 'now', 'Sam')`),
    ).toThrow(/CHECK/);
    interviews.up(db);
    expect(db.prepare('SELECT id, kind, label, media_ids FROM trash_item').all()).toEqual([
      { id: 't1', kind: 'quote', label: 'A quote', media_ids: '[]' },
    ]);
    db.exec(`INSERT INTO trash_item (id, kind, entity_id, label, payload, deleted_at, deleted_by)
      VALUES ('t2', 'interview', 'i1', 'x', '{}', 'now', 'Sam')`);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trash_item'");
    expect(indexes.all().map((r) => (r as { name: string }).name)).toEqual(
      expect.arrayContaining(['trash_item_ambassador', 'trash_item_deleted']),
    );
  });

  it('stores a request and its debrief, gone with the ambassador', () => {
    const db = upTo(110);
    interviews.up(db);
    db.exec(`INSERT INTO ambassador (id, full_name, created_at, updated_at) VALUES ('a1', 'Amira', 'now', 'now')`);
    db.exec(REQUEST);
    db.exec(DEBRIEF);
    expect(db.prepare('SELECT off_limits, length_minutes, deleted_at FROM interview_request').get()).toEqual({
      off_limits: '[]',
      length_minutes: 0,
      deleted_at: null,
    });
    expect(() => db.exec('UPDATE interview_debrief SET wants_follow_up = 2')).toThrow(/CHECK/);
    db.exec("DELETE FROM ambassador WHERE id = 'a1'");
    expect(db.prepare('SELECT count(*) AS n FROM interview_request').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM interview_debrief').get()).toEqual({ n: 0 });
  });
});
