import type { quoteChannels } from '../../../shared/features/quotes/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function quoteHandlers({ services: { quotes } }: HandlerEnv): FeatureHandlers<typeof quoteChannels> {
  return {
    'quote:list': ({ ambassadorId }) => quotes.list(ambassadorId),
    'quote:get': ({ id }) => quotes.get(id),
    'quote:create': ({ ambassadorId, fields }) => quotes.create(ambassadorId, fields),
    'quote:update': ({ id, patch }) => quotes.update(id, patch),
    'quote:transition': ({ id, action, acknowledgedFindings }, { viewer }) =>
      quotes.transition(id, action, viewer.trainer?.name ?? '', acknowledgedFindings),
    'quote:reviseApproved': ({ id }) => quotes.reviseApproved(id),
    'quote:delete': ({ id }) => {
      quotes.remove(id);
      return null;
    },
  };
}
