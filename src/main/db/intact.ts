import { NEEDS_REPAIR_MESSAGE, type NeedsRepair } from '../../shared/features/repair/schemas';
import { AppError } from '../../shared/result';

/**
 * Refuses to change a record marked "needs repair": writing it would replace the stored text (which the app
 * could not read) with what the app could read of it, and the rest would be lost. The Repair screen fixes it.
 */
export function requireIntact<T extends { needsRepair?: NeedsRepair }>(record: T): T {
  if (record.needsRepair) throw new AppError('CONFLICT', NEEDS_REPAIR_MESSAGE);
  return record;
}
