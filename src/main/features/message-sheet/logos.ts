/**
 * A cohort's logo for its message sheets and press pack cover: an image blob, capped like a photo and stored
 * re-encoded as PNG (sanitizeImage: no hidden details, at most 800 px). Replacing or removing a logo
 * tombstones the old blob.
 */
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import { formatBytes, LIMITS } from '../../../shared/limits';
import { AppError } from '../../../shared/result';
import type { CohortLogo } from '../../../shared/features/message-sheet/api';
import type { SheetSources } from './sources';
import type { SheetRepository } from './repository';
import type { ServiceContext } from '../../backend/context';
import { sanitizeImage } from '../../images/sanitize';

export function createLogoService(ctx: ServiceContext, repos: SheetSources, store: SheetRepository) {
  const requireCohort = (id: string): Cohort => {
    const found = repos.cohorts.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return found;
  };

  /** The logo's bytes for printing, or null when the cohort has none. */
  const bytes = (cohortId: string | null): Uint8Array | null => {
    if (cohortId === null) return null;
    const found = store.logo(cohortId);
    return (found ? repos.media.get(found.mediaId)?.bytes : undefined) ?? null;
  };

  const setLogo = async (cohortId: string, bytes: Uint8Array): Promise<CohortLogo> => {
    if (bytes.byteLength > LIMITS.photoBytes) {
      throw new AppError(
        'TOO_LARGE',
        `This logo is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(LIMITS.photoBytes)}. Choose a smaller image.`,
      );
    }
    requireCohort(cohortId);
    const image = await sanitizeImage(bytes, 'logo');
    return ctx.db.transaction(() => {
      requireCohort(cohortId);
      const now = ctx.clock.now();
      const previous = store.logo(cohortId);
      if (previous) {
        store.removeLogo(previous.id, now);
        repos.media.remove(previous.mediaId, now);
      }
      const mediaId = ctx.ids();
      repos.media.insertImage(mediaId, 'logo', image, now);
      store.insertLogo(ctx.ids(), cohortId, mediaId, now);
      return { cohortId, hasLogo: true, mime: image.mime };
    })();
  };

  const removeLogo = (cohortId: string): CohortLogo => {
    return ctx.db.transaction(() => {
      requireCohort(cohortId);
      const previous = store.logo(cohortId);
      if (previous) {
        const now = ctx.clock.now();
        store.removeLogo(previous.id, now);
        repos.media.remove(previous.mediaId, now);
      }
      return { cohortId, hasLogo: false, mime: null };
    })();
  };

  const logo = (cohortId: string): { mime: string; bytes: Uint8Array } | null => {
    requireCohort(cohortId);
    const found = store.logo(cohortId);
    const media = found ? repos.media.get(found.mediaId) : undefined;
    return media ? { mime: media.mime, bytes: media.bytes } : null;
  };

  return { setLogo, removeLogo, logo, bytes, hasLogo: (cohortId: string) => store.logo(cohortId) !== undefined };
}

export type LogoService = ReturnType<typeof createLogoService>;
