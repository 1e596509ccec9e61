import type { sampleDataChannels } from '../../../shared/features/sample-data/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function sampleDataHandlers({ services: { sample } }: HandlerEnv): FeatureHandlers<typeof sampleDataChannels> {
  return {
    'sample:load': () => sample.load(),
  };
}
