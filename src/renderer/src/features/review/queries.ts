import type { ReviewQueue } from '../../../../shared/features/review/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** Quotes waiting for approval and open comments; the whole laptop when no cohort is chosen. */
export function useReviewQueue(cohortId: string | null, enabled = true): ChannelQuery<ReviewQueue> {
  return useChannelQuery('review:queue', enabled ? (cohortId ? { cohortId } : {}) : null);
}
