import type { Database } from 'better-sqlite3';
import {
  emptyQuoteFields,
  quoteFieldsSchema,
  type Quote,
  type QuoteFields,
  type QuoteStatus,
} from '../../../shared/features/quotes/schemas';
import { readJsonColumn, repairMark } from '../../db/json-column';
import type { DamagedColumn } from '../../../shared/features/repair/schemas';
import {
  FRESH_FIELD_VERSIONS,
  KEEP_FIELD_VERSIONS_IN_STEP,
  readFieldVersions,
  type FieldVersions,
} from '../../db/field-versions';

interface QuoteRow {
  id: string;
  ambassador_id: string;
  house_id: string | null;
  parent_id: string | null;
  status: QuoteStatus;
  fields: string;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  device_id: string;
  field_versions: string;
  approved_hash: string | null;
}

function toQuote(row: QuoteRow): Quote {
  const damaged: DamagedColumn[] = [];
  return {
    ...readJsonColumn('fields', row.fields, quoteFieldsSchema, emptyQuoteFields(), damaged),
    id: row.id,
    ambassadorId: row.ambassador_id,
    parentId: row.parent_id,
    status: row.status,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    approvedHash: row.approved_hash,
    version: row.version,
    deviceId: row.device_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...repairMark(damaged),
  };
}

export function createQuoteRepository(db: Database) {
  const s = {
    byAmbassador: db.prepare<[string], QuoteRow>(
      'SELECT * FROM quote WHERE ambassador_id = ? AND deleted_at IS NULL ORDER BY updated_at DESC',
    ),
    byStatus: db.prepare<[QuoteStatus], QuoteRow>(
      'SELECT * FROM quote WHERE status = ? AND deleted_at IS NULL ORDER BY updated_at',
    ),
    get: db.prepare<[string], QuoteRow>('SELECT * FROM quote WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO quote (id, ambassador_id, house_id, parent_id, status, fields, field_versions, created_at, updated_at)
       VALUES (@id, @ambassadorId, @houseId, @parentId, 'draft', @fields, '${FRESH_FIELD_VERSIONS}', @now, @now)`,
    ),
    // Only over the version the service checked: a write from another connection in between changes nothing.
    update: db.prepare(
      `UPDATE quote SET fields = @fields, house_id = @houseId, field_versions = @fieldVersions, updated_at = @now
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ),
    fieldVersions: db.prepare<[string], { field_versions: string }>('SELECT field_versions FROM quote WHERE id = ?'),
    setStatus: db.prepare(
      `UPDATE quote SET status = @status, approved_by = @approvedBy, approved_at = @approvedAt,
       approved_hash = @approvedHash, ${KEEP_FIELD_VERSIONS_IN_STEP}, updated_at = @now
       WHERE id = @id AND deleted_at IS NULL`,
    ),
    // A deleted quote keeps no text here (the Trash keeps its own copy); the row stays as a tombstone.
    tombstone: db.prepare("UPDATE quote SET fields = '{}', deleted_at = @now, updated_at = @now WHERE id = @id"),
  };
  return {
    listByAmbassador: (ambassadorId: string) => s.byAmbassador.all(ambassadorId).map(toQuote),
    listByStatus: (status: QuoteStatus) => s.byStatus.all(status).map(toQuote),
    get(id: string): Quote | undefined {
      const row = s.get.get(id);
      return row ? toQuote(row) : undefined;
    },
    insert(id: string, ambassadorId: string, fields: QuoteFields, parentId: string | null, now: string): void {
      s.insert.run({ id, ambassadorId, houseId: fields.houseId, parentId, fields: JSON.stringify(fields), now });
    },
    /** False when the row is no longer at `version` (changed by another connection since it was read). */
    update(id: string, version: number, fields: QuoteFields, fieldVersions: FieldVersions, now: string): boolean {
      const fv = JSON.stringify(fieldVersions);
      return (
        s.update.run({ id, version, houseId: fields.houseId, fields: JSON.stringify(fields), fieldVersions: fv, now })
          .changes === 1
      );
    },
    fieldVersions(id: string): FieldVersions {
      return readFieldVersions(s.fieldVersions.get(id)?.field_versions ?? '{}');
    },
    setStatus(
      id: string,
      status: QuoteStatus,
      approval: { by: string; at: string; hash: string | null } | null,
      now: string,
    ): void {
      s.setStatus.run({
        id,
        status,
        approvedBy: approval?.by ?? null,
        approvedAt: approval?.at ?? null,
        approvedHash: approval?.hash ?? null,
        now,
      });
    },
    remove(id: string, now: string): void {
      s.tombstone.run({ id, now });
    },
  };
}

export type QuoteRepository = ReturnType<typeof createQuoteRepository>;
