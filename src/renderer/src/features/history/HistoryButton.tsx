import { Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { HistoryDrawer, type HistoryDrawerProps } from './HistoryDrawer';

/**
 * An editor's "History" button and the drawer it opens. Typing still waiting to be saved is saved first
 * (`beforeOpen`), so the list ends with what is on the screen.
 */
export function HistoryButton({
  beforeOpen,
  ...drawer
}: Omit<HistoryDrawerProps, 'opened' | 'onClose'> & { beforeOpen(): Promise<void> }) {
  const [opened, setOpened] = useState(false);
  const open = async () => {
    await beforeOpen();
    setOpened(true);
  };
  return (
    <>
      <Button variant="default" leftSection={<IconHistory size={18} aria-hidden />} onClick={() => void open()}>
        History
      </Button>
      <HistoryDrawer {...drawer} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
