import type { searchChannels } from '../../../shared/features/search/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

/** Matches no ambassador: a window with no workspace open finds nothing. */
const NO_WORKSPACE = 'no-workspace';

export function searchHandlers({ services: { search } }: HandlerEnv): FeatureHandlers<typeof searchChannels> {
  return {
    // An ambassador searches their own work; a trainer everyone's, archived people only when asked.
    'search:query': ({ text, includeArchived }, { viewer }) =>
      search.query(
        text,
        viewer.trainer
          ? { only: null, includeArchived: includeArchived ?? false }
          : { only: viewer.ambassadorId ?? NO_WORKSPACE, includeArchived: false },
      ),
  };
}
