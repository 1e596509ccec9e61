import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconCheck, IconCopy, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { STATUS_LABELS, type Quote, type QuoteAction } from '../../../../shared/features/quotes/schemas';
import { useApi } from '../../api/ApiProvider';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatLong } from '../comments/format';
import { SendBackModal } from '../review/SendBackModal';
import { useQuoteReview } from '../review/useQuoteReview';
import { STATUS_COLORS } from './labels';
import { useRole } from '../trainer-mode/queries';

const EXPLAIN: Record<Quote['status'], string> = {
  draft: 'A draft: only you and your trainer see it. When you are happy with it, send it for review.',
  in_review: 'Waiting for your trainer. The text is locked while it is reviewed; the consent notes stay yours to change.',
  approved: 'Approved: it can be used where your consent notes say. The text is locked. To change it, edit it as a new draft.',
  retired: 'Retired: it will not be used again.',
};

/**
 * Where the quote is in its life (draft, in review, approved, retired), who approved it and when, and the
 * buttons that move it on. Before any move, unsaved typing is saved.
 */
export function QuoteStatusPanel({
  quote,
  beforeChange,
  onOpenQuote,
}: {
  quote: Quote;
  /** Saves pending edits first, so a status change never races an autosave. */
  beforeChange(): Promise<void>;
  onOpenQuote(id: string): void;
}) {
  const api = useApi();
  const { isTrainer } = useRole();
  const review = useQuoteReview();
  const [busy, setBusy] = useState<string | null>(null);
  const [sendingBack, setSendingBack] = useState<Quote | null>(null);

  const transition = async (action: QuoteAction, done: string) => {
    setBusy(action);
    await beforeChange();
    const result = action === 'approve' ? await review.approve(quote) : await api['quote:transition']({ id: quote.id, action });
    setBusy(null);
    if (!result.ok) {
      notifyError(result.error, 'The quote did not change');
      return;
    }
    notifySuccess(done);
  };

  const confirmRetire = () =>
    modals.openConfirmModal({
      title: 'Retire this quote?',
      children: <Text>It stays in your list under Retired, but it will not be used again. This cannot be undone.</Text>,
      labels: { confirm: 'Retire', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: () => void transition('retire', 'The quote is retired.'),
    });

  const reviseApproved = async () => {
    setBusy('revise');
    await beforeChange();
    const result = await api['quote:reviseApproved']({ id: quote.id });
    setBusy(null);
    if (!result.ok) {
      notifyError(result.error, 'No new draft was made');
      return;
    }
    notifySuccess('A new draft with the same text is open. The approved quote stays as it was.', 'New draft');
    onOpenQuote(result.value.id);
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="quote-status">
      <Stack gap="sm">
        <Group gap="sm">
          <Text fw={700}>Status:</Text>
          <Badge color={STATUS_COLORS[quote.status]} autoContrast tt="none" size="lg">
            {STATUS_LABELS[quote.status]}
          </Badge>
        </Group>
        <Text>{EXPLAIN[quote.status]}</Text>
        {quote.approvedBy && quote.approvedAt ? (
          <Text fw={500} data-testid="approval">
            Approved by {quote.approvedBy} on {formatLong(quote.approvedAt)}.
          </Text>
        ) : null}
        {quote.consentWithdrawn ? (
          <Text fw={600} style={{ color: 'var(--mantine-color-error)' }}>
            Consent is withdrawn: this quote must not be used.
          </Text>
        ) : null}
        <Group gap="sm">
          {quote.status === 'draft' ? (
            <Button
              leftSection={<IconSend size={18} aria-hidden />}
              onClick={() => void transition('submit', 'Sent for review. Your trainer will look at it.')}
              loading={busy === 'submit'}
            >
              Send for review
            </Button>
          ) : null}
          {quote.status === 'in_review' && isTrainer ? (
            <>
              <Button
                color="teal.9"
                leftSection={<IconCheck size={18} aria-hidden />}
                onClick={() => void transition('approve', 'The quote is approved.')}
                loading={busy === 'approve'}
              >
                Approve
              </Button>
              <Button variant="default" onClick={() => setSendingBack(quote)}>
                Send back
              </Button>
            </>
          ) : null}
          {quote.status === 'approved' ? (
            <Button leftSection={<IconCopy size={18} aria-hidden />} onClick={() => void reviseApproved()} loading={busy === 'revise'}>
              Edit as new draft
            </Button>
          ) : null}
          {quote.status !== 'retired' ? (
            <Button variant="default" leftSection={<IconArchive size={18} aria-hidden />} onClick={confirmRetire} loading={busy === 'retire'}>
              Retire
            </Button>
          ) : null}
        </Group>
      </Stack>
      <SendBackModal quote={sendingBack} onClose={() => setSendingBack(null)} />
    </Paper>
  );
}
