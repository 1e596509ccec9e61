import type { Database } from 'better-sqlite3';
import {
  emptyHouseFields,
  houseFieldsSchema,
  type HouseFields,
  type MessageHouse,
} from '../../../shared/features/key-messages/schemas';
import { readJsonColumn, repairMark } from '../../db/json-column';
import type { DamagedColumn } from '../../../shared/features/repair/schemas';
import {
  FRESH_FIELD_VERSIONS,
  KEEP_FIELD_VERSIONS_IN_STEP,
  readFieldVersions,
  type FieldVersions,
} from '../../db/field-versions';

interface HouseRow {
  id: string;
  ambassador_id: string;
  is_primary: number;
  fields: string;
  created_at: string;
  updated_at: string;
  version: number;
  device_id: string;
}

function toHouse(row: HouseRow): MessageHouse {
  const damaged: DamagedColumn[] = [];
  return {
    id: row.id,
    ambassadorId: row.ambassador_id,
    isPrimary: row.is_primary === 1,
    ...readJsonColumn('fields', row.fields, houseFieldsSchema, emptyHouseFields(), damaged),
    version: row.version,
    deviceId: row.device_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...repairMark(damaged),
  };
}

export function createHouseRepository(db: Database) {
  const s = {
    list: db.prepare<[string], HouseRow>(
      'SELECT * FROM message_house WHERE ambassador_id = ? AND deleted_at IS NULL ORDER BY is_primary DESC, created_at',
    ),
    get: db.prepare<[string], HouseRow>('SELECT * FROM message_house WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO message_house (id, ambassador_id, is_primary, fields, field_versions, created_at, updated_at)
       VALUES (@id, @ambassadorId, @isPrimary, @fields, '${FRESH_FIELD_VERSIONS}', @now, @now)`,
    ),
    // Only over the version the service checked: a write from another connection in between changes nothing.
    update: db.prepare(
      `UPDATE message_house SET fields = @fields, field_versions = @fieldVersions, updated_at = @now
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ),
    fieldVersions: db.prepare<[string], { field_versions: string }>(
      'SELECT field_versions FROM message_house WHERE id = ?',
    ),
    clearPrimary: db.prepare(
      `UPDATE message_house SET is_primary = 0, ${KEEP_FIELD_VERSIONS_IN_STEP}, updated_at = @now
       WHERE ambassador_id = @ambassadorId AND is_primary = 1`,
    ),
    setPrimary: db.prepare(
      `UPDATE message_house SET is_primary = 1, ${KEEP_FIELD_VERSIONS_IN_STEP}, updated_at = @now WHERE id = @id`,
    ),
    // A deleted house keeps no text here (the Trash keeps its own copy); the row stays as a tombstone.
    tombstone: db.prepare(
      "UPDATE message_house SET fields = '{}', deleted_at = @now, updated_at = @now, is_primary = 0 WHERE id = @id",
    ),
  };
  return {
    list: (ambassadorId: string) => s.list.all(ambassadorId).map(toHouse),
    get(id: string): MessageHouse | undefined {
      const row = s.get.get(id);
      return row ? toHouse(row) : undefined;
    },
    insert(id: string, ambassadorId: string, isPrimary: boolean, fields: HouseFields, now: string): void {
      s.insert.run({ id, ambassadorId, isPrimary: isPrimary ? 1 : 0, fields: JSON.stringify(fields), now });
    },
    /** False when the row is no longer at `version` (changed by another connection since it was read). */
    update(id: string, version: number, fields: HouseFields, fieldVersions: FieldVersions, now: string): boolean {
      const fv = JSON.stringify(fieldVersions);
      return s.update.run({ id, version, fields: JSON.stringify(fields), fieldVersions: fv, now }).changes === 1;
    },
    fieldVersions(id: string): FieldVersions {
      return readFieldVersions(s.fieldVersions.get(id)?.field_versions ?? '{}');
    },
    makePrimary(id: string, ambassadorId: string, now: string): void {
      s.clearPrimary.run({ ambassadorId, now });
      s.setPrimary.run({ id, now });
    },
    remove(id: string, now: string): void {
      s.tombstone.run({ id, now });
    },
  };
}

export type HouseRepository = ReturnType<typeof createHouseRepository>;
