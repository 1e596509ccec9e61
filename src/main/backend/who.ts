import { displayName } from '../../shared/features/ambassadors/schemas';
import { AppError } from '../../shared/result';
import type { Viewer } from './handler-types';
import type { Services } from './services';

/** The name a change is recorded under ("Deleted by …"): the unlocked trainer, or the open workspace's person. */
export function whoIsCalling(viewer: Viewer, services: Services): string {
  if (viewer.trainer) return viewer.trainer.name || 'A trainer';
  if (viewer.ambassadorId) {
    try {
      return displayName(services.ambassadors.get(viewer.ambassadorId)) || 'The ambassador';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return 'Someone on this laptop';
}
