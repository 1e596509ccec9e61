import type { repairChannels } from '../../../shared/features/repair/channels';
import { AppError } from '../../../shared/result';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { whoIsCalling } from '../../backend/who';

export function repairHandlers({ services }: HandlerEnv): FeatureHandlers<typeof repairChannels> {
  const { repair } = services;
  return {
    'repair:list': (_input, { viewer }) => {
      if (viewer.trainer) return repair.list(null);
      if (viewer.ambassadorId) return repair.list(viewer.ambassadorId);
      throw new AppError('FORBIDDEN', 'Open your workspace, or unlock trainer mode, to see what needs repair.');
    },
    'repair:apply': ({ kind, id, column, text }, { viewer }) => {
      repair.apply(kind, id, column, text, whoIsCalling(viewer, services));
      return null;
    },
    'repair:salvage': ({ kind, id }, { viewer }) => {
      repair.salvage(kind, id, whoIsCalling(viewer, services));
      return null;
    },
  };
}
