import { query } from '../../channel';
import { reviewQueueInput, type ReviewQueue } from './schemas';

export const reviewChannels = {
  'review:queue': query<ReviewQueue>()(reviewQueueInput, ['quote', 'comment', 'ambassador']),
};
