import type { Migration } from './types';

/**
 * Message sheets: the ambassador's recorded confirmations that a flagged private detail may appear in one
 * field of their sheet (who, when, which field and kind; the detail and the text are kept only as hashes),
 * and one logo per cohort for sheets and press packs (the image itself is a media row of kind 'logo').
 */
export const sheets: Migration = {
  version: 40,
  name: 'sheets',
  up(db) {
    db.exec(`
      CREATE TABLE sheet_confirmation (
        id TEXT PRIMARY KEY NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id),
        finding_id TEXT NOT NULL,
        field TEXT NOT NULL,
        label TEXT NOT NULL,
        kind TEXT NOT NULL,
        value_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        confirmed_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX sheet_confirmation_item
        ON sheet_confirmation(ambassador_id, field, kind, value_hash, text_hash) WHERE deleted_at IS NULL;

      CREATE TABLE cohort_logo (
        id TEXT PRIMARY KEY NOT NULL,
        cohort_id TEXT NOT NULL REFERENCES cohort(id),
        media_id TEXT NOT NULL REFERENCES media(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX cohort_logo_cohort ON cohort_logo(cohort_id) WHERE deleted_at IS NULL;
    `);
  },
};
