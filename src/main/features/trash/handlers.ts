import type { trashChannels } from '../../../shared/features/trash/channels';
import { AppError } from '../../../shared/result';
import type { FeatureHandlers, HandlerEnv, Viewer } from '../../backend/handler-types';

/** Whose trash a caller works on: a trainer's is everyone's (or one person's); an ambassador's is their own. */
function scopeOf(viewer: Viewer, asked: string | null | undefined): string | null {
  if (viewer.trainer) return asked ?? null;
  if (viewer.ambassadorId) return viewer.ambassadorId;
  throw new AppError('FORBIDDEN', 'Open your workspace, or unlock trainer mode, to see the Trash.');
}

export function trashHandlers({ services: { trash } }: HandlerEnv): FeatureHandlers<typeof trashChannels> {
  return {
    'trash:list': ({ ambassadorId }, { viewer }) => {
      trash.purgeExpired();
      return trash.list(scopeOf(viewer, ambassadorId));
    },
    'trash:restore': ({ id }) => trash.restore(id),
    'trash:delete': ({ id }) => {
      trash.remove(id);
      return null;
    },
    'trash:empty': (_input, { viewer }) => ({ removed: trash.empty(scopeOf(viewer, null)) }),
  };
}
