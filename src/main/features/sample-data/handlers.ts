import type { sampleDataChannels } from '../../../shared/features/sample-data/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function sampleDataHandlers({
  services: { sample, access },
}: HandlerEnv): FeatureHandlers<typeof sampleDataChannels> {
  return {
    'sample:load': (_input, { viewer }) => {
      const loaded = sample.load();
      access.sharedIfUndecided();
      const first = loaded.ambassadorIds[0];
      if (first) access.opened(viewer, first);
      return loaded;
    },
  };
}
