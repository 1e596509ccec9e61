import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useChannelMutation } from '../../api/channel-query';
import type { Result } from '../../api/result';

/**
 * The trainer's "send back" on a quote in review: the comment on the quote's text is added first, so the
 * ambassador sees why it came back. The backend checks the role; the UI only offers it.
 */
export function useSendBack(): { run(quote: Quote, comment: string): Promise<Result<Quote>>; busy: boolean } {
  const addComment = useChannelMutation('comment:add');
  const transition = useChannelMutation('quote:transition');
  const run = async (quote: Quote, comment: string): Promise<Result<Quote>> => {
    const added = await addComment.run({ targetType: 'quote', targetId: quote.id, field: 'text', body: comment });
    if (!added.ok) return added;
    return transition.run({ id: quote.id, action: 'sendBack' });
  };
  return { run, busy: addComment.busy || transition.busy };
}
