import { Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCheck, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import type { Comment } from '../../../../shared/features/comments/schemas';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useOpenWork } from '../../app/useOpenWork';
import { Note } from '../../components/Note';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatWhen } from '../comments/format';
import { useModeSwitch } from '../trainer-mode/useModeSwitch';
import { SendBackModal } from './SendBackModal';
import { useQuoteReview } from './useQuoteReview';
import { ScreenLoader } from '../../components/ScreenLoader';
import { useCohorts } from '../cohorts/queries';
import { useSettings } from '../settings/queries';
import { useReviewQueue } from './queries';

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
  return `${where}, ${field === 'text' ? 'the quote' : field}`;
}

/**
 * The trainer's queue at the residential: quotes waiting for approval and open comments, for the current cohort
 * (or every ambassador on this laptop). Approving and sending back need trainer mode; the backend checks it too.
 */
export function ReviewQueue() {
  const { settings } = useSettings();
  const cohorts = useCohorts(true);
  const mode = useModeSwitch();
  const review = useQuoteReview();
  const openWork = useOpenWork();
  const [allOnLaptop, setAllOnLaptop] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [sendingBack, setSendingBack] = useState<Quote | null>(null);
  const cohortId = settings?.currentCohortId ?? null;
  const cohort = cohorts.data?.find((c) => c.id === cohortId) ?? null;
  const scope = cohort && !allOnLaptop ? cohort.id : null;
  const queue = useReviewQueue(scope);

  const approve = async (quote: Quote, name: string) => {
    setBusy(quote.id);
    const result = await review.approve(quote);
    setBusy(null);
    if (!result.ok) notifyError(result.error, 'The quote was not approved');
    else notifySuccess(`${name}’s quote is approved.`);
  };

  const quotes = queue.data?.quotes ?? [];
  const comments = queue.data?.comments ?? [];

  return (
    <Stack gap="md" component="section" aria-labelledby="review-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="review-heading">
            Review queue
          </Title>
          <Text>
            {scope && cohort
              ? `Quotes waiting for approval and open comments in ${cohort.name}.`
              : 'Quotes waiting for approval and open comments, for every ambassador on this laptop.'}
          </Text>
        </div>
        {cohort ? (
          <Switch
            label="Show every ambassador on this laptop"
            checked={allOnLaptop}
            onChange={(event) => setAllOnLaptop(event.currentTarget.checked)}
          />
        ) : null}
      </Group>
      {!mode.isTrainer ? (
        <Note title="Approving needs trainer mode">
          <Stack gap="xs" align="flex-start">
            <Text>Only a trainer can approve a quote or send it back.</Text>
            <Button variant="default" size="xs" onClick={() => void mode.request('trainer')}>
              Switch to trainer mode
            </Button>
          </Stack>
        </Note>
      ) : null}
      {mode.modal}
      {queue.error ? <Text>{queue.error.message}</Text> : null}
      {!queue.data && !queue.error ? <ScreenLoader label="Loading the queue…" /> : null}

      <Stack gap="xs" component="section" aria-labelledby="review-quotes-heading">
        <Title order={3} id="review-quotes-heading">
          Quotes waiting for approval ({quotes.length})
        </Title>
        {queue.data && quotes.length === 0 ? <Text>No quotes are waiting. Well done, everyone.</Text> : null}
        {quotes.map(({ quote, ambassadorName }) => (
          <Card key={quote.id} withBorder radius="md" padding="md" data-testid="review-quote">
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
              <Text size="sm">Where it may be used: {quote.consentNotes.trim() || 'not said yet'}</Text>
              <Group gap="xs" mt={4}>
                {mode.isTrainer ? (
                  <>
                    <Button
                      size="xs"
                      color="teal.9"
                      leftSection={<IconCheck size={16} aria-hidden />}
                      loading={busy === quote.id}
                      onClick={() => void approve(quote, ambassadorName)}
                      aria-label={`Approve quote by ${ambassadorName}`}
                    >
                      Approve
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setSendingBack(quote)}
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
        ))}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="review-comments-heading">
        <Title order={3} id="review-comments-heading">
          Open comments ({comments.length})
        </Title>
        {queue.data && comments.length === 0 ? <Text>No open comments.</Text> : null}
        {comments.map(({ comment, ambassadorName }) => (
          <Card key={comment.id} withBorder radius="md" padding="sm" data-testid="review-comment">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text size="sm" fw={700}>
                  {ambassadorName}: {fieldLabel(comment)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {comment.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {comment.authorName}, {formatWhen(comment.createdAt)}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconExternalLink size={16} aria-hidden />}
                onClick={() => void openWork(comment.ambassadorId, comment.targetType, comment.targetId)}
                aria-label={`Open ${comment.targetType === 'house' ? 'Message House' : 'quote'} of ${ambassadorName}`}
              >
                Open
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      <SendBackModal quote={sendingBack} onClose={() => setSendingBack(null)} />
    </Stack>
  );
}
