import type { reviewChannels } from '../../../shared/features/review/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/** The queue across the cohort is a trainer's; an ambassador's window sees only what waits on their own work. */
export const reviewPermissions: FeaturePermissions<typeof reviewChannels> = {
  'review:queue': {
    allow: 'anyone',
    redact: (queue, viewer) =>
      viewer.trainer
        ? queue
        : {
            quotes: queue.quotes.filter((entry) => entry.quote.ambassadorId === viewer.ambassadorId),
            comments: queue.comments.filter((entry) => entry.comment.ambassadorId === viewer.ambassadorId),
          },
  },
};
