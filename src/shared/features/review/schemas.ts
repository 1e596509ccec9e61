import type { Comment } from '../comments/schemas';
import type { Quote } from '../quotes/schemas';

export interface ReviewQueue {
  quotes: Array<{ quote: Quote; ambassadorName: string }>;
  comments: Array<{ comment: Comment; ambassadorName: string }>;
}
