export interface SearchResult {
  entityType: 'house' | 'quote' | 'comment';
  entityId: string;
  ambassadorId: string;
  ambassadorName: string;
  title: string;
  /** Matching text with the matched words wrapped in [ and ]. */
  snippet: string;
}
