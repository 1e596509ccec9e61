import type { Migration } from './types';

/**
 * The Trash: what a delete removed from a house, quote, question, question set, rehearsal session or take, kept
 * for 30 days so it can be put back. Local to this laptop (not a synchronised table): a bundle carries the
 * deletion, never the deleted text. `payload` holds the rows as they were; `media_ids` the recordings kept alive
 * for it, in their own column so erasing a person can find them without parsing every payload.
 */
export const trash: Migration = {
  version: 95,
  name: 'trash-and-repair',
  up(db) {
    db.exec(`
      CREATE TABLE trash_item (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('house', 'quote', 'question', 'questionSet', 'session', 'take')),
        entity_id TEXT NOT NULL,
        ambassador_id TEXT,
        cohort_id TEXT,
        label TEXT NOT NULL,
        payload TEXT NOT NULL,
        media_ids TEXT NOT NULL DEFAULT '[]',
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trash_item_ambassador ON trash_item(ambassador_id, deleted_at);
      CREATE INDEX trash_item_deleted ON trash_item(deleted_at);

      CREATE TABLE repaired_value (
        id TEXT PRIMARY KEY NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        column_name TEXT NOT NULL,
        ambassador_id TEXT,
        original TEXT NOT NULL,
        repaired_at TEXT NOT NULL,
        repaired_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX repaired_value_row ON repaired_value(table_name, row_id);
    `);
  },
};
