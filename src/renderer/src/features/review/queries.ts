import type { QuoteFinding } from '../../../../shared/features/quotes/approval';
import type { ReviewQueue } from '../../../../shared/features/review/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';
import type { ReviewFilter } from './ReviewFilters';

/**
 * One window of the queue's quotes under the filters (the backend filters and counts), with the open comments;
 * the whole laptop when no cohort is chosen. The last window stays on screen while the next one loads.
 */
export function useReviewQueue(
  cohortId: string | null,
  filter: ReviewFilter,
  rows: { offset: number; limit: number },
): ChannelQuery<ReviewQueue> {
  return useChannelQuery(
    'review:queue',
    {
      ...(cohortId ? { cohortId } : {}),
      ...(filter.ambassadorId ? { ambassadorId: filter.ambassadorId } : {}),
      status: filter.status,
      ...(filter.onlyWithFindings ? { hasFindings: true } : {}),
      offset: rows.offset,
      limit: rows.limit,
    },
    { keepPrevious: true },
  );
}

/**
 * The backend's findings on one quote in review, as the queue holds them: approval is checked against these
 * ids, so the quote editor asks the same place instead of running its own copy of the checks. `undefined`
 * while loading; none when the queue no longer holds the quote (the backend still checks on approval).
 */
export function useQuoteFindings(quoteId: string, enabled: boolean): QuoteFinding[] | undefined {
  const queue = useChannelQuery('review:queue', enabled ? { quoteId } : null);
  if (!queue.data) return undefined;
  return queue.data.quotes.find((entry) => entry.quote.id === quoteId)?.findings ?? [];
}
