import { useCallback } from 'react';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useApi } from '../../api/ApiProvider';
import { useInvalidate } from '../../api/hooks';
import { COMMENT_DATA, QUOTE_DATA } from '../../api/hooks-writing';
import type { Result } from '../../api/result';

/** The trainer's two decisions on a quote in review. The backend checks the role; the UI only offers them. */
export function useQuoteReview() {
  const api = useApi();
  const invalidate = useInvalidate();

  const approve = useCallback(
    async (quote: Quote): Promise<Result<Quote>> => {
      const result = await api['quote:transition']({ id: quote.id, action: 'approve' });
      if (result.ok) await invalidate(...QUOTE_DATA, 'revisions:');
      return result;
    },
    [api, invalidate],
  );

  /** Adds the trainer's comment on the quote's text first, so the ambassador sees why it came back. */
  const sendBack = useCallback(
    async (quote: Quote, comment: string): Promise<Result<Quote>> => {
      const added = await api['comment:add']({ targetType: 'quote', targetId: quote.id, field: 'text', body: comment });
      if (!added.ok) return added;
      const result = await api['quote:transition']({ id: quote.id, action: 'sendBack' });
      await invalidate(...QUOTE_DATA, ...COMMENT_DATA, 'revisions:');
      return result;
    },
    [api, invalidate],
  );

  return { approve, sendBack };
}
