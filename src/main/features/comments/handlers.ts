import type { commentChannels } from '../../../shared/features/comments/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function commentHandlers({ services: { comments } }: HandlerEnv): FeatureHandlers<typeof commentChannels> {
  return {
    'comment:list': ({ targetType, targetId }) => comments.list(targetType, targetId),
    'comment:add': (input, { viewer }) => comments.add(input, viewer.trainer?.name ?? null),
    'comment:resolve': ({ id, resolved }) => comments.setResolved(id, resolved),
  };
}
