import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { Note } from '../../components/Note';
import { QueryView } from '../../components/QueryView';
import { useCohorts } from '../cohorts/queries';
import { useSettings } from '../settings/queries';
import { useListWindow } from '../../components/useListWindow';
import { useModeSwitch } from '../access/useModeSwitch';
import { useReviewQueue } from './queries';
import { ReviewCommentCard } from './ReviewCards';
import { ReviewFilters, type ReviewFilter } from './ReviewFilters';
import { ReviewQuoteList } from './ReviewQuoteList';
import { SendBackModal } from './SendBackModal';

const QUOTES_HEADING: Record<ReviewFilter['status'], string> = {
  draft: 'Drafts',
  in_review: 'Quotes waiting for approval',
  approved: 'Approved quotes',
  retired: 'Retired quotes',
};

/**
 * The trainer's queue at the residential: quotes waiting for approval and open comments, for the current cohort
 * (or every ambassador on this laptop), narrowed by ambassador, status and findings in the backend. The quotes
 * are a virtual list read a window at a time. Approving and sending back need trainer mode; the backend checks it too.
 * The filter is the Trainer screen's, so the overview can open the queue narrowed to one ambassador.
 */
export function ReviewQueue({
  filter,
  onFilterChange: setFilter,
}: {
  filter: ReviewFilter;
  onFilterChange(filter: ReviewFilter): void;
}) {
  const { settings } = useSettings();
  const cohorts = useCohorts(true);
  const mode = useModeSwitch();
  const [allOnLaptop, setAllOnLaptop] = useState(false);
  const [sendingBack, setSendingBack] = useState<Quote | null>(null);
  const cohortId = settings?.currentCohortId ?? null;
  const cohort = cohorts.data?.find((c) => c.id === cohortId) ?? null;
  const scope = cohort && !allOnLaptop ? cohort.id : null;
  // Review cards are tall (about three in view) and each one's findings are worked out when it is loaded, so the
  // window moves ten at a time: the first load checks 30 quotes instead of 60, half the wait for the queue.
  const rows = useListWindow(10);
  const queue = useReviewQueue(scope, filter, rows);

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
            onChange={(event) => {
              setAllOnLaptop(event.currentTarget.checked);
              setFilter({ ...filter, ambassadorId: null });
            }}
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
      <ReviewFilters cohortId={scope} filter={filter} onChange={setFilter} />

      <QueryView query={queue} loadingLabel="Loading the queue…" errorTitle="The review queue could not be loaded">
        {(loaded) => (
          <>
            <Stack gap="xs" component="section" aria-labelledby="review-quotes-heading">
              <Title order={3} id="review-quotes-heading">
                {QUOTES_HEADING[filter.status]} ({loaded.total.toLocaleString()})
              </Title>
              {loaded.total === 0 ? <Text>{emptyLine(filter)}</Text> : null}
              <ReviewQuoteList
                // A new filter starts at the top of its own list.
                key={JSON.stringify([scope, filter])}
                queue={loaded}
                labelledBy="review-quotes-heading"
                isTrainer={mode.isTrainer}
                onRangeChange={rows.onRangeChange}
                onSendBack={(item) => setSendingBack(item.quote)}
              />
            </Stack>

            <Stack gap="xs" component="section" aria-labelledby="review-comments-heading">
              <Title order={3} id="review-comments-heading">
                Open comments ({loaded.comments.length})
              </Title>
              {loaded.comments.length === 0 ? <Text>No open comments.</Text> : null}
              {loaded.comments.map((item) => (
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

function emptyLine(filter: ReviewFilter): string {
  const unfiltered = filter.ambassadorId === null && filter.status === 'in_review' && !filter.onlyWithFindings;
  if (unfiltered) return 'No quotes are waiting. Well done, everyone.';
  return 'No quotes match these filters.';
}
