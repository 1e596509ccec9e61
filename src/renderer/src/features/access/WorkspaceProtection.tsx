import { Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useAccess } from './queries';
import { WorkspacePinDialog, type WorkspacePinChange } from './WorkspacePinDialog';

/** The open workspace's own PIN: set, change or remove it. */
export function WorkspaceProtection() {
  const access = useAccess();
  const [dialog, setDialog] = useState<WorkspacePinChange | null>(null);
  if (!access.ambassadorId) {
    return <Text>Open your workspace (choose who you are at the top) to protect it with a PIN.</Text>;
  }
  const protectedNow = access.data?.workspaceProtected ?? false;
  return (
    <Stack gap="xs">
      <Text>
        {protectedNow
          ? 'Your workspace opens only with your PIN: in each new window, and again after a few minutes without use.'
          : 'Anyone at this laptop can open your workspace. On a shared laptop, protect it with your own PIN.'}
      </Text>
      {protectedNow && access.isTrainer ? (
        <Text size="sm">In trainer mode you can change or remove it without the current PIN, if it was forgotten.</Text>
      ) : null}
      <Group>
        {protectedNow ? (
          <>
            <Button
              variant="default"
              leftSection={<IconLock size={18} aria-hidden />}
              onClick={() => setDialog('change')}
            >
              Change my PIN
            </Button>
            <Button
              variant="default"
              color="red.9"
              leftSection={<IconLockOpen size={18} aria-hidden />}
              onClick={() => setDialog('remove')}
            >
              Remove my PIN
            </Button>
          </>
        ) : (
          <Button leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('set')}>
            Protect my workspace with a PIN
          </Button>
        )}
      </Group>
      {dialog ? (
        <WorkspacePinDialog kind={dialog} askCurrent={!access.isTrainer} onClose={() => setDialog(null)} />
      ) : null}
    </Stack>
  );
}
