import type { Quote } from '../../../../shared/features/quotes/schemas';
import type { QuotePage } from '../../../../shared/features/quotes/summaries';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** Every quote in full. Heavy with thousands: the list screen reads `useQuotePage` instead. */
export function useQuotes(ambassadorId: string | null): ChannelQuery<Quote[]> {
  return useChannelQuery('quote:list', ambassadorId ? { ambassadorId } : null);
}

/**
 * One window of the Press quotes list. While the next window loads, the last one stays (its rows are still
 * right), and a save reloads only this window.
 */
export function useQuotePage(ambassadorId: string, offset: number, limit: number): ChannelQuery<QuotePage> {
  return useChannelQuery('quote:summaries', { ambassadorId, offset, limit }, { keepPrevious: true });
}

/** The open quote in full, for its editor. */
export function useQuote(id: string | null): ChannelQuery<Quote> {
  return useChannelQuery('quote:get', id ? { id } : null);
}
