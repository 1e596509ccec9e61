import type { backupChannels } from '../../../shared/features/backup/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function backupHandlers({ services: { backup } }: HandlerEnv): FeatureHandlers<typeof backupChannels> {
  return {
    'backup:list': () => backup.list(),
    'backup:create': () => backup.create('manual'),
    'backup:preview': ({ id }) => backup.preview(id),
    'backup:restore': ({ id }) => backup.restore(id),
    'backup:delete': ({ id }) => {
      backup.remove(id);
      return null;
    },
    'backup:settings': () => backup.settings(),
    'backup:setKeep': ({ keep }) => backup.setKeep(keep),
  };
}
