import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { CohortCreateForm } from '../../components/CohortCreateForm';
import { EmptyState } from '../../components/EmptyState';
import { useAccess } from '../access/queries';
import type { ChannelQuery } from '../../api/channel-query';
import { CohortPanel } from './CohortPanel';
import { TrainerOnlyReason } from './TrainerOnlyNote';

/** A media date as the person's own locale writes it. */
function formatDate(iso: string): string {
  if (!iso) return 'No media date yet';
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The cohorts on this laptop as cards (open one, create one), then the open cohort's details and people. */
export function CohortsTab({
  cohorts,
  current,
  choose,
}: {
  cohorts: ChannelQuery<Cohort[]>;
  current: Cohort | null;
  choose(id: string): Promise<void>;
}) {
  const access = useAccess();
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const currentId = current?.id ?? null;
  const visible = (cohorts.data ?? []).filter((c) => showArchived || c.archivedAt === null || c.id === currentId);

  const onCreated = async (cohort: Cohort) => {
    setCreating(false);
    await choose(cohort.id);
  };

  return (
    <Stack gap="xl">
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

      <Modal
        opened={creating}
        closeButtonProps={{ 'aria-label': 'Close' }}
        onClose={() => setCreating(false)}
        title="New cohort"
        size="lg"
      >
        {creating ? <CohortCreateForm onCreated={onCreated} /> : null}
      </Modal>
    </Stack>
  );
}
