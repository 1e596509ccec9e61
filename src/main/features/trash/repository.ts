import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { trashExpiry, type TrashItem, type TrashKind } from '../../../shared/features/trash/schemas';
import { readJson } from '../../db/json-column';

interface TrashRow {
  id: string;
  kind: TrashKind;
  entity_id: string;
  ambassador_id: string | null;
  cohort_id: string | null;
  label: string;
  payload: string;
  media_ids: string;
  deleted_at: string;
  deleted_by: string;
}

export interface NewTrashItem {
  id: string;
  kind: TrashKind;
  entityId: string;
  ambassadorId: string | null;
  cohortId: string | null;
  label: string;
  payload: unknown;
  mediaIds: string[];
  deletedAt: string;
  deletedBy: string;
}

const mediaIdList = z.array(z.string());

const toItem = (r: TrashRow): TrashItem => ({
  id: r.id,
  kind: r.kind,
  entityId: r.entity_id,
  ambassadorId: r.ambassador_id,
  cohortId: r.cohort_id,
  label: r.label,
  deletedAt: r.deleted_at,
  deletedBy: r.deleted_by,
  expiresAt: trashExpiry(r.deleted_at),
});

const COLUMNS = 'id, kind, entity_id, ambassador_id, cohort_id, label, payload, media_ids, deleted_at, deleted_by';

export function createTrashRepository(db: Database) {
  const s = {
    insert: db.prepare(
      `INSERT INTO trash_item (${COLUMNS})
       VALUES (@id, @kind, @entityId, @ambassadorId, @cohortId, @label, @payload, @mediaIds, @deletedAt, @deletedBy)`,
    ),
    get: db.prepare<[string], TrashRow>(`SELECT ${COLUMNS} FROM trash_item WHERE id = ?`),
    all: db.prepare<[], TrashRow>(`SELECT ${COLUMNS} FROM trash_item ORDER BY deleted_at DESC, rowid DESC`),
    forAmbassador: db.prepare<[string], TrashRow>(
      `SELECT ${COLUMNS} FROM trash_item WHERE ambassador_id = ? ORDER BY deleted_at DESC, rowid DESC`,
    ),
    olderThan: db.prepare<[string], TrashRow>(`SELECT ${COLUMNS} FROM trash_item WHERE deleted_at < ?`),
    remove: db.prepare<[string]>('DELETE FROM trash_item WHERE id = ?'),
  };
  return {
    insert(item: NewTrashItem): void {
      s.insert.run({ ...item, payload: JSON.stringify(item.payload), mediaIds: JSON.stringify(item.mediaIds) });
    },
    get(id: string): (TrashItem & { payload: unknown; mediaIds: string[] }) | undefined {
      const row = s.get.get(id);
      if (!row) return undefined;
      return {
        ...toItem(row),
        payload: JSON.parse(row.payload) as unknown,
        mediaIds: readJson(row.media_ids, mediaIdList, []),
      };
    },
    list: (ambassadorId: string | null): TrashItem[] =>
      (ambassadorId === null ? s.all.all() : s.forAmbassador.all(ambassadorId)).map(toItem),
    /** Ids of the items deleted before `cutoff` (an ISO time), with the recordings each one keeps alive. */
    olderThan: (cutoff: string) =>
      s.olderThan.all(cutoff).map((r) => ({ id: r.id, mediaIds: readJson(r.media_ids, mediaIdList, []) })),
    remove: (id: string) => s.remove.run(id).changes === 1,
  };
}

export type TrashRepository = ReturnType<typeof createTrashRepository>;
