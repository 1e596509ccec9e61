import { TRASH_KEEP_DAYS, type Restored, type TrashItem } from '../../../shared/features/trash/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createMediaRepository } from '../../db/media';
import { flushWal } from '../../db/scrub';
import { createSearchRefresher } from '../bundles/search-refresh';
import { createHouseRepository } from '../key-messages/repository';
import { mainTableOf, payloadSchema, type KeptRow } from './plans';
import { createTrashRepository } from './repository';
import { createRowStore } from './rows';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOT_THERE = 'That item is no longer in the Trash: it was put back, deleted for good, or its 30 days ran out.';

export function createTrashService(ctx: ServiceContext) {
  const trash = ctx.repo(createTrashRepository);
  const rows = ctx.repo(createRowStore);
  const media = ctx.repo(createMediaRepository);
  const houses = ctx.repo(createHouseRepository);

  const require = (id: string) => {
    const item = trash.get(id);
    if (!item) throw new AppError('NOT_FOUND', NOT_THERE);
    return item;
  };

  /** Removes entries for good: their kept rows and the recordings they kept alive. Inside a transaction. */
  const purge = (entries: Array<{ id: string; mediaIds: string[] }>): number => {
    const now = ctx.clock.now();
    let removed = 0;
    for (const entry of entries) {
      for (const mediaId of entry.mediaIds) media.remove(mediaId, now);
      if (trash.remove(entry.id)) removed += 1;
    }
    return removed;
  };

  /** A row can come back only if it is still a tombstone here (not erased, not brought back another way). */
  const stillDeleted = (kept: KeptRow): boolean => {
    if (kept.mode === 'insert') return true;
    const current = rows.byId(kept.table, String(kept.row.id));
    return current !== null && current.deleted_at !== null;
  };

  const sessionIsLive = (kept: KeptRow): boolean => {
    const session = rows.byId('rehearsal_session', String(kept.row.session_id));
    return session !== null && session.deleted_at === null;
  };

  return {
    list(ambassadorId: string | null): TrashItem[] {
      return trash.list(ambassadorId);
    },
    ownerOf(id: string): string | null {
      return require(id).ambassadorId;
    },
    restore(id: string): Restored {
      const result = ctx.db.transaction((): Restored => {
        const item = require(id);
        const payload = payloadSchema.safeParse(item.payload);
        if (!payload.success) throw new AppError('CONFLICT', 'This item was kept in a form the app cannot read back.');
        const kept = payload.data.rows;
        const main = kept.find((k) => k.table === mainTableOf(item.kind) && k.row.id === item.entityId);
        if (!main || !stillDeleted(main)) {
          throw new AppError(
            'CONFLICT',
            'This item cannot be put back: it was changed or removed since it was deleted.',
          );
        }
        if (item.kind === 'take' && !sessionIsLive(main)) {
          throw new AppError('CONFLICT', 'Put back the rehearsal session this answer belongs to first.');
        }
        for (const row of kept.filter(stillDeleted)) {
          if (row.mode === 'insert') rows.insert(row.table, row.row);
          else rows.writeBack(row.table, row.row);
        }
        if (item.kind === 'house' && item.ambassadorId) {
          // One primary house per person: the restored one is primary only if no other house took over.
          const live = houses.list(item.ambassadorId);
          const primaries = live.filter((h) => h.isPrimary);
          if (primaries.length > 1 || primaries.length === 0) {
            const keep = primaries.find((h) => h.id !== item.entityId) ?? live[0];
            if (keep) houses.makePrimary(keep.id, item.ambassadorId, ctx.clock.now());
          }
        }
        createSearchRefresher(ctx).refresh({
          counts: {},
          conflicts: [],
          changed: kept
            .filter((k) => k.table === 'quote' || k.table === 'message_house' || k.table === 'comment')
            .map((k) => ({ table: k.table as 'quote' | 'message_house' | 'comment', id: String(k.row.id) })),
        });
        trash.remove(id);
        return { kind: item.kind, entityId: item.entityId, ambassadorId: item.ambassadorId };
      })();
      return result;
    },
    remove(id: string): void {
      ctx.db.transaction(() => purge([require(id)]))();
      flushWal(ctx.db);
    },
    /** Empties one person's trash (an ambassador's own), or all of it (a trainer, `null`). */
    empty(ambassadorId: string | null): number {
      const removed = ctx.db.transaction(() =>
        purge(trash.list(ambassadorId).map((item) => ({ id: item.id, mediaIds: require(item.id).mediaIds }))),
      )();
      flushWal(ctx.db);
      return removed;
    },
    /** Items older than 30 days leave by themselves (at start and whenever the trash is read). */
    purgeExpired(): number {
      const cutoff = new Date(new Date(ctx.clock.now()).getTime() - TRASH_KEEP_DAYS * DAY_MS).toISOString();
      const expired = trash.olderThan(cutoff);
      if (expired.length === 0) return 0;
      const removed = ctx.db.transaction(() => purge(expired))();
      flushWal(ctx.db);
      return removed;
    },
  };
}

export type TrashService = ReturnType<typeof createTrashService>;
