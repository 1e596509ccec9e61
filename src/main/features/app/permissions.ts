import type { appChannels } from '../../../shared/features/app/channels';
import type { FeaturePermissions } from '../../backend/permissions';

export const appPermissions: FeaturePermissions<typeof appChannels> = {
  'app:status': { allow: 'anyone' },
  // The start-up screen needs both before anyone has opened a workspace; neither shows or changes anyone's work.
  'app:retry': { allow: 'anyone' },
  'app:recoveryCopy': { allow: 'anyone' },
};
