import {
  ambassadorFieldsOf,
  ambassadorFieldsSchema,
  emptyAmbassadorFields,
  type Ambassador,
  type AmbassadorFields,
  type AmbassadorPatch,
  type AmbassadorSummary,
  type Photo,
} from '../../../shared/features/ambassadors/schemas';
import { requireIntact } from '../../db/intact';
import { AppError } from '../../../shared/result';
import { formatBytes, LIMITS } from '../../../shared/limits';
import { createAmbassadorRepository, toSummary } from './repository';
import { createCohortRepository } from '../cohorts/repository';
import { createMediaRepository } from '../../db/media';
import { sanitizeImage } from '../../images/sanitize';
import type { ServiceContext } from '../../backend/context';
import type { RevisionService } from '../history/service';
import { flushWal } from '../../db/scrub';
import { createAmbassadorEraser } from './erase';
import { afterWrite } from '../../db/field-versions';
import { assertProfileFresh, profileFieldsChanged } from './versions';

export function createAmbassadorService(ctx: ServiceContext, revisions: RevisionService) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const cohorts = ctx.repo(createCohortRepository);
  const media = ctx.repo(createMediaRepository);
  const eraser = createAmbassadorEraser(ctx);

  const require = (id: string): Ambassador => {
    const found = ambassadors.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    return found;
  };

  const assertCohort = (cohortId: string | null) => {
    if (cohortId !== null && !cohorts.get(cohortId)) {
      throw new AppError('NOT_FOUND', 'The chosen cohort does not exist or was deleted.');
    }
  };

  return {
    list(filter: { cohortId?: string; includeArchived?: boolean } = {}): AmbassadorSummary[] {
      return ambassadors
        .list(filter.includeArchived ?? false)
        .filter((a) => filter.cohortId === undefined || a.cohortId === filter.cohortId)
        .map(toSummary);
    },
    get: require,
    create(fields: Partial<AmbassadorFields>): Ambassador {
      const full = ambassadorFieldsSchema.parse({ ...emptyAmbassadorFields(), ...fields });
      assertCohort(full.cohortId);
      const id = ctx.ids();
      ambassadors.insert(id, full, ctx.clock.now());
      return require(id);
    },
    /** `baseVersion`: the profile editor's; `keepReplaced`: keep the stored profile in the history first. */
    update(
      id: string,
      patch: AmbassadorPatch,
      options: { baseVersion?: number; keepReplaced?: boolean } = {},
    ): Ambassador {
      let forgotten = false;
      const updated = ctx.db.transaction(() => {
        const current = requireIntact(require(id));
        const changed = profileFieldsChanged(ambassadorFieldsOf(current), patch);
        const record = ambassadors.fieldVersions(id);
        assertProfileFresh(record, current.version, options.baseVersion, changed);
        if (changed.length === 0) return current;
        const next = ambassadorFieldsSchema.parse({ ...ambassadorFieldsOf(current), ...patch });
        if (patch.cohortId !== undefined) assertCohort(next.cohortId);
        revisions.recordBefore('ambassador', id, current, 'edit', { always: options.keepReplaced === true });
        forgotten = revisions.forgetPrivateDetails(id, current.privateDetails, next.privateDetails);
        const fieldVersions = afterWrite(record, current.version, changed);
        if (!ambassadors.update(id, current.version, next, fieldVersions, ctx.clock.now())) {
          throw new AppError('CONFLICT', 'This profile was changed at the same moment elsewhere; try again.');
        }
        return require(id);
      })();
      // The removed detail's old bytes wait in the WAL and the file's old page until a checkpoint.
      if (forgotten) flushWal(ctx.db);
      return updated;
    },
    /** Deletes the person and everything about them for good (erase.ts); `typedName` confirms it. */
    erase: (id: string, typedName: string) => eraser.erase(id, typedName),
    archive(id: string, archived: boolean): Ambassador {
      return ctx.db.transaction(() => {
        const current = require(id);
        const now = ctx.clock.now();
        revisions.recordBefore('ambassador', id, current, 'archive');
        ambassadors.setArchived(id, archived ? now : null, now);
        return require(id);
      })();
    },
    /** Stores the photo re-encoded (sanitizeImage): no GPS, names or thumbnails, upright, at most 1600 px. */
    async setPhoto(id: string, bytes: Uint8Array): Promise<Ambassador> {
      if (bytes.byteLength > LIMITS.photoBytes) {
        throw new AppError(
          'TOO_LARGE',
          `This photo is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(LIMITS.photoBytes)}. Choose a smaller image.`,
        );
      }
      require(id);
      const image = await sanitizeImage(bytes, 'photo');
      return ctx.db.transaction(() => {
        require(id);
        const now = ctx.clock.now();
        const previous = ambassadors.photoMediaId(id);
        const mediaId = ctx.ids();
        media.insertImage(mediaId, 'photo', image, now);
        ambassadors.setPhoto(id, mediaId, now);
        if (previous) media.remove(previous, now);
        return require(id);
      })();
    },
    removePhoto(id: string): Ambassador {
      return ctx.db.transaction(() => {
        require(id);
        const now = ctx.clock.now();
        const previous = ambassadors.photoMediaId(id);
        ambassadors.setPhoto(id, null, now);
        if (previous) media.remove(previous, now);
        return require(id);
      })();
    },
    photo(id: string): Photo | null {
      require(id);
      const mediaId = ambassadors.photoMediaId(id);
      const stored = mediaId ? media.get(mediaId) : undefined;
      return stored ? { mime: stored.mime, bytes: stored.bytes } : null;
    },
  };
}

export type AmbassadorService = ReturnType<typeof createAmbassadorService>;
