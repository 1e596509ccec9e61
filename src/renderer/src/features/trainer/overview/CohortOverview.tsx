import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Cohort } from '../../../../../shared/features/cohorts/schemas';
import type { CohortOverview as Overview } from '../../../../../shared/features/cohorts/overview-schemas';
import { useChannelQuery } from '../../../api/channel-query';
import { useOpenWork } from '../../../app/useOpenWork';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useAccess } from '../../access/queries';
import { TrainerOnlyNote } from '../TrainerOnlyNote';
import { FollowUpList } from '../../interviews/FollowUpList';
import { filterOverview, OVERVIEW_VIEW_LABELS, OVERVIEW_VIEWS, viewCounts, type OverviewView } from './overview-filter';
import type { OverviewActions } from './OverviewCells';
import { OverviewTable } from './OverviewTable';
import { useOpenAmbassadorScreen } from './useOpenAmbassadorScreen';

function useOverviewActions(onReview: (ambassadorId: string) => void): OverviewActions {
  const openWork = useOpenWork();
  const openScreen = useOpenAmbassadorScreen();
  return useMemo(
    () => ({
      openProfile: (row) => void openScreen(row.ambassadorId, 'profile'),
      openHouse: (row) => void openWork(row.ambassadorId, 'house', row.primaryHouse?.id ?? null),
      openQuote: (row, quoteId) => void openWork(row.ambassadorId, 'quote', quoteId),
      openReview: (row) => onReview(row.ambassadorId),
      openRehearsals: (row) => void openScreen(row.ambassadorId, 'interview-practice'),
      openSheet: (row) => void openScreen(row.ambassadorId, 'message-sheet'),
    }),
    [openWork, openScreen, onReview],
  );
}

function summary(data: Overview): string {
  const ready = data.rows.filter((r) => r.sheet.ready).length;
  const waiting = data.rows.reduce((sum, r) => sum + r.quotes.in_review, 0);
  const comments = data.rows.reduce((sum, r) => sum + r.openComments, 0);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    count(data.rows.length, 'ambassador', 'ambassadors'),
    count(ready, 'sheet ready', 'sheets ready'),
    count(waiting, 'quote waiting for review', 'quotes waiting for review'),
    count(comments, 'open comment', 'open comments'),
  ].join(' · ');
}

/**
 * The Trainer home: how far each ambassador of the open cohort has got, and what needs the trainer next.
 * Filtering and search run here (a cohort is tens of people); the backend counts everything in a few queries.
 */
export function CohortOverview({
  cohort,
  onReview,
  onChooseCohort,
}: {
  cohort: Cohort | null;
  /** Shows the review queue narrowed to one ambassador. */
  onReview(ambassadorId: string): void;
  /** Shows where a cohort is chosen. */
  onChooseCohort(): void;
}) {
  const access = useAccess();
  const [view, setView] = useState<OverviewView>('all');
  const [search, setSearch] = useState('');
  const query = useChannelQuery('cohort:overview', cohort && access.isTrainer ? { cohortId: cohort.id } : null);
  const actions = useOverviewActions(onReview);

  if (access.loading) return null;
  if (!access.isTrainer) {
    return (
      <TrainerOnlyNote>
        Only a trainer can see the whole cohort’s progress. Unlock trainer mode to see it.
      </TrainerOnlyNote>
    );
  }
  if (!cohort) {
    return (
      <EmptyState
        title="No cohort is open"
        order={2}
        action={<Button onClick={onChooseCohort}>Choose a cohort</Button>}
      >
        The overview shows how far each ambassador in a cohort has got. Open or create a cohort first.
      </EmptyState>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="overview-heading">
      <Title order={2} id="overview-heading">
        {cohort.name}: overview
      </Title>
      <QueryView query={query} loadingLabel="Loading the overview…" errorTitle="The overview could not be loaded">
        {(data) => {
          if (data.rows.length === 0) {
            return (
              <EmptyState
                title="No ambassadors in this cohort yet"
                order={3}
                action={<Button onClick={onChooseCohort}>Add ambassadors</Button>}
              >
                Add the people you are training on the Cohorts tab; their progress shows here.
              </EmptyState>
            );
          }
          const counts = viewCounts(data.rows);
          const shown = filterOverview(data.rows, view, search);
          return (
            <>
              <Text>{summary(data)}</Text>
              <Group align="flex-end" gap="md">
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="overview-view-label">
                    Show
                  </Text>
                  <SegmentedControl
                    aria-labelledby="overview-view-label"
                    value={view}
                    onChange={(value) => setView(OVERVIEW_VIEWS.find((v) => v === value) ?? 'all')}
                    data={OVERVIEW_VIEWS.map((v) => ({ value: v, label: `${OVERVIEW_VIEW_LABELS[v]} (${counts[v]})` }))}
                  />
                </Stack>
                <TextInput
                  label="Find an ambassador"
                  placeholder="Name"
                  leftSection={<IconSearch size={16} aria-hidden />}
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  w={220}
                />
              </Group>
              {shown.length === 0 ? (
                <Text>No ambassador matches. Choose “Everyone” or clear the search.</Text>
              ) : (
                <OverviewTable
                  rows={shown}
                  actions={actions}
                  caption={`${shown.length} of ${data.rows.length} ambassadors shown`}
                />
              )}
            </>
          );
        }}
      </QueryView>
      <FollowUpList cohortId={cohort.id} />
    </Stack>
  );
}
