import type { sampleDataChannels } from '../../../shared/features/sample-data/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/** At the first run anyone may explore; afterwards adding a demo cohort to a laptop is a trainer's decision. */
export const sampleDataPermissions: FeaturePermissions<typeof sampleDataChannels> = {
  'sample:load': {
    allow: {
      check: (_input, viewer, { settings }) =>
        viewer.trainer || !settings.get().onboarded
          ? true
          : 'Only a trainer can add the sample cohort. Unlock trainer mode first.',
    },
  },
};
