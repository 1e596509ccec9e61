import { Button, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { useState } from 'react';
import { displayName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { useApi } from '../../api/ApiProvider';
import { useStudioActions } from '../../app/actions';
import { EmptyState } from '../../components/EmptyState';
import { Note } from '../../components/Note';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ProfileForm } from './ProfileForm';
import { ScreenLoader } from '../../components/ScreenLoader';
import { useAmbassador } from '../ambassadors/queries';
import { useCohorts } from '../cohorts/queries';
import { useSettings } from '../settings/queries';

function ArchiveControls({ ambassador }: { ambassador: Ambassador }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const name = displayName(ambassador);

  const setArchived = async (archived: boolean) => {
    setBusy(true);
    const result = await api['ambassador:archive']({ id: ambassador.id, archived });
    setBusy(false);
    if (!result.ok) {
      notifyError(result.error, archived ? 'The profile was not archived' : 'The profile was not restored');
      return;
    }
    notifySuccess(archived ? `${name}'s profile is archived.` : `${name}'s profile is back.`);
  };

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: `Archive ${name}'s profile?`,
      children: (
        <Text>
          The profile is hidden from lists but nothing is deleted. You can restore it at any time: tick “Show archived”
          next to “Current ambassador”, choose the profile and press Restore.
        </Text>
      ),
      labels: { confirm: 'Archive', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: () => void setArchived(true),
    });

  if (ambassador.archivedAt) {
    return (
      <Note title="This profile is archived" icon={<IconArchive aria-hidden />}>
        <Stack gap="sm" align="flex-start">
          <Text>It is hidden from lists. Nothing was deleted, and you can still read and change it.</Text>
          <Button
            leftSection={<IconArchiveOff size={18} aria-hidden />}
            onClick={() => void setArchived(false)}
            loading={busy}
          >
            Restore
          </Button>
        </Stack>
      </Note>
    );
  }
  return (
    <Stack gap="xs" align="flex-start" component="section">
      <Title order={2} size="h3">
        Archive
      </Title>
      <Text maw={640}>When someone has finished the programme, you can archive their profile. Nothing is deleted.</Text>
      <Button
        variant="default"
        leftSection={<IconArchive size={18} aria-hidden />}
        onClick={confirmArchive}
        loading={busy}
      >
        Archive ambassador
      </Button>
    </Stack>
  );
}

export function ProfileScreen() {
  const { settings } = useSettings();
  const currentId = settings?.currentAmbassadorId ?? null;
  const ambassador = useAmbassador(currentId);
  const cohorts = useCohorts(true);
  const { createAmbassador } = useStudioActions();

  if (!currentId) {
    return (
      <>
        <PageHeader
          title="Profile"
          intro="Your profile holds how you want to be named, what you talk about and what stays private."
        />
        <EmptyState
          title="No profile chosen"
          action={<Button onClick={() => createAmbassador()}>Create an ambassador profile</Button>}
        >
          Create a profile, or choose one with “Current ambassador” at the top of the window.
        </EmptyState>
      </>
    );
  }

  const data = ambassador.data?.id === currentId ? ambassador.data : undefined;
  if (!data) {
    return (
      <>
        <PageHeader title="Profile" />
        {ambassador.error ? (
          <EmptyState title="This profile could not be opened">{ambassador.error.message}</EmptyState>
        ) : (
          <ScreenLoader label="Loading the profile…" />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={`Profile: ${displayName(data)}`}
        intro="This is about you and how you want to appear in the media. Only what you choose is ever shared."
      />
      <Stack gap="xl" maw={820}>
        {data.archivedAt ? <ArchiveControls ambassador={data} /> : null}
        <ProfileForm key={data.id} ambassador={data} cohorts={cohorts.data ?? []} />
        {data.archivedAt ? null : <ArchiveControls ambassador={data} />}
      </Stack>
    </>
  );
}
