import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';
import { messagesAndQuotes } from './0020-messages-quotes';
import { rehearsal } from './0030-rehearsal';

describe('migration 0030 rehearsal', () => {
  it('adds questions, sets, sessions, takes and one review card per ambassador and question', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of [initial, messagesAndQuotes, rehearsal]) m.up(db);
    db.prepare("INSERT INTO ambassador (id, created_at, updated_at) VALUES ('a', 'now', 'now')").run();
    const card = db.prepare(
      "INSERT INTO review_card (id, ambassador_id, question_id, card, due, created_at, updated_at) VALUES (?, 'a', 'q', '{}', 'now', 'now', 'now')",
    );
    card.run('c1');
    expect(() => card.run('c2')).toThrow(/UNIQUE/);
    const session = db.prepare(
      "INSERT INTO rehearsal_session (id, ambassador_id, interview_type, mode, question_ids, created_at, updated_at) VALUES (?, 'a', 'phone', ?, '[]', 'now', 'now')",
    );
    expect(() => session.run('s1', 'shuffle')).toThrow(/CHECK/);
    expect(() => session.run('s2', 'due')).not.toThrow();
  });
});
