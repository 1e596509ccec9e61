import type { Database, Statement } from 'better-sqlite3';
import { BUNDLE_ROW_SCHEMAS, type BundleTable, type VersionedTable } from '../../../shared/features/bundles/rows';

/** A row as a bundle carries it: database column names, JSON columns parsed. */
export type BundleRow = Record<string, unknown>;

/** Columns stored as JSON text; in a bundle they travel parsed, so the receiving side validates their content. */
const JSON_COLUMNS: Partial<Record<BundleTable, readonly string[]>> = {
  cohort: ['press_contact', 'language_rules'],
  ambassador: ['languages', 'topics_welcome', 'topics_declined', 'private_details'],
  message_house: ['fields'],
  quote: ['fields'],
  question_set: ['question_ids'],
  rehearsal_session: ['question_ids'],
  take: ['metrics', 'rating', 'trainer_feedback'],
  review_card: ['card'],
};

/** The media rows a bundle describes (the bytes travel as blobs named by their sha256). */
const MEDIA_COLUMNS = ['id', 'kind', 'mime', 'size', 'sha256', 'created_at', 'deleted_at'] as const;

/** The columns a bundle carries for a table: exactly its row schema's keys, never a column added later. */
export function columnsOf(table: BundleTable): readonly string[] {
  if (table === 'media') return MEDIA_COLUMNS;
  return Object.keys(BUNDLE_ROW_SCHEMAS[table].shape);
}

/** Columns that point at a media row, per table: the blobs a row needs. */
export const MEDIA_REFERENCES: Partial<Record<BundleTable, string>> = {
  ambassador: 'photo_media_id',
  take: 'recording_media_id',
  cohort_logo: 'media_id',
};

/** The column that says whose row it is, for tables about one ambassador. */
export const OWNER_COLUMN: Partial<Record<BundleTable, string>> = {
  ambassador: 'id',
  message_house: 'ambassador_id',
  quote: 'ambassador_id',
  comment: 'ambassador_id',
  rehearsal_session: 'ambassador_id',
  review_card: 'ambassador_id',
  sheet_confirmation: 'ambassador_id',
};

/** A stored row (as better-sqlite3 returns it) in bundle form. */
export function toBundleRow(table: BundleTable, stored: Record<string, unknown>): BundleRow {
  const json = new Set(JSON_COLUMNS[table] ?? []);
  const row: BundleRow = {};
  for (const column of columnsOf(table)) {
    const value = stored[column];
    row[column] = json.has(column) && typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  }
  return row;
}

/**
 * The value a row schema gives a column the row leaves out: columns added later (hot seat, migration 0105) have
 * defaults, so a bundle written before them still imports; undefined for any other column.
 */
function defaultOf(table: BundleTable, column: string): unknown {
  if (table === 'media') return undefined;
  const schema = (
    BUNDLE_ROW_SCHEMAS[table].shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>
  )[column];
  const parsed = schema?.safeParse(undefined);
  return parsed?.success ? parsed.data : undefined;
}

/** A bundle row as statement parameters: JSON columns back to text, a column the row leaves out at its default. */
function toParams(table: BundleTable, row: BundleRow): Record<string, unknown> {
  const json = new Set(JSON_COLUMNS[table] ?? []);
  const params: Record<string, unknown> = {};
  for (const column of columnsOf(table)) {
    const value = column in row ? row[column] : defaultOf(table, column);
    params[column] = json.has(column) && value !== null ? JSON.stringify(value) : value;
  }
  return params;
}

/**
 * Reading and writing bundle rows of every table with one set of prepared statements. Writes carry the row's own
 * version and device id explicitly, so the 0080 triggers keep them instead of stamping this laptop.
 */
export function createRowStore(db: Database) {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const list = (table: BundleTable) => columnsOf(table).join(', ');

  return {
    get(table: BundleTable, id: string): BundleRow | undefined {
      const stored = prepared(`SELECT ${list(table)} FROM ${table} WHERE id = ?`).get(id);
      return stored ? toBundleRow(table, stored as Record<string, unknown>) : undefined;
    },
    /** Rows chosen by a WHERE clause over the table's own columns. */
    select(table: BundleTable, where: string, params: unknown[] = []): BundleRow[] {
      const rows = prepared(`SELECT ${list(table)} FROM ${table} WHERE ${where} ORDER BY rowid`).all(...params);
      return rows.map((stored) => toBundleRow(table, stored as Record<string, unknown>));
    },
    insert(table: Exclude<BundleTable, 'media'>, row: BundleRow): number {
      const columns = columnsOf(table);
      const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
      return prepared(table === 'question_retired' ? sql.replace('INSERT', 'INSERT OR IGNORE') : sql).run(
        toParams(table, row),
      ).changes;
    },
    update(table: VersionedTable, row: BundleRow): void {
      const columns = columnsOf(table).filter((c) => c !== 'id');
      prepared(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(
        toParams(table, row),
      );
    },
    /** Sets a row's version and device explicitly (a resolved conflict), which the triggers keep. */
    setVersion(table: VersionedTable, id: string, version: number, deviceId: string): void {
      prepared(`UPDATE ${table} SET version = ?, device_id = ? WHERE id = ?`).run(version, deviceId, id);
    },
    remove(table: VersionedTable, id: string): void {
      prepared(`DELETE FROM ${table} WHERE id = ?`).run(id);
    },
    ids(table: VersionedTable): string[] {
      return prepared(`SELECT id FROM ${table}`)
        .pluck()
        .all()
        .map((id) => String(id));
    },
  };
}

export type RowStore = ReturnType<typeof createRowStore>;
