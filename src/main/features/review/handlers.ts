import type { reviewChannels } from '../../../shared/features/review/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function reviewHandlers({ services: { review } }: HandlerEnv): FeatureHandlers<typeof reviewChannels> {
  return {
    'review:queue': ({ cohortId }) => review.queue(cohortId),
  };
}
