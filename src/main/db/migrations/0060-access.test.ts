import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';
import { messagesAndQuotes } from './0020-messages-quotes';
import { rehearsal } from './0030-rehearsal';
import { sheets } from './0040-sheets';
import { cohortLanguageRules } from './0050-cohort-language-rules';
import { access } from './0060-access';

function before060(): Database.Database {
  const db = new Database(':memory:');
  for (const m of [initial, messagesAndQuotes, rehearsal, sheets, cohortLanguageRules]) m.up(db);
  return db;
}

const setting = (db: Database.Database, key: string, value: unknown) =>
  db.prepare("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, 'then')").run(key, JSON.stringify(value));

describe('migration 0060 access', () => {
  it('turns the old trainer PIN into a named trainer, marks a laptop with a cohort as shared, and drops the old keys', () => {
    const db = before060();
    const oldPin = { salt: 'c2FsdA==', hash: 'aGFzaA==', N: 16384, r: 8, p: 1 };
    setting(db, 'security.trainerPin', oldPin);
    setting(db, 'trainerName', 'Sam');
    setting(db, 'role', 'trainer');
    setting(db, 'onboarded', true);
    db.prepare(
      "INSERT INTO cohort (id, name, created_at, updated_at) VALUES ('c', 'Residential', 'then', 'then')",
    ).run();
    access.up(db);
    const trainers = db.prepare('SELECT name, secret FROM trainer').all() as Array<{ name: string; secret: string }>;
    expect(trainers).toEqual([{ name: 'Sam', secret: JSON.stringify(oldPin) }]);
    const keys = (db.prepare('SELECT key FROM setting ORDER BY key').all() as Array<{ key: string }>).map((r) => r.key);
    expect(keys).toEqual(['access.laptopKind', 'onboarded']);
    expect(db.prepare("SELECT value FROM setting WHERE key = 'access.laptopKind'").get()).toEqual({
      value: '"shared"',
    });
  });

  it('calls a laptop with one ambassador and no PIN its owner’s, and leaves a laptop before its first run undecided', () => {
    const own = before060();
    setting(own, 'onboarded', true);
    own
      .prepare("INSERT INTO ambassador (id, first_name, created_at, updated_at) VALUES ('a', 'Amira', 'then', 'then')")
      .run();
    access.up(own);
    expect(own.prepare("SELECT value FROM setting WHERE key = 'access.laptopKind'").get()).toEqual({ value: '"own"' });
    expect(own.prepare('SELECT COUNT(*) AS n FROM trainer').get()).toEqual({ n: 0 });

    const fresh = before060();
    access.up(fresh);
    expect(fresh.prepare("SELECT value FROM setting WHERE key = 'access.laptopKind'").get()).toBeUndefined();
  });
});
