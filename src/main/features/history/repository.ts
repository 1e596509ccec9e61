import type { Database } from 'better-sqlite3';
import type {
  Revision,
  RevisionEntityType,
  RevisionReason,
  RevisionSummary,
} from '../../../shared/features/history/schemas';

interface RevisionRow {
  id: string;
  entity_type: RevisionEntityType;
  entity_id: string;
  reason: RevisionReason;
  snapshot?: string;
  created_at: string;
}

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    reason: row.reason,
    createdAt: row.created_at,
  };
}

export function createRevisionRepository(db: Database) {
  const statements = {
    insert: db.prepare(
      `INSERT INTO revision (id, entity_type, entity_id, reason, snapshot, created_at)
       VALUES (@id, @entityType, @entityId, @reason, @snapshot, @now)`,
    ),
    latestAt: db.prepare<[string, string], { created_at: string }>(
      'SELECT created_at FROM revision WHERE entity_type = ? AND entity_id = ? ORDER BY created_at DESC LIMIT 1',
    ),
    list: db.prepare<[string, string], RevisionRow>(
      `SELECT id, entity_type, entity_id, reason, created_at FROM revision
       WHERE entity_type = ? AND entity_id = ? ORDER BY created_at DESC, rowid DESC`,
    ),
    get: db.prepare<[string], Required<RevisionRow>>('SELECT * FROM revision WHERE id = ?'),
    snapshots: db.prepare<[string, string], { id: string; snapshot: string }>(
      'SELECT id, snapshot FROM revision WHERE entity_type = ? AND entity_id = ?',
    ),
    setSnapshot: db.prepare<[string, string]>('UPDATE revision SET snapshot = ? WHERE id = ?'),
    removeFor: db.prepare<[string, string]>('DELETE FROM revision WHERE entity_type = ? AND entity_id = ?'),
  };

  return {
    insert(
      id: string,
      entityType: RevisionEntityType,
      entityId: string,
      reason: RevisionReason,
      snapshot: unknown,
      now: string,
    ): void {
      statements.insert.run({ id, entityType, entityId, reason, snapshot: JSON.stringify(snapshot), now });
    },
    latestAt(entityType: RevisionEntityType, entityId: string): string | null {
      return statements.latestAt.get(entityType, entityId)?.created_at ?? null;
    },
    list(entityType: RevisionEntityType, entityId: string): RevisionSummary[] {
      return statements.list.all(entityType, entityId).map(toSummary);
    },
    get(id: string): Revision | undefined {
      const row = statements.get.get(id);
      if (!row) return undefined;
      return { ...toSummary(row), snapshot: JSON.parse(row.snapshot) as unknown };
    },
    /** Every stored copy of one document, to take something out of them all. */
    snapshots(entityType: RevisionEntityType, entityId: string): Array<{ id: string; snapshot: unknown }> {
      return statements.snapshots
        .all(entityType, entityId)
        .map((row) => ({ id: row.id, snapshot: JSON.parse(row.snapshot) as unknown }));
    },
    replaceSnapshot(id: string, snapshot: unknown): void {
      statements.setSnapshot.run(JSON.stringify(snapshot), id);
    },
    /** Drops a document's whole history (a deleted quote or house keeps no text). */
    removeFor(entityType: RevisionEntityType, entityId: string): number {
      return statements.removeFor.run(entityType, entityId).changes;
    },
  };
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;
