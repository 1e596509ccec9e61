import type { Database } from 'better-sqlite3';
import {
  emptyHouseFields,
  houseFieldsSchema,
  type HouseFields,
  type MessageHouse,
} from '../../../shared/features/key-messages/schemas';
import { readJson } from '../../db/json-column';

interface HouseRow {
  id: string;
  ambassador_id: string;
  is_primary: number;
  fields: string;
  created_at: string;
  updated_at: string;
}

function toHouse(row: HouseRow): MessageHouse {
  return {
    id: row.id,
    ambassadorId: row.ambassador_id,
    isPrimary: row.is_primary === 1,
    ...readJson(row.fields, houseFieldsSchema, emptyHouseFields()),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createHouseRepository(db: Database) {
  const s = {
    list: db.prepare<[string], HouseRow>(
      'SELECT * FROM message_house WHERE ambassador_id = ? AND deleted_at IS NULL ORDER BY is_primary DESC, created_at',
    ),
    get: db.prepare<[string], HouseRow>('SELECT * FROM message_house WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO message_house (id, ambassador_id, is_primary, fields, created_at, updated_at)
       VALUES (@id, @ambassadorId, @isPrimary, @fields, @now, @now)`,
    ),
    update: db.prepare(
      'UPDATE message_house SET fields = @fields, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
    ),
    clearPrimary: db.prepare(
      'UPDATE message_house SET is_primary = 0, updated_at = @now WHERE ambassador_id = @ambassadorId AND is_primary = 1',
    ),
    setPrimary: db.prepare('UPDATE message_house SET is_primary = 1, updated_at = @now WHERE id = @id'),
    // A deleted house keeps no text (there is no trash to bring it back from); the row stays as a tombstone.
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
    update(id: string, fields: HouseFields, now: string): void {
      s.update.run({ id, fields: JSON.stringify(fields), now });
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
