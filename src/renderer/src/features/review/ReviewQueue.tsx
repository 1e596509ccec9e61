import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { Note } from '../../components/Note';
import { QueryView } from '../../components/QueryView';
import { useCohorts } from '../cohorts/queries';
import { useSettings } from '../settings/queries';
import { useModeSwitch } from '../access/useModeSwitch';
import { useReviewQueue } from './queries';
import { ReviewCommentCard, ReviewQuoteCard } from './ReviewCards';
import { SendBackModal } from './SendBackModal';

/**
 * The trainer's queue at the residential: quotes waiting for approval and open comments, for the current cohort
 * (or every ambassador on this laptop). Approving and sending back need trainer mode; the backend checks it too.
 */
export function ReviewQueue() {
  const { settings } = useSettings();
  const cohorts = useCohorts(true);
  const mode = useModeSwitch();
  const [allOnLaptop, setAllOnLaptop] = useState(false);
  const [sendingBack, setSendingBack] = useState<Quote | null>(null);
  const cohortId = settings?.currentCohortId ?? null;
  const cohort = cohorts.data?.find((c) => c.id === cohortId) ?? null;
  const scope = cohort && !allOnLaptop ? cohort.id : null;
  const queue = useReviewQueue(scope);

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
            <Button variant="default" size="xs" onClick={() => mode.unlockTrainer()}>
              Switch to trainer mode
            </Button>
          </Stack>
        </Note>
      ) : null}
      {mode.modal}

      <QueryView query={queue} loadingLabel="Loading the queue…" errorTitle="The review queue could not be loaded">
        {({ quotes, comments }) => (
          <>
            <Stack gap="xs" component="section" aria-labelledby="review-quotes-heading">
              <Title order={3} id="review-quotes-heading">
                Quotes waiting for approval ({quotes.length})
              </Title>
              {quotes.length === 0 ? <Text>No quotes are waiting. Well done, everyone.</Text> : null}
              {quotes.map((item) => (
                <ReviewQuoteCard
                  key={item.quote.id}
                  item={item}
                  isTrainer={mode.isTrainer}
                  onSendBack={() => setSendingBack(item.quote)}
                />
              ))}
            </Stack>

            <Stack gap="xs" component="section" aria-labelledby="review-comments-heading">
              <Title order={3} id="review-comments-heading">
                Open comments ({comments.length})
              </Title>
              {comments.length === 0 ? <Text>No open comments.</Text> : null}
              {comments.map((item) => (
                <ReviewCommentCard key={item.comment.id} item={item} />
              ))}
            </Stack>
          </>
        )}
      </QueryView>
      <SendBackModal quote={sendingBack} onClose={() => setSendingBack(null)} />
    </Stack>
  );
}
