import type { RehearsalSession } from '../../../../shared/features/rehearsal/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useRehearsalSessions(ambassadorId: string | null): ChannelQuery<RehearsalSession[]> {
  return useChannelQuery('rehearsal:list', ambassadorId ? { ambassadorId } : null);
}

export function useRehearsalSession(id: string | null): ChannelQuery<RehearsalSession> {
  return useChannelQuery('rehearsal:get', id ? { id } : null);
}

/** Questions whose next rehearsal is due now (spaced repetition), for Home. */
export function useDueCount(ambassadorId: string | null): ChannelQuery<number> {
  return useChannelQuery('rehearsal:dueCount', ambassadorId ? { ambassadorId } : null);
}
