import type { Migration } from './types';

/**
 * What two laptops need to merge work bundles safely:
 *  - sync_base: per row, the content hash both sides last agreed on (set when a row is sent or applied), so an
 *    import can tell "only they changed it" (take theirs) from "only we did" (keep ours) from "both did" (conflict);
 *  - tombstone: rows removed for good (erasure), so an older bundle cannot bring them back. It keeps the sha256 of
 *    the row's id, not the id: erasure leaves not even the person's id in the file, yet every laptop can still
 *    recognise the row by hashing the ids it holds;
 *  - bundle_conflict: an incoming row both sides changed since they agreed, kept (as the row's JSON) until a person
 *    chooses between the two versions.
 */
export const sync: Migration = {
  version: 90,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_base (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE tombstone (
        table_name TEXT NOT NULL,
        id_hash TEXT NOT NULL CHECK (length(id_hash) = 64),
        deleted_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        PRIMARY KEY (table_name, id_hash)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE bundle_conflict (
        id TEXT PRIMARY KEY NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        ambassador_id TEXT,
        incoming TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT
      ) STRICT;
      CREATE INDEX bundle_conflict_open ON bundle_conflict(created_at) WHERE resolved_at IS NULL;
    `);
  },
};
