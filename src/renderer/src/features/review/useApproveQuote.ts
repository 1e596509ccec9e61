import { useState } from 'react';
import type { QuoteFinding } from '../../../../shared/features/quotes/approval';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { quoteTextHash } from '../../../../shared/features/quotes/text-hash';
import { invalidateTopics, useChannelMutation } from '../../api/channel-query';
import type { Result } from '../../api/result';
import { approvalBlocker } from './approval-reason';

export interface ApproveQuote {
  /** The trainer ticked that they read every finding shown now (a new or changed finding unticks it). */
  read: boolean;
  setRead(read: boolean): void;
  /** One line on why Approve is not available, or null. */
  blocker: string | null;
  busy: boolean;
  run(): Promise<Result<Quote>>;
}

/**
 * Approval with eyes open, bound to the text shown (`quote` is what the screen displays; its hash goes along): the trainer's tick covers the findings shown when they ticked, and those ids go to
 * the backend, which refuses the approval if any open finding is not among them.
 */
export function useApproveQuote(quote: Quote, findings: readonly QuoteFinding[] | undefined): ApproveQuote {
  const mutation = useChannelMutation('quote:transition');
  const queryClient = useQueryClient();
  const [readIds, setReadIds] = useState<readonly string[]>([]);
  const shown = findings ?? [];
  const read = shown.every((f) => readIds.includes(f.id));
  return {
    read: shown.length > 0 && read,
    setRead: (value) => setReadIds(value ? shown.map((f) => f.id) : []),
    blocker: approvalBlocker(quote, findings, read),
    busy: mutation.busy,
    run: async () => {
      const textHash = quoteTextHash(quote);
      const result = await mutation.run({
        id: quote.id,
        action: 'approve',
        acknowledgedFindings: [...readIds],
        textHash,
      });
      // Refused because the text changed elsewhere: load the new text, so the trainer reads it before approving.
      if (!result.ok && result.error.code === 'CONFLICT') await invalidateTopics(queryClient, ['quote']);
      return result;
    },
  };
}
