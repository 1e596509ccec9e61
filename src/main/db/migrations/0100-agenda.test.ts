import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { agenda } from './0100-agenda';
import { SYNCED_TABLES } from './0080-versions';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

describe('migration 0100 agenda', () => {
  it('adds one agenda per cohort and its blocks, checked so no block runs past midnight', () => {
    const db = upTo(100);
    agenda.up(db);
    db.prepare("INSERT INTO cohort (id, name, created_at, updated_at) VALUES ('c1', 'Cohort', 'now', 'now')").run();
    const head = db.prepare("INSERT INTO agenda (cohort_id, created_at, updated_at) VALUES (?, 'now', 'now')");
    head.run('c1');
    expect(() => head.run('c1')).toThrow(/UNIQUE/);
    expect(() => head.run('no-such-cohort')).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT version, start_date FROM agenda').get()).toEqual({ version: 1, start_date: '' });

    const block = db.prepare(
      `INSERT INTO agenda_block (id, cohort_id, day, start_minute, duration_minutes, title, exercise, created_at, updated_at)
       VALUES (?, 'c1', ?, ?, ?, 'Block', ?, 'now', 'now')`,
    );
    block.run('b1', 1, 570, 45, 'key-messages');
    block.run('b2', 2, 600, 30, null);
    expect(() => block.run('b3', 4, 600, 30, null)).toThrow(/CHECK/);
    expect(() => block.run('b4', 1, 1430, 30, null)).toThrow(/CHECK/);
    expect(() => block.run('b5', 1, 600, 2, null)).toThrow(/CHECK/);
    expect(() => block.run('b6', 1, 600, 30, 'not-a-screen')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM agenda_block').pluck().get()).toBe(2);
  });

  it('keeps agendas on this laptop: they are not synchronised tables', () => {
    expect(SYNCED_TABLES).not.toContain('agenda');
    expect(SYNCED_TABLES).not.toContain('agenda_block');
  });
});
