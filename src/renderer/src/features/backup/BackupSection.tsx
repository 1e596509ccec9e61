import { Button, Code, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { BackupInfo } from '../../../../shared/features/backup/schemas';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { QueryView } from '../../components/QueryView';
import { BackupList } from './BackupList';
import { formatBackupDate, formatBytes } from './format';
import { KeepSetting } from './KeepSetting';
import { useBackupPermission } from './queries';
import { RestoreDialog } from './RestoreDialog';

/** What a backup is, said before anything else: the "one file" a person might copy is not the whole story. */
function Explanation() {
  return (
    <Text maw={680}>
      A backup is a complete, consistent copy of your data, made while the app keeps running. One is made each day the
      app is open, before every import and before every app update; you can make one at any time. They stay on this
      laptop, in the <Code>backups</Code> folder inside the data folder.
    </Text>
  );
}

function Manage() {
  const backups = useChannelQuery('backup:list', {});
  const create = useChannelMutation('backup:create');
  const [made, setMade] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const resultId = useId();

  const backUpNow = async () => {
    setMade(null);
    const result = await create.run({});
    if (result.ok) setMade(result.value);
  };

  return (
    <Stack gap="md">
      <Stack gap={4} align="flex-start">
        <Button
          leftSection={<IconDatabaseExport size={18} aria-hidden />}
          onClick={() => void backUpNow()}
          loading={create.busy}
          aria-describedby={resultId}
        >
          Back up now
        </Button>
        <Text size="sm" id={resultId} role="status" aria-live="polite" c={create.error ? 'red.8' : undefined}>
          {create.busy
            ? 'Backing up…'
            : create.error
              ? create.error.message
              : made
                ? `Backed up ${formatBackupDate(made.createdAt)} (${formatBytes(made.size)}).`
                : ''}
        </Text>
      </Stack>
      <QueryView query={backups} loadingLabel="Loading backups…">
        {(list) => <BackupList backups={list} onRestore={setRestoring} />}
      </QueryView>
      <KeepSetting />
      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} /> : null}
    </Stack>
  );
}

/** The Backups section of Settings. A window that may not manage backups sees why, and no buttons. */
export function BackupSection() {
  const allowed = useBackupPermission();
  return (
    <Stack gap="sm">
      <Explanation />
      {allowed === true ? <Manage /> : <Text c="dimmed">{allowed}</Text>}
    </Stack>
  );
}
