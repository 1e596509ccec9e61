import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import type { AppErrorShape } from '../../api/result';
import { FailureAlert } from '../../components/FailureAlert';
import { describeSave, failedToSave, receivePdf } from '../message-sheet/save-pdf';

/**
 * "Print the house picture": the Message House as a one-page PDF for the wall of the training room, saved the
 * way the message sheet is (the desktop app's save window, or a download in browser mode). What is still
 * being typed is saved first, so the picture shows it.
 */
export function HousePicturePdfButton({ houseId, beforeExport }: { houseId: string; beforeExport?(): Promise<void> }) {
  const printing = useChannelMutation('sheet:housePicture');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: AppErrorShape } | null>(null);

  const exportPdf = async () => {
    setError(null);
    setStatus('Making the PDF of your Message House…');
    await beforeExport?.();
    const made = await printing.run({ houseId });
    if (made.ok) {
      setStatus(describeSave(receivePdf(made.value), 'Your Message House'));
      return;
    }
    setStatus('');
    setError({ title: failedToSave(made.error) ? 'The PDF was not saved' : 'The PDF was not made', error: made.error });
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconFileDownload size={18} aria-hidden />}
          onClick={() => void exportPdf()}
          loading={printing.busy}
        >
          Save the house picture as a PDF
        </Button>
        <Text size="sm" c="dimmed">
          One page, to print for the wall. It is not for the press.
        </Text>
      </Group>
      <Text role="status" aria-live="polite" size="sm" data-testid="house-pdf-status">
        {status}
      </Text>
      {error ? <FailureAlert title={error.title} message={error.error.message} /> : null}
    </Stack>
  );
}
