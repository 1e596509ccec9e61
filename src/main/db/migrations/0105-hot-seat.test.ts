import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { hotSeat } from './0105-hot-seat';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

describe('migration 0105 hot seat', () => {
  it('keeps existing sessions as practice and adds the hot-seat columns', () => {
    const db = upTo(105);
    db.exec(`
      INSERT INTO ambassador (id, full_name, created_at, updated_at) VALUES ('a1', 'Amira', 'now', 'now');
      INSERT INTO rehearsal_session (id, ambassador_id, interview_type, mode, question_ids, created_at, updated_at)
        VALUES ('s1', 'a1', 'live-radio', 'due', '[]', 'now', 'now');
      INSERT INTO take (id, session_id, question_id, position, target_seconds, created_at, updated_at)
        VALUES ('t1', 's1', 'q1', 0, 30, 'now', 'now');
    `);
    hotSeat.up(db);
    expect(db.prepare('SELECT kind, run_by FROM rehearsal_session').get()).toEqual({ kind: 'practice', run_by: null });
    expect(db.prepare('SELECT follow_up, trainer_feedback FROM take').get()).toEqual({
      follow_up: null,
      trainer_feedback: null,
    });
    db.prepare("UPDATE rehearsal_session SET kind = 'hot-seat', run_by = 'Sam'").run();
    expect(() => db.prepare("UPDATE rehearsal_session SET kind = 'ambush'").run()).toThrow(/CHECK/);
  });
});
