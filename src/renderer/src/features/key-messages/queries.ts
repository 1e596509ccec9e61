import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** An ambassador's Message Houses; the cue card, the sheet and the quote editor all share this one answer. */
export function useHouses(ambassadorId: string | null): ChannelQuery<MessageHouse[]> {
  return useChannelQuery('house:list', ambassadorId ? { ambassadorId } : null);
}
