import { confirmsName, type ErasureReport } from '../../../shared/features/ambassadors/erase';
import { displayName } from '../../../shared/features/ambassadors/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { flushWal, vacuumAndFlush } from '../../db/scrub';
import { addErasureTombstones } from '../bundles/erasure-tombstones';
import { eraseFromBackups } from './erase-backups';
import { runErasePlan } from './erase-plan';
import { createAmbassadorRepository } from './repository';

/**
 * "Delete for good": every row about the person leaves the data file in one transaction (erase-plan.ts), then the
 * file is rewritten (VACUUM) and the WAL emptied so no page, free page or WAL frame keeps their words, and the
 * backups are cleaned the same way. Closing the windows that show them is the caller's part (access service).
 */
export function createAmbassadorEraser(ctx: ServiceContext) {
  const ambassadors = ctx.repo(createAmbassadorRepository);

  return {
    erase(id: string, typedName: string): ErasureReport {
      const person = ambassadors.get(id);
      if (!person) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was already deleted.');
      const shown = displayName(person);
      if (!confirmsName(typedName, shown)) {
        const message = `Type “${shown}” to delete this profile for good. Nothing was deleted.`;
        throw new AppError('VALIDATION', message, [{ path: 'confirmName', message }]);
      }
      const { rows } = ctx.db.transaction(() => {
        // Other laptops learn of the erasure from these, and no older bundle can bring the person back.
        addErasureTombstones(ctx.db, id, ctx.clock.now());
        return runErasePlan(ctx.db, 'main', id);
      })();
      // VACUUM cannot run inside a transaction, so the bytes are rewritten once the rows are gone. The person is
      // already gone by now, so a VACUUM that fails (no room for its temporary copy) must not report otherwise:
      // secure_delete has zeroed the freed space, and the checkpoint still moves the zeroed pages into the file.
      let vacuumed = true;
      let walEmptied: boolean;
      try {
        walEmptied = vacuumAndFlush(ctx.db);
      } catch {
        vacuumed = false;
        walEmptied = flushWal(ctx.db);
      }
      const backups = eraseFromBackups(ctx.db, ctx.paths.backupDir, id);
      return { rows, backupsCleaned: backups.cleaned, backupsRemoved: backups.removed, vacuumed, walEmptied };
    },
  };
}

export type AmbassadorEraser = ReturnType<typeof createAmbassadorEraser>;
