import { Button, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { displayName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { useStudioActions } from '../../app/actions';
import { confirmDanger } from '../../components/confirmDanger';
import { EmptyState } from '../../components/EmptyState';
import { Note } from '../../components/Note';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useAmbassador } from '../ambassadors/queries';
import { useCohorts } from '../cohorts/queries';
import { useCurrentAmbassadorId } from '../access/queries';
import { EraseProfile } from './EraseProfile';
import { ProfileForm } from './ProfileForm';

function ArchiveControls({ ambassador }: { ambassador: Ambassador }) {
  const archive = useChannelMutation('ambassador:archive');
  const name = displayName(ambassador);

  const setArchived = async (archived: boolean) => {
    const result = await archive.run({ id: ambassador.id, archived });
    if (!result.ok) {
      notifyError(result.error, archived ? 'The profile was not archived' : 'The profile was not restored');
      return;
    }
    notifySuccess(archived ? `${name}'s profile is archived.` : `${name}'s profile is back.`);
  };

  const confirmArchive = () =>
    confirmDanger({
      title: `Archive ${name}'s profile?`,
      text: 'The profile is hidden from lists but nothing is deleted. You can restore it at any time: tick “Show archived” next to “Current ambassador”, choose the profile and press Restore.',
      confirm: 'Archive',
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
            loading={archive.busy}
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
        loading={archive.busy}
      >
        Archive ambassador
      </Button>
    </Stack>
  );
}

export function ProfileScreen() {
  const currentId = useCurrentAmbassadorId();
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

  const loaded = ambassador.data;
  return (
    <>
      <PageHeader
        title={loaded ? `Profile: ${displayName(loaded)}` : 'Profile'}
        intro={
          loaded
            ? 'This is about you and how you want to appear in the media. Only what you choose is ever shared.'
            : undefined
        }
      />
      <QueryView query={ambassador} loadingLabel="Loading the profile…" errorTitle="This profile could not be opened">
        {(data) => (
          <Stack gap="xl" maw={820}>
            {data.archivedAt ? <ArchiveControls ambassador={data} /> : null}
            <ProfileForm key={data.id} ambassador={data} cohorts={cohorts.data ?? []} />
            {data.archivedAt ? null : <ArchiveControls ambassador={data} />}
            <EraseProfile ambassador={data} />
          </Stack>
        )}
      </QueryView>
    </>
  );
}
