/**
 * Backups of the whole data file (DESIGN.md section 4: nothing is lost). Each is a consistent copy made through
 * SQLite's online backup, kept in the `backups` folder inside the data folder; the newest N are kept.
 */
import { z } from 'zod';
import type { LaptopKind } from '../access/schemas';

export const BACKUP_REASONS = ['manual', 'daily', 'before-import', 'before-restore', 'before-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How each reason reads in a list. */
export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  manual: 'Backed up by hand',
  daily: 'Daily',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an app update',
};

/** A backup is named by its file name in the backups folder: letters, digits, dots, dashes, nothing else. */
export const backupIdSchema = z
  .string()
  .max(200, { message: 'That is not a backup name' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/u, { message: 'That is not a backup name' });

export const DEFAULT_BACKUP_KEEP = 10;
export const backupKeepSchema = z
  .number()
  .int({ message: 'Keep a whole number of backups' })
  .min(1, { message: 'Keep at least 1 backup' })
  .max(100, { message: 'Keep at most 100 backups' });

export interface BackupInfo {
  /** The file name, which is also how a backup is asked for. */
  id: string;
  reason: BackupReason;
  /** ISO-8601, from the file name (when the copy was made). */
  createdAt: string;
  /** Bytes on disk. */
  size: number;
}

export interface BackupCounts {
  cohorts: number;
  ambassadors: number;
  houses: number;
  quotes: number;
  sessions: number;
  recordings: number;
}

/** What restoring a backup would bring back, read from the backup without changing it. */
export interface BackupPreview extends BackupInfo {
  schemaVersion: number;
  counts: BackupCounts;
}

export interface RestoreReport {
  restored: BackupPreview;
  /** The copy of the work as it was just before the restore, so the restore itself can be undone. */
  safetyBackup: BackupInfo;
}

export interface BackupSettings {
  keep: number;
}

export interface BackupCaller {
  trainer: boolean;
  laptopKind: LaptopKind | null;
  /** The open workspace belongs to the person whose laptop this is. */
  isOwner: boolean;
}

/**
 * Who may make, restore and delete backups: a trainer, or on someone's own laptop its owner. A restore replaces
 * everyone's work on a shared laptop, so there it is a trainer's step. The backend's permission table and the
 * Settings screen both ask this, so the screen says the same rule before the click.
 */
export function mayManageBackups(caller: BackupCaller): true | string {
  if (caller.trainer) return true;
  if (caller.laptopKind === 'own') {
    return caller.isOwner ? true : 'Only the owner of this laptop can manage its backups, from their own workspace.';
  }
  return 'On a shared laptop only a trainer can manage backups. Unlock trainer mode first.';
}
