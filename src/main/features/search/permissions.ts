import type { searchChannels } from '../../../shared/features/search/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/** Scoped in the query itself (see the handler): an ambassador finds only their own work. */
export const searchPermissions: FeaturePermissions<typeof searchChannels> = {
  'search:query': {
    allow: {
      check: ({ includeArchived }, viewer) =>
        !includeArchived || viewer.trainer ? true : 'Only a trainer can search archived people’s work.',
    },
  },
};
