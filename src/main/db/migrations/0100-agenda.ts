import type { Migration } from './types';

/**
 * Each cohort's residential agenda. `agenda` holds one row per cohort (the date of day 1, and the version every
 * edit is checked against); `agenda_block` its blocks. Kept on this laptop only: agendas are not in
 * SYNCED_TABLES, so work bundles neither carry nor merge them (a cohort arriving by bundle starts from the
 * template like a new one).
 */
export const agenda: Migration = {
  version: 100,
  name: 'agenda',
  up(db) {
    db.exec(`
      CREATE TABLE agenda (
        cohort_id TEXT PRIMARY KEY NOT NULL REFERENCES cohort(id),
        start_date TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agenda_block (
        id TEXT PRIMARY KEY NOT NULL,
        cohort_id TEXT NOT NULL REFERENCES agenda(cohort_id),
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 3),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
        title TEXT NOT NULL,
        exercise TEXT CHECK (exercise IN ('key-messages', 'press-quotes', 'interview-practice', 'message-sheet')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start_minute + duration_minutes <= 1440)
      ) STRICT;
      CREATE INDEX agenda_block_cohort ON agenda_block(cohort_id, day, start_minute);
    `);
  },
};
