import type { Database } from 'better-sqlite3';
import type { TombstoneRow } from '../../../shared/features/bundles/rows';

export interface ConflictRow {
  id: string;
  table_name: string;
  row_id: string;
  ambassador_id: string | null;
  incoming: string;
  created_at: string;
  resolved_at: string | null;
}

/** The agreed hashes, tombstones and open conflicts of migration 0090. */
export function createSyncRepository(db: Database) {
  const s = {
    base: db.prepare<[string, string], { hash: string }>(
      'SELECT hash FROM sync_base WHERE table_name = ? AND row_id = ?',
    ),
    setBase: db.prepare<[string, string, string]>(
      `INSERT INTO sync_base (table_name, row_id, hash) VALUES (?, ?, ?)
       ON CONFLICT (table_name, row_id) DO UPDATE SET hash = excluded.hash`,
    ),
    dropBase: db.prepare<[string, string]>('DELETE FROM sync_base WHERE table_name = ? AND row_id = ?'),
    isTombstoned: db.prepare<[string, string], { n: number }>(
      'SELECT 1 AS n FROM tombstone WHERE table_name = ? AND id_hash = ?',
    ),
    addTombstone: db.prepare(
      `INSERT OR IGNORE INTO tombstone (table_name, id_hash, deleted_at, device_id)
       VALUES (@table_name, @id_hash, @deleted_at, @device_id)`,
    ),
    tombstones: db.prepare<[], TombstoneRow>(
      'SELECT table_name, id_hash, deleted_at, device_id FROM tombstone ORDER BY table_name, id_hash',
    ),
    openFor: db.prepare<[string, string], ConflictRow>(
      'SELECT * FROM bundle_conflict WHERE table_name = ? AND row_id = ? AND resolved_at IS NULL',
    ),
    insertConflict: db.prepare(
      `INSERT INTO bundle_conflict (id, table_name, row_id, ambassador_id, incoming, created_at)
       VALUES (@id, @table_name, @row_id, @ambassador_id, @incoming, @created_at)`,
    ),
    replaceIncoming: db.prepare<[string, string, string]>(
      'UPDATE bundle_conflict SET incoming = ?, created_at = ? WHERE id = ?',
    ),
    open: db.prepare<[], ConflictRow>(
      'SELECT * FROM bundle_conflict WHERE resolved_at IS NULL ORDER BY created_at, rowid',
    ),
    conflict: db.prepare<[string], ConflictRow>('SELECT * FROM bundle_conflict WHERE id = ?'),
    resolve: db.prepare<[string, string]>('UPDATE bundle_conflict SET resolved_at = ? WHERE id = ?'),
    device: db.prepare<[], { id: string }>('SELECT id FROM device'),
  };
  return {
    deviceId: (): string => s.device.get()?.id ?? '',
    base: (table: string, rowId: string): string | null => s.base.get(table, rowId)?.hash ?? null,
    setBase: (table: string, rowId: string, hash: string) => void s.setBase.run(table, rowId, hash),
    dropBase: (table: string, rowId: string) => void s.dropBase.run(table, rowId),
    isTombstoned: (table: string, hash: string): boolean => s.isTombstoned.get(table, hash) !== undefined,
    addTombstone: (row: TombstoneRow) => void s.addTombstone.run(row),
    tombstones: (): TombstoneRow[] => s.tombstones.all(),
    /**
     * Keeps one open conflict per row: the same incoming row again is not listed twice, a newer one replaces it.
     * Returns the conflict's id.
     */
    keepConflict(row: Omit<ConflictRow, 'resolved_at'>): string {
      const open = s.openFor.get(row.table_name, row.row_id);
      if (!open) {
        s.insertConflict.run(row);
        return row.id;
      }
      if (open.incoming !== row.incoming) s.replaceIncoming.run(row.incoming, row.created_at, open.id);
      return open.id;
    },
    open: (): ConflictRow[] => s.open.all(),
    conflict: (id: string): ConflictRow | undefined => s.conflict.get(id),
    resolve: (id: string, now: string) => void s.resolve.run(now, id),
  };
}

export type SyncRepository = ReturnType<typeof createSyncRepository>;
