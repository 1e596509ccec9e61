import type { reviewChannels } from '../../../shared/features/review/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/** The queue across the cohort is a trainer's; an ambassador's window sees only what waits on their own work. */
export const reviewPermissions: FeaturePermissions<typeof reviewChannels> = {
  'review:queue': {
    allow: 'anyone',
    redact: (queue, viewer) => {
      if (viewer.trainer) return queue;
      const quotes = queue.quotes.filter((entry) => entry.quote.ambassadorId === viewer.ambassadorId);
      return {
        ...queue,
        quotes,
        // The handler already asked for this viewer's quotes only; when it could not, nothing else is counted.
        total: viewer.ambassadorId !== null && quotes.length === queue.quotes.length ? queue.total : quotes.length,
        comments: queue.comments.filter((entry) => entry.comment.ambassadorId === viewer.ambassadorId),
      };
    },
  },
};
