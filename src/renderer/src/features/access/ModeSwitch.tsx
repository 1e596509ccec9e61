import { Badge, Button, Group } from '@mantine/core';
import { IconLock, IconSchool, IconUser } from '@tabler/icons-react';
import { useRef } from 'react';
import { useAccess } from './queries';
import { useModeSwitch } from './useModeSwitch';

/** Header: the mode of this window, from access:state. */
export function ModeBadge() {
  const { data } = useAccess();
  return (
    <Badge variant="default" size="lg" tt="none" visibleFrom="xs">
      {data?.trainer ? `Trainer mode: ${data.trainer.name}` : 'Ambassador mode'}
    </Badge>
  );
}

/** Header: unlock or leave trainer mode, and lock this window at once. */
export function ModeSwitchButton() {
  const mode = useModeSwitch();
  const modeButton = useRef<HTMLButtonElement>(null);
  const canLock = mode.isTrainer || (mode.data?.workspaceProtected ?? false);

  // "Lock now" disappears once the window is locked; focus goes to the mode button rather than to the page.
  const lockNow = async () => {
    await mode.lockNow();
    modeButton.current?.focus();
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        ref={modeButton}
        variant="default"
        size="sm"
        leftSection={mode.isTrainer ? <IconUser size={16} aria-hidden /> : <IconSchool size={16} aria-hidden />}
        onClick={() => (mode.isTrainer ? void mode.leaveTrainer() : mode.unlockTrainer())}
      >
        {mode.isTrainer ? 'Switch to ambassador mode' : 'Switch to trainer mode'}
      </Button>
      {canLock ? (
        <Button
          variant="default"
          size="sm"
          leftSection={<IconLock size={16} aria-hidden />}
          onClick={() => void lockNow()}
        >
          Lock now
        </Button>
      ) : null}
      {mode.modal}
    </Group>
  );
}
