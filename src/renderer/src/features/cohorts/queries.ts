import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useCohorts(includeArchived = false): ChannelQuery<Cohort[]> {
  return useChannelQuery('cohort:list', { includeArchived });
}
