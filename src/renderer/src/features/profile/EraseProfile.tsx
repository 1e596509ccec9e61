import { Button, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { confirmsName, mayErase, type ErasureReport } from '../../../../shared/features/ambassadors/erase';
import { displayName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { useNavigation } from '../../app/navigation';
import { openItem } from '../../app/open-item';
import { notifySuccess } from '../../components/notify';
import { useAccess } from '../access/queries';

/** What the person is told is erased: the rows erase-plan.ts removes, in their words. */
const ERASED = [
  'the profile: names, bios, photo, topics and private details',
  'message houses, press quotes and every comment on them',
  'interview practice: sessions, takes, notes and recordings',
  'the history of all of these, search entries, sheet confirmations and the workspace PIN',
  'copies in the automatic backups on this laptop',
];

function doneMessage(name: string, report: ErasureReport): string {
  const removed = report.backupsRemoved.length;
  const backups =
    removed > 0
      ? ` ${removed} old backup${removed === 1 ? '' : 's'} could not be cleaned, so ${removed === 1 ? 'it was' : 'they were'} deleted.`
      : '';
  // The file was busy or could not be rewritten now; SQLite finishes moving the cleared pages in when the app closes.
  const finish = report.walEmptied && report.vacuumed ? '' : ' Close the app once to finish clearing its data file.';
  return `Nothing about ${name} is left on this laptop.${backups}${finish}`;
}

function EraseDialog({ ambassador, onClose }: { ambassador: Ambassador; onClose(): void }) {
  const name = displayName(ambassador);
  const erase = useChannelMutation('ambassador:erase');
  const { navigate } = useNavigation();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const matches = confirmsName(typed, name);

  const submit = async () => {
    const result = await erase.run({ id: ambassador.id, confirmName: typed });
    if (!result.ok) {
      setProblem(result.error.issues?.find((i) => i.path === 'confirmName')?.message ?? result.error.message);
      return;
    }
    // Which house or quote was open for them is only an id, but it belongs to nobody now.
    openItem('house', ambassador.id, null);
    openItem('quote', ambassador.id, null);
    notifySuccess(doneMessage(name, result.value), 'Deleted for good');
    onClose();
    navigate('home');
  };

  return (
    <Modal opened onClose={onClose} title={`Delete ${name} for good?`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) void submit();
        }}
      >
        <Stack gap="md">
          <Text>This removes everything about {name} from this laptop, and it cannot be undone:</Text>
          <List size="sm" spacing={4}>
            {ERASED.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
          <Text size="sm">
            Files already saved or shared (an exported sheet, a press pack, a copy on a USB stick) are not touched:
            delete those where they are.
          </Text>
          <TextInput
            label={`Type “${name}” to confirm`}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setProblem(null);
            }}
            error={problem}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button type="submit" color="red.9" disabled={!matches} loading={erase.busy}>
              Delete for good
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * "Delete for good", beside Archive on the Profile screen. A window that may not do it (an ambassador's on a
 * shared laptop) sees the section with the reason and no way in; the backend refuses it either way.
 */
export function EraseProfile({ ambassador }: { ambassador: Ambassador }) {
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  const caller = {
    trainer: access.isTrainer,
    laptopKind: access.data?.laptopKind ?? null,
    ambassadorId: access.ambassadorId,
  };
  const allowed = mayErase(caller, ambassador.id);

  return (
    <Stack gap="xs" align="flex-start" component="section">
      <Title order={2} size="h3">
        Delete for good
      </Title>
      <Text maw={640}>
        When someone asks to be forgotten, this removes them and all their work from this laptop, including its backups.
        It cannot be undone. Archive instead if they might come back.
      </Text>
      {allowed === true ? null : (
        <Text maw={640} id={reasonId} c="dimmed">
          {allowed}
        </Text>
      )}
      <Button
        variant="outline"
        color="red.9"
        leftSection={<IconTrash size={18} aria-hidden />}
        disabled={allowed !== true}
        aria-describedby={allowed === true ? undefined : reasonId}
        onClick={() => setOpen(true)}
      >
        Delete for good…
      </Button>
      {open ? <EraseDialog ambassador={ambassador} onClose={() => setOpen(false)} /> : null}
    </Stack>
  );
}
