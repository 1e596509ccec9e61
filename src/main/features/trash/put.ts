import type { TrashKind } from '../../../shared/features/trash/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { captureRows, recordingsOf } from './plans';
import { createTrashRepository } from './repository';
import { createRowStore } from './rows';

export interface PutInTrash {
  kind: TrashKind;
  id: string;
  ambassadorId: string | null;
  cohortId: string | null;
  label: string;
  deletedBy: string;
}

/**
 * Keeps an item in the Trash. Call it inside the delete's transaction, before the delete blanks the row, so the
 * copy and the delete happen together or not at all. Answers the Trash entry's id, for "Undo".
 */
export function putInTrash(ctx: ServiceContext, item: PutInTrash): string {
  const rows = captureRows(ctx.repo(createRowStore), item.kind, item.id);
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'That item does not exist or was already deleted.');
  const trashId = ctx.ids();
  ctx.repo(createTrashRepository).insert({
    id: trashId,
    kind: item.kind,
    entityId: item.id,
    ambassadorId: item.ambassadorId,
    cohortId: item.cohortId,
    label: item.label.replace(/\s+/gu, ' ').trim().slice(0, 120) || 'Untitled',
    payload: { rows },
    mediaIds: recordingsOf(rows),
    deletedAt: ctx.clock.now(),
    deletedBy: item.deletedBy.slice(0, 120),
  });
  return trashId;
}
