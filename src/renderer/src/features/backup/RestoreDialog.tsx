import { Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupCounts, type BackupInfo } from '../../../../shared/features/backup/schemas';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { FailureAlert } from '../../components/FailureAlert';
import { notifySuccess } from '../../components/notify';
import { formatBackupDate, formatBytes } from './format';

const COUNT_LABELS: Record<keyof BackupCounts, [one: string, many: string]> = {
  cohorts: ['cohort', 'cohorts'],
  ambassadors: ['ambassador', 'ambassadors'],
  houses: ['message house', 'message houses'],
  quotes: ['press quote', 'press quotes'],
  sessions: ['practice session', 'practice sessions'],
  recordings: ['recording', 'recordings'],
};

/**
 * Restore with a preview: what the backup holds (read from it without changing it), a plain warning, and an
 * explicit yes. The backend backs up the current work before it replaces anything.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupInfo; onClose(): void }) {
  const preview = useChannelQuery('backup:preview', { id: backup.id });
  const restore = useChannelMutation('backup:restore');
  const [sure, setSure] = useState(false);
  const when = formatBackupDate(backup.createdAt);

  const submit = async () => {
    const result = await restore.run({ id: backup.id, confirm: true });
    if (!result.ok) return;
    notifySuccess(
      `The work from ${when} is back. What was here before is kept as the newest backup, so this can be undone.`,
      'Backup restored',
    );
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title="Restore this backup?" size="lg">
      <Stack gap="md">
        {preview.loading ? <Text>Reading the backup…</Text> : null}
        {preview.error ? (
          <FailureAlert title="This backup cannot be restored" message={preview.error.message} tone="refusal" />
        ) : null}
        {preview.data ? (
          <>
            <Text>
              Made {when} ({BACKUP_REASON_LABELS[preview.data.reason].toLowerCase()}), {formatBytes(preview.data.size)}.
              It holds:
            </Text>
            <List size="sm" spacing={2} aria-label="What the backup holds">
              {(Object.keys(COUNT_LABELS) as Array<keyof BackupCounts>).map((key) => {
                const n = preview.data!.counts[key];
                return <List.Item key={key}>{`${n} ${COUNT_LABELS[key][n === 1 ? 0 : 1]}`}</List.Item>;
              })}
            </List>
            <Text fw={600}>Your current work will be backed up first.</Text>
            <Text size="sm">
              Everything on this laptop is then replaced by this backup. Every window closes its workspace and trainer
              mode, so they are opened again afterwards.
            </Text>
            <Checkbox
              label="I understand: the work on this laptop is replaced by this backup"
              checked={sure}
              onChange={(event) => setSure(event.currentTarget.checked)}
              data-autofocus
            />
          </>
        ) : null}
        {restore.error ? <FailureAlert title="Nothing was restored" message={restore.error.message} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep current work
          </Button>
          <Button color="red.9" disabled={!preview.data || !sure} loading={restore.busy} onClick={() => void submit()}>
            Restore backup
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
