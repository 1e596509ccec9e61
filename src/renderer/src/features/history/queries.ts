import type { RevisionEntityType, RevisionSummary } from '../../../../shared/features/history/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useRevisions(entityType: RevisionEntityType, entityId: string | null): ChannelQuery<RevisionSummary[]> {
  return useChannelQuery('revision:list', entityId ? { entityType, entityId } : null);
}
