import { z } from 'zod';
import { command, query, TOPICS } from '../../channel';
import { noInput } from '../../fields';
import {
  backupIdSchema,
  backupKeepSchema,
  type BackupInfo,
  type BackupPreview,
  type BackupSettings,
  type RestoreReport,
} from './schemas';

const byBackup = z.strictObject({ id: backupIdSchema });

export const backupChannels = {
  'backup:list': query<BackupInfo[]>()(noInput, ['backup']),
  'backup:create': command<BackupInfo>()(noInput, ['backup']),
  'backup:preview': query<BackupPreview>()(byBackup, ['backup']),
  /**
   * Replaces the whole data file, so every answer may be stale and every window starts again (trainer mode and
   * workspaces are closed). `confirm` is the person's explicit yes from the preview.
   */
  'backup:restore': command<RestoreReport>()(
    z.strictObject({ id: backupIdSchema, confirm: z.literal(true, { message: 'Confirm the restore first' }) }),
    TOPICS,
  ),
  'backup:delete': command<null>()(byBackup, ['backup']),
  'backup:settings': query<BackupSettings>()(noInput, ['backup']),
  'backup:setKeep': command<BackupSettings>()(z.strictObject({ keep: backupKeepSchema }), ['backup']),
};
