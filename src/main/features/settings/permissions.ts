import type { settingsChannels } from '../../../shared/features/settings/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/** The theme and the chosen cohort are the laptop's, not anyone's private data; a pace is its ambassador's. */
export const settingsPermissions: FeaturePermissions<typeof settingsChannels> = {
  'settings:get': { allow: 'anyone' },
  'settings:update': { allow: 'anyone' },
  'settings:pace': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'settings:setPace': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
};
