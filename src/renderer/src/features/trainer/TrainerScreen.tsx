import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { CohortCreateForm } from '../../components/CohortCreateForm';
import { EmptyState } from '../../components/EmptyState';
import { Note } from '../../components/Note';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { useAccess } from '../access/queries';
import { BetweenLaptops } from '../bundles/BetweenLaptops';
import { useCohorts } from '../cohorts/queries';
import { ReviewQueue } from '../review/ReviewQueue';
import { useSettings } from '../settings/queries';
import { CohortPanel } from './CohortPanel';
import { TrainerOnlyReason } from './TrainerOnlyNote';

function formatDate(iso: string): string {
  if (!iso) return 'No media date yet';
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function TrainerScreen() {
  const { settings, update } = useSettings();
  const access = useAccess();
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const cohorts = useCohorts(true);
  const all = cohorts.data ?? [];
  const currentId = settings?.currentCohortId ?? null;
  const visible = all.filter((c) => showArchived || c.archivedAt === null || c.id === currentId);
  const current = all.find((c) => c.id === currentId) ?? null;

  const choose = async (id: string) => {
    const result = await update({ currentCohortId: id });
    if (!result.ok) notifyError(result.error, 'Could not open that cohort');
  };

  const onCreated = async (cohort: Cohort) => {
    setCreating(false);
    await choose(cohort.id);
  };

  return (
    <>
      <PageHeader
        title="Trainer"
        intro="Review quotes and comments, set up the groups you train (cohorts), keep the details the press will need, and open each ambassador's profile."
      />
      <Stack gap="xl" maw={1000}>
        <ReviewQueue />

        <Stack gap="sm" component="section" aria-labelledby="cohorts-heading">
          <Group justify="space-between">
            <Title order={2} id="cohorts-heading">
              Cohorts
            </Title>
            <Group>
              <Switch
                label="Show archived cohorts"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.currentTarget.checked)}
              />
              {access.isTrainer ? (
                <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                  New cohort
                </Button>
              ) : null}
            </Group>
          </Group>
          {access.loading || access.isTrainer ? null : (
            <TrainerOnlyReason>Only a trainer can create a cohort.</TrainerOnlyReason>
          )}
          {cohorts.error ? <Text>{cohorts.error.message}</Text> : null}
          {cohorts.data && visible.length === 0 ? (
            <EmptyState title="No cohorts yet" order={3}>
              {access.isTrainer
                ? "A cohort is a group of ambassadors you train together, such as this year's residential. Create one to get started."
                : 'A cohort is a group of ambassadors trained together, such as this year’s residential. Your trainer creates it.'}
            </EmptyState>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {visible.map((cohort) => {
              const selected = cohort.id === currentId;
              return (
                <Card
                  key={cohort.id}
                  withBorder
                  radius="md"
                  padding="md"
                  style={selected ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
                >
                  <Stack gap={6} h="100%" justify="space-between" align="flex-start">
                    <Title order={3} size="h4">
                      {cohort.name}
                    </Title>
                    {cohort.archivedAt ? <Badge variant="default">Archived</Badge> : null}
                    <Text size="sm">{cohort.organisation || 'No organisation yet'}</Text>
                    <Text size="sm">Media date: {formatDate(cohort.mediaDate)}</Text>
                    <Button
                      variant={selected ? 'filled' : 'default'}
                      size="xs"
                      onClick={() => void choose(cohort.id)}
                      aria-label={`Open ${cohort.name}`}
                      aria-pressed={selected}
                    >
                      Open
                    </Button>
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        </Stack>

        {current ? <CohortPanel cohort={current} /> : null}

        <BetweenLaptops cohort={current} />

        <Note title="Coming soon">
          A projector view with a stage timer and the agenda for the two days are on their way.
        </Note>
      </Stack>

      <Modal
        opened={creating}
        closeButtonProps={{ 'aria-label': 'Close' }}
        onClose={() => setCreating(false)}
        title="New cohort"
        size="lg"
      >
        {creating ? <CohortCreateForm onCreated={onCreated} /> : null}
      </Modal>
    </>
  );
}
