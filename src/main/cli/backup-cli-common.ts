/** What the backup and restore commands share: their output channels and how a backup is described in one line. */
import type { BackupPreview } from '../../shared/features/backup/schemas';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeBackup(preview: BackupPreview): string {
  const { counts } = preview;
  const megabytes = (preview.size / 1024 / 1024).toFixed(1);
  return (
    `${megabytes} MB, data version ${preview.schemaVersion}: ${plural(counts.cohorts, 'cohort')}, ` +
    `${plural(counts.ambassadors, 'ambassador')}, ${plural(counts.houses, 'message house')}, ` +
    `${plural(counts.quotes, 'quote')}, ${plural(counts.sessions, 'practice session')}, ` +
    `${plural(counts.recordings, 'recording')}`
  );
}
