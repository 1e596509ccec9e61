import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconLock, IconSchool, IconUser } from '@tabler/icons-react';
import { modeLabel } from './ModeSwitch';
import { useModeSwitch } from './useModeSwitch';

/**
 * The header's mode controls folded into one menu, for narrow windows: the button says which mode this window is
 * in (so the badge is never squeezed), and the menu holds the ways out of it.
 */
export function ModeMenu() {
  const mode = useModeSwitch();
  const label = modeLabel(mode.data?.trainer ?? null);
  return (
    <>
      {/* No focus placeholder: Mantine's is a focusable "presentation" div inside role=menu, which axe rejects;
          focus goes to the first item instead, as the menu pattern expects. */}
      <Menu position="bottom-end" withinPortal returnFocus withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            size="sm"
            rightSection={<IconChevronDown size={16} aria-hidden />}
            title={label}
            styles={{ root: { flexShrink: 0, maxWidth: 280 }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
          >
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={mode.isTrainer ? <IconUser size={16} aria-hidden /> : <IconSchool size={16} aria-hidden />}
            onClick={() => (mode.isTrainer ? void mode.leaveTrainer() : mode.unlockTrainer())}
          >
            {mode.isTrainer ? 'Switch to ambassador mode' : 'Switch to trainer mode'}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} aria-hidden />} onClick={() => void mode.lockNow()}>
            Lock now
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {mode.modal}
    </>
  );
}
