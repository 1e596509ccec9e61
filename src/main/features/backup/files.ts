/**
 * Backup files on disk: how they are named, listed, written and pruned. Shared by the backup service and by
 * opening the database (the copy made before a migration goes through the same code and the same retention).
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../shared/features/backup/schemas';
import { AppError } from '../../../shared/result';
import { makePrivateDir, makePrivateFile } from '../../private-files';

/** Named after the data file, e.g. `ambassador-studio-2026-10-01T09-00-00-000Z-daily.sqlite`. */
const STAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)`;
const NAMED = new RegExp(String.raw`^.+-${STAMP}-(${BACKUP_REASONS.join('|')})(?:-(\d+))?\.sqlite$`, 'u');
/** Before a migration the schema version it came from is in the name (`…-v80-<stamp>.sqlite`), as older versions did. */
const MIGRATION = new RegExp(String.raw`^.+-v\d+-${STAMP}(?:-(\d+))?\.sqlite$`, 'u');
/** What SQLite may leave beside a database file. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  const [day, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

interface ParsedName {
  reason: BackupReason;
  createdAt: string;
  sequence: number;
}

export function parseBackupName(name: string): ParsedName | null {
  const named = NAMED.exec(name);
  if (named) {
    const reason = BACKUP_REASONS.find((r) => r === named[2]);
    if (!reason) return null;
    return { reason, createdAt: dateOfStamp(named[1]!), sequence: Number(named[3] ?? 1) };
  }
  const migration = MIGRATION.exec(name);
  if (migration) {
    return { reason: 'before-migration', createdAt: dateOfStamp(migration[1]!), sequence: Number(migration[2] ?? 1) };
  }
  return null;
}

/** The backups in a folder, newest first. Files that are not backups (or are being written) are left out. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const found: Array<BackupInfo & { sequence: number }> = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    let size: number;
    try {
      const stat = statSync(join(dir, name));
      if (!stat.isFile()) continue;
      size = stat.size;
    } catch {
      continue;
    }
    found.push({ id: name, reason: parsed.reason, createdAt: parsed.createdAt, size, sequence: parsed.sequence });
  }
  found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence);
  return found.map(({ sequence: _sequence, ...info }) => info);
}

/** A name not yet taken in `dir`: two backups in the same millisecond get `-2`, `-3`… */
export function freeBackupName(dir: string, base: string, suffix: string): string {
  let name = `${base}${suffix}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)); n += 1) name = `${base}${suffix}-${n}.sqlite`;
  return name;
}

export function backupBaseName(dbPath: string): string {
  return basename(dbPath, '.sqlite');
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some systems cannot fsync a folder; the file itself was synced.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && (error as NodeJS.ErrnoException).code !== 'EINVAL')
      throw error;
  } finally {
    closeSync(fd);
  }
}

/** Removes a database file and what SQLite kept beside it; what cannot be removed is left (never a reason to fail). */
export function removeWithSidecars(path: string): void {
  for (const suffix of ['', ...SIDECARS]) {
    try {
      rmSync(`${path}${suffix}`, { force: true });
    } catch {
      // e.g. a folder of that name: not ours to delete.
    }
  }
}

function notSavedError(destination: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY'
      ? 'the folder cannot be written to'
      : code === 'EEXIST' || code === 'ENOTDIR'
        ? 'that is not a folder'
        : code === 'ENOSPC' || code === 'SQLITE_FULL'
          ? 'the disk is full'
          : (error as Error).message;
  return new AppError(
    'NOT_SAVED',
    `The backup could not be saved in ${dirname(destination)} (${why}); older backups are unchanged.`,
  );
}

/**
 * Copies the open database to `destination` with SQLite's online backup: a consistent copy that includes what is
 * still in the WAL (copying the file would miss it) while the app keeps working. It is written beside the
 * destination under a temporary name, turned into a self-contained file (rollback journal instead of WAL, so
 * opening it read-only leaves nothing beside it), synced and renamed: a failed backup never leaves a file that
 * looks like one.
 */
export async function writeBackupFile(db: Db, destination: string, nativeBinding?: string): Promise<void> {
  const partial = `${destination}.partial`;
  try {
    await db.backup(partial);
    const copy = new Database(partial, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    makePrivateFile(partial);
    fsyncPath(partial);
    renameSync(partial, destination);
    fsyncPath(dirname(destination));
  } catch (error) {
    removeWithSidecars(partial);
    throw notSavedError(destination, error);
  }
}

export interface WriteBackupOptions {
  reason: BackupReason;
  now: Date;
  /** Before a migration: the schema version the copy holds, kept in its name. */
  fromVersion?: number;
  nativeBinding?: string;
}

/** Makes one backup in the backups folder, named by date-time and reason, 0600 in a 0700 folder. */
export async function createBackupIn(
  db: Db,
  dir: string,
  dbPath: string,
  options: WriteBackupOptions,
): Promise<BackupInfo> {
  try {
    makePrivateDir(dir);
  } catch (error) {
    throw notSavedError(join(dir, 'backup'), error);
  }
  const stamp = stampOf(options.now);
  const base = backupBaseName(dbPath);
  const name =
    options.reason === 'before-migration' && options.fromVersion !== undefined
      ? freeBackupName(dir, `${base}-v${options.fromVersion}-${stamp}`, '')
      : freeBackupName(dir, `${base}-${stamp}`, `-${options.reason}`);
  const path = join(dir, name);
  await writeBackupFile(db, path, options.nativeBinding);
  return { id: name, reason: options.reason, createdAt: options.now.toISOString(), size: statSync(path).size };
}

/**
 * Keeps the newest `keep` backups (every reason counts, pre-migration ones too) and deletes the rest. The newest
 * is never deleted, nor any name in `protect` (the backup being restored). Returns the names deleted.
 */
export function pruneBackups(dir: string, keep: number, protect: readonly string[] = []): string[] {
  const all = listBackups(dir);
  const removed: string[] = [];
  all.forEach((backup, index) => {
    if (index === 0 || index < keep || protect.includes(backup.id)) return;
    try {
      removeWithSidecars(join(dir, backup.id));
      removed.push(backup.id);
    } catch {
      // A backup that cannot be deleted now is tried again after the next one.
    }
  });
  return removed;
}
