import type { sampleDataChannels } from '../../../shared/features/sample-data/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function sampleDataHandlers({
  services: { sample, access },
}: HandlerEnv): FeatureHandlers<typeof sampleDataChannels> {
  return {
    'sample:load': (_input, { viewer }) => {
      const loaded = sample.explore();
      access.sharedIfUndecided();
      // A fresh sample opens on its first person; one already there is not opened for anyone (it may have a PIN now).
      const first = loaded.ambassadorIds[0];
      if (first && loaded.added) access.opened(viewer, first);
      return loaded;
    },
  };
}
