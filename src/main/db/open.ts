import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { createBackupIn, pruneBackups } from '../features/backup/files';
import { readBackupKeep } from '../features/backup/service';
import { createSettingRepository } from '../features/settings/repository';
import { makePrivateFile, makePrivateTree } from '../private-files';
import { startupError } from './errors';
import { migrate, type MigrateReport } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { corruptDatabaseError, isCorruptionError, probeDatabase } from './probe';
import { assertCanWrite, assertWritableOnDisk } from './writable';

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

function applyPragmas(db: Db): void {
  for (const [name, value, expected] of REQUIRED_PRAGMAS) {
    db.pragma(`${name} = ${value}`);
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      // Some network and removable drives cannot keep a WAL; saving there would not be crash-safe.
      throw new AppError(
        'DB_UNAVAILABLE',
        `The disk holding the data file cannot save safely (SQLite refused ${name}=${value}). Move the data folder to this laptop's own disk, then Try again.`,
      );
    }
  }
  db.pragma('busy_timeout = 5000');
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

  // Nothing below this line may run on a file the probe refused: it is the only thing that reads it before then.
  const probe = probeDatabase(path, latest, options.nativeBinding);
  assertWritableOnDisk(path, probe.kind === 'sound');

  // SQLite gives the -wal and -shm files it creates the database file's mode, so the file is made private first
  // (an older install left it 644), and again right after a new one is created, before any WAL exists.
  protectDatabaseFiles(path);
  makePrivateTree(backupDir);
  let db: Db;
  try {
    db = new Database(path, binding);
  } catch (error) {
    if (isCorruptionError(error)) throw corruptDatabaseError(path, 'SQLite cannot read it');
    throw startupError(error, path);
  }
  makePrivateFile(path);

  try {
    // Before the pragmas: switching a read-only file to WAL would fail with a less helpful message.
    assertCanWrite(db, path);
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
    if (isCorruptionError(error)) throw corruptDatabaseError(path, 'SQLite cannot read it');
    throw startupError(error, path);
  }
}
