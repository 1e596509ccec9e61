import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArchive, IconCheck, IconCopy, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { STATUS_LABELS, type Quote, type QuoteAction } from '../../../../shared/features/quotes/schemas';
import { useChannelMutation, type ChannelMutation } from '../../api/channel-query';
import { confirmDanger } from '../../components/confirmDanger';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatLong } from '../comments/format';
import { ApprovalCheck } from '../review/ApprovalCheck';
import { useQuoteFindings } from '../review/queries';
import { ReviewFindings } from '../review/ReviewFindings';
import { SendBackModal } from '../review/SendBackModal';
import { useApproveQuote } from '../review/useApproveQuote';
import { useAccess } from '../access/queries';
import { STATUS_COLORS } from './labels';
import type { ApprovableFields } from '../../../../shared/features/quotes/text-hash';

const EXPLAIN: Record<Quote['status'], string> = {
  draft: 'A draft: only you and your trainer see it. When you are happy with it, send it for review.',
  in_review:
    'Waiting for your trainer. The text is locked while it is reviewed; the consent notes stay yours to change.',
  approved:
    'Approved: it can be used where your consent notes say. The text is locked. To change it, edit it as a new draft.',
  retired: 'Retired: it will not be used again.',
};

/** The same states told to the trainer, who is not waiting for "your trainer". */
const EXPLAIN_TO_TRAINER: Record<Quote['status'], string> = {
  draft: 'A draft: the ambassador is still writing it. It comes to your review queue when they send it for review.',
  in_review:
    'Waiting for your review. The text is locked while you review it; the ambassador can still change the consent notes.',
  approved:
    'Approved: it can be used where the ambassador’s consent notes say. The text is locked. To change it, edit it as a new draft.',
  retired: 'Retired: it will not be used again.',
};

/**
 * Where the quote is in its life (draft, in review, approved, retired), who approved it and when, and the
 * buttons that move it on. Before any move, unsaved typing is saved.
 */
export function QuoteStatusPanel({
  quote,
  shown,
  beforeChange,
  onOpenQuote,
}: {
  quote: Quote;
  /** The texts the editor shows: approving or sending back is bound to exactly these. */
  shown: ApprovableFields;
  /** Saves pending edits first, so a status change never races an autosave. */
  beforeChange(): Promise<void>;
  onOpenQuote(id: string): void;
}) {
  const { isTrainer } = useAccess();
  // One mutation per button, so only the button that was pressed shows that it is working.
  const submit = useChannelMutation('quote:transition');
  const retire = useChannelMutation('quote:transition');
  const reviewing = quote.status === 'in_review' && isTrainer;
  // The backend's findings, the ones approval is checked against (the live checks above show them as you type).
  const findings = useQuoteFindings(quote.id, reviewing);
  // What the trainer reads is the editor's text; that is what an approval or a send-back is bound to.
  const seen = { ...quote, text: shown.text, outlet: shown.outlet, occasion: shown.occasion, variants: shown.variants };
  const approval = useApproveQuote(seen, findings);
  const reasonId = useId();
  const revise = useChannelMutation('quote:reviseApproved');
  const [sendingBack, setSendingBack] = useState<Quote | null>(null);

  const transition = async (mutation: ChannelMutation<'quote:transition'>, action: QuoteAction, done: string) => {
    await beforeChange();
    const result = await mutation.run({ id: quote.id, action });
    if (!result.ok) {
      notifyError(result.error, 'The quote did not change');
      return;
    }
    notifySuccess(done);
  };

  const approve = async () => {
    await beforeChange();
    const result = await approval.run();
    if (!result.ok) {
      notifyError(result.error, 'The quote was not approved');
      return;
    }
    notifySuccess('The quote is approved.');
  };

  const confirmRetire = () =>
    confirmDanger({
      title: 'Retire this quote?',
      text: 'It stays in your list under Retired, but it will not be used again. This cannot be undone.',
      confirm: 'Retire',
      onConfirm: () => void transition(retire, 'retire', 'The quote is retired.'),
    });

  const reviseApproved = async () => {
    await beforeChange();
    const result = await revise.run({ id: quote.id });
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
        <Text>{(isTrainer ? EXPLAIN_TO_TRAINER : EXPLAIN)[quote.status]}</Text>
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
        {reviewing && findings ? (
          <ReviewFindings findings={findings} label="Findings to read before approving" />
        ) : null}
        {reviewing ? <ApprovalCheck approval={approval} findings={findings} reasonId={reasonId} /> : null}
        <Group gap="sm">
          {quote.status === 'draft' ? (
            <Button
              leftSection={<IconSend size={18} aria-hidden />}
              onClick={() => void transition(submit, 'submit', 'Sent for review. Your trainer will look at it.')}
              loading={submit.busy}
            >
              Send for review
            </Button>
          ) : null}
          {reviewing ? (
            <>
              <Button
                color="teal.9"
                leftSection={<IconCheck size={18} aria-hidden />}
                onClick={() => void approve()}
                loading={approval.busy}
                disabled={approval.blocker !== null}
                aria-describedby={approval.blocker ? reasonId : undefined}
              >
                Approve
              </Button>
              <Button variant="default" onClick={() => setSendingBack(seen)}>
                Send back
              </Button>
            </>
          ) : null}
          {quote.status === 'approved' ? (
            <Button
              leftSection={<IconCopy size={18} aria-hidden />}
              onClick={() => void reviseApproved()}
              loading={revise.busy}
            >
              Edit as new draft
            </Button>
          ) : null}
          {quote.status !== 'retired' ? (
            <Button
              variant="default"
              leftSection={<IconArchive size={18} aria-hidden />}
              onClick={confirmRetire}
              loading={retire.busy}
            >
              Retire
            </Button>
          ) : null}
        </Group>
      </Stack>
      <SendBackModal quote={sendingBack} onClose={() => setSendingBack(null)} />
    </Paper>
  );
}
