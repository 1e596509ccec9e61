import { Button, Group } from '@mantine/core';
import { IconRestore, IconTrash } from '@tabler/icons-react';
import { BACKUP_REASON_LABELS, type BackupInfo } from '../../../../shared/features/backup/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { confirmDanger } from '../../components/confirmDanger';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { formatBackupDate, formatBytes } from './format';

/** The backups on this laptop, newest first, each with Restore (which previews first) and Delete. */
export function BackupList({ backups, onRestore }: { backups: BackupInfo[]; onRestore(backup: BackupInfo): void }) {
  const remove = useChannelMutation('backup:delete');

  if (backups.length === 0) {
    return (
      <EmptyState title="No backups yet" order={3}>
        Back up now, or wait for the daily backup: one is made each day the app is open, and before every import and
        update.
      </EmptyState>
    );
  }

  const askDelete = (backup: BackupInfo) =>
    confirmDanger({
      title: 'Delete this backup?',
      text: `The backup from ${formatBackupDate(backup.createdAt)} is deleted from this laptop. Your current work is not changed.`,
      confirm: 'Delete backup',
      onConfirm: () =>
        void remove.run({ id: backup.id }).then((result) => {
          if (!result.ok) notifyError(result.error, 'The backup was not deleted');
        }),
    });

  const columns: Column<BackupInfo>[] = [
    { header: 'Made', cell: (b) => formatBackupDate(b.createdAt) },
    { header: 'Why', cell: (b) => BACKUP_REASON_LABELS[b.reason] },
    // Kept on one line: a size broken after the number reads as two things.
    { header: 'Size', cell: (b) => <span style={{ whiteSpace: 'nowrap' }}>{formatBytes(b.size)}</span> },
    {
      header: 'Actions',
      cell: (b) => {
        const when = formatBackupDate(b.createdAt);
        return (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRestore size={16} aria-hidden />}
              aria-label={`Restore the backup from ${when}`}
              onClick={() => onRestore(b)}
            >
              Restore…
            </Button>
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              leftSection={<IconTrash size={16} aria-hidden />}
              aria-label={`Delete the backup from ${when}`}
              onClick={() => askDelete(b)}
            >
              Delete
            </Button>
          </Group>
        );
      },
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={backups}
      rowKey={(b) => b.id}
      striped
      highlightOnHover
      aria-label="Backups on this laptop"
    />
  );
}
