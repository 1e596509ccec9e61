import type { quoteChannels } from '../../../shared/features/quotes/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { whoIsCalling } from '../../backend/who';

export function quoteHandlers({ services }: HandlerEnv): FeatureHandlers<typeof quoteChannels> {
  const { quotes } = services;
  return {
    'quote:list': ({ ambassadorId }) => quotes.list(ambassadorId),
    'quote:summaries': ({ ambassadorId, offset, limit }) => quotes.page(ambassadorId, offset, limit),
    'quote:get': ({ id }) => quotes.get(id),
    'quote:create': ({ ambassadorId, fields }) => quotes.create(ambassadorId, fields),
    'quote:update': ({ id, baseVersion, patch, keepReplaced }) => quotes.update(id, baseVersion, patch, keepReplaced),
    'quote:transition': ({ id, action, acknowledgedFindings, textHash }, { viewer }) =>
      quotes.transition(id, action, viewer.trainer?.name ?? '', acknowledgedFindings, textHash),
    'quote:reviseApproved': ({ id }) => quotes.reviseApproved(id),
    'quote:delete': ({ id }, { viewer }) => ({ trashId: quotes.remove(id, whoIsCalling(viewer, services)) }),
  };
}
