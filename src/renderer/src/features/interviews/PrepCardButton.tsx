import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { PAPERS, type Paper } from '../../../../shared/features/message-sheet/paper';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError } from '../../components/notify';
import { describeSave, failedToSave, receivePdf } from '../message-sheet/save-pdf';
import { PAPER_LABELS } from '../message-sheet/SheetOptionsPanel';

/**
 * Prints the request's one-page prep card (umbrella, key messages, bridging lines, the agreed limits) on the
 * chosen paper: downloaded in browser mode, saved through the desktop app's own save window otherwise.
 */
export function PrepCardButton({ interviewId }: { interviewId: string }) {
  const print = useChannelMutation('interview:prepCard');
  const [paper, setPaper] = useState<Paper>('A4');
  const [status, setStatus] = useState('');

  const run = async () => {
    setStatus('');
    const result = await print.run({ id: interviewId, paper });
    if (!result.ok) {
      notifyError(
        result.error,
        failedToSave(result.error) ? 'The prep card was not saved' : 'The prep card was not made',
      );
      return;
    }
    setStatus(describeSave(receivePdf(result.value), 'The prep card'));
  };

  return (
    <Group gap="xs" wrap="wrap" align="center">
      <SegmentedControl
        size="xs"
        aria-label="Paper size for the prep card"
        value={paper}
        onChange={(value) => setPaper(PAPERS.find((p) => p === value) ?? 'A4')}
        data={PAPERS.map((p) => ({ value: p, label: PAPER_LABELS[p] }))}
        disabled={print.busy}
      />
      <Button
        size="xs"
        variant="default"
        loading={print.busy}
        leftSection={<IconFileDownload size={16} aria-hidden />}
        onClick={() => void run()}
      >
        Prep card (PDF)
      </Button>
      {status ? (
        <Text size="sm" role="status">
          {status}
        </Text>
      ) : null}
    </Group>
  );
}
