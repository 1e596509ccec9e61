import { Checkbox, Text } from '@mantine/core';
import type { QuoteFinding } from '../../../../shared/features/quotes/approval';
import type { ApproveQuote } from './useApproveQuote';

/**
 * The trainer's "I have read them" for a quote with open findings, and the one line on why Approve is not
 * available yet. Give the Approve button `aria-describedby={reasonId}` so the reason is read with it.
 */
export function ApprovalCheck({
  approval,
  findings,
  reasonId,
}: {
  approval: ApproveQuote;
  findings: readonly QuoteFinding[] | undefined;
  reasonId: string;
}) {
  const count = findings?.length ?? 0;
  return (
    <>
      {count > 0 ? (
        <Checkbox
          label={count === 1 ? 'I have read this finding' : `I have read these ${count} findings`}
          checked={approval.read}
          onChange={(event) => approval.setRead(event.currentTarget.checked)}
        />
      ) : null}
      {approval.blocker ? (
        <Text size="sm" id={reasonId} data-testid="approve-reason">
          {approval.blocker}
        </Text>
      ) : null}
    </>
  );
}
