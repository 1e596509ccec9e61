import type { accessChannels } from '../../../shared/features/access/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/**
 * Anyone may ask who they are and try to unlock: the access service itself decides each request (a secret is
 * checked with its wrong-try count, adding a second trainer or changing the laptop needs trainer mode).
 */
export const accessPermissions: FeaturePermissions<typeof accessChannels> = {
  'access:state': { allow: 'anyone' },
  'access:workspaces': { allow: 'anyone' },
  'access:enter': { allow: 'anyone' },
  'access:unlockTrainer': { allow: 'anyone' },
  'access:lock': { allow: 'anyone' },
  'access:leaveTrainer': { allow: 'anyone' },
  'access:addTrainer': { allow: 'anyone' },
  'access:updateTrainer': { allow: { trainer: 'change a trainer’s name or secret' } },
  'access:setWorkspacePin': { allow: 'anyone' },
  'access:setLaptopKind': { allow: 'anyone' },
  'access:setIdleMinutes': { allow: 'anyone' },
};
