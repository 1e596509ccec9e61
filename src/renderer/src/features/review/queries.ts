import type { QuoteFinding } from '../../../../shared/features/quotes/approval';
import type { ReviewQueue } from '../../../../shared/features/review/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** Quotes waiting for approval and open comments; the whole laptop when no cohort is chosen. */
export function useReviewQueue(cohortId: string | null, enabled = true): ChannelQuery<ReviewQueue> {
  return useChannelQuery('review:queue', enabled ? (cohortId ? { cohortId } : {}) : null);
}

/**
 * The backend's findings on one quote in review, as the queue holds them: approval is checked against these
 * ids, so the quote editor asks the same place instead of running its own copy of the checks. `undefined`
 * while loading; none when the queue no longer holds the quote (the backend still checks on approval).
 */
export function useQuoteFindings(quoteId: string, enabled: boolean): QuoteFinding[] | undefined {
  const queue = useReviewQueue(null, enabled);
  if (!queue.data) return undefined;
  return queue.data.quotes.find((entry) => entry.quote.id === quoteId)?.findings ?? [];
}
