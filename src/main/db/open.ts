import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { createBackupIn, pruneBackups } from '../features/backup/files';
import { readBackupKeep } from '../features/backup/service';
import { createSettingRepository } from '../features/settings/repository';
import { makePrivateFile, makePrivateTree } from '../private-files';
import { readHeader } from './header';
import { migrate, newerDatabaseError, type MigrateReport } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface OpenOptions {
  path: string;
  /** Where pre-migration backups go. */
  backupDir: string;
  /** Electron passes its own build of the SQLite binding; Node uses the one in node_modules. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  migration: MigrateReport;
}

/** Pragmas every connection must run with; checked after setting, because a silent fallback loses data. */
const REQUIRED_PRAGMAS: ReadonlyArray<[name: string, set: string, expected: string | number]> = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['foreign_keys', 'ON', 1],
  ['secure_delete', 'ON', 1],
];

export function corruptDatabaseError(path: string, detail: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `The data file is damaged and cannot be opened safely (${detail}). It has not been changed or overwritten. ` +
      `Restore the newest backup, or move the file aside to start with an empty studio: ${path}`,
  );
}

function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT_VTAB';
}

function applyPragmas(db: Db): void {
  for (const [name, value, expected] of REQUIRED_PRAGMAS) {
    db.pragma(`${name} = ${value}`);
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new AppError('DB_UNAVAILABLE', `SQLite refused ${name}=${value} (got ${String(actual)}).`);
    }
  }
  db.pragma('busy_timeout = 5000');
}

/** Checks integrity before any write, so a damaged file is reported rather than made worse. */
function assertIntact(db: Db, path: string): void {
  let verdict: unknown;
  try {
    verdict = db.pragma('quick_check', { simple: true });
  } catch (error) {
    if (isCorruptionError(error)) throw corruptDatabaseError(path, (error as Error).message);
    throw error;
  }
  if (verdict !== 'ok') throw corruptDatabaseError(path, String(verdict).slice(0, 200));
}

/** The keep-last-N setting of the file being migrated (its default when the file has none or cannot say). */
function keepSetting(db: Db): number {
  try {
    const settings = createSettingRepository(db);
    return readBackupKeep((key) => settings.get(key));
  } catch {
    return readBackupKeep(() => undefined);
  }
}

/** The database and the files SQLite keeps beside it, 0600 (those that exist). */
function protectDatabaseFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) makePrivateFile(file);
}

export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  const { path, backupDir } = options;
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_SCHEMA_VERSION;
  const now = options.now ?? (() => new Date());
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  const header = readHeader(path);
  if (header.kind === 'not-sqlite') throw corruptDatabaseError(path, 'not an SQLite database');
  if (header.kind === 'sqlite' && header.userVersion > latest) {
    throw newerDatabaseError(header.userVersion, latest, path);
  }

  // SQLite gives the -wal and -shm files it creates the database file's mode, so the file is made private first
  // (an older install left it 644), and again right after a new one is created, before any WAL exists.
  protectDatabaseFiles(path);
  makePrivateTree(backupDir);
  let db: Db;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    if (isCorruptionError(error)) throw corruptDatabaseError(path, (error as Error).message);
    throw new AppError('DB_UNAVAILABLE', `Could not open the data file ${path}: ${(error as Error).message}`);
  }
  makePrivateFile(path);

  try {
    if (header.kind === 'sqlite') {
      assertIntact(db, path);
      // The WAL may hold a newer user_version than the main file's header.
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > latest) throw newerDatabaseError(version, latest, path);
    }
    applyPragmas(db);
    const migration = await migrate(db, migrations, path, {
      // The same backup code and keep-last-N rule as every other backup (src/main/features/backup).
      backup: async (fromVersion) => {
        const reason = 'before-migration';
        const made = await createBackupIn(db, backupDir, path, { reason, now: now(), fromVersion, ...binding });
        pruneBackups(backupDir, keepSetting(db), [made.id]);
      },
    });
    protectDatabaseFiles(path);
    return { db, migration };
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (isCorruptionError(error)) throw corruptDatabaseError(path, (error as Error).message);
    throw error;
  }
}
