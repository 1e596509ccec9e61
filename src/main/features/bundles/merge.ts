/**
 * Merging an incoming row into this laptop's copy, by id, with the content hash both sides last agreed on
 * (sync_base) deciding who changed what:
 *  - erased here for good (tombstone): skipped;  no local row: added with its own version and device;
 *  - same content: unchanged;  only they changed it (local == base): theirs is taken (updated);
 *  - only we changed it (incoming == base): ours is kept;  both changed: ours is kept and theirs listed as a conflict.
 * An approved quote's text is never replaced silently: any other text for it is a conflict.
 * Call inside the import's transaction.
 */
import type { BundleTable, VersionedTable } from '../../../shared/features/bundles/rows';
import type { TableCounts } from '../../../shared/features/bundles/schemas';
import type { ServiceContext } from '../../backend/context';
import { canonicalJson, idHash, rowHash } from './hash';
import { createSyncRepository } from './sync-repository';
import { createRowStore, OWNER_COLUMN, type BundleRow } from './tables';

export type Outcome = keyof TableCounts;

export interface MergeLog {
  counts: Record<string, TableCounts>;
  /** Conflicts listed by this import (ids in bundle_conflict). */
  conflicts: string[];
  /** Rows written, for the search index: table and id. */
  changed: Array<{ table: BundleTable; id: string }>;
}

export const emptyCounts = (): TableCounts => ({ added: 0, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 });

export function newMergeLog(): MergeLog {
  return { counts: {}, conflicts: [], changed: [] };
}

export function count(log: MergeLog, table: string, outcome: Outcome): void {
  const counts = (log.counts[table] ??= emptyCounts());
  counts[outcome] += 1;
}

/** A quote's words, as its approval covers them: an approved quote keeps exactly the words the trainer approved. */
function quoteWords(row: BundleRow): string {
  const { text, variants, outlet, occasion } = (row.fields ?? {}) as Record<string, unknown>;
  return canonicalJson({ text, variants, outlet, occasion });
}

export function ambassadorOf(table: BundleTable, row: BundleRow): string | null {
  const column = OWNER_COLUMN[table];
  const value = column ? row[column] : undefined;
  return typeof value === 'string' ? value : null;
}

export function createMerger(ctx: ServiceContext) {
  const store = ctx.repo(createRowStore);
  const sync = ctx.repo(createSyncRepository);

  const conflict = (
    log: MergeLog,
    table: VersionedTable,
    id: string,
    ambassadorId: string | null,
    incoming: unknown,
  ) => {
    const conflictId = sync.keepConflict({
      id: ctx.ids(),
      table_name: table,
      row_id: id,
      ambassador_id: ambassadorId,
      incoming: canonicalJson(incoming),
      created_at: ctx.clock.now(),
    });
    if (!log.conflicts.includes(conflictId)) log.conflicts.push(conflictId);
    count(log, table, 'conflicts');
  };

  /** Tries an insert; a row that collides with a local one under another id (one card per question) is a conflict. */
  const insert = (log: MergeLog, table: VersionedTable, row: BundleRow, hash: string): void => {
    const id = String(row.id);
    try {
      store.insert(table, row);
    } catch (error) {
      if (error instanceof Error && /UNIQUE constraint/.test(error.message)) {
        conflict(log, table, id, ambassadorOf(table, row), row);
        return;
      }
      throw error;
    }
    sync.setBase(table, id, hash);
    count(log, table, 'added');
    log.changed.push({ table, id });
  };

  return {
    mergeRow(log: MergeLog, table: VersionedTable, incoming: BundleRow): void {
      const id = String(incoming.id);
      if (sync.isTombstoned(table, idHash(id))) {
        count(log, table, 'unchanged');
        return;
      }
      const theirs = rowHash(incoming);
      const local = store.get(table, id);
      if (!local) {
        insert(log, table, incoming, theirs);
        return;
      }
      const mine = rowHash(local);
      if (mine === theirs) {
        sync.setBase(table, id, theirs);
        count(log, table, 'unchanged');
        return;
      }
      const base = sync.base(table, id);
      const rewordsApproved =
        table === 'quote' && local.status === 'approved' && quoteWords(local) !== quoteWords(incoming);
      if (mine === base && !rewordsApproved) {
        store.update(table, incoming);
        sync.setBase(table, id, theirs);
        count(log, table, 'updated');
        log.changed.push({ table, id });
        return;
      }
      if (theirs === base) {
        count(log, table, 'unchanged');
        return;
      }
      conflict(log, table, id, ambassadorOf(table, local), incoming);
    },
    /** A retired question has no version: it is added when missing, and that is all. */
    mergeRetired(log: MergeLog, row: BundleRow): void {
      count(log, 'question_retired', store.insert('question_retired', row) > 0 ? 'added' : 'unchanged');
    },
    conflict,
  };
}

export type Merger = ReturnType<typeof createMerger>;
