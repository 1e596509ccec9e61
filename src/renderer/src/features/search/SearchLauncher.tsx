import { ActionIcon, Tooltip } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { CommandPalette } from './CommandPalette';

/**
 * The header's search button and the Ctrl+K / Cmd+K shortcut. The shortcut also works while typing in a field
 * (it is not a character anyone types), so the palette is always one key press away.
 */
export function SearchLauncher() {
  const [opened, setOpened] = useState(false);
  const os = useOs();
  const shortcut = os === 'macos' || os === 'ios' ? 'Cmd+K' : 'Ctrl+K';
  useHotkeys([['mod+K', () => setOpened(true)]], []);
  return (
    <>
      <Tooltip label={`Search (${shortcut})`}>
        <ActionIcon variant="default" size="lg" aria-label={`Search (${shortcut})`} onClick={() => setOpened(true)}>
          <IconSearch size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <CommandPalette opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
