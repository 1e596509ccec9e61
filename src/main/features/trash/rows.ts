import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/result';

/**
 * Raw rows, as SQLite holds them, for the tables the Trash keeps. A trashed item is put back exactly as it was,
 * column by column, so nothing a feature stores is lost in a translation through its domain type.
 */
export type Cell = string | number | null;
export type RawRow = Record<string, Cell>;

export const TRASH_TABLES = [
  'message_house',
  'quote',
  'comment',
  'revision',
  'question',
  'question_set',
  'rehearsal_session',
  'take',
  'interview_request',
  'interview_debrief',
] as const;
export type TrashTable = (typeof TRASH_TABLES)[number];

/** Columns a restore never writes back: the triggers of migration 0080 bump the version and stamp this laptop. */
const KEPT_BY_TRIGGERS = new Set(['id', 'version', 'device_id']);

function toCells(row: Record<string, unknown>): RawRow {
  const out: RawRow = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === null || typeof value === 'string' || typeof value === 'number') out[column] = value;
    // Only text and numbers are kept: a blob here would mean a table changed shape, and JSON cannot hold it.
    else throw new AppError('INTERNAL', `The Trash cannot keep the ${column} column of this item.`);
  }
  return out;
}

export function createRowStore(db: Database) {
  const columnCache = new Map<TrashTable, Set<string>>();
  const columnsOf = (table: TrashTable): Set<string> => {
    let columns = columnCache.get(table);
    if (!columns) {
      const info = db.pragma(`table_info(${table})`) as Array<{ name: string }>;
      columns = new Set(info.map((c) => c.name));
      columnCache.set(table, columns);
    }
    return columns;
  };
  /** Only columns the table really has may be named in SQL, so a stored payload cannot inject a name. */
  const known = (table: TrashTable, row: RawRow): string[] => {
    const columns = columnsOf(table);
    return Object.keys(row).filter((c) => columns.has(c));
  };

  return {
    byId(table: TrashTable, id: string): RawRow | null {
      const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
      return row ? toCells(row) : null;
    },
    where(table: TrashTable, sql: string, ...params: Cell[]): RawRow[] {
      const rows = db.prepare(`SELECT * FROM ${table} WHERE ${sql}`).all(...params) as Array<Record<string, unknown>>;
      return rows.map(toCells);
    },
    /** Writes a kept row back over its tombstone; false when the row is no longer there. */
    writeBack(table: TrashTable, row: RawRow): boolean {
      const columns = known(table, row).filter((c) => !KEPT_BY_TRIGGERS.has(c));
      if (columns.length === 0) return false;
      const set = columns.map((c) => `${c} = @${c}`).join(', ');
      const params = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
      return db.prepare(`UPDATE ${table} SET ${set} WHERE id = @id`).run({ ...params, id: row.id }).changes === 1;
    },
    /** Puts back a row that was removed outright (the history of a house or quote). */
    insert(table: TrashTable, row: RawRow): void {
      const columns = known(table, row);
      const params = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
      db.prepare(
        `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      ).run(params);
    },
  };
}

export type RowStore = ReturnType<typeof createRowStore>;
