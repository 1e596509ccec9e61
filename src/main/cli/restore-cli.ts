/**
 * `npm run restore -- --data-dir DIR FILE`
 *
 * Puts a backup back as the data file, the way Settings does: the backup is checked first (a damaged one, or one
 * from a newer version, is refused), the current work is backed up into the backups folder, then the file is
 * replaced atomically and opened (an older backup is brought to the current data version). While the app (or
 * anything else) has the data file open, nothing is restored. Exit codes: 0 restored; 1 a clear one-line error;
 * 2 usage.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, DB_FILE_NAME, type Backend } from '../backend/backend';
import { describeBackup, oneLine, type CliIo } from './backup-cli-common';

export const RESTORE_USAGE = 'Usage: npm run restore -- --data-dir DIR FILE';

class UsageError extends Error {}

export function parseRestoreArgs(argv: readonly string[]): { dataDir: string; file: string } {
  let parsed: { values: { 'data-dir'?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dataDir = parsed.values['data-dir']?.trim();
  if (!dataDir) throw new UsageError('--data-dir is required');
  if (parsed.positionals.length !== 1) throw new UsageError('give exactly one backup FILE to restore');
  return { dataDir: resolve(dataDir), file: resolve(parsed.positionals[0]!) };
}

export async function runRestoreCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parseRestoreArgs>;
  try {
    args = parseRestoreArgs(argv);
  } catch (error) {
    io.stderr(`restore: ${(error as Error).message}`);
    io.stderr(RESTORE_USAGE);
    return 2;
  }
  let backend: Backend | null = null;
  try {
    if (!existsSync(join(args.dataDir, DB_FILE_NAME))) {
      io.stderr(`restore: no Ambassador Studio data in ${args.dataDir} (expected ${DB_FILE_NAME})`);
      return 1;
    }
    if (!existsSync(args.file)) {
      io.stderr(`restore: there is no backup file at ${args.file}`);
      return 1;
    }
    backend = await createBackend({ dataDir: args.dataDir, version: 'cli', transport: 'direct', dailyBackups: false });
    if (!backend.services) {
      const reason = backend.status.state === 'error' ? backend.status.message : 'unknown';
      io.stderr(
        `restore: the current data file cannot be opened, so it was not backed up or replaced: ${oneLine(reason)}`,
      );
      return 1;
    }
    const report = await backend.services.backup.restoreFile(args.file);
    io.stdout(`Backed up the current data to ${join(args.dataDir, 'backups', report.safetyBackup.id)}`);
    io.stdout(`Restored ${args.file} (made ${report.restored.createdAt}) into ${join(args.dataDir, DB_FILE_NAME)}`);
    io.stdout(`  ${describeBackup(report.restored)}`);
    return 0;
  } catch (error) {
    io.stderr(`restore: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return 1;
  } finally {
    backend?.close();
  }
}
