import type { Agenda } from '../../../../shared/features/agenda/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** A cohort's agenda (made from the template on first open); without facilitator notes unless a trainer asks. */
export function useAgenda(cohortId: string): ChannelQuery<Agenda> {
  return useChannelQuery('agenda:get', { cohortId });
}
