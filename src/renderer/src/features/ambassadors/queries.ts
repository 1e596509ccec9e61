import type { Ambassador, AmbassadorSummary } from '../../../../shared/features/ambassadors/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useAmbassadors(includeArchived = false): ChannelQuery<AmbassadorSummary[]> {
  return useChannelQuery('ambassador:list', { includeArchived });
}

export function useCohortAmbassadors(cohortId: string | null): ChannelQuery<AmbassadorSummary[]> {
  return useChannelQuery('ambassador:list', cohortId ? { cohortId, includeArchived: true } : null);
}

export function useAmbassador(id: string | null): ChannelQuery<Ambassador> {
  return useChannelQuery('ambassador:get', id ? { id } : null);
}
