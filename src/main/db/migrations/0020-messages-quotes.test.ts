import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';
import { messagesAndQuotes } from './0020-messages-quotes';

describe('migration 0020 messages and quotes', () => {
  it('adds houses, quotes, comments and a working FTS5 index on top of 0010', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    initial.up(db);
    messagesAndQuotes.up(db);
    const names = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['message_house', 'quote', 'comment', 'search_doc', 'search_index']));
    db.prepare(
      "INSERT INTO search_index (rowid, title, body) VALUES (1, 'Quote', 'Café owners welcome everyone')",
    ).run();
    expect(db.prepare("SELECT rowid FROM search_index WHERE search_index MATCH 'cafe'").all()).toEqual([{ rowid: 1 }]);
  });

  it('refuses a quote with an unknown status or for a missing ambassador', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    initial.up(db);
    messagesAndQuotes.up(db);
    db.prepare("INSERT INTO ambassador (id, created_at, updated_at) VALUES ('a', 'now', 'now')").run();
    const insert = db.prepare(
      "INSERT INTO quote (id, ambassador_id, status, fields, created_at, updated_at) VALUES (?, ?, ?, '{}', 'now', 'now')",
    );
    expect(() => insert.run('q1', 'a', 'published')).toThrow(/CHECK/);
    expect(() => insert.run('q2', 'nobody', 'draft')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('q3', 'a', 'draft')).not.toThrow();
  });
});
