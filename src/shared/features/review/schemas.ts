import type { Comment } from '../comments/schemas';
import type { QuoteFinding } from '../quotes/approval';
import type { Quote } from '../quotes/schemas';

export interface ReviewQueue {
  /** `findings`: the quote's open safeguarding and language findings, shown before anyone approves it. */
  quotes: Array<{ quote: Quote; ambassadorName: string; findings: QuoteFinding[] }>;
  comments: Array<{ comment: Comment; ambassadorName: string }>;
}
