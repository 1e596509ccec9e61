import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { useAccess } from '../access/queries';
import { CohortAmbassadors } from './CohortAmbassadors';
import { CohortEditor } from './CohortEditor';
import { TrainerOnlyReason } from './TrainerOnlyNote';

/** Archive or restore: trainer mode only (ambassador mode gets the reason instead of a button that would fail). */
function ArchiveButton({ cohort }: { cohort: Cohort }) {
  const access = useAccess();
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

  if (access.loading) return null;
  if (!access.isTrainer) return <TrainerOnlyReason>Only a trainer can archive or restore a cohort.</TrainerOnlyReason>;
  return cohort.archivedAt ? (
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
  );
}

/** The open cohort: its details, language rules and ambassadors. */
export function CohortPanel({ cohort }: { cohort: Cohort }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="cohort-heading">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Title order={2} id="cohort-heading">
            {cohort.name}
            {cohort.archivedAt ? ' (archived)' : ''}
          </Title>
          <ArchiveButton cohort={cohort} />
        </Group>
        <CohortEditor key={cohort.id} cohort={cohort} />
        <CohortAmbassadors cohort={cohort} />
      </Stack>
    </Card>
  );
}
