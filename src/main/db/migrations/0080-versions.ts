import type { Migration } from './types';

/** Every table whose rows travel between laptops in work bundles. */
export const SYNCED_TABLES = [
  'cohort',
  'ambassador',
  'message_house',
  'quote',
  'comment',
  'question',
  'question_set',
  'rehearsal_session',
  'take',
  'review_card',
  'sheet_confirmation',
  'cohort_logo',
] as const;

/**
 * Versions for work that moves between laptops: each synchronised row gets a version and the device that last
 * changed it. Triggers keep both up to date on every change, so no repository can forget to: an update that
 * leaves `version` alone bumps it and stamps this laptop's device id; an import that writes an explicit version
 * and device (a row arriving from another laptop) keeps them. The device id is made once per data file.
 */
export const versions: Migration = {
  version: 80,
  name: 'versions',
  up(db) {
    db.exec(`
      CREATE TABLE device (
        id TEXT PRIMARY KEY NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO device (id, created_at) VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
    for (const table of SYNCED_TABLES) {
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
        ALTER TABLE ${table} ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
        UPDATE ${table} SET device_id = (SELECT id FROM device);
        CREATE TRIGGER ${table}_stamp_insert AFTER INSERT ON ${table} FOR EACH ROW WHEN NEW.device_id = ''
        BEGIN
          UPDATE ${table} SET device_id = (SELECT id FROM device) WHERE rowid = NEW.rowid;
        END;
        CREATE TRIGGER ${table}_stamp_update AFTER UPDATE ON ${table} FOR EACH ROW
          WHEN NEW.version = OLD.version AND NEW.device_id = OLD.device_id
        BEGIN
          UPDATE ${table} SET version = OLD.version + 1, device_id = (SELECT id FROM device) WHERE rowid = NEW.rowid;
        END;
      `);
    }
  },
};
