/**
 * Reads a backup without changing it, to say what restoring it would bring back, and refuses one this app cannot
 * restore (damaged, or saved by a newer version) with a sentence a person can act on.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { BackupCounts, BackupInfo, BackupPreview } from '../../../shared/features/backup/schemas';
import { AppError } from '../../../shared/result';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

/** Live rows of each kind; a table an older schema did not have yet counts 0. */
const COUNTS: Record<keyof BackupCounts, { table: string; where: string }> = {
  cohorts: { table: 'cohort', where: 'deleted_at IS NULL' },
  ambassadors: { table: 'ambassador', where: 'deleted_at IS NULL' },
  houses: { table: 'message_house', where: 'deleted_at IS NULL' },
  quotes: { table: 'quote', where: 'deleted_at IS NULL' },
  sessions: { table: 'rehearsal_session', where: 'deleted_at IS NULL' },
  recordings: { table: 'take', where: 'deleted_at IS NULL AND recording_media_id IS NOT NULL' },
};

function damaged(name: string, detail: string): AppError {
  // SQLite's report spans lines and stars; one line of it is enough to tell a support person what broke.
  const what = detail.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160);
  return new AppError(
    'DB_CORRUPT',
    `The backup ${name} is damaged (${what}), so it cannot be restored. Choose another backup.`,
  );
}

function count(db: Db, table: string, where: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
}

function readPreview(db: Db, info: BackupInfo): BackupPreview {
  const verdict = db.pragma('quick_check', { simple: true });
  if (verdict !== 'ok') throw damaged(info.id, String(verdict));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DB_NEWER',
      `The backup ${info.id} was saved by a newer version of Ambassador Studio (data version ${schemaVersion}; ` +
        `this app reads up to ${LATEST_SCHEMA_VERSION}). Update the app to restore it.`,
    );
  }
  if (schemaVersion === 0) throw damaged(info.id, 'it holds no Ambassador Studio data');
  const tally = (key: keyof BackupCounts) => count(db, COUNTS[key].table, COUNTS[key].where);
  const counts: BackupCounts = {
    cohorts: tally('cohorts'),
    ambassadors: tally('ambassadors'),
    houses: tally('houses'),
    quotes: tally('quotes'),
    sessions: tally('sessions'),
    recordings: tally('recordings'),
  };
  return { ...info, schemaVersion, counts };
}

/** Opens the backup READ-ONLY (nothing is written to it, not even a journal) and reads its preview. */
export function previewBackupFile(path: string, info: BackupInfo, nativeBinding?: string): BackupPreview {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'SQLITE_CANTOPEN') {
      throw new AppError('NOT_FOUND', `The backup ${info.id} is no longer there.`);
    }
    throw damaged(info.id, (error as Error).message);
  }
  try {
    return readPreview(db, info);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damaged(info.id, (error as Error).message);
  } finally {
    db.close();
  }
}
