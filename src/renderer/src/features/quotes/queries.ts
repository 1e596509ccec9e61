import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useQuotes(ambassadorId: string | null): ChannelQuery<Quote[]> {
  return useChannelQuery('quote:list', ambassadorId ? { ambassadorId } : null);
}
