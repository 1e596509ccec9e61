import type { historyChannels } from '../../../shared/features/history/channels';
import { AppError } from '../../../shared/result';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function historyHandlers({
  services: { revisions, houses, quotes },
}: HandlerEnv): FeatureHandlers<typeof historyChannels> {
  return {
    'revision:list': ({ entityType, entityId }) => revisions.list(entityType, entityId),
    'revision:get': ({ id }) => revisions.get(id),
    'revision:restore': ({ id }) => {
      const revision = revisions.get(id);
      if (revision.entityType === 'house') houses.restore(revision.entityId, revision.snapshot);
      else if (revision.entityType === 'quote') quotes.restore(revision.entityId, revision.snapshot);
      else
        throw new AppError(
          'UNSUPPORTED',
          'Profiles and cohorts are restored by editing them; this history is for reference.',
        );
      return { entityType: revision.entityType, entityId: revision.entityId };
    },
  };
}
