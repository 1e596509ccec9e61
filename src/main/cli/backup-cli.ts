/**
 * `npm run backup -- --data-dir DIR [--out FILE]`
 *
 * A consistent copy of the data file through SQLite's online backup, safe while the app is running (it reads
 * what is still in the WAL too). With --out the copy is written there (atomically, 0600); without it, into the
 * data folder's backups, under the same names and keep-last-N rule as the app's. The copy is then checked and
 * what it holds is printed. Exit codes: 0 written; 1 a clear one-line error (no data, disk full, unwritable
 * folder); 2 usage.
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/result';
import { DB_FILE_NAME } from '../backend/backend';
import { createBackupIn, pruneBackups, writeBackupFile } from '../features/backup/files';
import { previewBackupFile } from '../features/backup/inspect';
import { readBackupKeep } from '../features/backup/service';
import { createSettingRepository } from '../features/settings/repository';
import { describeBackup, oneLine, type CliIo } from './backup-cli-common';

export const BACKUP_USAGE = 'Usage: npm run backup -- --data-dir DIR [--out FILE]';

class UsageError extends Error {}

export function parseBackupArgs(argv: readonly string[]): { dataDir: string; out: string | null } {
  let values: { 'data-dir'?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dataDir = values['data-dir']?.trim();
  if (!dataDir) throw new UsageError('--data-dir is required');
  const out = values.out?.trim();
  return { dataDir: resolve(dataDir), out: out ? resolve(out) : null };
}

function checkOutput(out: string): void {
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AppError('NOT_SAVED', `cannot write ${out}: the folder ${folder} does not exist`);
  }
  if (existsSync(out) && statSync(out).isDirectory())
    throw new AppError('NOT_SAVED', `cannot write ${out}: it is a folder`);
}

export async function runBackupCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parseBackupArgs>;
  try {
    args = parseBackupArgs(argv);
  } catch (error) {
    io.stderr(`backup: ${(error as Error).message}`);
    io.stderr(BACKUP_USAGE);
    return 2;
  }
  const dbPath = join(args.dataDir, DB_FILE_NAME);
  let db: Database.Database | null = null;
  try {
    // Never create an empty database in a mistyped folder.
    if (!existsSync(dbPath))
      throw new AppError('NOT_FOUND', `no Ambassador Studio data in ${args.dataDir} (expected ${DB_FILE_NAME})`);
    if (args.out) checkOutput(args.out);
    // A plain connection, not openDatabase: a backup never migrates or otherwise changes the data file.
    db = new Database(dbPath, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    let path: string;
    if (args.out) {
      await writeBackupFile(db, args.out);
      path = args.out;
    } else {
      const backupDir = join(args.dataDir, 'backups');
      const made = await createBackupIn(db, backupDir, dbPath, { reason: 'manual', now: new Date() });
      const settings = createSettingRepository(db);
      pruneBackups(
        backupDir,
        readBackupKeep((key) => settings.get(key)),
        [made.id],
      );
      path = join(backupDir, made.id);
    }
    const size = statSync(path).size;
    const preview = previewBackupFile(path, {
      id: basename(path),
      reason: 'manual',
      createdAt: new Date().toISOString(),
      size,
    });
    io.stdout(`Backed up ${dbPath} to ${path}`);
    io.stdout(`  ${describeBackup(preview)}`);
    return 0;
  } catch (error) {
    io.stderr(`backup: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return 1;
  } finally {
    db?.close();
  }
}
