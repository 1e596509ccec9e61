import {
  ambassadorFieldsOf,
  ambassadorFieldsSchema,
  emptyAmbassadorFields,
  sniffImageType,
  type Ambassador,
  type AmbassadorFields,
  type AmbassadorPatch,
  type AmbassadorSummary,
  type Photo,
} from '../../../shared/features/ambassadors/schemas';
import { AppError } from '../../../shared/result';
import { formatBytes, LIMITS } from '../../../shared/limits';
import { createAmbassadorRepository, toSummary } from './repository';
import { createCohortRepository } from '../cohorts/repository';
import { createMediaRepository } from '../../db/media';
import type { ServiceContext } from '../../backend/context';
import type { RevisionService } from '../history/service';

export function createAmbassadorService(ctx: ServiceContext, revisions: RevisionService) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const cohorts = ctx.repo(createCohortRepository);
  const media = ctx.repo(createMediaRepository);

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
    update(id: string, patch: AmbassadorPatch): Ambassador {
      return ctx.db.transaction(() => {
        const current = require(id);
        const next = ambassadorFieldsSchema.parse({ ...ambassadorFieldsOf(current), ...patch });
        if (patch.cohortId !== undefined) assertCohort(next.cohortId);
        revisions.recordBefore('ambassador', id, current, 'edit');
        ambassadors.update(id, next, ctx.clock.now());
        return require(id);
      })();
    },
    archive(id: string, archived: boolean): Ambassador {
      return ctx.db.transaction(() => {
        const current = require(id);
        const now = ctx.clock.now();
        revisions.recordBefore('ambassador', id, current, 'archive');
        ambassadors.setArchived(id, archived ? now : null, now);
        return require(id);
      })();
    },
    setPhoto(id: string, bytes: Uint8Array): Ambassador {
      if (bytes.byteLength > LIMITS.photoBytes) {
        throw new AppError(
          'TOO_LARGE',
          `This photo is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(LIMITS.photoBytes)}. Choose a smaller image.`,
        );
      }
      const mime = sniffImageType(bytes);
      if (!mime) {
        throw new AppError(
          'UNSUPPORTED',
          'That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.',
        );
      }
      return ctx.db.transaction(() => {
        require(id);
        const now = ctx.clock.now();
        const previous = ambassadors.photoMediaId(id);
        const mediaId = ctx.ids();
        media.insert(mediaId, 'photo', mime, bytes, now);
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
