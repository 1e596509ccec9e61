import { Button, Group, Text } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Note } from '../../components/Note';
import { useModeSwitch } from '../access/useModeSwitch';

/**
 * Why a trainer-only control is read-only in ambassador mode, with the way to unlock trainer mode in this window.
 * Shown instead of letting a save fail: the backend would refuse it with the same reason.
 */
export function TrainerOnlyNote({ children }: { children: ReactNode }) {
  const mode = useModeSwitch();
  return (
    <Note>
      <Group gap="sm" justify="space-between">
        <Text size="sm">{children}</Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconSchool size={16} aria-hidden />}
          onClick={() => mode.unlockTrainer()}
        >
          Unlock trainer mode
        </Button>
      </Group>
      {mode.modal}
    </Note>
  );
}

/** The one-line reason beside a trainer-only button that ambassador mode does not show. */
export function TrainerOnlyReason({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
