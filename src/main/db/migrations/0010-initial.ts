import type { Migration } from './types';

/**
 * The foundation schema: cohorts, ambassadors, media blobs, revisions and settings.
 * Every synced table has a UUID id, created/updated timestamps and a deleted_at tombstone so that
 * laptops can be merged later without resurrecting deleted rows.
 */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE cohort (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        campaign TEXT NOT NULL DEFAULT '',
        hashtag TEXT NOT NULL DEFAULT '',
        media_date TEXT NOT NULL DEFAULT '',
        press_contact TEXT NOT NULL DEFAULT '{}',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE media (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'audio', 'logo')),
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE ambassador (
        id TEXT PRIMARY KEY NOT NULL,
        cohort_id TEXT REFERENCES cohort(id),
        full_name TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        pseudonym TEXT NOT NULL DEFAULT '',
        name_mode TEXT NOT NULL DEFAULT 'first' CHECK (name_mode IN ('full', 'first', 'pseudonym')),
        pronouns TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '[]',
        short_bio TEXT NOT NULL DEFAULT '',
        long_bio TEXT NOT NULL DEFAULT '',
        photo_media_id TEXT REFERENCES media(id),
        photo_consent INTEGER NOT NULL DEFAULT 0,
        topics_welcome TEXT NOT NULL DEFAULT '[]',
        topics_declined TEXT NOT NULL DEFAULT '[]',
        private_details TEXT NOT NULL DEFAULT '[]',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX ambassador_cohort ON ambassador(cohort_id) WHERE deleted_at IS NULL;

      CREATE TABLE revision (
        id TEXT PRIMARY KEY NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revision_entity ON revision(entity_type, entity_id, created_at);

      CREATE TABLE setting (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
