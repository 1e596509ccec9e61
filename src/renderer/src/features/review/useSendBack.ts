import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { quoteTextHash } from '../../../../shared/features/quotes/text-hash';
import { invalidateTopics, useChannelMutation } from '../../api/channel-query';
import type { Result } from '../../api/result';

/**
 * The trainer's "send back" on a quote in review, bound to the text shown (`quote`, whose hash goes along): the comment on the quote's text is added first, so the
 * ambassador sees why it came back. The backend checks the role; the UI only offers it.
 */
export function useSendBack(): { run(quote: Quote, comment: string): Promise<Result<Quote>>; busy: boolean } {
  const addComment = useChannelMutation('comment:add');
  const transition = useChannelMutation('quote:transition');
  const queryClient = useQueryClient();
  const run = async (quote: Quote, comment: string): Promise<Result<Quote>> => {
    const added = await addComment.run({ targetType: 'quote', targetId: quote.id, field: 'text', body: comment });
    if (!added.ok) return added;
    const result = await transition.run({ id: quote.id, action: 'sendBack', textHash: quoteTextHash(quote) });
    // Refused because the text changed elsewhere: load the new text, so the trainer reads it first.
    if (!result.ok && result.error.code === 'CONFLICT') await invalidateTopics(queryClient, ['quote']);
    return result;
  };
  return { run, busy: addComment.busy || transition.busy };
}
