import { mayManageBackups } from '../../../../shared/features/backup/schemas';
import { useAccess } from '../access/queries';

/**
 * Whether this window may manage backups (true), or the sentence that says why not, by the same rule the backend
 * applies. On someone's own laptop only the owner's workspace can be open without trainer mode.
 */
export function useBackupPermission(): true | string {
  const access = useAccess();
  return mayManageBackups({
    trainer: access.isTrainer,
    laptopKind: access.data?.laptopKind ?? null,
    isOwner: access.data?.laptopKind === 'own' && access.ambassadorId !== null,
  });
}
