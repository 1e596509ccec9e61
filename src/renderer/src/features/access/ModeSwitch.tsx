import { Badge, Button, Group } from '@mantine/core';
import { IconLock, IconSchool, IconUser } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useAccess } from './queries';
import { useModeSwitch } from './useModeSwitch';

export function modeLabel(trainer: { name: string } | null): string {
  return trainer ? `Trainer mode: ${trainer.name}` : 'Ambassador mode';
}

/** Header: the mode of this window, from access:state. */
export function ModeBadge() {
  const { data } = useAccess();
  const label = modeLabel(data?.trainer ?? null);
  // Never shrinks: a squeezed badge loses its text and shows as an empty pill. A long name is cut with "…" instead.
  return (
    <Badge variant="default" size="lg" tt="none" visibleFrom="xs" title={label} maw={240} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}

/**
 * Header: unlock or leave trainer mode, and lock this window at once. `focusOnMount` is for when it replaces the
 * narrow header's mode menu after a choice there, so focus is not lost with the menu.
 */
export function ModeSwitchButton({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const mode = useModeSwitch();
  const modeButton = useRef<HTMLButtonElement>(null);
  const canLock = mode.isTrainer || (mode.data?.workspaceProtected ?? false);
  useEffect(() => {
    if (focusOnMount) modeButton.current?.focus();
  }, [focusOnMount]);

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
