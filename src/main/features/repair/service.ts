import { displayName } from '../../../shared/features/ambassadors/schemas';
import {
  REPAIR_KINDS,
  type DamagedColumn,
  type RepairItem,
  type RepairKind,
} from '../../../shared/features/repair/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { zodIssues } from '../../backend/zod-issues';
import { readJsonColumn } from '../../db/json-column';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createSearchRefresher } from '../bundles/search-refresh';
import { createHouseRepository } from '../key-messages/repository';
import { createQuoteRepository } from '../quotes/repository';
import { REPAIRABLE } from './registry';

type StoredRow = Record<string, string | null>;

/** Columns whose stored text fails its schema, for one row. */
function damagedColumns(kind: RepairKind, row: StoredRow): DamagedColumn[] {
  const damaged: DamagedColumn[] = [];
  for (const [column, { schema }] of Object.entries(REPAIRABLE[kind].columns)) {
    readJsonColumn<unknown>(column, row[column] ?? '', schema, null, damaged);
  }
  return damaged;
}

export function createRepairService(ctx: ServiceContext) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const houses = ctx.repo(createHouseRepository);
  const quotes = ctx.repo(createQuoteRepository);

  const rowsOf = (kind: RepairKind, ambassadorId: string | null): StoredRow[] => {
    const { table, owner, columns } = REPAIRABLE[kind];
    const names = ['id', `${owner} AS owner`, ...Object.keys(columns)].join(', ');
    const where = `deleted_at IS NULL${ambassadorId === null ? '' : ` AND ${owner} = ?`}`;
    const statement = ctx.db.prepare(`SELECT ${names} FROM ${table} WHERE ${where}`);
    return (ambassadorId === null ? statement.all() : statement.all(ambassadorId)) as StoredRow[];
  };

  const labelOf = (kind: RepairKind, id: string): string => {
    if (kind === 'quote') return quotes.get(id)?.text.slice(0, 80) || 'A press quote';
    if (kind === 'house') {
      const house = houses.get(id);
      return house?.title || house?.umbrella || 'A Message House';
    }
    const person = ambassadors.get(id);
    return person ? `Profile of ${displayName(person)}` : 'A profile';
  };

  const requireRow = (kind: RepairKind, id: string): StoredRow => {
    const { table, owner, columns } = REPAIRABLE[kind];
    const names = ['id', `${owner} AS owner`, ...Object.keys(columns)].join(', ');
    const row = ctx.db.prepare(`SELECT ${names} FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) as
      StoredRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That record does not exist or was deleted.');
    return row;
  };

  /** Writes a repaired value, keeping the original; the record's version moves on (a change like any other). */
  const write = (kind: RepairKind, row: StoredRow, column: string, value: unknown, by: string) => {
    const { table } = REPAIRABLE[kind];
    const now = ctx.clock.now();
    ctx.db
      .prepare(
        `INSERT INTO repaired_value (id, table_name, row_id, column_name, ambassador_id, original, repaired_at, repaired_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(ctx.ids(), table, row.id, column, row.owner, row[column] ?? '', now, by);
    // Every field counts as changed now, so an editor opened on the damaged record cannot save over the repair.
    const versions =
      table === 'ambassador'
        ? ''
        : `, field_versions = json_object('at', version + 1, 'floor', version + 1, 'fields', json('{}'))`;
    ctx.db
      .prepare(`UPDATE ${table} SET ${column} = ?, updated_at = ?${versions} WHERE id = ?`)
      .run(JSON.stringify(value), now, row.id);
  };

  const refreshSearch = (kind: RepairKind, id: string) => {
    if (kind === 'ambassador') return;
    const table = kind === 'quote' ? 'quote' : 'message_house';
    createSearchRefresher(ctx).refresh({ counts: {}, conflicts: [], changed: [{ table, id }] });
  };

  return {
    list(ambassadorId: string | null): RepairItem[] {
      const items: RepairItem[] = [];
      for (const kind of REPAIR_KINDS) {
        for (const row of rowsOf(kind, ambassadorId)) {
          const columns = damagedColumns(kind, row);
          if (columns.length === 0) continue;
          const id = String(row.id);
          items.push({ kind, id, ambassadorId: String(row.owner), label: labelOf(kind, id), columns });
        }
      }
      return items;
    },
    ownerOf(kind: RepairKind, id: string): string {
      return String(requireRow(kind, id).owner);
    },
    apply(kind: RepairKind, id: string, column: string, text: string, by: string): void {
      const schema = REPAIRABLE[kind].columns[column]?.schema;
      if (!schema) throw new AppError('VALIDATION', 'That is not a value the Repair screen can change.');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new AppError('VALIDATION', `That is not valid JSON yet: ${(error as Error).message}`);
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new AppError(
          'VALIDATION',
          'The corrected text still does not fit. See what is wrong below.',
          zodIssues(parsed.error),
        );
      }
      ctx.db.transaction(() => {
        const row = requireRow(kind, id);
        if (!damagedColumns(kind, row).some((d) => d.column === column))
          throw new AppError('CONFLICT', 'That value is not damaged (any more): change it on its own screen.');
        write(kind, row, column, parsed.data, by);
        refreshSearch(kind, id);
      })();
    },
    salvage(kind: RepairKind, id: string, by: string): void {
      ctx.db.transaction(() => {
        const row = requireRow(kind, id);
        const damaged = damagedColumns(kind, row);
        if (damaged.length === 0) throw new AppError('CONFLICT', 'Nothing in this record needs repair any more.');
        for (const { column } of damaged) {
          const { schema, empty } = REPAIRABLE[kind].columns[column]!;
          write(kind, row, column, readJsonColumn<unknown>(column, row[column] ?? '', schema, empty(), []), by);
        }
        refreshSearch(kind, id);
      })();
    },
  };
}

export type RepairService = ReturnType<typeof createRepairService>;
