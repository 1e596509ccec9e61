import { Badge, Button } from '@mantine/core';
import { IconLock, IconSchool, IconUser } from '@tabler/icons-react';
import { useModeSwitch } from './useModeSwitch';
import { useRole } from './queries';

/** Header: the current mode, from role:state, and the button that switches it. */
export function ModeBadge() {
  const { isTrainer } = useRole();
  return (
    <Badge variant="default" size="lg" tt="none" visibleFrom="xs">
      {isTrainer ? 'Trainer mode' : 'Ambassador mode'}
    </Badge>
  );
}

export function ModeSwitchButton() {
  const { isTrainer, pinSet, request, modal } = useModeSwitch();
  const Icon = isTrainer ? IconUser : pinSet ? IconLock : IconSchool;
  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<Icon size={16} aria-hidden />}
        onClick={() => void request(isTrainer ? 'ambassador' : 'trainer')}
      >
        {isTrainer ? 'Switch to ambassador mode' : 'Switch to trainer mode'}
      </Button>
      {modal}
    </>
  );
}
