import type { appChannels } from '../../../shared/features/app/channels';
import type { FeaturePermissions } from '../../backend/permissions';

export const appPermissions: FeaturePermissions<typeof appChannels> = {
  'app:status': { allow: 'anyone' },
};
