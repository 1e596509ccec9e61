import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

interface SettingRow {
  key: string;
  value: string;
}

function readSetting(rows: SettingRow[], key: string): unknown {
  const row = rows.find((r) => r.key === key);
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Who is at the keyboard: trainers with names and secrets, ambassadors' workspace PINs, and the count of wrong
 * tries per secret (kept here so that restarting the app does not reset it). An existing trainer PIN becomes
 * the first trainer, named as the settings named them; a laptop that already holds several ambassadors or a
 * cohort is a shared one, a laptop with one ambassador its owner's.
 */
export const access: Migration = {
  version: 60,
  name: 'access',
  up(db) {
    db.exec(`
      CREATE TABLE trainer (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE TABLE workspace_pin (
        ambassador_id TEXT PRIMARY KEY NOT NULL REFERENCES ambassador(id),
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE secret_throttle (
        target TEXT PRIMARY KEY NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    const now = new Date().toISOString();
    const settings = db.prepare<[], SettingRow>('SELECT key, value FROM setting').all();
    const pin = readSetting(settings, 'security.trainerPin');
    if (pin && typeof pin === 'object') {
      const stored = readSetting(settings, 'trainerName');
      const name = typeof stored === 'string' && stored.trim() ? stored.trim() : 'Trainer';
      db.prepare('INSERT INTO trainer (id, name, secret, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        randomUUID(),
        name,
        JSON.stringify(pin),
        now,
        now,
      );
    }
    const onboarded = readSetting(settings, 'onboarded') === true;
    if (onboarded && readSetting(settings, 'access.laptopKind') === undefined) {
      const people = db.prepare('SELECT COUNT(*) AS n FROM ambassador').get() as { n: number };
      const cohorts = db.prepare('SELECT COUNT(*) AS n FROM cohort').get() as { n: number };
      const kind = people.n > 1 || cohorts.n > 0 || pin ? 'shared' : 'own';
      db.prepare('INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)').run(
        'access.laptopKind',
        JSON.stringify(kind),
        now,
      );
    }
    db.prepare("DELETE FROM setting WHERE key IN ('security.trainerPin', 'trainerName', 'role')").run();
  },
};
