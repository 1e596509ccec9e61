import { z } from 'zod';
import type { Comment } from '../comments/schemas';
import type { QuoteFinding } from '../quotes/approval';
import { QUOTE_STATUSES, type Quote } from '../quotes/schemas';
import { pageSchema } from '../quotes/summaries';
import { idSchema } from '../../fields';

/**
 * What the queue shows. Every filter is optional: `{}` is every quote waiting for approval and every open
 * comment on the laptop. `status` defaults to in review; `offset`/`limit` ask for one window of the quotes.
 */
export const reviewQueueInput = z.strictObject({
  cohortId: idSchema.optional(),
  ambassadorId: idSchema.optional(),
  /** Just this quote (its findings, for the quote editor). */
  quoteId: idSchema.optional(),
  status: z.enum(QUOTE_STATUSES).optional(),
  /** true: only quotes with open findings; false: only quotes without. */
  hasFindings: z.boolean().optional(),
  offset: pageSchema.offset.optional(),
  limit: pageSchema.limit.optional(),
});
export type ReviewQueueInput = z.infer<typeof reviewQueueInput>;

export interface ReviewQueue {
  /** `findings`: the quote's open safeguarding and language findings, shown before anyone approves it. */
  quotes: Array<{ quote: Quote; ambassadorName: string; findings: QuoteFinding[] }>;
  /** How many quotes match the filters (`quotes` holds only the window asked for). */
  total: number;
  /** Where `quotes` starts in the whole filtered list. */
  offset: number;
  comments: Array<{ comment: Comment; ambassadorName: string }>;
}
