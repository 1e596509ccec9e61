import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';
import { messagesAndQuotes } from './0020-messages-quotes';
import { rehearsal } from './0030-rehearsal';
import { sheets } from './0040-sheets';

describe('migration 0040 sheets', () => {
  it('adds sheet confirmations (one live row per item) and one live logo per cohort', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of [initial, messagesAndQuotes, rehearsal, sheets]) m.up(db);
    db.prepare("INSERT INTO cohort (id, name, created_at, updated_at) VALUES ('c', 'C', 'now', 'now')").run();
    db.prepare("INSERT INTO ambassador (id, created_at, updated_at) VALUES ('a', 'now', 'now')").run();
    const confirm = db.prepare(
      `INSERT INTO sheet_confirmation (id, ambassador_id, finding_id, field, label, kind, value_hash, text_hash, confirmed_by, created_at, updated_at, deleted_at)
       VALUES (?, ?, 'bio:employer:0', 'bio', 'Short bio', 'employer', 'v', 't', 'Ambassador', 'now', 'now', ?)`,
    );
    confirm.run('k1', 'a', null);
    expect(() => confirm.run('k2', 'a', null)).toThrow(/UNIQUE/);
    expect(() => confirm.run('k3', 'a', 'then')).not.toThrow();
    expect(() => confirm.run('k4', 'nobody', null)).toThrow(/FOREIGN KEY/);

    db.prepare(
      "INSERT INTO media (id, kind, mime, size, sha256, bytes, created_at, updated_at) VALUES ('m', 'logo', 'image/png', 1, 'x', x'00', 'now', 'now')",
    ).run();
    const logo = db.prepare(
      "INSERT INTO cohort_logo (id, cohort_id, media_id, created_at, updated_at) VALUES (?, 'c', 'm', 'now', 'now')",
    );
    logo.run('l1');
    expect(() => logo.run('l2')).toThrow(/UNIQUE/);
  });
});
