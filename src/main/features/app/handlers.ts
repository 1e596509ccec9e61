import type { appChannels } from '../../../shared/features/app/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function appHandlers({ status }: HandlerEnv): FeatureHandlers<typeof appChannels> {
  return {
    'app:status': () => status(),
  };
}
