import { useCallback } from 'react';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useApi } from '../../api/ApiProvider';
import type { Result } from '../../api/result';

/** The trainer's two decisions on a quote in review. The backend checks the role; the UI only offers them. */
export function useQuoteReview() {
  const api = useApi();

  const approve = useCallback(
    (quote: Quote): Promise<Result<Quote>> => api['quote:transition']({ id: quote.id, action: 'approve' }),
    [api],
  );

  /** Adds the trainer's comment on the quote's text first, so the ambassador sees why it came back. */
  const sendBack = useCallback(
    async (quote: Quote, comment: string): Promise<Result<Quote>> => {
      const added = await api['comment:add']({ targetType: 'quote', targetId: quote.id, field: 'text', body: comment });
      if (!added.ok) return added;
      return api['quote:transition']({ id: quote.id, action: 'sendBack' });
    },
    [api],
  );

  return { approve, sendBack };
}
