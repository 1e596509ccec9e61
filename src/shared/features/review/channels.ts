import { z } from 'zod';
import { query } from '../../channel';
import { idSchema } from '../../fields';
import type { ReviewQueue } from './schemas';

export const reviewChannels = {
  'review:queue': query<ReviewQueue>()(z.strictObject({ cohortId: idSchema.optional() }), [
    'quote',
    'comment',
    'ambassador',
  ]),
};
