/**
 * Rows both laptops changed since they last agreed, kept until a person chooses:
 *  - theirs: the incoming row replaces ours, with a version above both, so the choice wins the next exchange;
 *  - mine: ours stays and its version goes above both, for the same reason.
 * Either way the side that is replaced is kept as a revision in history, so no words are lost.
 */
import { VERSIONED_TABLES, type VersionedTable } from '../../../shared/features/bundles/rows';
import type { BundleConflict } from '../../../shared/features/bundles/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createRevisionRepository } from '../history/repository';
import { createRowDeleter, isIncomingDeletion } from './deletions';
import { conflictLabel, historySnapshot, rowText } from './describe';
import { rowHash } from './hash';
import { newMergeLog } from './merge';
import { createSearchRefresher } from './search-refresh';
import { createSyncRepository, type ConflictRow } from './sync-repository';
import { createRowStore, type BundleRow } from './tables';

const isVersioned = (table: string): table is VersionedTable => (VERSIONED_TABLES as readonly string[]).includes(table);

export function createConflictDesk(ctx: ServiceContext) {
  const store = ctx.repo(createRowStore);
  const sync = ctx.repo(createSyncRepository);
  const history = ctx.repo(createRevisionRepository);
  const deleter = createRowDeleter(ctx);
  const searchRefresher = createSearchRefresher(ctx);

  const tableOf = (row: ConflictRow): VersionedTable => {
    if (!isVersioned(row.table_name)) throw new AppError('INTERNAL', 'That conflict names an unknown kind of row.');
    return row.table_name;
  };

  const describe = (row: ConflictRow): BundleConflict => {
    const table = tableOf(row);
    const incoming = JSON.parse(row.incoming) as unknown;
    const mine = store.get(table, row.row_id);
    const theirs = isIncomingDeletion(incoming) ? undefined : (incoming as BundleRow);
    return {
      id: row.id,
      table,
      rowId: row.row_id,
      ambassadorId: row.ambassador_id,
      label: conflictLabel(table, mine, theirs),
      mine: rowText(table, mine),
      theirs: theirs ? rowText(table, theirs) : '(deleted for good on the other laptop)',
      createdAt: row.created_at,
    };
  };

  const keepInHistory = (table: VersionedTable, id: string, replaced: BundleRow | undefined) => {
    const entry = replaced ? historySnapshot(table, replaced) : null;
    if (entry) history.insert(ctx.ids(), entry.entity, id, 'restore', entry.snapshot, ctx.clock.now());
  };

  const versionOf = (row: BundleRow | undefined) => (typeof row?.version === 'number' ? row.version : 0);

  return {
    open: (): BundleConflict[] => sync.open().map(describe),
    get(id: string): BundleConflict {
      const row = sync.conflict(id);
      if (!row || row.resolved_at) throw new AppError('NOT_FOUND', 'That conflict was already resolved.');
      return describe(row);
    },
    /** Whose conflict it is (null: nobody's in particular), or undefined when there is no such open conflict. */
    ownerOf(id: string): string | null | undefined {
      const row = sync.conflict(id);
      return row && !row.resolved_at ? row.ambassador_id : undefined;
    },
    resolve(id: string, choice: 'mine' | 'theirs'): void {
      try {
        resolveNow(id, choice);
      } catch (error) {
        if (!(error instanceof Error && /FOREIGN KEY/.test(error.message))) throw error;
        throw new AppError(
          'CONFLICT',
          'Other work still belongs to this, so it cannot be deleted yet. Resolve the conflicts about that work first.',
        );
      }
    },
  };

  function resolveNow(id: string, choice: 'mine' | 'theirs'): void {
    ctx.db.transaction(() => {
      const row = sync.conflict(id);
      // Already chosen (in another window, or by a second click): nothing is left to do.
      if (!row || row.resolved_at) return;
      const table = tableOf(row);
      const incoming = JSON.parse(row.incoming) as unknown;
      const local = store.get(table, row.row_id);
      const device = sync.deviceId();
      if (isIncomingDeletion(incoming)) {
        if (choice === 'theirs' && local) {
          keepInHistory(table, row.row_id, local);
          deleter.deleteForGood(table, row.row_id, incoming.tombstone);
        } else if (local) {
          store.setVersion(table, row.row_id, versionOf(local) + 1, device);
        }
      } else {
        const theirs = incoming as BundleRow;
        const version = Math.max(versionOf(local), versionOf(theirs)) + 1;
        if (choice === 'theirs') {
          keepInHistory(table, row.row_id, local);
          const winning = { ...theirs, version, device_id: device };
          if (local) store.update(table, winning);
          else store.insert(table, winning);
          const log = newMergeLog();
          log.changed.push({ table, id: row.row_id });
          searchRefresher.refresh(log);
        } else {
          keepInHistory(table, row.row_id, theirs);
          if (local) store.setVersion(table, row.row_id, version, device);
        }
        // Both sides now hold, or have seen, the incoming content: next time it is what they agreed on.
        sync.setBase(table, row.row_id, rowHash(theirs));
      }
      sync.resolve(id, ctx.clock.now());
    })();
  }
}

export type ConflictDesk = ReturnType<typeof createConflictDesk>;
