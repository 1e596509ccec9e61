import { backupKeepSchema, DEFAULT_BACKUP_KEEP } from '../../../../shared/features/backup/schemas';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { CommittedNumberInput } from '../../components/CommittedNumberInput';

/** "Keep the newest N backups": saved on blur or Enter; an out-of-range number gets the reason beside it. */
export function KeepSetting() {
  const settings = useChannelQuery('backup:settings', {});
  const save = useChannelMutation('backup:setKeep');
  return (
    <CommittedNumberInput
      label="Backups to keep"
      description="The newest ones are kept, whatever made them; older ones are deleted after each new backup."
      min={1}
      max={100}
      maw={360}
      value={settings.data?.keep ?? DEFAULT_BACKUP_KEEP}
      schema={backupKeepSchema}
      notANumber="Give a number of backups, from 1 to 100."
      save={(keep) => save.run({ keep })}
    />
  );
}
