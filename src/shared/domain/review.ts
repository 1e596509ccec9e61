import type { Comment } from './comment';
import type { Quote } from './quote';

export interface ReviewQueue {
  quotes: Array<{ quote: Quote; ambassadorName: string }>;
  comments: Array<{ comment: Comment; ambassadorName: string }>;
}

export interface SearchResult {
  entityType: 'house' | 'quote' | 'comment';
  entityId: string;
  ambassadorId: string;
  ambassadorName: string;
  title: string;
  /** Matching text with the matched words wrapped in [ and ]. */
  snippet: string;
}
