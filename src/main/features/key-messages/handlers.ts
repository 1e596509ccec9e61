import type { keyMessageChannels } from '../../../shared/features/key-messages/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function keyMessageHandlers({ services: { houses } }: HandlerEnv): FeatureHandlers<typeof keyMessageChannels> {
  return {
    'house:list': ({ ambassadorId }) => houses.list(ambassadorId),
    'house:get': ({ id }) => houses.get(id),
    'house:create': ({ ambassadorId, fields }) => houses.create(ambassadorId, fields),
    'house:update': ({ id, baseVersion, patch, keepReplaced }) => houses.update(id, baseVersion, patch, keepReplaced),
    'house:setPrimary': ({ id }) => houses.setPrimary(id),
    'house:delete': ({ id }) => {
      houses.remove(id);
      return null;
    },
  };
}
