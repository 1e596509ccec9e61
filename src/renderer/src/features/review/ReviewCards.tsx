import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconExternalLink } from '@tabler/icons-react';
import { useId } from 'react';
import type { Comment } from '../../../../shared/features/comments/schemas';
import type { ReviewQueue } from '../../../../shared/features/review/schemas';
import { useOpenWork } from '../../app/useOpenWork';
import { notifyError, notifySuccess } from '../../components/notify';
import { authorLine, formatWhen } from '../comments/format';
import { ApprovalCheck } from './ApprovalCheck';
import { consentLine } from './approval-reason';
import { ReviewFindings } from './ReviewFindings';
import { useApproveQuote } from './useApproveQuote';

type QueuedQuote = ReviewQueue['quotes'][number];
type QueuedComment = ReviewQueue['comments'][number];

function fieldLabel(c: Comment): string {
  const where = c.targetType === 'house' ? 'Message House' : 'Quote';
  const field = c.field
    .replace(/^pillars\.(\d+)\.message$/u, (_m, i: string) => `key message ${Number(i) + 1}`)
    .replace(
      /^pillars\.(\d+)\.proofs\.(\d+)$/u,
      (_m, i: string, j: string) => `proof point ${Number(j) + 1} of key message ${Number(i) + 1}`,
    )
    .replace(/^variants\./u, '')
    .replace(/^box\./u, '')
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase();
  // "Quote text", not "Quote, the quote": the quote's own words are its text field.
  return field === 'text' ? `${where} text` : `${where}, ${field}`;
}

/**
 * A quote waiting for approval, with its safeguarding and language findings in full; in trainer mode with
 * Approve (held until the findings are read and consent says where) and Send back. The backend checks all of it.
 */
export function ReviewQuoteCard({
  item: { quote, ambassadorName, findings },
  isTrainer,
  onSendBack,
}: {
  item: QueuedQuote;
  isTrainer: boolean;
  onSendBack(): void;
}) {
  const openWork = useOpenWork();
  const approval = useApproveQuote(quote, findings);
  const reasonId = useId();
  // Only a quote waiting for approval can be approved or sent back (the queue can show other statuses too).
  const deciding = isTrainer && quote.status === 'in_review';

  const approveQuote = async () => {
    const result = await approval.run();
    if (!result.ok) notifyError(result.error, 'The quote was not approved');
    else notifySuccess(`${ambassadorName}’s quote is approved.`);
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="review-quote">
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={700}>{ambassadorName}</Text>
          {quote.consentWithdrawn ? (
            <Badge color="red.9" tt="none">
              Consent withdrawn
            </Badge>
          ) : null}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>“{quote.text}”</Text>
        {quote.outlet || quote.occasion ? (
          <Text size="sm">For: {[quote.outlet, quote.occasion].filter(Boolean).join(' · ')}</Text>
        ) : null}
        <Text size="sm">{consentLine(quote)}</Text>
        <ReviewFindings findings={findings} label={`Findings on the quote by ${ambassadorName}`} />
        {deciding ? <ApprovalCheck approval={approval} findings={findings} reasonId={reasonId} /> : null}
        <Group gap="xs" mt={4}>
          {deciding ? (
            <>
              <Button
                size="xs"
                color="teal.9"
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={approval.busy}
                disabled={approval.blocker !== null}
                aria-describedby={approval.blocker ? reasonId : undefined}
                onClick={() => void approveQuote()}
                aria-label={`Approve quote by ${ambassadorName}`}
              >
                Approve
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={onSendBack}
                aria-label={`Send back quote by ${ambassadorName}`}
              >
                Send back
              </Button>
            </>
          ) : null}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconExternalLink size={16} aria-hidden />}
            onClick={() => void openWork(quote.ambassadorId, 'quote', quote.id)}
            aria-label={`Open quote by ${ambassadorName}`}
          >
            Open
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** An open comment, with the way to the house or quote it is on. */
export function ReviewCommentCard({ item: { comment, ambassadorName } }: { item: QueuedComment }) {
  const openWork = useOpenWork();
  return (
    <Card withBorder radius="md" padding="sm" data-testid="review-comment">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={700}>
            {ambassadorName}: {fieldLabel(comment)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
          <Text size="xs" c="dimmed">
            {authorLine(comment)}, {formatWhen(comment.createdAt)}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="default"
          // Never squeezed by a long comment beside it (it was cut to "Ope" at 1024 px).
          style={{ flexShrink: 0 }}
          leftSection={<IconExternalLink size={16} aria-hidden />}
          onClick={() => void openWork(comment.ambassadorId, comment.targetType, comment.targetId)}
          aria-label={`Open ${comment.targetType === 'house' ? 'Message House' : 'quote'} of ${ambassadorName}`}
        >
          Open
        </Button>
      </Group>
    </Card>
  );
}
