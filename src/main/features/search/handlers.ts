import type { searchChannels } from '../../../shared/features/search/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function searchHandlers({ services: { search } }: HandlerEnv): FeatureHandlers<typeof searchChannels> {
  return {
    'search:query': ({ text }) => search.query(text),
  };
}
