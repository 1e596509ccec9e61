import type { planChannels } from '../../../shared/features/plan/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function planHandlers({ services }: HandlerEnv): FeatureHandlers<typeof planChannels> {
  const { plan } = services;
  return {
    'plan:get': ({ ambassadorId }) => plan.get(ambassadorId),
    'plan:rehearseToday': ({ ambassadorId, interviewType }) => plan.rehearseToday(ambassadorId, interviewType),
  };
}
