import type {
  Revision,
  RevisionEntityType,
  RevisionReason,
  RevisionSummary,
} from '../../../shared/features/history/schemas';
import type { PrivateDetail } from '../../../shared/features/ambassadors/schemas';
import { AppError } from '../../../shared/result';
import { keepOnlyCurrentDetails, removesPrivateDetail } from './forget-details';
import { createRevisionRepository } from './repository';
import type { ServiceContext } from '../../backend/context';

/** An edit snapshots the previous state at most once per this window; status changes always snapshot. */
export const REVISION_WINDOW_MS = 10 * 60 * 1000;

export function createRevisionService(ctx: ServiceContext) {
  const repo = ctx.repo(createRevisionRepository);
  return {
    /**
     * Keeps a copy of a document as it was before a change. Call inside the transaction that makes the change,
     * so the history and the new state land together.
     */
    recordBefore(
      entityType: RevisionEntityType,
      entityId: string,
      previous: unknown,
      reason: RevisionReason,
      /** Snapshot even inside the window: a conflict resolved by replacing someone else's text keeps it. */
      options: { always?: boolean } = {},
    ): boolean {
      const now = ctx.clock.now();
      if (reason === 'edit' && !options.always) {
        const last = repo.latestAt(entityType, entityId);
        if (last && Date.parse(now) - Date.parse(last) < REVISION_WINDOW_MS) return false;
      }
      repo.insert(ctx.ids(), entityType, entityId, reason, previous, now);
      return true;
    },
    /**
     * When a change takes a private detail off a profile, no older copy of that profile keeps it: the person
     * removed it so it would not be held. Call inside the change's transaction, after `recordBefore`. True when a
     * detail was removed: the caller then flushes the WAL, so the old bytes leave the disk as well.
     */
    forgetPrivateDetails(ambassadorId: string, before: PrivateDetail[], after: PrivateDetail[]): boolean {
      if (!removesPrivateDetail(before, after)) return false;
      for (const { id, snapshot } of repo.snapshots('ambassador', ambassadorId)) {
        const scrubbed = keepOnlyCurrentDetails(snapshot, after);
        if (scrubbed !== null) repo.replaceSnapshot(id, scrubbed);
      }
      return true;
    },
    /** A deleted document keeps no history: its old versions hold the very text that was deleted. */
    forget(entityType: RevisionEntityType, entityId: string): void {
      repo.removeFor(entityType, entityId);
    },
    list(entityType: RevisionEntityType, entityId: string): RevisionSummary[] {
      return repo.list(entityType, entityId);
    },
    get(id: string): Revision {
      const revision = repo.get(id);
      if (!revision) throw new AppError('NOT_FOUND', 'That version is no longer in the history.');
      return revision;
    },
  };
}

export type RevisionService = ReturnType<typeof createRevisionService>;
