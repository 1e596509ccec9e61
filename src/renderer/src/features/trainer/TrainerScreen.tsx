import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff, IconPlus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { useStudioActions } from '../../app/actions';
import { CohortCreateForm } from '../../components/CohortCreateForm';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Note } from '../../components/Note';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ReviewQueue } from '../review/ReviewQueue';
import { CohortEditor } from './CohortEditor';
import { ScreenLoader } from '../../components/ScreenLoader';
import { useCohortAmbassadors } from '../ambassadors/queries';
import { useCohorts } from '../cohorts/queries';
import { useSettings } from '../settings/queries';

function formatDate(iso: string): string {
  if (!iso) return 'No media date yet';
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function CohortAmbassadors({ cohort }: { cohort: Cohort }) {
  const { data, error } = useCohortAmbassadors(cohort.id);
  const { createAmbassador, openProfile } = useStudioActions();
  const add = (
    <Button
      leftSection={<IconUserPlus size={18} aria-hidden />}
      onClick={() => createAmbassador({ cohortId: cohort.id })}
    >
      Add ambassador
    </Button>
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="cohort-ambassadors-heading">
      <Group justify="space-between">
        <Title order={3} id="cohort-ambassadors-heading">
          Ambassadors in this cohort
        </Title>
        {data && data.length > 0 ? add : null}
      </Group>
      {error ? <Text>{error.message}</Text> : null}
      {!data && !error ? <ScreenLoader label="Loading…" /> : null}
      {data && data.length === 0 ? (
        <EmptyState title="No ambassadors in this cohort yet" order={4} action={add}>
          Add each ambassador you are training. They can fill in the rest of their profile themselves.
        </EmptyState>
      ) : null}
      {data && data.length > 0 ? (
        <DataTable
          striped
          rows={data}
          rowKey={(a) => a.id}
          columns={[
            { header: 'Name', cell: (a) => `${a.displayName}${a.archivedAt ? ' (archived)' : ''}` },
            { header: 'In public', cell: (a) => a.publicName },
            { header: 'Role', cell: (a) => a.role || '—' },
            {
              header: 'Profile',
              cell: (a) => (
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => void openProfile(a.id)}
                  aria-label={`Open profile of ${a.displayName}`}
                >
                  Open profile
                </Anchor>
              ),
            },
          ]}
        />
      ) : null}
    </Stack>
  );
}

function CohortPanel({ cohort }: { cohort: Cohort }) {
  const archive = useChannelMutation('cohort:archive');

  const setArchived = async (archived: boolean) => {
    const result = await archive.run({ id: cohort.id, archived });
    if (!result.ok) {
      notifyError(result.error, archived ? 'The cohort was not archived' : 'The cohort was not restored');
      return;
    }
    notifySuccess(archived ? `${cohort.name} is archived.` : `${cohort.name} is back.`);
  };

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: `Archive ${cohort.name}?`,
      children: (
        <Text>The cohort is hidden from lists. Nothing is deleted, and its ambassadors keep their profiles.</Text>
      ),
      labels: { confirm: 'Archive', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: () => void setArchived(true),
    });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="cohort-heading">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Title order={2} id="cohort-heading">
            {cohort.name}
            {cohort.archivedAt ? ' (archived)' : ''}
          </Title>
          {cohort.archivedAt ? (
            <Button
              leftSection={<IconArchiveOff size={18} aria-hidden />}
              onClick={() => void setArchived(false)}
              loading={archive.busy}
            >
              Restore cohort
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconArchive size={18} aria-hidden />}
              onClick={confirmArchive}
              loading={archive.busy}
            >
              Archive cohort
            </Button>
          )}
        </Group>
        <CohortEditor key={cohort.id} cohort={cohort} />
        <CohortAmbassadors cohort={cohort} />
      </Stack>
    </Card>
  );
}

export function TrainerScreen() {
  const { settings, update } = useSettings();
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
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                New cohort
              </Button>
            </Group>
          </Group>
          {cohorts.error ? <Text>{cohorts.error.message}</Text> : null}
          {cohorts.data && visible.length === 0 ? (
            <EmptyState title="No cohorts yet" order={3}>
              A cohort is a group of ambassadors you train together, such as this year&apos;s residential. Create one to
              get started.
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

        <Note title="Coming soon">
          A projector view with a stage timer, the agenda for the two days and gathering work from several laptops are
          on their way.
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
