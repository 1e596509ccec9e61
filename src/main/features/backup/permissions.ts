import type { backupChannels } from '../../../shared/features/backup/channels';
import { mayManageBackups } from '../../../shared/features/backup/schemas';
import type { Viewer } from '../../backend/handler-types';
import type { FeaturePermissions, Permission } from '../../backend/permissions';
import type { Services } from '../../backend/services';
import { createAmbassadorRepository } from '../ambassadors/repository';

/** On someone's own laptop its owner is the first profile made on it that is still in use (as the access service says). */
function isOwner(viewer: Viewer, { ctx }: Services): boolean {
  if (!viewer.ambassadorId) return false;
  const active = ctx.repo(createAmbassadorRepository).list(false);
  const first = [...active].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  return first?.id === viewer.ambassadorId;
}

/**
 * A backup holds everyone's work and a restore replaces it: a trainer's step on a shared laptop, the owner's on
 * their own laptop (see mayManageBackups).
 */
const managers = {
  allow: {
    check: (_input: unknown, viewer: Viewer, services: Services) =>
      mayManageBackups({
        trainer: viewer.trainer !== null,
        laptopKind: services.access.laptopKind(),
        isOwner: services.access.laptopKind() === 'own' && isOwner(viewer, services),
      }),
  },
} satisfies Permission<'backup:list'>;

export const backupPermissions: FeaturePermissions<typeof backupChannels> = {
  'backup:list': managers,
  'backup:create': managers,
  'backup:preview': managers,
  'backup:restore': managers,
  'backup:delete': managers,
  'backup:settings': managers,
  'backup:setKeep': managers,
};
