/**
 * Rows removed for good on another laptop (its tombstones) leave this one too, as the features' own deletes leave
 * nothing behind: a quote or house takes its comments, history and search rows with it, a profile or take its
 * picture or recording. A row changed here since the two laptops last agreed is not deleted: the deletion is
 * listed as a conflict instead. Call inside the import's transaction.
 */
import type { TombstoneRow, VersionedTable } from '../../../shared/features/bundles/rows';
import type { ServiceContext } from '../../backend/context';
import { createRevisionRepository } from '../history/repository';
import { createSearchRepository } from '../search/repository';
import { idHash, rowHash } from './hash';
import { ambassadorOf, count, type MergeLog, type Merger } from './merge';
import { createSyncRepository } from './sync-repository';
import { createRowStore } from './tables';

/** What a conflict stores when the incoming change is a deletion. */
export interface IncomingDeletion {
  tombstone: TombstoneRow;
}

export function isIncomingDeletion(value: unknown): value is IncomingDeletion {
  return value !== null && typeof value === 'object' && 'tombstone' in value;
}

const HISTORY_OF: Partial<Record<VersionedTable, 'quote' | 'house' | 'ambassador' | 'cohort'>> = {
  quote: 'quote',
  message_house: 'house',
  ambassador: 'ambassador',
};

/** Children before parents, so a parent is deleted only once the rows that point at it are gone. */
const DELETION_ORDER: VersionedTable[] = [
  'comment',
  'take',
  'review_card',
  'sheet_confirmation',
  'cohort_logo',
  'quote',
  'rehearsal_session',
  'message_house',
  'question_set',
  'question',
  'ambassador',
  'cohort',
];

/** Rows that point at a row of each table (besides the comments a quote or house takes with it). */
const USED_BY: Partial<Record<VersionedTable, string>> = {
  ambassador: `SELECT 1 FROM message_house WHERE ambassador_id = @id UNION ALL SELECT 1 FROM quote WHERE ambassador_id = @id
    UNION ALL SELECT 1 FROM rehearsal_session WHERE ambassador_id = @id UNION ALL SELECT 1 FROM review_card WHERE ambassador_id = @id
    UNION ALL SELECT 1 FROM sheet_confirmation WHERE ambassador_id = @id`,
  message_house: 'SELECT 1 FROM quote WHERE house_id = @id',
  quote: 'SELECT 1 FROM quote WHERE parent_id = @id',
  rehearsal_session: 'SELECT 1 FROM take WHERE session_id = @id',
  cohort: `SELECT 1 FROM ambassador WHERE cohort_id = @id UNION ALL SELECT 1 FROM question WHERE cohort_id = @id
    UNION ALL SELECT 1 FROM question_set WHERE cohort_id = @id UNION ALL SELECT 1 FROM cohort_logo WHERE cohort_id = @id`,
};

export function createRowDeleter(ctx: ServiceContext) {
  const store = ctx.repo(createRowStore);
  const sync = ctx.repo(createSyncRepository);
  const search = ctx.repo(createSearchRepository);
  const history = ctx.repo(createRevisionRepository);
  const s = {
    commentsOn: ctx.db.prepare<[string, string], { id: string }>(
      'SELECT id FROM comment WHERE target_type = ? AND target_id = ?',
    ),
    mediaOf: ctx.db.prepare<[string, string], { id: string | null }>(
      `SELECT photo_media_id AS id FROM ambassador WHERE id = ?
       UNION ALL SELECT recording_media_id FROM take WHERE id = ?`,
    ),
    unusedMedia: ctx.db.prepare<{ id: string }>(
      `DELETE FROM media WHERE id = @id
         AND NOT EXISTS (SELECT 1 FROM ambassador WHERE photo_media_id = @id)
         AND NOT EXISTS (SELECT 1 FROM take WHERE recording_media_id = @id)
         AND NOT EXISTS (SELECT 1 FROM cohort_logo WHERE media_id = @id AND deleted_at IS NULL)`,
    ),
  };

  const usedBy = new Map(
    Object.entries(USED_BY).map(([table, sql]) => [table, ctx.db.prepare<{ id: string }>(`${sql} LIMIT 1`)]),
  );
  /** Whether rows kept here still point at it (a child changed here, so its deletion became a conflict). */
  const stillUsed = (table: VersionedTable, id: string) => usedBy.get(table)?.get({ id }) !== undefined;

  const forget = (table: VersionedTable, id: string) => {
    store.remove(table, id);
    sync.dropBase(table, id);
    search.remove(id);
  };

  /** Removes one row for good, with what hangs on it, and remembers that it is gone. */
  const deleteForGood = (table: VersionedTable, id: string, tombstone: TombstoneRow): void => {
    const media = s.mediaOf.all(id, id).flatMap((r) => (r.id ? [r.id] : []));
    if (table === 'quote' || table === 'message_house') {
      const target = table === 'quote' ? 'quote' : 'house';
      for (const comment of s.commentsOn.all(target, id)) forget('comment', comment.id);
    }
    forget(table, id);
    const entity = HISTORY_OF[table];
    if (entity) history.removeFor(entity, id);
    for (const mediaId of media) s.unusedMedia.run({ id: mediaId });
    sync.addTombstone(tombstone);
  };

  return {
    deleteForGood,
    apply(log: MergeLog, merger: Merger, tombstones: readonly TombstoneRow[]): void {
      const byHash = new Map<VersionedTable, Map<string, string>>();
      const localIds = (table: VersionedTable) => {
        let ids = byHash.get(table);
        if (!ids) {
          ids = new Map(store.ids(table).map((id) => [idHash(id), id]));
          byHash.set(table, ids);
        }
        return ids;
      };
      const ordered = [...tombstones].sort(
        (x, y) => DELETION_ORDER.indexOf(x.table_name) - DELETION_ORDER.indexOf(y.table_name),
      );
      /** Deletes, lists a conflict, or says 'blocked' while rows that point at it are still here. */
      const step = (tombstone: TombstoneRow): 'done' | 'blocked' => {
        const table = tombstone.table_name;
        const id = localIds(table).get(tombstone.id_hash);
        const local = id ? store.get(table, id) : undefined;
        if (!id || !local) {
          sync.addTombstone(tombstone);
          count(log, table, 'unchanged');
        } else if (rowHash(local) !== sync.base(table, id)) {
          merger.conflict(log, table, id, ambassadorOf(table, local), { tombstone } satisfies IncomingDeletion);
        } else if (stillUsed(table, id)) {
          return 'blocked';
        } else {
          deleteForGood(table, id, tombstone);
          count(log, table, 'deleted');
        }
        return 'done';
      };
      // A revised quote points at the one it came from: passes repeat until no deletion is left waiting for another.
      let pending = ordered;
      for (;;) {
        const blocked = pending.filter((tombstone) => step(tombstone) === 'blocked');
        if (blocked.length === pending.length) break;
        pending = blocked;
      }
      // What is still pointed at by rows kept here (changed here since, so in conflict) is kept too, and listed.
      for (const tombstone of pending) {
        const id = localIds(tombstone.table_name).get(tombstone.id_hash)!;
        const local = store.get(tombstone.table_name, id);
        const incoming: IncomingDeletion = { tombstone };
        merger.conflict(
          log,
          tombstone.table_name,
          id,
          local ? ambassadorOf(tombstone.table_name, local) : null,
          incoming,
        );
      }
      if (tombstones.length > 0) search.purgeRemoved();
    },
  };
}

export type RowDeleter = ReturnType<typeof createRowDeleter>;
