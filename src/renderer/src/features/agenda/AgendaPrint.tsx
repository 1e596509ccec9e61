import { Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError } from '../../components/notify';
import { describeSave, receivePdf } from '../message-sheet/save-pdf';

/** Prints the agenda on one page: the wall copy for anyone, the copy with facilitator notes for trainers. */
export function AgendaPrint({ cohortId, isTrainer }: { cohortId: string; isTrainer: boolean }) {
  const print = useChannelMutation('agenda:exportPdf');
  const [status, setStatus] = useState('');

  const run = async (includeNotes: boolean) => {
    setStatus('');
    const result = await print.run({ cohortId, includeNotes });
    if (!result.ok) {
      notifyError(result.error, 'The agenda was not printed');
      return;
    }
    setStatus(describeSave(receivePdf(result.value), 'The agenda'));
  };

  return (
    <Group gap="xs" wrap="wrap">
      {isTrainer ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="default"
              loading={print.busy}
              leftSection={<IconPrinter size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              Print agenda
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void run(false)}>Wall copy (no notes)</Menu.Item>
            <Menu.Item onClick={() => void run(true)}>Facilitator copy, with notes</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : (
        <Button
          size="xs"
          variant="default"
          loading={print.busy}
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => void run(false)}
        >
          Print agenda
        </Button>
      )}
      {status ? (
        <Text size="sm" role="status">
          {status}
        </Text>
      ) : null}
    </Group>
  );
}
