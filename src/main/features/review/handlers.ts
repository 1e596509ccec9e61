import type { reviewChannels } from '../../../shared/features/review/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function reviewHandlers({ services: { review } }: HandlerEnv): FeatureHandlers<typeof reviewChannels> {
  return {
    // An ambassador's window sees only their own work (see permissions.ts); asking for it here keeps the count
    // and the windows right, instead of cutting a window of everyone's quotes down afterwards.
    'review:queue': (filter, { viewer }) =>
      viewer.trainer || viewer.ambassadorId === null
        ? review.queue(filter)
        : review.queue({ ...filter, ambassadorId: viewer.ambassadorId }),
  };
}
