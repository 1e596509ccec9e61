import type { keyMessageChannels } from '../../../shared/features/key-messages/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { whoIsCalling } from '../../backend/who';

export function keyMessageHandlers({ services }: HandlerEnv): FeatureHandlers<typeof keyMessageChannels> {
  const { houses } = services;
  return {
    'house:list': ({ ambassadorId }) => houses.list(ambassadorId),
    'house:get': ({ id }) => houses.get(id),
    'house:create': ({ ambassadorId, fields }) => houses.create(ambassadorId, fields),
    'house:update': ({ id, baseVersion, patch, keepReplaced }) => houses.update(id, baseVersion, patch, keepReplaced),
    'house:setPrimary': ({ id }) => houses.setPrimary(id),
    'house:delete': ({ id }, { viewer }) => ({ trashId: houses.remove(id, whoIsCalling(viewer, services)) }),
  };
}
